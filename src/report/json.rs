//! The `json` reporter: writes Newman's run summary to `--reporter-json-export PATH`
//! (default `newman/newman-run-report-<timestamp>-0.json`, as Newman names it; see `export`).

use super::export::{export_path, write_atomically};
use super::summary::RunSummary;
use super::{ReportConfig, Reporter};
use crate::runner::events::RunEvent;
use std::path::PathBuf;

pub struct JsonReporter {
    summary: RunSummary,
    /// `--reporter-json-export`; None: the default path, decided when the run is done.
    export: Option<PathBuf>,
}

impl JsonReporter {
    pub fn new(config: &ReportConfig) -> JsonReporter {
        JsonReporter {
            summary: RunSummary::detailed(),
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
            self.summary
                .write_json(std::io::BufWriter::new(file))
                .map_err(|e| e.to_string())
        })?;
        Ok(path)
    }
}

impl Reporter for JsonReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String> {
        self.summary.on_event(event);
        if let RunEvent::Done { .. } = event {
            self.write()?;
        }
        Ok(())
    }
}
