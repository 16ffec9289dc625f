//! v2.1 JSON (as the model serialises it) as v3 entities: the inverse of `to_v21`.

use crate::collection::model::value_to_string;
use serde_json::{json, Map, Value};

/// Whose scripts: a request's (`beforeRequest`) or a collection's or folder's
/// (`http:beforeRequest`).
#[derive(Clone, Copy)]
pub enum Owner {
    Request,
    Scope,
}

/// A v2.1 request item as a `*.request.yaml` document. `name` is written by the caller.
pub fn request_doc(item: &Value, order: usize) -> Map<String, Value> {
    let mut doc = Map::new();
    doc.insert("$kind".into(), json!("http-request"));
    copy_text(item, "id", &mut doc);
    let request = item.get("request").cloned().unwrap_or_default();
    let description = request
        .get("description")
        .or_else(|| item.get("description"));
    if let Some(d) = description.and_then(description_text) {
        doc.insert("description".into(), Value::String(d));
    }
    doc.insert("order".into(), json!(order));
    request_part(&request, &mut doc);
    if let Some(auth) = request.get("auth").and_then(auth) {
        doc.insert("auth".into(), auth);
    }
    if let Some(s) = item.get("protocolProfileBehavior").and_then(settings) {
        doc.insert("settings".into(), s);
    }
    let scripts = scripts(item, Owner::Request);
    if !scripts.is_empty() {
        doc.insert("scripts".into(), Value::Array(scripts));
    }
    doc
}

/// A saved response as a `*.example.yaml` document.
pub fn example_doc(response: &Value, order: usize) -> Map<String, Value> {
    let mut doc = Map::new();
    doc.insert("$kind".into(), json!("http-example"));
    copy_text(response, "id", &mut doc);
    doc.insert("order".into(), json!(order));
    if let Some(original) = response.get("originalRequest").filter(|r| !r.is_null()) {
        let original = normalised_request(original);
        let mut request = Map::new();
        request_part(&original, &mut request);
        doc.insert("request".into(), Value::Object(request));
    }
    let mut out = Map::new();
    if let Some(code) = response.get("code").filter(|c| !c.is_null()) {
        out.insert("statusCode".into(), code.clone());
    }
    if let Some(status) = response.get("status").filter(|s| !s.is_null()) {
        out.insert("statusText".into(), json!(value_to_string(status)));
    }
    let headers: Vec<Value> = match response.get("header") {
        Some(Value::Array(list)) => list.iter().map(key_value).collect(),
        _ => Vec::new(),
    };
    out.insert("headers".into(), Value::Array(headers));
    let kind = response
        .get("_postman_previewlanguage")
        .and_then(Value::as_str)
        .filter(|k| matches!(*k, "json" | "xml" | "html" | "javascript" | "text" | "yaml"))
        .unwrap_or("text");
    let content = match response.get("body") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    out.insert("body".into(), json!({"type": kind, "content": content}));
    doc.insert("response".into(), Value::Object(out));
    doc
}

/// A collection's or folder's `definition.yaml` document (name and order written by the caller).
pub fn definition_doc(scope: &Value, description: Option<&Value>) -> Map<String, Value> {
    let mut doc = Map::new();
    doc.insert("$kind".into(), json!("collection"));
    if let Some(d) = description.and_then(description_text) {
        doc.insert("description".into(), Value::String(d));
    }
    if let Some(auth) = scope.get("auth").and_then(auth) {
        doc.insert("auth".into(), auth);
    }
    if let Some(Value::Array(vars)) = scope.get("variable") {
        let vars: Vec<Value> = vars.iter().map(variable).collect();
        if !vars.is_empty() {
            doc.insert("variables".into(), Value::Array(vars));
        }
    }
    if let Some(s) = scope.get("protocolProfileBehavior").and_then(settings) {
        doc.insert("settings".into(), s);
    }
    let scripts = scripts(scope, Owner::Scope);
    if !scripts.is_empty() {
        doc.insert("scripts".into(), Value::Array(scripts));
    }
    doc
}

