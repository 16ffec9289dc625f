//! Writing a collection (v2.1 JSON, as the model serialises it) as a v3 directory.

use super::from_v21::{definition_doc, example_doc, request_doc};
use super::yaml;
use crate::collection::error::FileError;
use serde_json::{json, Map, Value};
use std::collections::HashSet;
use std::path::Path;

/// Writes `collection` into `out`, which must not exist yet or be an empty directory.
/// Siblings get `order` 1000, 2000, … so that later insertions need no renumbering.
pub fn write_dir(collection: &Value, out: &Path) -> Result<(), FileError> {
    let not_empty = std::fs::read_dir(out).is_ok_and(|mut d| d.next().is_some());
    if not_empty || out.is_file() {
        return Err(FileError::new(
            out,
            "exists and is not an empty directory; nothing written",
        ));
    }
    create_dir(out)?;
    let info = collection.get("info").cloned().unwrap_or_default();
    let mut def = definition_doc(collection, info.get("description"));
    if let Some(id) = info.get("_postman_id").and_then(Value::as_str) {
        def.insert("id".into(), json!(id));
    }
    let name = info.get("name").and_then(Value::as_str).unwrap_or_default();
    def.insert("name".into(), json!(name));
    write_definition(out, def)?;
    write_items(collection, out)
}

fn write_items(parent: &Value, dir: &Path) -> Result<(), FileError> {
    let Some(Value::Array(items)) = parent.get("item") else {
        return Ok(());
    };
    let mut folder_names = Names::default();
    let mut request_names = Names::default();
    for (i, item) in items.iter().enumerate() {
        let order = (i + 1) * 1000;
        let name = item.get("name").and_then(Value::as_str).unwrap_or_default();
        if item.get("item").is_some_and(Value::is_array) && item.get("request").is_none() {
            let stem = folder_names.take(name);
            let sub = dir.join(&stem);
            create_dir(&sub)?;
            let mut def = definition_doc(item, item.get("description"));
            if let Some(id) = item.get("id").and_then(Value::as_str) {
                def.insert("id".into(), json!(id));
            }
            if stem != name {
                def.insert("name".into(), json!(name));
            }
            def.insert("order".into(), json!(order));
            write_definition(&sub, def)?;
            write_items(item, &sub)?;
        } else {
            let stem = request_names.take(name);
            let mut doc = request_doc(item, order);
            if stem != name {
                insert_after(&mut doc, "id", "name", json!(name));
            }
            write_yaml(&dir.join(format!("{stem}.request.yaml")), doc)?;
            write_examples(item, dir, &stem)?;
        }
    }
    Ok(())
}

fn write_examples(item: &Value, dir: &Path, stem: &str) -> Result<(), FileError> {
    let Some(Value::Array(responses)) = item.get("response") else {
        return Ok(());
    };
    if responses.is_empty() {
        return Ok(());
    }
    let examples = dir
        .join(".resources")
        .join(format!("{stem}.resources"))
        .join("examples");
    create_dir(&examples)?;
    let mut names = Names::default();
    for (i, response) in responses.iter().enumerate() {
        let name = response.get("name").and_then(Value::as_str).unwrap_or("");
        let file_stem = names.take(name);
        let mut doc = example_doc(response, (i + 1) * 1000);
        if file_stem != name {
            insert_after(&mut doc, "id", "name", json!(name));
        }
        write_yaml(&examples.join(format!("{file_stem}.example.yaml")), doc)?;
    }
    Ok(())
}

fn write_definition(dir: &Path, mut def: Map<String, Value>) -> Result<(), FileError> {
    // `$kind` first, then what identifies the scope, then the rest as it came
    let mut doc = Map::new();
    for key in ["$kind", "id", "name", "description", "order"] {
        if let Some(v) = def.remove(key) {
            doc.insert(key.into(), v);
        }
    }
    doc.extend(def);
    let resources = dir.join(".resources");
    create_dir(&resources)?;
    write_yaml(&resources.join("definition.yaml"), doc)
}

/// `doc` with `key` inserted after `after` (or after `$kind` when `after` is absent).
fn insert_after(doc: &mut Map<String, Value>, after: &str, key: &str, value: Value) {
    let anchor = if doc.contains_key(after) {
        after
    } else {
        "$kind"
    };
    let mut out = Map::new();
    for (k, v) in std::mem::take(doc) {
        let at_anchor = k == anchor;
        out.insert(k, v);
        if at_anchor {
            out.insert(key.into(), value.clone());
        }
    }
    *doc = out;
}

fn write_yaml(path: &Path, doc: Map<String, Value>) -> Result<(), FileError> {
    let text = yaml::render(path, &Value::Object(doc))?;
    std::fs::write(path, text).map_err(|e| FileError::io(path, "cannot write", &e))
}

fn create_dir(dir: &Path) -> Result<(), FileError> {
    std::fs::create_dir_all(dir).map_err(|e| FileError::io(dir, "cannot create", &e))
}

/// File names unique within a directory, case-insensitively: a name with `/ \ : * ? " < > |`
/// (or a leading `.`) turned into `-`, then ` (2)`, ` (3)`… on a clash.
#[derive(Default)]
struct Names {
    taken: HashSet<String>,
}

impl Names {
    fn take(&mut self, name: &str) -> String {
        let mut base: String = name
            .chars()
            .map(|c| match c {
                '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
                c if c.is_control() => '-',
                c => c,
            })
            .collect();
        if base.starts_with('.') {
            base.replace_range(..1, "-");
        }
        if base.trim().is_empty() {
            base = "untitled".into();
        }
        let mut candidate = base.clone();
        let mut n = 1;
        while !self.taken.insert(candidate.to_lowercase()) {
            n += 1;
            candidate = format!("{base} ({n})");
        }
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_file_safe_and_unique_ignoring_case() {
        let mut names = Names::default();
        assert_eq!(names.take("Health/check: v2"), "Health-check- v2");
        assert_eq!(names.take("a"), "a");
        assert_eq!(names.take("A"), "A (2)");
        assert_eq!(names.take(".resources"), "-resources");
        assert_eq!(names.take(""), "untitled");
    }
}
