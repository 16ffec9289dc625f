//! Where report files go and how they are written (shared by the file reporters).

use crate::outfile::{write_with, WriteOptions};
use std::path::{Path, PathBuf};

/// Newman's default report name, before the timestamp is added.
const DEFAULT_NAME: &str = "newman-run-report";

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

/// `newman-run-report-<timestamp>0.<extension>`.
pub fn default_file_name(extension: &str, now: &chrono::DateTime<chrono::Utc>) -> String {
    format!("{DEFAULT_NAME}-{}0.{extension}", export_timestamp(now))
}

/// The file to write: the given path (inside it when it is a directory), else `newman/<default name>`.
pub fn export_path(
    given: Option<&Path>,
    extension: &str,
    now: &chrono::DateTime<chrono::Utc>,
) -> PathBuf {
    match given {
        Some(path) if path.is_dir() => path.join(default_file_name(extension, now)),
        Some(path) => path.to_path_buf(),
        None => Path::new("newman").join(default_file_name(extension, now)),
    }
}

/// Writes a report file: created with its parent folders, replaced atomically, or written straight
/// into a device, pipe or standard output (see [`crate::outfile`]).
pub fn write_atomically(
    path: &Path,
    fill: impl FnOnce(&mut dyn std::io::Write) -> Result<(), String>,
) -> Result<(), String> {
    let options = WriteOptions {
        force: true,
        create_dirs: true,
        new_file_mode: Some(0o644),
    };
    write_with(path, &options, |out| {
        fill(out).map_err(std::io::Error::other)
    })
    .map_err(|e| format!("cannot write report {}: {}", path.display(), e.message))
}
