//! Environment and globals files: loading, writing the final values back into the original file
//! (keeping everything else in it), and Newman's `--export-environment` / `--export-globals` shape.

use super::data::{js_number, number_value};
use super::error::FileError;
use super::load::{json_kind, StructureError};
use super::locate::Step;
use super::merge::{merge_entries, EntryStyle};
use super::text::{parse_json, read_text};
use super::write::{write_atomic, Layout};
use crate::collection::model::value_to_string;
use crate::variables::{Var, VariableScope};
use serde_json::{json, Map, Value};
use std::path::Path;

#[derive(Debug, Clone)]
pub struct LoadedScope {
    pub scope: VariableScope,
    /// The file's JSON as it was, for [`write_back`].
    pub raw: Value,
}

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

/// Loads an environment or globals file: `{id, name, values: [{key, value, type, enabled}], ...}`,
/// the same wrapped as `{"environment": {...}}` / `{"globals": {...}}` (Postman's API), or a bare
/// list of `{key, value}`.
///
/// Like Newman, only `disabled: true` hides a value; `enabled: false` (what the Postman app writes for
/// an unticked value) is loaded as visible, because Newman 6.2.2 ignores that field.
pub fn load_environment(path: &Path) -> Result<LoadedScope, FileError> {
    let file = read_text(path)?;
    let raw = parse_json(path, &file.text)?;
    let scope = scope_from_json(&raw)
        .map_err(|e| e.message_at(path, "not an environment", Some(&file.text), &e.path))?;
    Ok(LoadedScope { scope, raw })
}

/// The variable scope a parsed environment/globals document describes.
pub(crate) fn scope_from_json(raw: &Value) -> Result<VariableScope, StructureError> {
    let (doc, envelope) = unwrap_api_envelope(raw);
    let mut at: Vec<Step> = envelope.map(|k| Step::Key(k.into())).into_iter().collect();
    let (values, meta) = match doc {
        Value::Array(list) => (Some(list), None),
        Value::Object(map) => {
            if map.contains_key("info") && map.contains_key("item") {
                return Err(StructureError::new(&at, "this looks like a collection"));
            }
            match map.get("values") {
                None | Some(Value::Null) => (None, Some(map)),
                Some(Value::Array(list)) => {
                    at.push(Step::Key("values".into()));
                    (Some(list), Some(map))
                }
                Some(other) => {
                    at.push(Step::Key("values".into()));
                    let found = json_kind(other);
                    return Err(StructureError::new(
                        &at,
                        format!("`values` must be a list, found {found}"),
                    ));
                }
            }
        }
        other => {
            let found = json_kind(other);
            return Err(StructureError::new(
                &at,
                format!("expected a JSON object, found {found}"),
            ));
        }
    };
    let mut vars = Vec::new();
    for (i, entry) in values
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let Value::Object(obj) = entry else {
            at.push(Step::Index(i));
            let found = json_kind(entry);
            return Err(StructureError::new(
                &at,
                format!("`values[{i}]` must be an object, found {found}"),
            ));
        };
        vars.push(entry_var(obj));
    }
    let text = |key: &str| {
        meta.and_then(|m| m.get(key))
            .filter(|v| !v.is_null())
            .map(value_to_string)
    };
    Ok(VariableScope {
        name: text("name"),
        id: text("id"),
        vars,
    })
}

fn entry_var(obj: &Map<String, Value>) -> Var {
    Var {
        key: obj.get("key").map(value_to_string).unwrap_or_default(),
        value: entry_value(obj),
        kind: obj.get("type").and_then(Value::as_str).map(str::to_string),
        enabled: entry_enabled(obj),
    }
}

/// An entry's value as a script sees it: cast to the entry's `type` the way Postman's SDK does.
pub fn entry_value(obj: &Map<String, Value>) -> Value {
    let value = obj.get("value").cloned().unwrap_or(Value::Null);
    typed_value(value, obj.get("type").and_then(Value::as_str))
}

