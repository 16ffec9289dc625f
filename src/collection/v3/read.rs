//! Reading a v3 collection directory into the v2.1 JSON the rest of postie runs.

use super::to_v21::{apply_definition, example, mapping, request_item, text};
use super::yaml;
use crate::collection::error::FileError;
use serde_json::{json, Map, Value};
use std::cmp::Ordering;
use std::path::{Path, PathBuf};

const REQUEST_SUFFIXES: [&str; 2] = [".request.yaml", ".request.yml"];
const EXAMPLE_SUFFIXES: [&str; 2] = [".example.yaml", ".example.yml"];

/// The collection in directory `root` as v2.1 JSON.
pub fn load_dir(root: &Path) -> Result<Value, FileError> {
    let def = definition(root)?;
    let dir_name = dir_name(root);
    let def_map = def.as_ref().map(|(d, _)| d);
    let mut info = Map::new();
    if let Some(id) = def_map.and_then(|d| text(d, "id")) {
        info.insert("_postman_id".into(), Value::String(id));
    }
    let name = def_map.and_then(|d| text(d, "name")).unwrap_or(dir_name);
    info.insert("name".into(), Value::String(name));
    if let Some(d) = def_map
        .and_then(|d| d.get("description"))
        .filter(|d| !d.is_null())
    {
        info.insert("description".into(), d.clone());
    }
    info.insert("schema".into(), json!(crate::collection::v1::SCHEMA_V21));
    let items = children(root, &mut Vec::new())?;
    if def.is_none() && !items.iter().any(has_request) {
        return Err(FileError::new(
            root,
            "is a directory with no collection in it (a collection schema v3 directory holds \
             `*.request.yaml` files or `.resources/definition.yaml`)",
        ));
    }
    let mut collection = Map::new();
    collection.insert("info".into(), Value::Object(info));
    collection.insert("item".into(), Value::Array(items));
    if let Some((def, file)) = &def {
        apply_definition(&mut collection, def, file)?;
    }
    Ok(Value::Object(collection))
}

fn has_request(item: &Value) -> bool {
    match item.get("item") {
        Some(Value::Array(items)) => items.iter().any(has_request),
        _ => item.get("request").is_some(),
    }
}

fn dir_name(dir: &Path) -> String {
    let named = dir.file_name().map(|n| n.to_string_lossy().into_owned());
    named
        .or_else(|| {
            let full = dir.canonicalize().ok()?;
            full.file_name().map(|n| n.to_string_lossy().into_owned())
        })
        .unwrap_or_default()
}

/// `dir/.resources/definition.yaml` (or `.yml`), when there is one.
/// A definition file's mapping and where it is.
type Definition = (Map<String, Value>, PathBuf);

fn definition(dir: &Path) -> Result<Option<Definition>, FileError> {
    for name in ["definition.yaml", "definition.yml"] {
        let file = dir.join(".resources").join(name);
        if file.is_file() {
            let (doc, _) = yaml::read(&file)?;
            if doc.is_null() {
                return Ok(None);
            }
            let map = mapping(&doc, &file)?.clone();
            return Ok(Some((map, file)));
        }
    }
    Ok(None)
}

struct Entry {
    order: Option<f64>,
    file_name: String,
    item: Value,
}

/// The folders and requests of `dir`, in run order. `above` holds the real paths of the folders
/// that contain `dir`, to stop at a symbolic link that leads back to one of them.
fn children(dir: &Path, above: &mut Vec<PathBuf>) -> Result<Vec<Value>, FileError> {
    let real = dir
        .canonicalize()
        .map_err(|e| FileError::io(dir, "cannot read", &e))?;
    if above.contains(&real) {
        return Err(FileError::new(
            dir,
            "is a link back to a folder that contains it",
        ));
    }
    above.push(real);
    let items = children_of(dir, above);
    above.pop();
    items
}

