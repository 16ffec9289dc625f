//! Loading a collection file: any encoding Postman writes, v2.0, v2.1 and (converted) v1; or a
//! collection schema v3 directory (converted).

use super::error::FileError;
use super::locate::{locate, Step};
use super::model::Collection;
use super::text::{parse_json, read_text};
use super::v1;
use serde::Deserialize;
use serde_json::Value;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionVersion {
    /// The pre-2016 format (`requests`, `folders`, `order`); converted to v2.1 on load.
    /// Newman prints a deprecation notice for it.
    V1,
    V2_0,
    V2_1,
    /// A directory in collection schema v3 (YAML files); converted to v2.1 on load.
    V3,
}

impl CollectionVersion {
    /// What Newman prints to stderr before running a v1 collection (two lines, then a blank one).
    #[cfg(test)]
    pub fn deprecation_notice(self) -> Option<&'static str> {
        (self == CollectionVersion::V1).then_some(
            "newman: Newman v4 deprecates support for the v1 collection format\n  Use the Postman Native app to export collections in the v2 format\n",
        )
    }
}

#[derive(Debug, Clone)]
pub struct LoadedCollection {
    pub collection: Collection,
    /// The collection as v2.0/v2.1 JSON text: the file's own JSON, or the v2.1 conversion of a v1
    /// file. Kept as text: the tree would take about ten times the room (see [`Self::raw_json`]).
    pub raw: String,
    pub version: CollectionVersion,
}

impl LoadedCollection {
    /// [`Self::raw`] as a JSON tree.
    pub fn raw_json(&self) -> Value {
        serde_json::from_str(&self.raw).unwrap_or(Value::Null)
    }
}

pub fn load_collection(path: &Path) -> Result<LoadedCollection, FileError> {
    if super::v3::is_collection_dir(path) {
        let json = super::v3::read::load_dir(path)?;
        let mut loaded = collection_from_json_text(path, json, None)?;
        loaded.version = CollectionVersion::V3;
        return Ok(loaded);
    }
    let file = read_text(path)?;
    if super::shape::is_plain(&file.text) {
        let mut de = serde_json::Deserializer::from_str(&file.text);
        let read = Collection::deserialize(&mut de).and_then(|c| de.end().map(|()| c));
        if let Ok(collection) = read {
            let version = version_of_text(&collection);
            return Ok(LoadedCollection {
                collection,
                raw: file.text,
                version,
            });
        }
    }
    let json = parse_json(path, &file.text)?;
    collection_from_json_text(path, json, Some(&file.text))
}

/// A collection from parsed JSON (`path` names the source in errors).
pub fn collection_from_json(path: &Path, json: Value) -> Result<LoadedCollection, FileError> {
    collection_from_json_text(path, json, None)
}

fn collection_from_json_text(
    path: &Path,
    json: Value,
    text: Option<&str>,
) -> Result<LoadedCollection, FileError> {
    let (mut json, envelope) = unwrap_api_envelope(json);
    let not_a_collection = |msg: String| FileError::new(path, format!("not a collection: {msg}"));
    let (raw, version) = if v1::is_v1(&json) {
        (
            v1::to_v21(&json).map_err(not_a_collection)?,
            CollectionVersion::V1,
        )
    } else {
        if let Err(e) = check_v2(&mut json) {
            let mut steps: Vec<Step> = envelope.iter().map(|k| Step::Key(k.to_string())).collect();
            steps.extend(e.path.iter().cloned());
            return Err(e.message_at(path, "not a collection", text, &steps));
        }
        let version = version_of(&json);
        (json, version)
    };
    let raw_text = raw.to_string();
    // from the tree itself, which frees its parts as they are read
    let collection: Collection = serde_path_to_error::deserialize(raw).map_err(|e| {
        let steps = steps_of(e.path());
        let error = StructureError::new(
            &steps,
            format!(
                "`{}`: {}",
                path_text(&steps),
                rust_free(&cut_long_values(&e.inner().to_string()))
            ),
        );
        // a converted v1 file has other positions than its text
        let text = text.filter(|_| version != CollectionVersion::V1);
        let mut full: Vec<Step> = envelope.iter().map(|k| Step::Key(k.to_string())).collect();
        full.extend(steps.iter().cloned());
        error.message_at(path, "not a collection", text, &full)
    })?;
    Ok(LoadedCollection {
        collection,
        raw: raw_text,
        version,
    })
}

/// serde's `expected struct Event` in the user's words: `expected a Postman Event object`.
fn rust_free(message: &str) -> String {
    match message.split_once("expected struct ") {
        Some((before, after)) => {
            let name: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
            let rest = &after[name.len()..];
            format!("{before}expected a Postman {name} object{rest}")
        }
        None => message.to_string(),
    }
}

/// serde's path to a value as [`Step`]s.
pub(crate) fn steps_of(path: &serde_path_to_error::Path) -> Vec<Step> {
    path.iter()
        .filter_map(|segment| match segment {
            serde_path_to_error::Segment::Seq { index } => Some(Step::Index(*index)),
            serde_path_to_error::Segment::Map { key } => Some(Step::Key(key.clone())),
            _ => None,
        })
        .collect()
}

