//! Converting a v1 collection (`requests` + `folders` with `order` / `folders_order`) to v2.1 JSON,
//! the way Postman's collection transformer does for Newman.

mod auth;
mod response;

use super::model::parse_header_block;
use auth::auth;
use serde_json::{json, Map, Value};
use std::collections::{HashMap, HashSet};

/// The v2.1 schema URL written into converted collections (v1 and v3).
pub(crate) const SCHEMA_V21: &str =
    "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

/// A v1 collection: no `info`, and a list of `requests`.
pub fn is_v1(json: &Value) -> bool {
    json.get("info").is_none() && json.get("requests").is_some_and(Value::is_array)
}

/// The v2.1 JSON for a v1 collection.
pub fn to_v21(v1: &Value) -> Result<Value, String> {
    let Some(requests) = v1.get("requests").and_then(Value::as_array) else {
        return Err("`requests` must be a list".into());
    };
    if let Some(f) = v1.get("folders") {
        if !f.is_array() && !f.is_null() {
            return Err("`folders` must be a list".into());
        }
    }
    let requests: HashMap<&str, &Value> = requests
        .iter()
        .filter_map(|r| Some((r.get("id")?.as_str()?, r)))
        .collect();
    let folders: Vec<&Value> = list(v1, "folders")
        .iter()
        .filter(|f| f.is_object())
        .collect();
    let converter = Converter {
        requests,
        folders: folders
            .iter()
            .filter_map(|f| Some((f.get("id")?.as_str()?, *f)))
            .collect(),
    };

    let mut info = Map::new();
    if let Some(id) = v1.get("id").filter(|v| v.is_string()) {
        info.insert("_postman_id".into(), id.clone());
    }
    info.insert("name".into(), v1.get("name").cloned().unwrap_or(json!("")));
    insert_nonempty(&mut info, "description", v1.get("description"));
    info.insert("schema".into(), json!(SCHEMA_V21));

    let subfolders: HashSet<&str> = folders
        .iter()
        .flat_map(|f| ids(f, "folders_order"))
        .collect();
    let root_folders: Vec<&str> = if v1.get("folders_order").is_some_and(Value::is_array) {
        ids(v1, "folders_order")
    } else {
        folders
            .iter()
            .filter_map(|f| f.get("id")?.as_str())
            .collect()
    };
    let mut seen = HashSet::new();
    let mut items: Vec<Value> = Vec::new();
    for id in root_folders {
        if !subfolders.contains(id) && seen.insert(id) {
            items.extend(converter.folder(id, &mut HashSet::new()));
        }
    }
    items.extend(
        ids(v1, "order")
            .into_iter()
            .filter_map(|id| converter.item(id)),
    );

    let mut out = Map::new();
    out.insert("info".into(), Value::Object(info));
    out.insert("item".into(), Value::Array(items));
    if let Some(events) = events(v1) {
        out.insert("event".into(), events);
    }
    if let Some(vars) = variables(v1) {
        out.insert("variable".into(), vars);
    }
    if let Some(auth) = auth(v1) {
        out.insert("auth".into(), auth);
    }
    Ok(Value::Object(out))
}

struct Converter<'a> {
    requests: HashMap<&'a str, &'a Value>,
    folders: HashMap<&'a str, &'a Value>,
}

impl Converter<'_> {
    /// The folder `id` with its subfolders first, then its requests. `path` guards against cycles.
    fn folder<'b>(&'b self, id: &'b str, path: &mut HashSet<&'b str>) -> Option<Value> {
        let folder = *self.folders.get(id)?;
        if !path.insert(id) {
            return None;
        }
        let mut items: Vec<Value> = ids(folder, "folders_order")
            .into_iter()
            .filter_map(|sub| self.folder(sub, path))
            .collect();
        items.extend(
            ids(folder, "order")
                .into_iter()
                .filter_map(|r| self.item(r)),
        );
        path.remove(id);

        let mut out = Map::new();
        out.insert("id".into(), json!(id));
        out.insert(
            "name".into(),
            folder.get("name").cloned().unwrap_or(json!("")),
        );
        insert_nonempty(&mut out, "description", folder.get("description"));
        out.insert("item".into(), Value::Array(items));
        if let Some(a) = auth(folder) {
            out.insert("auth".into(), a);
        }
        if let Some(e) = events(folder) {
            out.insert("event".into(), e);
        }
        if let Some(v) = variables(folder) {
            out.insert("variable".into(), v);
        }
        copy(folder, &mut out, "protocolProfileBehavior");
        Some(Value::Object(out))
    }

    fn item(&self, id: &str) -> Option<Value> {
        let r = *self.requests.get(id)?;
        let mut out = Map::new();
        out.insert("id".into(), json!(id));
        out.insert("name".into(), r.get("name").cloned().unwrap_or(json!("")));
        if let Some(e) = events(r) {
            out.insert("event".into(), e);
        }
        out.insert("request".into(), request(r));
        let examples = response::responses(r, &self.requests);
        out.insert("response".into(), Value::Array(examples));
        if let Some(v) = variables(r) {
            out.insert("variable".into(), v);
        }
        copy(r, &mut out, "protocolProfileBehavior");
        Some(Value::Object(out))
    }
}