fn children_of(dir: &Path, above: &mut Vec<PathBuf>) -> Result<Vec<Value>, FileError> {
    let mut found = Vec::new();
    for (file_name, path) in list_dir(dir)? {
        if path.is_dir() {
            if !file_name.starts_with('.') {
                found.push(folder(&path, file_name, above)?);
            }
        } else if let Some(stem) = strip_any(&file_name, &REQUEST_SUFFIXES) {
            let (doc, _) = yaml::read(&path)?;
            let examples = examples(dir, stem, &doc, &path)?;
            let item = request_item(&doc, stem, examples, &path)?;
            found.push(Entry {
                order: order_of(&doc),
                file_name,
                item,
            });
        }
    }
    found.sort_by(by_order);
    Ok(found.into_iter().map(|e| e.item).collect())
}

fn folder(path: &Path, file_name: String, above: &mut Vec<PathBuf>) -> Result<Entry, FileError> {
    let def = definition(path)?;
    let mut folder = Map::new();
    let def_map = def.as_ref().map(|(d, _)| d);
    if let Some(id) = def_map.and_then(|d| text(d, "id")) {
        folder.insert("id".into(), Value::String(id));
    }
    let name = def_map
        .and_then(|d| text(d, "name"))
        .unwrap_or_else(|| file_name.clone());
    folder.insert("name".into(), Value::String(name));
    if let Some(d) = def_map
        .and_then(|d| d.get("description"))
        .filter(|d| !d.is_null())
    {
        folder.insert("description".into(), d.clone());
    }
    folder.insert("item".into(), Value::Array(children(path, above)?));
    let mut order = None;
    if let Some((def, file)) = &def {
        apply_definition(&mut folder, def, file)?;
        order = def.get("order").and_then(Value::as_f64);
    }
    Ok(Entry {
        order,
        file_name,
        item: Value::Object(folder),
    })
}

/// A request's saved examples: the directory its `examples` field names (relative to the
/// request's directory), else `.resources/<stem>.resources/examples`.
fn examples(dir: &Path, stem: &str, doc: &Value, file: &Path) -> Result<Vec<Value>, FileError> {
    let named = doc.get("examples").and_then(Value::as_str);
    let examples_dir = match named {
        Some(rel) => dir.join(rel.trim_start_matches("./")),
        None => dir
            .join(".resources")
            .join(format!("{stem}.resources"))
            .join("examples"),
    };
    if !examples_dir.is_dir() {
        if named.is_some() {
            let message = format!("`examples`: {} is not a directory", examples_dir.display());
            return Err(FileError::new(file, message));
        }
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    for (file_name, path) in list_dir(&examples_dir)? {
        if let Some(stem) = strip_any(&file_name, &EXAMPLE_SUFFIXES) {
            let (doc, _) = yaml::read(&path)?;
            found.push(Entry {
                order: order_of(&doc),
                item: example(&doc, stem, &path)?,
                file_name,
            });
        }
    }
    found.sort_by(by_order);
    Ok(found.into_iter().map(|e| e.item).collect())
}

fn list_dir(dir: &Path) -> Result<Vec<(String, PathBuf)>, FileError> {
    let read = std::fs::read_dir(dir).map_err(|e| FileError::io(dir, "cannot read", &e))?;
    let mut out = Vec::new();
    for entry in read {
        let entry = entry.map_err(|e| FileError::io(dir, "cannot read", &e))?;
        out.push((
            entry.file_name().to_string_lossy().into_owned(),
            entry.path(),
        ));
    }
    Ok(out)
}

fn strip_any<'a>(name: &'a str, suffixes: &[&str]) -> Option<&'a str> {
    suffixes.iter().find_map(|s| name.strip_suffix(s))
}

fn order_of(doc: &Value) -> Option<f64> {
    doc.get("order").and_then(Value::as_f64)
}

/// Ascending `order`; entries without one after those with one; then by file name.
fn by_order(a: &Entry, b: &Entry) -> Ordering {
    let by_order = match (a.order, b.order) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    by_order.then_with(|| a.file_name.cmp(&b.file_name))
}
