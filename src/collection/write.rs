//! Writing JSON files: atomically (a temporary file in the same folder, flushed to disk, then renamed
//! over the target), in the layout the original file had.

use super::error::{io_reason, FileError};
use super::text::{encode, Encoding};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

/// How a JSON file is laid out on disk, so a rewrite differs only where its content does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The indentation unit; empty for a file on one line.
    pub indent: String,
    pub crlf: bool,
    pub trailing_newline: bool,
    pub encoding: Encoding,
}

impl Layout {
    /// What Newman's `--export-*` writes: 2 spaces, `\n`, no newline at the end, UTF-8.
    pub fn newman() -> Layout {
        Layout {
            indent: "  ".into(),
            crlf: false,
            trailing_newline: false,
            encoding: Encoding::Utf8,
        }
    }

    /// The layout of an existing file's text.
    pub fn detect(text: &str, encoding: Encoding) -> Layout {
        let body = text.trim_end();
        let indent = if !body.contains('\n') {
            String::new()
        } else {
            body.lines()
                .skip(1)
                .map(|l| {
                    let width = l.len() - l.trim_start_matches([' ', '\t']).len();
                    &l[..width]
                })
                .find(|ws| !ws.is_empty())
                .map(|ws| match ws.chars().next() {
                    Some('\t') => "\t".to_string(),
                    _ => ws.to_string(),
                })
                .unwrap_or_else(|| "  ".into())
        };
        Layout {
            indent,
            crlf: text.contains("\r\n"),
            trailing_newline: text.ends_with('\n'),
            encoding,
        }
    }

    /// `value` as JSON text in this layout.
    pub fn render(&self, value: &serde_json::Value) -> String {
        let mut text = if self.indent.is_empty() {
            value.to_string()
        } else {
            let mut out = Vec::new();
            let formatter = serde_json::ser::PrettyFormatter::with_indent(self.indent.as_bytes());
            let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
            // Serialising a Value into memory cannot fail.
            let _ = value.serialize(&mut ser);
            String::from_utf8(out).unwrap_or_default()
        };
        if self.crlf {
            text = text.replace('\n', "\r\n");
        }
        if self.trailing_newline {
            text.push_str(if self.crlf { "\r\n" } else { "\n" });
        }
        text
    }

    pub fn to_bytes(&self, value: &serde_json::Value) -> Vec<u8> {
        encode(&self.render(value), self.encoding)
    }
}

/// Replaces the file at `path` with `bytes` so that a reader sees either the old or the new content,
/// never a mix, and a failure leaves the old file as it was and no temporary file behind.
/// A symbolic link is followed: the file it points to is replaced. The file's permissions are kept.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let target = resolve_target(path);
    if target.is_dir() {
        return Err(FileError::new(path, "cannot write: is a directory"));
    }
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(FileError::new(
            path,
            format!("cannot write: folder {} does not exist", dir.display()),
        ));
    }
    let file_name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| {
            FileError::new(
                path,
                format!(
                    "cannot write: cannot create a file in {}: {}",
                    dir.display(),
                    io_reason(&e)
                ),
            )
        })?;
    let fail = |e: std::io::Error| FileError::io(path, "cannot write", &e);
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    if let Ok(meta) = std::fs::metadata(&target) {
        tmp.as_file()
            .set_permissions(meta.permissions())
            .map_err(fail)?;
    }
    tmp.persist(&target).map_err(|e| fail(e.error))?;
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

fn resolve_target(path: &Path) -> PathBuf {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}
