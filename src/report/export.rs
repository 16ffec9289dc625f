//! Where report files go and how they are written (shared by the file reporters).

use std::io::Write;
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