/// `value` cast to a Postman variable type: `string` (`String(v)`), `number` (`Number(v)`),
/// `boolean` (`Boolean(v)`), `object` / `array` (parsed from JSON text); any other type keeps it.
pub fn typed_value(value: Value, kind: Option<&str>) -> Value {
    let Some(kind) = known_type(kind) else {
        return value;
    };
    match (kind, value) {
        ("string", v @ Value::String(_)) => v,
        ("string", v) => Value::String(value_to_string(&v)),
        ("number", v @ Value::Number(_)) => v,
        ("number", v) => {
            let n = match &v {
                Value::String(s) => js_number(s),
                Value::Bool(b) => f64::from(u8::from(*b)),
                Value::Null => 0.0,
                _ => f64::NAN,
            };
            number_value(n).unwrap_or(Value::Null)
        }
        ("boolean", v) => Value::Bool(match v {
            Value::Bool(b) => b,
            Value::Null => false,
            Value::String(s) => !s.is_empty(),
            Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
            _ => true,
        }),
        ("object" | "array", Value::String(s)) => match serde_json::from_str::<Value>(&s) {
            Ok(v @ Value::Object(_)) if kind == "object" => v,
            Ok(v @ Value::Array(_)) if kind == "array" => v,
            _ => Value::Null,
        },
        ("object", v @ Value::Object(_)) | ("array", v @ Value::Array(_)) => v,
        ("object" | "array", _) => Value::Null,
        (_, v) => v,
    }
}

/// The variable types Postman's SDK knows, lower-cased; `None` for any other (`text`, `secret`, ...).
pub fn known_type(kind: Option<&str>) -> Option<&'static str> {
    let kind = kind?.to_ascii_lowercase();
    ["string", "number", "boolean", "object", "array", "any"]
        .into_iter()
        .find(|k| *k == kind)
}

/// Newman's rule for environment and globals values: hidden only by `disabled: true`.
pub fn entry_enabled(obj: &Map<String, Value>) -> bool {
    obj.get("disabled") != Some(&Value::Bool(true))
}

fn unwrap_api_envelope(raw: &Value) -> (&Value, Option<&'static str>) {
    if let Value::Object(map) = raw {
        if !map.contains_key("values") {
            for key in ["environment", "globals"] {
                if let Some(inner) = map.get(key).filter(|v| v.is_object()) {
                    return (inner, Some(key));
                }
            }
        }
    }
    (raw, None)
}

/// Writes `scope`'s final values into the file they were loaded from.
///
/// Only changed, added (appended, as `{key, value, type: "default", enabled: true}`) and removed
/// values differ; key order, ids, names, every value's `type` and `enabled`, fields this program does
/// not know, indentation, line endings, the final newline and the encoding (UTF-8, UTF-8 with BOM,
/// UTF-16) are kept as the file has them; a file laid out in some other way is rewritten with its
/// indentation unit. When nothing changed the file is not touched at all. Values keep their JSON
/// type (a number stays a number), as in Newman's exports. The write is atomic: on any failure the
/// original file is untouched.
pub fn write_back(path: &Path, original: &Value, scope: &VariableScope) -> Result<(), FileError> {
    let updated = merged_document(original, scope);
    if &updated == original && path.is_file() {
        return Ok(()); // nothing changed: leave the file, and its exact bytes, alone
    }
    let layout = match read_text(path) {
        Ok(file) => Layout::detect(&file.text, file.encoding),
        Err(_) => Layout {
            trailing_newline: true,
            ..Layout::newman()
        },
    };
    write_atomic(path, &layout.to_bytes(&updated))
}

/// `original` with its values list replaced by the merge of its entries and `scope`.
pub fn merged_document(original: &Value, scope: &VariableScope) -> Value {
    let mut doc = original.clone();
    let merge = |old: &[Value]| merge_entries(old, scope, EntryStyle::Environment);
    match &mut doc {
        Value::Array(list) => *list = merge(list),
        Value::Object(map) => {
            let target = if map.contains_key("values") {
                map
            } else {
                match ["environment", "globals"]
                    .iter()
                    .find(|k| map.get(**k).is_some_and(Value::is_object))
                {
                    Some(k) => match map.get_mut(*k) {
                        Some(Value::Object(inner)) => inner,
                        _ => return values_only(scope),
                    },
                    None => map,
                }
            };
            let old = match target.get("values") {
                Some(Value::Array(list)) => list.clone(),
                _ => Vec::new(),
            };
            target.insert("values".into(), Value::Array(merge(&old)));
        }
        _ => return values_only(scope),
    }
    doc
}

fn values_only(scope: &VariableScope) -> Value {
    json!({"values": merge_entries(&[], scope, EntryStyle::Environment)})
}

/// Writes `scope` the way Newman's `--export-environment` / `--export-globals` does:
/// `{id, name, values: [{type, value, key}], _postman_variable_scope, _postman_exported_at,
/// _postman_exported_using}`, 2-space indented, no final newline. `type` is the value's type when
/// Postman's SDK knows it (`string`, `number`, `boolean`, `object`, `array`), `any` otherwise.
/// Missing folders are created.
pub fn export_scope(path: &Path, scope: &VariableScope, kind: ScopeKind) -> Result<(), FileError> {
    let doc = export_document(scope, kind, &exported_at());
    create_parent(path)?;
    write_atomic(path, &Layout::newman().to_bytes(&doc))
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
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
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