/// An `originalRequest` in the model's form (a plain URL string becomes a GET).
fn normalised_request(v: &Value) -> Value {
    serde_json::from_value::<crate::collection::model::Request>(v.clone())
        .ok()
        .and_then(|r| serde_json::to_value(r).ok())
        .unwrap_or_default()
}

fn copy_text(from: &Value, key: &str, to: &mut Map<String, Value>) {
    if let Some(v) = from.get(key).filter(|v| !v.is_null() && *v != "") {
        to.insert(key.into(), json!(value_to_string(v)));
    }
}

fn description_text(d: &Value) -> Option<String> {
    match d {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Object(m) => m.get("content").map(value_to_string),
        other => Some(value_to_string(other)),
    }
}

/// method, url (without its query), queryParams, pathVariables, headers and body.
fn request_part(request: &Value, doc: &mut Map<String, Value>) {
    let method = request
        .get("method")
        .and_then(Value::as_str)
        .unwrap_or("GET");
    doc.insert("method".into(), json!(method));
    let url = request.get("url").cloned().unwrap_or_default();
    let (base, query) = url_base(&url);
    doc.insert("url".into(), Value::String(base));
    if !query.is_empty() {
        doc.insert("queryParams".into(), Value::Array(query));
    }
    if let Some(Value::Array(vars)) = url.get("variable") {
        let vars: Vec<Value> = vars.iter().map(key_value).collect();
        if !vars.is_empty() {
            doc.insert("pathVariables".into(), Value::Array(vars));
        }
    }
    if let Some(Value::Array(headers)) = request.get("header") {
        let headers: Vec<Value> = headers.iter().map(key_value).collect();
        if !headers.is_empty() {
            doc.insert("headers".into(), Value::Array(headers));
        }
    }
    if let Some(body) = request.get("body").and_then(body) {
        doc.insert("body".into(), body);
    }
}

/// The URL Postman sends without its query, and the query as entries. A URL given by its parts
/// (`host`, `path`) is those parts joined, as Postman joins them; a URL given only as `raw` is
/// split at `?`.
fn url_base(url: &Value) -> (String, Vec<Value>) {
    let raw = match url {
        Value::String(s) => s.clone(),
        _ => url.get("raw").map(value_to_string).unwrap_or_default(),
    };
    let from_parts = url.get("host").is_some() || url.get("path").is_some();
    if !from_parts {
        let (rest, hash) = match raw.split_once('#') {
            Some((r, h)) => (r.to_string(), format!("#{h}")),
            None => (raw.clone(), String::new()),
        };
        return match rest.split_once('?') {
            Some((base, query)) => (
                format!("{base}{hash}"),
                query.split('&').map(query_segment).collect(),
            ),
            None => (raw, Vec::new()),
        };
    }
    let mut base = String::new();
    if let Some(p) = url
        .get("protocol")
        .map(value_to_string)
        .filter(|p| !p.is_empty())
    {
        base.push_str(p.trim_end_matches("://"));
        base.push_str("://");
    }
    if let Some(Value::Array(host)) = url.get("host") {
        let host: Vec<String> = host.iter().map(value_to_string).collect();
        base.push_str(&host.join("."));
    }
    if let Some(port) = url.get("port").filter(|p| !p.is_null()) {
        base.push(':');
        base.push_str(&value_to_string(port));
    }
    if let Some(Value::Array(path)) = url.get("path") {
        let path: Vec<String> = path.iter().map(value_to_string).collect();
        base.push('/');
        base.push_str(&path.join("/"));
    }
    if let Some(hash) = url.get("hash").filter(|h| !h.is_null()) {
        base.push('#');
        base.push_str(&value_to_string(hash));
    }
    let query = match url.get("query") {
        Some(Value::Array(list)) => list.iter().map(key_value).collect(),
        _ => Vec::new(),
    };
    (base, query)
}

fn query_segment(segment: &str) -> Value {
    match segment.split_once('=') {
        Some((k, v)) => json!({"key": k, "value": v}),
        None => json!({"key": segment}),
    }
}

