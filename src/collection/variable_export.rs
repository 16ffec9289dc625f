//! Newman's `--export-environment`, `--export-globals` and `--export-collection` files; the exported
//! collection carries the collection variables as they are at the end of the run (Newman writes the
//! initial ones, postmanlabs/newman#2680).

use super::error::FileError;
use super::merge::{merge_entries, EntryStyle};
use super::typed::known_type;
use super::write::{write_atomic, Layout};
use crate::variables::VariableScope;
use serde_json::{json, Map, Value};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Environment,
    Globals,
}

impl ScopeKind {
    fn as_str(self) -> &'static str {
        match self {
            ScopeKind::Environment => "environment",
            ScopeKind::Globals => "globals",
        }
    }
}

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
    write_atomic(path, &Layout::newman().to_bytes(&doc), true)
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

/// Writes `scope` the way Newman's `--export-environment` / `--export-globals` does:
/// `{id, name, values: [{type, value, key}], _postman_variable_scope, _postman_exported_at,
/// _postman_exported_using}`, 2-space indented, no final newline. `type` is the value's type when
/// Postman's SDK knows it (`string`, `number`, `boolean`, `object`, `array`), `any` otherwise.
/// Missing folders are created.
pub fn export_scope(path: &Path, scope: &VariableScope, kind: ScopeKind) -> Result<(), FileError> {
    let doc = export_document(scope, kind, &exported_at());
    create_parent(path)?;
    write_atomic(path, &Layout::newman().to_bytes(&doc), true)
}

/// The document [`export_scope`] writes, with `exported_at` as the export time.
pub fn export_document(scope: &VariableScope, kind: ScopeKind, exported_at: &str) -> Value {
    let values: Vec<Value> = scope
        .vars
        .iter()
        .map(|v| {
            let mut entry = Map::new();
            if !v.enabled {
                entry.insert("disabled".into(), json!(true));
            }
            let kind = known_type(v.kind.as_deref()).unwrap_or("any");
            entry.insert("type".into(), json!(kind));
            entry.insert("value".into(), v.value.clone());
            entry.insert("key".into(), json!(v.key));
            Value::Object(entry)
        })
        .collect();
    let id = scope
        .id
        .clone()
        .unwrap_or_else(|| crate::ids::uuid_v4().to_string());
    let mut doc = Map::new();
    doc.insert("id".into(), json!(id));
    // Newman names an unnamed scope after its kind, after the values.
    match &scope.name {
        Some(name) => {
            doc.insert("name".into(), json!(name));
            doc.insert("values".into(), Value::Array(values));
        }
        None => {
            doc.insert("values".into(), Value::Array(values));
            doc.insert("name".into(), json!(kind.as_str()));
        }
    }
    doc.insert("_postman_variable_scope".into(), json!(kind.as_str()));
    doc.insert("_postman_exported_at".into(), json!(exported_at));
    doc.insert("_postman_exported_using".into(), json!(exported_using()));
    Value::Object(doc)
}

pub fn exported_using() -> String {
    format!("postie/{}", env!("CARGO_PKG_VERSION"))
}

fn exported_at() -> String {
    chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

pub(crate) fn create_parent(path: &Path) -> Result<(), FileError> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.exists() => std::fs::create_dir_all(dir)
            .map_err(|e| FileError::io(path, "cannot create its folder", &e)),
        _ => Ok(()),
    }
}
