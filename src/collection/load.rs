//! Loading a collection file: any encoding Postman writes, v2.0, v2.1 and (converted) v1.

use super::error::FileError;
use super::model::Collection;
use super::text::{parse_json, read_text};
use super::v1;
use serde_json::Value;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionVersion {
    /// The pre-2016 format (`requests`, `folders`, `order`); converted to v2.1 on load.
    /// Newman prints a deprecation notice for it.
    V1,
    V2_0,
    V2_1,
}

#[derive(Debug, Clone)]
pub struct LoadedCollection {
    pub collection: Collection,
    /// The collection as v2.0/v2.1 JSON: the file's own JSON, or the v2.1 conversion of a v1 file.
    pub raw: Value,
    pub version: CollectionVersion,
}

pub fn load_collection(path: &Path) -> Result<LoadedCollection, FileError> {
    let file = read_text(path)?;
    let json = parse_json(path, &file.text)?;
    collection_from_json(path, json)
}

/// A collection from parsed JSON (`path` names the source in errors).
pub fn collection_from_json(path: &Path, json: Value) -> Result<LoadedCollection, FileError> {
    let mut json = unwrap_api_envelope(json);
    let not_a_collection = |msg: String| FileError::new(path, format!("not a collection: {msg}"));
    let (raw, version) = if v1::is_v1(&json) {
        (
            v1::to_v21(&json).map_err(not_a_collection)?,
            CollectionVersion::V1,
        )
    } else {
        check_v2(&mut json).map_err(not_a_collection)?;
        let version = version_of(&json);
        (json, version)
    };
    let collection: Collection =
        serde_json::from_value(raw.clone()).map_err(|e| not_a_collection(e.to_string()))?;
    Ok(LoadedCollection {
        collection,
        raw,
        version,
    })
}

/// Postman's API wraps a collection as `{"collection": {...}}`; Newman accepts that too.
fn unwrap_api_envelope(json: Value) -> Value {
    match json {
        Value::Object(mut map)
            if !map.contains_key("info") && map.get("collection").is_some_and(Value::is_object) =>
        {
            map.remove("collection").unwrap_or_default()
        }
        other => other,
    }
}

fn version_of(json: &Value) -> CollectionVersion {
    let schema = json
        .pointer("/info/schema")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if schema.contains("v2.0.") {
        CollectionVersion::V2_0
    } else {
        CollectionVersion::V2_1
    }
}

pub(crate) fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// The structural checks whose failure would otherwise surface as an obscure serde message.
/// Like Postman's SDK, a list given as a single object is taken as a list of one, and a `null` list as
/// no list (the JSON is normalised in place so the model and `raw` agree).
fn check_v2(json: &mut Value) -> Result<(), String> {
    let Value::Object(map) = json else {
        return Err(format!("expected a JSON object, found {}", json_kind(json)));
    };
    // Newman runs a collection without `info` (several of its own fixtures have none) as long as it
    // has `item`; without both it is most likely another kind of file.
    match map.get("info") {
        None if map.get("values").is_some_and(Value::is_array) => {
            return Err("`info` is missing (this looks like an environment or globals file)".into())
        }
        None if !map.contains_key("item") => return Err("`info` is missing".into()),
        None | Some(Value::Object(_)) => {}
        Some(other) => {
            return Err(format!(
                "`info` must be an object, found {}",
                json_kind(other)
            ))
        }
    }
    check_node(json, "")
}

fn check_node(node: &mut Value, at: &str) -> Result<(), String> {
    for key in ["event", "variable", "item"] {
        normalise_list(node, key, at)?;
    }
    if let Some(request) = node.get_mut("request").filter(|r| r.is_object()) {
        let here = format!("{at}request.");
        normalise_list(request, "header", &here)?;
        if let Some(url) = request.get_mut("url").filter(|u| u.is_object()) {
            normalise_list(url, "query", &format!("{here}url."))?;
            normalise_list(url, "variable", &format!("{here}url."))?;
        }
        if let Some(body) = request.get_mut("body").filter(|b| b.is_object()) {
            normalise_list(body, "formdata", &format!("{here}body."))?;
            normalise_list(body, "urlencoded", &format!("{here}body."))?;
        }
    }
    let Some(Value::Array(items)) = node.get_mut("item") else {
        return Ok(());
    };
    for (i, item) in items.iter_mut().enumerate() {
        let here = format!("{at}item[{i}]");
        if !item.is_object() {
            return Err(format!(
                "`{here}` must be an object, found {}",
                json_kind(item)
            ));
        }
        check_node(item, &format!("{here}."))?;
    }
    Ok(())
}

fn normalise_list(node: &mut Value, key: &str, at: &str) -> Result<(), String> {
    let Value::Object(map) = node else {
        return Ok(());
    };
    match map.get_mut(key) {
        None | Some(Value::Array(_)) => Ok(()),
        Some(Value::Null) => {
            map.remove(key);
            Ok(())
        }
        Some(v @ Value::Object(_)) => {
            *v = Value::Array(vec![v.take()]);
            Ok(())
        }
        Some(other) if key == "header" && other.is_string() => Ok(()),
        Some(other) => Err(format!(
            "`{at}{key}` must be a list, found {}",
            json_kind(other)
        )),
    }
}
