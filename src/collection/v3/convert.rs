//! `postie convert`: a collection in either form (v2.x/v1 file or v3 directory) into the other.

use super::write::write_dir;
use crate::collection::error::FileError;
use crate::collection::load::load_collection;
use crate::collection::write::write_atomic;
use std::path::Path;

/// Writes the collection `input` as a v3 directory `out` (which must not exist or be empty).
pub fn to_v3(input: &Path, out: &Path) -> Result<(), FileError> {
    let loaded = load_collection(input)?;
    let json = serde_json::to_value(&loaded.collection)
        .map_err(|e| FileError::new(input, format!("cannot convert: {e}")))?;
    write_dir(&json, out)
}

/// Writes the collection `input` as a v2.1 JSON file `out` (2-space indentation).
pub fn to_v21(input: &Path, out: &Path) -> Result<(), FileError> {
    let loaded = load_collection(input)?;
    let mut text = serde_json::to_string_pretty(&loaded.raw_json())
        .map_err(|e| FileError::new(input, format!("cannot convert: {e}")))?;
    text.push('\n');
    write_atomic(out, text.as_bytes(), false)
}
