//! The `json` reporter: writes Newman's run summary to `--reporter-json-export PATH`
//! (default `newman/newman-run-report-<timestamp>-0.json`, as Newman names it).

use super::summary::RunSummary;
use super::{ReportConfig, Reporter};
use crate::runner::events::RunEvent;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Newman's default report name, before the timestamp is added.
const DEFAULT_NAME: &str = "newman-run-report";

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
        let path = export_path(self.export.as_deref(), &now);
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

/// Newman's export timestamp: the ISO time with every run of non-digits turned into `-`
/// (`2026-11-27T20:52:11.123Z` → `2026-11-27-20-52-11-123-`).
pub fn export_timestamp(now: &chrono::DateTime<chrono::Utc>) -> String {
    let iso = now.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string();
    let mut out = String::with_capacity(iso.len());
    let mut in_separator = false;
    for c in iso.chars() {
        if c.is_ascii_digit() {
            out.push(c);
            in_separator = false;
        } else if !in_separator {
            out.push('-');
            in_separator = true;
        }
    }
    out
}

/// `newman-run-report-<timestamp>0.json`.
pub fn default_file_name(now: &chrono::DateTime<chrono::Utc>) -> String {
    format!("{DEFAULT_NAME}-{}0.json", export_timestamp(now))
}

/// The file to write: the given path (inside it when it is a directory), else `newman/<default name>`.
pub fn export_path(given: Option<&Path>, now: &chrono::DateTime<chrono::Utc>) -> PathBuf {
    match given {
        Some(path) if path.is_dir() => path.join(default_file_name(now)),
        Some(path) => path.to_path_buf(),
        None => Path::new("newman").join(default_file_name(now)),
    }
}

/// Creates the parent folders, writes to a temporary file next to `path` and renames it into place.
pub fn write_atomically(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> Result<(), String>,
) -> Result<(), String> {
    let context =
        |e: &dyn std::fmt::Display| format!("cannot write report {}: {e}", path.display());
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| context(&e))?;
    let mut temp = tempfile::NamedTempFile::new_in(&dir).map_err(|e| context(&e))?;
    fill(temp.as_file_mut()).map_err(|e| context(&e))?;
    temp.as_file_mut().flush().map_err(|e| context(&e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let readable = std::fs::Permissions::from_mode(0o644);
        std::fs::set_permissions(temp.path(), readable).map_err(|e| context(&e))?;
    }
    temp.persist(path).map_err(|e| context(&e.error))?;
    Ok(())
}
