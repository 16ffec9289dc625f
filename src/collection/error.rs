//! The error every file loader and writer returns: which file, what is wrong, and where.

use std::fmt;
use std::path::{Path, PathBuf};

/// A file that could not be read, understood or written.
///
/// Displays as `path:line:column: message`, `path:line: message` or `path: message`.
#[derive(Debug, Clone, PartialEq)]
pub struct FileError {
    pub path: PathBuf,
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl FileError {
    pub fn new(path: &Path, message: impl Into<String>) -> FileError {
        FileError {
            path: path.to_path_buf(),
            message: message.into(),
            line: None,
            column: None,
        }
    }

    pub fn at_line(path: &Path, line: usize, message: impl Into<String>) -> FileError {
        FileError {
            line: Some(line),
            ..FileError::new(path, message)
        }
    }

    /// An I/O failure, worded without the OS error number (`permission denied`, not `... (os error 13)`).
    pub fn io(path: &Path, doing: &str, err: &std::io::Error) -> FileError {
        FileError::new(path, format!("{doing}: {}", io_reason(err)))
    }

    /// A JSON syntax error with serde_json's line and column.
    pub fn json(path: &Path, err: &serde_json::Error) -> FileError {
        let text = err.to_string();
        let suffix = format!(" at line {} column {}", err.line(), err.column());
        let message = text.strip_suffix(&suffix).unwrap_or(&text).to_string();
        FileError {
            path: path.to_path_buf(),
            message,
            line: (err.line() > 0).then_some(err.line()),
            column: (err.line() > 0).then_some(err.column()),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for FileError {}

/// `No such file or directory`, lower-cased and without `(os error 2)`.
pub fn io_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    let text = match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => text,
    }
}