/// `{key, value, description?, disabled?}` (the fields v3 keeps of a header, parameter or
/// variable); `enabled: false` is `disabled: true`.
fn key_value(entry: &Value) -> Value {
    let mut out = Map::new();
    out.insert("key".into(), entry.get("key").cloned().unwrap_or_default());
    if let Some(v) = entry.get("value") {
        out.insert("value".into(), v.clone());
    }
    if let Some(d) = entry.get("description").and_then(description_text) {
        out.insert("description".into(), Value::String(d));
    }
    let disabled = entry.get("disabled") == Some(&Value::Bool(true))
        || entry.get("enabled") == Some(&Value::Bool(false));
    if disabled {
        out.insert("disabled".into(), Value::Bool(true));
    }
    Value::Object(out)
}

fn variable(entry: &Value) -> Value {
    key_value(entry)
}

fn body(body: &Value) -> Option<Value> {
    let mode = body.get("mode").and_then(Value::as_str).unwrap_or("");
    let mut out = match mode {
        "raw" => {
            let language = body
                .pointer("/options/raw/language")
                .and_then(Value::as_str)
                .filter(|l| matches!(*l, "json" | "xml" | "html" | "javascript"))
                .unwrap_or("text");
            let content = body.get("raw").map(value_to_string).unwrap_or_default();
            json!({"type": language, "content": content})
        }
        "urlencoded" | "formdata" => {
            let list = body.get(mode).cloned().unwrap_or_else(|| json!([]));
            json!({"type": mode, "content": list})
        }
        "file" => {
            let src = body.pointer("/file/src").cloned().unwrap_or_default();
            json!({"type": "file", "content": {"src": src}})
        }
        "graphql" => json!({"type": "graphql", "content": body.get("graphql").cloned()}),
        _ => return None,
    };
    if body.get("disabled") == Some(&Value::Bool(true)) {
        out["disabled"] = Value::Bool(true);
    }
    Some(out)
}

/// v2.1 auth as `{type, credentials}`; credentials as a mapping, values keeping their type.
fn auth(auth: &Value) -> Option<Value> {
    let kind = auth.get("type").and_then(Value::as_str)?;
    if kind == "noauth" {
        return Some(json!({"type": "noauth"}));
    }
    let mut credentials = Map::new();
    if let Some(Value::Array(params)) = auth.get(kind) {
        for p in params {
            let Some(key) = p.get("key").and_then(Value::as_str) else {
                continue;
            };
            credentials.insert(key.into(), p.get("value").cloned().unwrap_or_default());
        }
    }
    Some(json!({"type": kind, "credentials": credentials}))
}

fn settings(behavior: &Value) -> Option<Value> {
    let mut map = behavior.as_object()?.clone();
    if let Some(Value::Object(disabled)) = map.get("disabledSystemHeaders") {
        let names: Vec<Value> = disabled
            .iter()
            .filter(|(_, on)| **on == Value::Bool(true))
            .map(|(name, _)| json!(name.to_lowercase()))
            .collect();
        map.insert("disabledSystemHeaders".into(), Value::Array(names));
    }
    (!map.is_empty()).then_some(Value::Object(map))
}

fn scripts(owner_json: &Value, owner: Owner) -> Vec<Value> {
    let Some(Value::Array(events)) = owner_json.get("event") else {
        return Vec::new();
    };
    let prefix = match owner {
        Owner::Request => "",
        Owner::Scope => "http:",
    };
    events
        .iter()
        .filter(|e| e.get("disabled") != Some(&Value::Bool(true)))
        .filter_map(|e| {
            let kind = match e.get("listen").and_then(Value::as_str)? {
                "prerequest" => "beforeRequest",
                "test" => "afterResponse",
                _ => return None,
            };
            let exec = e.pointer("/script/exec")?;
            let code = match exec {
                Value::Array(lines) => lines
                    .iter()
                    .map(value_to_string)
                    .collect::<Vec<_>>()
                    .join("\n"),
                other => value_to_string(other),
            };
            Some(json!({
                "type": format!("{prefix}{kind}"),
                "code": code,
                "language": "text/javascript",
            }))
        })
        .collect()
}
