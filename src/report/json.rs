//! The `json` reporter: writes Newman's run summary to `--reporter-json-export PATH`
//! (default `newman/newman-run-report-<timestamp>-0.json`, as Newman names it; see `export`).
//!
//! Executions are written as they complete to a temporary file and dropped from memory, so a long
//! run does not hold every response body; when the run is done the report is assembled (the
//! collection, environment and globals come first in Newman's layout, and they are only final then).
//! `--reporter-json-omit-responses` leaves response bodies out (`response.stream.data` is `[]`).
//! Secrets are masked (see `secrets`) unless `--reveal-secrets` is given.

use super::json_format::{copy_spool, ReportFormatter};
use super::report_file::{export_path, write_atomically};
use super::secrets::{MaskHandle, SharedMask};
use super::summary::{Execution, RunSummary};
use super::{ReportConfig, Reporter};
use crate::runner::events::RunEvent;
use std::io::{BufReader, BufWriter, Seek, Write};
use std::path::PathBuf;
use std::sync::Arc;

/// Where `run.executions` sits in the pretty-printed summary (depth 2: four spaces).
const EXECUTIONS_KEY: &str = "\n    \"executions\": []";
/// The indentation of an execution inside `run.executions`.
const EXECUTION_INDENT: &str = "      ";

pub struct JsonReporter {
    summary: RunSummary,
    mask: MaskHandle,
    omit_responses: bool,
    /// `--reporter-json-export`; None: the default path, decided when the run is done.
    export: Option<PathBuf>,
    /// Executions written so far, pretty-printed, separated by ",\n".
    spool: Option<BufWriter<std::fs::File>>,
    spooled: usize,
}

impl JsonReporter {
    /// Uses the run's shared mask (learned by `MaskLearner`) instead of its own.
    pub fn with_shared_mask(mut self, mask: SharedMask) -> JsonReporter {
        self.mask = MaskHandle::shared(mask);
        self
    }

    pub fn new(config: &ReportConfig) -> JsonReporter {
        let mut summary = RunSummary::detailed();
        summary.keep_console = config.flag("json", "console");
        JsonReporter {
            summary,
            mask: MaskHandle::own(config),
            omit_responses: config.flag("json", "omit-responses"),
            export: config
                .option("json", "export")
                .filter(|p| !p.is_empty())
                .map(PathBuf::from),
            spool: None,
            spooled: 0,
        }
    }

    /// Uses `summary` (say, one with a fixed clock) instead of a fresh one.
    #[cfg(test)]
    pub fn with_summary(mut self, summary: RunSummary) -> JsonReporter {
        self.summary = summary;
        self
    }

    #[cfg(test)]
    pub fn summary(&self) -> &RunSummary {
        &self.summary
    }

    /// Number of executions written to the spool so far.
    #[cfg(test)]
    pub fn spooled(&self) -> usize {
        self.spooled
    }

    fn spool_finished(&mut self) -> Result<(), String> {
        let io = |e: std::io::Error| format!("json report: {e}");
        for mut execution in self.summary.take_executions() {
            self.prepare(&mut execution);
            let out = match &mut self.spool {
                Some(out) => out,
                None => self
                    .spool
                    .insert(BufWriter::new(tempfile::tempfile().map_err(io)?)),
            };
            out.write_all(if self.spooled == 0 { b"\n" } else { b",\n" })
                .map_err(io)?;
            out.write_all(EXECUTION_INDENT.as_bytes()).map_err(io)?;
            let formatter = ReportFormatter::spooling(EXECUTION_INDENT.len() / 2);
            let mut serializer = serde_json::Serializer::with_formatter(&mut *out, formatter);
            serde::Serialize::serialize(&execution, &mut serializer)
                .map_err(|e| format!("json report: {e}"))?;
            self.spooled += 1;
        }
        Ok(())
    }

    /// Masks secrets in an execution, and drops its response body when asked to.
    fn prepare(&self, execution: &mut Execution) {
        if let Some(response) = execution.response.as_mut() {
            if self.omit_responses {
                response.body = Vec::new();
            }
        }
        if !self.mask.get().enabled() {
            return;
        }
        let mask = self.mask.get();
        if mask.changes_json(&execution.item) {
            let mut item = (*execution.item).clone();
            mask.apply_json(&mut item);
            execution.item = Arc::new(item);
        }
        for value in execution
            .prerequest_script
            .iter_mut()
            .chain(execution.test_script.iter_mut())
            .chain(execution.request.iter_mut())
            .chain(execution.request_error.iter_mut())
            .chain(execution.assertions.iter_mut().flatten())
        {
            mask.apply_json(value);
        }
        if let Some(response) = execution.response.as_mut() {
            response.body = mask.apply_bytes(&response.body).into_owned();
            for (_, value) in response.headers.iter_mut() {
                *value = mask.apply(value).into_owned();
            }
            response.cookies.iter_mut().for_each(|c| mask.apply_json(c));
        }
    }

    fn write(&mut self) -> Result<PathBuf, String> {
        let now = chrono::Utc::now();
        let path = export_path(self.export.as_deref(), "json", &now);
        let mut rest = self.summary.to_json();
        self.mask.get().apply_json(&mut rest);
        let mut text = Vec::new();
        let mut serializer =
            serde_json::Serializer::with_formatter(&mut text, ReportFormatter::at_depth(0));
        serde::Serialize::serialize(&rest, &mut serializer).map_err(|e| e.to_string())?;
        let spool = match self.spool.take() {
            Some(spool) => {
                let mut file = spool.into_inner().map_err(|e| e.to_string())?;
                file.seek(std::io::SeekFrom::Start(0))
                    .map_err(|e| e.to_string())?;
                Some(BufReader::with_capacity(256 * 1024, file))
            }
            None => None,
        };
        write_atomically(&path, |file| {
            let mut out = BufWriter::with_capacity(256 * 1024, file);
            let io = |e: std::io::Error| e.to_string();
            let at = find(&text, EXECUTIONS_KEY.as_bytes());
            match (at, spool) {
                (Some(at), Some(spool)) => {
                    let split = at + EXECUTIONS_KEY.len() - 1;
                    out.write_all(&text[..split]).map_err(io)?;
                    copy_spool(spool, &mut out).map_err(io)?;
                    out.write_all(b"\n    ").map_err(io)?;
                    out.write_all(&text[split..]).map_err(io)?;
                }
                _ => out.write_all(&text).map_err(io)?,
            }
            out.flush().map_err(io)
        })?;
        Ok(path)
    }
}

/// Where `needle` last occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

impl Reporter for JsonReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String> {
        self.mask.observe(event);
        self.summary.on_event(event);
        self.spool_finished()?;
        if let RunEvent::Done { .. } = event {
            self.write()?;
        }
        Ok(())
    }
}
