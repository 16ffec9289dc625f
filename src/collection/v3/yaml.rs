//! YAML text ⇄ JSON values (serde_norway), with errors that name the file, line and column.

use crate::collection::error::FileError;
use crate::collection::text::read_text;
use serde_json::Value;
use std::path::Path;

/// A YAML document as a JSON value; an empty document is `null`.
pub fn parse(path: &Path, text: &str) -> Result<Value, FileError> {
    if text.trim().is_empty() {
        return Ok(Value::Null);
    }
    serde_norway::from_str::<Value>(text).map_err(|e| {
        let full = e.to_string();
        let mut err = FileError::new(path, format!("invalid YAML: {full}"));
        if let Some(at) = e.location() {
            let here = format!(" at line {} column {}", at.line(), at.column());
            let message = full.replacen(&here, "", 1);
            err.message = format!("invalid YAML: {message}");
            err.line = Some(at.line());
            err.column = Some(at.column());
        }
        err
    })
}

/// Reads and parses a YAML file; also returns its text.
pub fn read(path: &Path) -> Result<(Value, String), FileError> {
    let file = read_text(path)?;
    let value = parse(path, &file.text)?;
    Ok((value, file.text))
}

/// A JSON value as YAML text.
pub fn render(path: &Path, value: &Value) -> Result<String, FileError> {
    serde_norway::to_string(value)
        .map_err(|e| FileError::new(path, format!("cannot write YAML: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_syntax_error_names_line_and_column() {
        let err = parse(Path::new("a.yaml"), "name: x\nurl: [unclosed\n").unwrap_err();
        assert_eq!(err.line, Some(3), "{err}");
        assert!(err.column.is_some(), "{err}");
        assert!(err.to_string().starts_with("a.yaml:3:"), "{err}");
    }

    #[test]
    fn round_trips_multiline_strings_and_variables() {
        let value = serde_json::json!({"url": "{{base}}/x", "code": "a\nb: c\n", "n": 1});
        let text = render(Path::new("x"), &value).unwrap();
        assert_eq!(parse(Path::new("x"), &text).unwrap(), value);
    }
}