pub(super) fn request(r: &Value) -> Value {
    let mut out = Map::new();
    if let Some(a) = auth(r) {
        out.insert("auth".into(), a);
    }
    let method = r
        .get("method")
        .and_then(Value::as_str)
        .filter(|m| !m.is_empty())
        .unwrap_or("GET");
    out.insert("method".into(), json!(method));
    out.insert("header".into(), Value::Array(headers(r)));
    if let Some(b) = body(r) {
        out.insert("body".into(), b);
    }
    out.insert("url".into(), url(r));
    insert_nonempty(&mut out, "description", r.get("description"));
    Value::Object(out)
}

fn headers(r: &Value) -> Vec<Value> {
    if let Some(list) = r.get("headers").and_then(Value::as_array) {
        return list.clone();
    }
    let mut out = Vec::new();
    let mut keys = HashSet::new();
    for h in list(r, "headerData") {
        let Some(obj) = h.as_object() else { continue };
        let mut h = obj.clone();
        let key = h
            .get("key")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let disabled = key.starts_with("//") || h.get("enabled") == Some(&json!(false));
        let key = key.trim_start_matches("//").trim().to_string();
        h.remove("enabled");
        if disabled {
            h.insert("disabled".into(), json!(true));
        }
        if h.get("description").is_some_and(is_empty) {
            h.remove("description");
        }
        h.insert("key".into(), json!(key));
        keys.insert(key);
        out.push(Value::Object(h));
    }
    let block = r.get("headers").and_then(Value::as_str).unwrap_or_default();
    for h in parse_header_block(block) {
        if keys.contains(&h.key) {
            continue;
        }
        let mut obj = json!({"key": h.key, "value": h.value});
        if h.disabled {
            obj["disabled"] = json!(true);
        }
        out.push(obj);
    }
    out
}

fn body(r: &Value) -> Option<Value> {
    let mode = match r.get("dataMode") {
        Some(Value::Null) => return None,
        Some(Value::String(m)) => match m.as_str() {
            "binary" => Some("file"),
            "graphql" => Some("graphql"),
            "params" => Some("formdata"),
            "raw" => Some("raw"),
            "urlencoded" => Some("urlencoded"),
            _ => None,
        },
        _ => None,
    };
    let data = r.get("data");
    let raw_data = match r.get("rawModeData") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Array(a)) if a.len() == 1 => a[0].as_str().map(str::to_string),
        _ => None,
    };
    let graphql = r.get("graphqlModeData").filter(|g| !is_empty(g));
    let empty =
        data.is_none_or(is_empty) && r.get("rawModeData").is_none_or(is_empty) && graphql.is_none();
    if mode.is_none() && empty {
        return None;
    }
    let has_raw = raw_data.as_deref().is_some_and(|s| !s.is_empty());
    let mode = mode.unwrap_or(if !has_raw && data.is_some_and(Value::is_array) {
        "formdata"
    } else if !has_raw && graphql.is_some() {
        "graphql"
    } else {
        "raw"
    });
    let mut out = Map::new();
    out.insert("mode".into(), json!(mode));
    match mode {
        "raw" => {
            let text = raw_data
                .filter(|s| !s.is_empty())
                .or_else(|| data.and_then(Value::as_str).map(str::to_string))
                .unwrap_or_default();
            out.insert("raw".into(), json!(text));
        }
        "graphql" => {
            out.insert(
                "graphql".into(),
                graphql.or(data).cloned().unwrap_or(json!({})),
            );
        }
        "file" => {
            out.insert("file".into(), json!({"src": raw_data}));
        }
        _ => {
            let params = data.and_then(Value::as_array).cloned().unwrap_or_default();
            let params = params.iter().filter_map(|p| form_param(p, mode)).collect();
            out.insert(mode.into(), Value::Array(params));
        }
    }
    if let Some(opts) = r.get("dataOptions").and_then(Value::as_object) {
        let renamed: Map<String, Value> = opts
            .iter()
            .filter(|(_, v)| !is_empty(v))
            .map(|(k, v)| {
                let k = match k.as_str() {
                    "params" => "formdata",
                    "binary" => "file",
                    other => other,
                };
                (k.to_string(), v.clone())
            })
            .collect();
        if !renamed.is_empty() {
            out.insert("options".into(), Value::Object(renamed));
        }
    }
    if r.get("dataDisabled") == Some(&json!(true)) {
        out.insert("disabled".into(), json!(true));
    }
    Some(Value::Object(out))
}

