//! Iteration data files: a JSON list of objects, or CSV with a header row, read the way Newman does.

use super::csv::{parse_csv, CsvField, CsvRecord};
use super::error::FileError;
use super::load::json_kind;
use super::text::{parse_json, read_text};
use crate::variables::{Var, VariableScope};
use serde_json::{Map, Value};
use std::path::Path;

/// One scope per iteration, in file order.
///
/// JSON (the text starts with `[` or `{`): a list of objects whose values keep their JSON types; an
/// entry that is not an object is an iteration without data. CSV otherwise, as Newman reads it with
/// csv-parse: header names and fields trimmed, `""` escapes a quote, a quote inside an unquoted field is
/// kept, an unquoted field that looks like a number becomes one (`7890`, `-5`, `1.50`, `1e3`), a quoted
/// one stays text; a row with more fields than the header loses the extra ones, one with fewer lacks
/// the missing keys; a blank line is a row whose first column is empty.
#[cfg(test)]
pub fn load_data(path: &Path) -> Result<Vec<VariableScope>, FileError> {
    load_data_checked(path).map(|data| data.rows)
}

/// Iteration rows and what looks like a mistake in the file but is accepted the way Newman accepts it.
#[derive(Debug, Clone)]
pub struct LoadedData {
    pub rows: Vec<VariableScope>,
    /// CSV rows whose number of fields differs from the header's, and blank lines, each naming its
    /// line (`data.csv:4: row has 3 fields, the header has 2; the extra fields are ignored`).
    /// Newman says nothing about them; a caller may print these as warnings.
    pub warnings: Vec<FileError>,
}

/// [`load_data`] with warnings about ragged CSV rows.
pub fn load_data_checked(path: &Path) -> Result<LoadedData, FileError> {
    let file = read_text(path)?;
    let start = file.text.trim_start();
    if start.starts_with('[') || start.starts_with('{') {
        let json = parse_json(path, &file.text)?;
        let rows = rows_from_json(&json)
            .map_err(|msg| FileError::new(path, format!("not iteration data: {msg}")))?;
        return Ok(LoadedData {
            rows,
            warnings: Vec::new(),
        });
    }
    let records = parse_csv(&file.text).map_err(|e| FileError::at_line(path, e.line, e.message))?;
    let warnings = ragged_rows(path, &records);
    Ok(LoadedData {
        rows: rows_from_csv(records),
        warnings,
    })
}

fn ragged_rows(path: &Path, records: &[CsvRecord]) -> Vec<FileError> {
    let Some((header, rows)) = records.split_first() else {
        return Vec::new();
    };
    let width = header.fields.len();
    let plural = |n: usize| if n == 1 { "field" } else { "fields" };
    rows.iter()
        .filter(|r| r.fields.len() != width)
        .map(|r| {
            let n = r.fields.len();
            let message = if n == 1 && r.fields[0].text.is_empty() && !r.fields[0].quoted {
                "blank line: it still makes an iteration, with the first column empty".to_string()
            } else if n > width {
                format!(
                    "row has {n} {}, the header has {width}; the extra fields are ignored",
                    plural(n)
                )
            } else {
                format!(
                    "row has {n} {}, the header has {width}; the missing ones are not set",
                    plural(n)
                )
            };
            FileError::at_line(path, r.line, message)
        })
        .collect()
}

pub fn rows_from_json(json: &Value) -> Result<Vec<VariableScope>, String> {
    let Value::Array(rows) = json else {
        return Err(format!(
            "expected a list of objects, found {}",
            json_kind(json)
        ));
    };
    Ok(rows
        .iter()
        .map(|row| match row {
            Value::Object(map) => scope_of(map.iter().map(|(k, v)| (k.clone(), v.clone()))),
            _ => VariableScope::default(),
        })
        .collect())
}

fn rows_from_csv(records: Vec<CsvRecord>) -> Vec<VariableScope> {
    let mut records = records.into_iter();
    let Some(header) = records.next() else {
        return Vec::new();
    };
    records
        .map(|record| {
            let mut row = Map::new();
            for (name, field) in header.fields.iter().zip(record.fields) {
                row.insert(name.text.clone(), cast(field));
            }
            scope_of(row)
        })
        .collect()
}

fn scope_of(pairs: impl IntoIterator<Item = (String, Value)>) -> VariableScope {
    VariableScope {
        name: None,
        id: None,
        vars: pairs
            .into_iter()
            .map(|(key, value)| Var {
                key,
                value,
                kind: None,
                enabled: true,
            })
            .collect(),
    }
}

/// Newman's cast: unquoted integers and floats become numbers, everything else stays text.
fn cast(field: CsvField) -> Value {
    if field.quoted {
        return Value::String(field.text);
    }
    let number = if is_int(&field.text) {
        field.text.parse::<f64>().ok()
    } else if is_float(&field.text) {
        Some(js_parse_float(&field.text))
    } else {
        None
    };
    match number.and_then(number_value) {
        Some(n) => n,
        None => Value::String(field.text),
    }
}

pub(crate) fn number_value(f: f64) -> Option<Value> {
    if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        Some(Value::from(f as i64))
    } else {
        serde_json::Number::from_f64(f).map(Value::Number)
    }
}

fn is_int(s: &str) -> bool {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    digits.starts_with(|c: char| ('1'..='9').contains(&c))
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `(Number(s) - parseFloat(s) + 1) >= 0` in JavaScript.
fn is_float(s: &str) -> bool {
    js_number(s) - js_parse_float(s) + 1.0 >= 0.0
}

/// JavaScript's `Number(s)`.
pub(crate) fn js_number(s: &str) -> f64 {
    let t = s.trim();
    if t.is_empty() {
        return 0.0;
    }
    for (prefix, radix) in [
        ("0x", 16),
        ("0X", 16),
        ("0o", 8),
        ("0O", 8),
        ("0b", 2),
        ("0B", 2),
    ] {
        if let Some(digits) = t.strip_prefix(prefix) {
            return u64::from_str_radix(digits, radix).map_or(f64::NAN, |n| n as f64);
        }
    }
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    if unsigned == "Infinity" {
        return if t.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    if decimal_prefix_len(t) == t.len() {
        t.parse().unwrap_or(f64::NAN)
    } else {
        f64::NAN
    }
}

/// JavaScript's `parseFloat(s)`: the longest decimal number at the start of `s`.
fn js_parse_float(s: &str) -> f64 {
    let t = s.trim_start();
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    if unsigned.starts_with("Infinity") {
        return if t.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    match decimal_prefix_len(t) {
        0 => f64::NAN,
        n => t[..n].parse().unwrap_or(f64::NAN),
    }
}

/// Length of the decimal literal (`[+-]digits[.digits][e[+-]digits]`) at the start of `t`; 0 if none.
fn decimal_prefix_len(t: &str) -> usize {
    let b = t.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - int_start;
    if i < b.len() && b[i] == b'.' {
        let frac_start = i + 1;
        let mut j = frac_start;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        digits += j - frac_start;
        if digits > 0 {
            i = j;
        }
    }
    if digits == 0 {
        return 0;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let exp_start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn js_number_rules() {
        assert!(is_int("7890") && is_int("-7890") && is_int("+3"));
        assert!(!is_int("0") && !is_int("007") && !is_int("1.5"));
        assert!(is_float("0") && is_float("1e3") && is_float(".5") && is_float("1."));
        assert!(!is_float("") && !is_float("Infinity") && !is_float("12abc") && !is_float("5e"));
        assert_eq!(js_parse_float("0x10"), 0.0);
        assert_eq!(js_number("0x10"), 16.0);
    }
}
