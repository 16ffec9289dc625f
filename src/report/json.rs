//! The `json` reporter: writes Newman's run summary to `--reporter-json-export PATH`
//! (default `newman/newman-run-report-<timestamp>-0.json`, as Newman names it; see `export`).

use super::export::{export_path, write_atomically};
use super::secrets::SecretMask;
use super::summary::RunSummary;
use super::{ReportConfig, Reporter};
use crate::runner::events::RunEvent;
use std::path::PathBuf;

pub struct JsonReporter {
    summary: RunSummary,
    mask: SecretMask,
    /// `--reporter-json-export`; None: the default path, decided when the run is done.
    export: Option<PathBuf>,
}

impl JsonReporter {
    pub fn new(config: &ReportConfig) -> JsonReporter {
        JsonReporter {
            summary: RunSummary::detailed(),
            mask: SecretMask::new(config),
            export: config
                .option("json", "export")
                .filter(|p| !p.is_empty())
                .map(PathBuf::from),
        }
    }

    /// Uses `summary` (say, one with a fixed clock) instead of a fresh one.
    pub fn with_summary(mut self, summary: RunSummary) -> JsonReporter {
        self.summary = summary;
        self
    }

    pub fn summary(&self) -> &RunSummary {
        &self.summary
    }

    fn write(&self) -> Result<PathBuf, String> {
        let now = chrono::Utc::now();
        let path = export_path(self.export.as_deref(), "json", &now);
        write_atomically(&path, |file| {
            let out = std::io::BufWriter::new(file);
            if self.mask.enabled() {
                let mut value = self.summary.to_json();
                self.mask.apply_json(&mut value);
                let formatter = serde_json::ser::PrettyFormatter::with_indent(b"  ");
                let mut serializer = serde_json::Serializer::with_formatter(out, formatter);
                serde::Serialize::serialize(&value, &mut serializer).map_err(|e| e.to_string())
            } else {
                self.summary.write_json(out).map_err(|e| e.to_string())
            }
        })?;
        Ok(path)
    }
}

impl Reporter for JsonReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String> {
        self.mask.observe(event);
        self.summary.on_event(event);
        if let RunEvent::Done { .. } = event {
            self.write()?;
        }
        Ok(())
    }
}
