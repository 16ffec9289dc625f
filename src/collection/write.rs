//! Writing JSON files in the layout the original file had, atomically (see [`crate::outfile`]).

use super::error::FileError;
use super::text::{encode, Encoding};
use crate::outfile::{write_bytes, WriteOptions};
use serde::Serialize;
use std::path::Path;

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
/// never a mix, and a failure leaves the old file as it was (see [`crate::outfile`]). A read-only
/// file is refused unless `force`.
pub fn write_atomic(path: &Path, bytes: &[u8], force: bool) -> Result<(), FileError> {
    let options = WriteOptions {
        force,
        ..WriteOptions::default()
    };
    write_bytes(path, &options, bytes)
}
