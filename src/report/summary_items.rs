//! The JSON of collection parts as Newman puts them in the summary: items, the collection,
//! cursors, resolved requests, and where a failed item's parent is.

use crate::collection::model::{Collection, RequestItem};
use crate::http::PreparedRequest;
use crate::runner::events::{Cursor, ItemRef};
use serde_json::{json, Map, Value};

/// Where a failure's `parent` is: the collection itself, or a folder reached by item indexes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParentRef {
    Collection,
    Folder(Vec<usize>),
}

impl ParentRef {
    /// The parent's JSON inside the collection JSON.
    pub fn resolve<'a>(&self, collection: &'a Value) -> Option<&'a Value> {
        match self {
            ParentRef::Collection => Some(collection),
            ParentRef::Folder(path) => {
                let mut node = collection;
                for &index in path {
                    node = node.get("item")?.get(index)?;
                }
                Some(node)
            }
        }
    }
}

/// Finds the folder holding `item` in the collection JSON by the folder names above it
/// (matching the innermost folder's id when there is one).
pub fn parent_of(collection: &Value, item: &ItemRef<'_>) -> ParentRef {
    if item.folders.is_empty() {
        return ParentRef::Collection;
    }
    let mut path = Vec::new();
    let mut node = collection;
    for (depth, name) in item.folders.iter().enumerate() {
        let innermost = depth + 1 == item.folders.len();
        let Some(children) = node.get("item").and_then(Value::as_array) else {
            return ParentRef::Collection;
        };
        let is_folder = |child: &Value| child.get("item").is_some_and(Value::is_array);
        let by_id = innermost
            .then_some(item.parent_id)
            .flatten()
            .and_then(|id| {
                children
                    .iter()
                    .position(|c| is_folder(c) && c.get("id").and_then(Value::as_str) == Some(id))
            });
        let by_name = || {
            children
                .iter()
                .position(|c| is_folder(c) && c.get("name").and_then(Value::as_str) == Some(name))
        };
        let Some(index) = by_id.or_else(by_name) else {
            return ParentRef::Collection;
        };
        path.push(index);
        node = &children[index];
    }
    ParentRef::Folder(path)
}

/// The item as v2.1 JSON in Newman's key order, with the `response` and `event` lists it always shows.
pub fn item_json(item: &RequestItem) -> Value {
    let value = serde_json::to_value(item).unwrap_or_else(|_| json!({ "name": item.name }));
    let Value::Object(mut source) = value else {
        return value;
    };
    let mut out = Map::new();
    for key in ["id", "name", "request", "response", "event"] {
        match source.remove(key) {
            Some(v) => {
                out.insert(key.into(), v);
            }
            None if key == "response" || key == "event" => {
                out.insert(key.into(), json!([]));
            }
            None => {}
        }
    }
    out.extend(source);
    Value::Object(out)
}

/// The collection the way Newman's summary shows it: `{_, item, event, variable, info}`.
pub fn collection_json(collection: &Collection) -> Value {
    let value = serde_json::to_value(collection).unwrap_or_else(|_| json!({}));
    let Value::Object(mut source) = value else {
        return value;
    };
    let mut out = Map::new();
    if !collection.info.id.is_empty() {
        out.insert("_".into(), json!({ "postman_id": collection.info.id }));
    }
    out.insert(
        "item".into(),
        source.remove("item").unwrap_or_else(|| json!([])),
    );
    out.insert(
        "event".into(),
        source.remove("event").unwrap_or_else(|| json!([])),
    );
    out.insert(
        "variable".into(),
        source.remove("variable").unwrap_or_else(|| json!([])),
    );
    let info = source.remove("info").unwrap_or_else(|| json!({}));
    for (key, value) in source {
        out.insert(key, value);
    }
    out.insert("info".into(), info);
    Value::Object(out)
}

/// Newman's cursor object.
pub fn cursor_json(cursor: &Cursor) -> Value {
    let last_position = cursor.length.saturating_sub(1);
    let last_iteration = cursor.cycles.saturating_sub(1);
    json!({
        "position": cursor.position,
        "iteration": cursor.iteration,
        "length": cursor.length,
        "cycles": cursor.cycles,
        "empty": cursor.length == 0,
        "eof": cursor.position == last_position && cursor.iteration == last_iteration,
        "bof": cursor.position == 0 && cursor.iteration == 0,
        "cr": false,
        "ref": cursor.execution_id,
        "httpRequestId": cursor.http_request_id,
    })
}

/// The request as sent: the runner's resolved JSON, with the headers as sent when it has none.
pub fn request_json(request: &PreparedRequest) -> Value {
    let headers = || {
        Value::Array(
            request
                .headers
                .iter()
                .map(|h| {
                    let mut map = Map::new();
                    map.insert("key".into(), json!(h.key));
                    map.insert("value".into(), json!(h.value));
                    if h.system {
                        map.insert("system".into(), json!(true));
                    }
                    Value::Object(map)
                })
                .collect(),
        )
    };
    match request.resolved.json() {
        Value::Object(map) if map.contains_key("header") => request.resolved.json().clone(),
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                out.insert(key.clone(), value.clone());
                if key == "url" {
                    out.insert("header".into(), headers());
                }
            }
            out.entry("header").or_insert_with(headers);
            Value::Object(out)
        }
        _ => {
            let mut map = Map::new();
            map.insert("url".into(), json!(request.url));
            map.insert("header".into(), headers());
            map.insert("method".into(), json!(request.method));
            if let Some(body) = &request.body {
                map.insert(
                    "body".into(),
                    json!({"mode": "raw", "raw": String::from_utf8_lossy(body)}),
                );
            }
            Value::Object(map)
        }
    }
}