/// `message` with every quoted value longer than 60 characters cut to its start and its length,
/// so a 3 MB value is not echoed whole.
pub(crate) fn cut_long_values(message: &str) -> String {
    const KEEP: usize = 40;
    let mut out = String::with_capacity(message.len().min(400));
    let mut rest = message;
    while let Some(open) = rest.find(['"', '`']) {
        let quote = rest[open..].chars().next().unwrap_or('"');
        let Some(len) = rest[open + 1..].find(quote) else {
            break;
        };
        let value = &rest[open + 1..open + 1 + len];
        out.push_str(&rest[..=open]);
        let chars = value.chars().count();
        if chars > 60 {
            out.extend(value.chars().take(KEEP));
            out.push_str(&format!("… ({chars} characters)"));
        } else {
            out.push_str(value);
        }
        out.push(quote);
        rest = &rest[open + 1 + len + 1..];
    }
    out.push_str(rest);
    out
}

/// A document that is JSON but not of the expected shape: where, and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct StructureError {
    pub path: Vec<Step>,
    pub message: String,
}

impl StructureError {
    pub fn new(path: &[Step], message: impl Into<String>) -> StructureError {
        StructureError {
            path: path.to_vec(),
            message: message.into(),
        }
    }

    /// `not_what: message`, at the line and column of `full_path` in `text` when it can be found.
    pub fn message_at(
        &self,
        file: &Path,
        not_what: &str,
        text: Option<&str>,
        full_path: &[Step],
    ) -> FileError {
        let mut err = FileError::new(file, format!("{not_what}: {}", self.message));
        let located = text.filter(|_| !full_path.is_empty());
        if let Some((line, column)) = located.and_then(|t| locate(t, full_path)) {
            err.line = Some(line);
            err.column = Some(column);
        }
        err
    }
}

/// `item[1].item[0].event`
pub(crate) fn path_text(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Postman's API wraps a collection as `{"collection": {...}}`; Newman accepts that too.
fn unwrap_api_envelope(json: Value) -> (Value, Option<&'static str>) {
    match json {
        Value::Object(mut map)
            if !map.contains_key("info") && map.get("collection").is_some_and(Value::is_object) =>
        {
            (
                map.remove("collection").unwrap_or_default(),
                Some("collection"),
            )
        }
        other => (other, None),
    }
}

fn version_of_text(collection: &Collection) -> CollectionVersion {
    if collection.info.schema.contains("v2.0.") {
        CollectionVersion::V2_0
    } else {
        CollectionVersion::V2_1
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
fn check_v2(json: &mut Value) -> Result<(), StructureError> {
    let Value::Object(map) = json else {
        let found = json_kind(json);
        return Err(StructureError::new(
            &[],
            format!("expected a JSON object, found {found}"),
        ));
    };
    // Newman runs a collection without `info` (several of its own fixtures have none) as long as it
    // has `item`; without both it is most likely another kind of file.
    match map.get("info") {
        None if map.get("values").is_some_and(Value::is_array) => {
            return Err(StructureError::new(
                &[],
                "`info` is missing (this looks like an environment or globals file)",
            ))
        }
        None if !map.contains_key("item") => {
            return Err(StructureError::new(&[], "`info` is missing"))
        }
        None | Some(Value::Object(_)) => {}
        Some(other) => {
            let found = json_kind(other);
            return Err(StructureError::new(
                &[Step::Key("info".into())],
                format!("`info` must be an object, found {found}"),
            ));
        }
    }
    check_node(json, &mut Vec::new())
}

fn check_node(node: &mut Value, at: &mut Vec<Step>) -> Result<(), StructureError> {
    for key in ["event", "variable", "item"] {
        normalise_list(node, key, at)?;
    }
    if let Some(request) = node.get_mut("request").filter(|r| r.is_object()) {
        at.push(Step::Key("request".into()));
        normalise_list(request, "header", at)?;
        if let Some(url) = request.get_mut("url").filter(|u| u.is_object()) {
            at.push(Step::Key("url".into()));
            normalise_list(url, "query", at)?;
            normalise_list(url, "variable", at)?;
            at.pop();
        }
        if let Some(body) = request.get_mut("body").filter(|b| b.is_object()) {
            at.push(Step::Key("body".into()));
            normalise_list(body, "formdata", at)?;
            normalise_list(body, "urlencoded", at)?;
            at.pop();
        }
        at.pop();
    }
    let Some(Value::Array(items)) = node.get_mut("item") else {
        return Ok(());
    };
    at.push(Step::Key("item".into()));
    for (i, item) in items.iter_mut().enumerate() {
        at.push(Step::Index(i));
        if !item.is_object() {
            let message = format!(
                "`{}` must be an object, found {}",
                path_text(at),
                json_kind(item)
            );
            return Err(StructureError::new(at, message));
        }
        check_node(item, at)?;
        at.pop();
    }
    at.pop();
    Ok(())
}

fn normalise_list(node: &mut Value, key: &str, at: &mut Vec<Step>) -> Result<(), StructureError> {
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
        Some(other) => {
            at.push(Step::Key(key.into()));
            let message = format!(
                "`{}` must be a list, found {}",
                path_text(at),
                json_kind(other)
            );
            Err(StructureError::new(at, message))
        }
    }
}