fn form_param(p: &Value, mode: &str) -> Option<Value> {
    let obj = p.as_object()?;
    let mut out = Map::new();
    out.insert("key".into(), obj.get("key").cloned().unwrap_or(json!("")));
    let is_file = obj.get("type").and_then(Value::as_str) == Some("file");
    if mode == "formdata" && is_file {
        out.insert("type".into(), json!("file"));
        out.insert(
            "src".into(),
            obj.get("value").cloned().unwrap_or(Value::Null),
        );
    } else {
        out.insert(
            "value".into(),
            obj.get("value").cloned().unwrap_or(json!("")),
        );
        out.insert("type".into(), json!("text"));
    }
    if obj.get("enabled") == Some(&json!(false)) || obj.get("disabled") == Some(&json!(true)) {
        out.insert("disabled".into(), json!(true));
    }
    insert_nonempty(&mut out, "description", obj.get("description"));
    copy(p, &mut out, "contentType");
    Some(Value::Object(out))
}

fn url(r: &Value) -> Value {
    let raw = match r.get("url") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Object(o)) => return Value::Object(o.clone()),
        _ => String::new(),
    };
    let mut out = Map::new();
    out.insert("raw".into(), json!(raw));
    let vars: Vec<Value> = match (r.get("pathVariableData"), r.get("pathVariables")) {
        (Some(Value::Array(list)), _) => list.iter().filter(|v| v.is_object()).cloned().collect(),
        (_, Some(Value::Object(map))) => map
            .iter()
            .map(|(k, v)| json!({"key": k, "value": v}))
            .collect(),
        _ => Vec::new(),
    };
    if !vars.is_empty() {
        out.insert("variable".into(), Value::Array(vars));
    }
    Value::Object(out)
}

/// `events` when the entity has them, else the `tests` and `preRequestScript` strings.
fn events(entity: &Value) -> Option<Value> {
    if let Some(list) = entity
        .get("events")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
    {
        let events = list
            .iter()
            .filter_map(Value::as_object)
            .map(|e| {
                let mut e = e.clone();
                e.entry("listen").or_insert(json!("test"));
                if let Some(Value::Object(script)) = e.get_mut("script") {
                    script.entry("type").or_insert(json!("text/javascript"));
                    if let Some(Value::String(s)) = script.get("exec") {
                        let lines = split_lines(s);
                        script.insert("exec".into(), lines);
                    }
                }
                Value::Object(e)
            })
            .collect();
        return Some(Value::Array(events));
    }
    let mut out = Vec::new();
    for (field, listen) in [("tests", "test"), ("preRequestScript", "prerequest")] {
        let exec = match entity.get(field) {
            Some(Value::String(s)) if !s.is_empty() => split_lines(s),
            Some(Value::Array(a)) if !a.is_empty() => Value::Array(a.clone()),
            _ => continue,
        };
        out.push(json!({"listen": listen, "script": {"type": "text/javascript", "exec": exec}}));
    }
    (!out.is_empty()).then_some(Value::Array(out))
}

fn variables(entity: &Value) -> Option<Value> {
    entity
        .get("variables")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .map(|l| Value::Array(l.clone()))
}

fn split_lines(s: &str) -> Value {
    Value::Array(s.split('\n').map(|l| json!(l)).collect())
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

fn ids<'a>(v: &'a Value, key: &str) -> Vec<&'a str> {
    list(v, key).iter().filter_map(Value::as_str).collect()
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn insert_nonempty(out: &mut Map<String, Value>, key: &str, v: Option<&Value>) {
    if let Some(v) = v.filter(|v| !is_empty(v)) {
        out.insert(key.into(), v.clone());
    }
}

fn copy(from: &Value, out: &mut Map<String, Value>, key: &str) {
    if let Some(v) = from.get(key) {
        out.insert(key.into(), v.clone());
    }
}
