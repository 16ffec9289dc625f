//! `--export-collection`: the collection JSON with the collection variables as they are at the end of
//! the run (Newman writes the initial ones, postmanlabs/newman#2680).

use super::environment::create_parent;
use super::error::FileError;
use super::merge::{merge_entries, EntryStyle};
use super::write::{write_atomic, Layout};
use crate::variables::VariableScope;
use serde_json::Value;
use std::path::Path;

/// Writes `raw` (from [`super::LoadedCollection::raw`]) with its top-level `variable` list updated to
/// `collection_variables`: changed values replaced in place, new ones appended, unset ones removed.
/// 2-space indented like Newman's export; missing folders are created.
pub fn export_collection(
    path: &Path,
    raw: &Value,
    collection_variables: &VariableScope,
) -> Result<(), FileError> {
    let doc = collection_with_variables(raw, collection_variables);
    create_parent(path)?;
    write_atomic(path, &Layout::newman().to_bytes(&doc))
}

pub fn collection_with_variables(raw: &Value, collection_variables: &VariableScope) -> Value {
    let mut doc = raw.clone();
    if let Value::Object(map) = &mut doc {
        let old = match map.get("variable") {
            Some(Value::Array(list)) => list.clone(),
            _ => Vec::new(),
        };
        let merged = merge_entries(&old, collection_variables, EntryStyle::Collection);
        if merged.is_empty() && !map.contains_key("variable") {
            return doc;
        }
        map.insert("variable".into(), Value::Array(merged));
    }
    doc
}
