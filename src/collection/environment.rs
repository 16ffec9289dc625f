//! Environment and globals files: loading, and writing the final values back into the original file
//! (keeping everything else in it).

use super::error::FileError;
use super::load::{json_kind, StructureError};
use super::locate::Step;
use super::merge::{merge_entries, EntryStyle};
use super::text::{parse_json, read_text};
use super::typed::entry_value;
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
    /// The file's text as it was read, to notice an edit made to it during the run.
    pub text: String,
}

/// Loads an environment or globals file: `{id, name, values: [{key, value, type, enabled}], ...}`,
/// the same wrapped as `{"environment": {...}}` / `{"globals": {...}}` (Postman's API), or a bare
/// list of `{key, value}`.
///
/// Like Newman, only `disabled: true` hides a value; `enabled: false` (what the Postman app writes for
/// an unticked value) is loaded as visible, because Newman 6.2.2 ignores that field.
pub fn load_environment(path: &Path) -> Result<LoadedScope, FileError> {
    let file = read_text(path)?;
    let yaml = yaml_file(path);
    let raw = parse_doc(path, &file.text)?;
    let text = (!yaml).then_some(file.text.as_str());
    let mut scope = scope_from_json(&raw)
        .map_err(|e| e.message_at(path, "not an environment", text, &e.path))?;
    if yaml {
        hide_unticked(&raw, &mut scope);
    }
    Ok(LoadedScope {
        scope,
        raw,
        text: file.text,
    })
}

/// A `.yaml`/`.yml` file is the v3 (YAML) form of an environment or globals file.
fn yaml_file(path: &Path) -> bool {
    super::v3::is_yaml_file(path)
}

/// In a YAML (v3) file `enabled: false` hides a value, as in Postman; Newman, which reads only the
/// JSON form, ignores that field there.
fn hide_unticked(raw: &Value, scope: &mut VariableScope) {
    let Some(Value::Array(values)) = raw.get("values") else {
        return;
    };
    for (entry, var) in values.iter().zip(scope.vars.iter_mut()) {
        if entry.get("enabled") == Some(&Value::Bool(false)) {
            var.enabled = false;
        }
    }
}

fn parse_doc(path: &Path, text: &str) -> Result<Value, FileError> {
    if yaml_file(path) {
        super::v3::environment::parse(path, text)
    } else {
        parse_json(path, text)
    }
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

/// Writes `scope`'s final values into the file `loaded` was read from.
///
/// Only changed, added (appended, as `{key, value, type: "default", enabled: true}`) and removed
/// values differ; key order, ids, names, every value's `type` and `enabled`, fields this program does
/// not know, indentation, line endings, the final newline and the encoding (UTF-8, UTF-8 with BOM,
/// UTF-16) are kept as the file has them; a file laid out in some other way is rewritten with its
/// indentation unit. When nothing changed the file is not touched at all. Values keep their JSON
/// type (a number stays a number), as in Newman's exports. The write is atomic: on any failure the
/// original file is untouched.
///
/// When someone else changed the file during the run, the run's changes are merged into the file as
/// it is now; a value both changed is a conflict: nothing is written, unless `force` (the run's
/// value wins). A read-only file is refused unless `force`.
pub fn write_back(
    path: &Path,
    loaded: &LoadedScope,
    scope: &VariableScope,
    force: bool,
) -> Result<(), FileError> {
    let now = read_text(path).ok();
    let (base, target) = match &now {
        Some(file) if file.text != loaded.text => {
            let current = parse_doc(path, &file.text).map_err(|e| {
                FileError::new(
                    path,
                    format!(
                        "changed during the run and is no longer valid {} ({e}); nothing written",
                        if yaml_file(path) { "YAML" } else { "JSON" }
                    ),
                )
            })?;
            let on_disk = scope_from_json(&current).map_err(|e| {
                e.message_at(
                    path,
                    "changed during the run into",
                    Some(&file.text),
                    &e.path,
                )
            })?;
            if yaml_file(path) {
                let (merged, conflicts) = three_way(&loaded.scope, scope, &on_disk);
                if !conflicts.is_empty() && !force {
                    return Err(conflict_error(path, &conflicts));
                }
                return write_back_yaml(path, &file.text, &current, &on_disk, &merged, force);
            }
            let (merged, conflicts) = three_way(&loaded.scope, scope, &on_disk);
            if !conflicts.is_empty() && !force {
                return Err(conflict_error(path, &conflicts));
            }
            (current, merged)
        }
        _ if yaml_file(path) => {
            return write_back_yaml(path, &loaded.text, &loaded.raw, &loaded.scope, scope, force);
        }
        _ => (loaded.raw.clone(), scope.clone()),
    };
    let updated = merged_document(&base, &target);
    if updated == base && now.is_some() {
        return Ok(()); // nothing changed: leave the file, and its exact bytes, alone
    }
    let layout = match &now {
        Some(file) => Layout::detect(&file.text, file.encoding),
        None => Layout {
            trailing_newline: true,
            ..Layout::newman()
        },
    };
    write_atomic(path, &layout.to_bytes(&updated), force)
}

fn conflict_error(path: &Path, conflicts: &[String]) -> FileError {
    FileError::new(
        path,
        format!(
            "changed during the run: {} changed both there and by the run; nothing written \
             (--force writes the run's values over them)",
            conflicts.join(", ")
        ),
    )
}

/// A YAML file's values changed from `before` to `after`: edited in place when it can be (comments
/// and layout kept), else written out again from its data.
fn write_back_yaml(
    path: &Path,
    text: &str,
    doc: &Value,
    before: &VariableScope,
    after: &VariableScope,
    force: bool,
) -> Result<(), FileError> {
    use super::v3::environment::{edit_in_place, render};
    if before.to_object() == after.to_object() {
        return Ok(());
    }
    let updated = match edit_in_place(text, before, after) {
        Some(t) => t,
        None => render(path, &merged_document(doc, after))?,
    };
    write_atomic(path, updated.as_bytes(), force)
}

/// `on_disk` with the changes the run made (from `before` to `after`) applied; also the keys that
/// the run and the file's other writer both changed, to different values.
fn three_way(
    before: &VariableScope,
    after: &VariableScope,
    on_disk: &VariableScope,
) -> (VariableScope, Vec<String>) {
    let (was_all, is_all, theirs_all) =
        (before.to_object(), after.to_object(), on_disk.to_object());
    let mut merged = on_disk.clone();
    let mut conflicts = Vec::new();
    for key in was_all
        .keys()
        .chain(is_all.keys().filter(|k| !was_all.contains_key(*k)))
    {
        let (was, is) = (was_all.get(key), is_all.get(key));
        if was == is {
            continue;
        }
        let theirs = theirs_all.get(key);
        if theirs != was && theirs != is {
            conflicts.push(format!("`{key}`"));
        }
        match is {
            Some(value) => merged.set(key, value.clone()),
            None => merged.unset(key),
        }
    }
    (merged, conflicts)
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
