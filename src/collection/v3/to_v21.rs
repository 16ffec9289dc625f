//! v3 entities (parsed YAML) as v2.1 JSON: requests, examples, and the parts of a definition.

use crate::collection::error::FileError;
use crate::collection::model::value_to_string;
use serde_json::{json, Map, Value};
use std::path::Path;

/// The request of a `*.request.yaml` file as a v2.1 item; `stem` is its file name's stem.
pub fn request_item(
    doc: &Value,
    stem: &str,
    examples: Vec<Value>,
    file: &Path,
) -> Result<Value, FileError> {
    let map = mapping(doc, file)?;
    check_kind(map, "http-request", file)?;
    let mut item = Map::new();
    if let Some(id) = text(map, "id") {
        item.insert("id".into(), Value::String(id));
    }
    let name = text(map, "name").unwrap_or_else(|| stem.to_string());
    item.insert("name".into(), Value::String(name));
    let mut request = request_part(map, file)?;
    if let Some(auth) = auth(map.get("auth"), file)? {
        request.insert("auth".into(), auth);
    }
    if let Some(d) = map.get("description").filter(|d| !d.is_null()) {
        request.insert("description".into(), d.clone());
    }
    item.insert("request".into(), Value::Object(request));
    if !examples.is_empty() {
        item.insert("response".into(), Value::Array(examples));
    }
    let events = scripts(map.get("scripts"), file)?;
    if !events.is_empty() {
        item.insert("event".into(), Value::Array(events));
    }
    if let Some(s) = settings(map.get("settings"), file)? {
        item.insert("protocolProfileBehavior".into(), s);
    }
    Ok(Value::Object(item))
}

/// A `*.example.yaml` file as a v2.1 saved response.
pub fn example(doc: &Value, stem: &str, file: &Path) -> Result<Value, FileError> {
    let map = mapping(doc, file)?;
    check_kind(map, "http-example", file)?;
    let mut out = Map::new();
    if let Some(id) = text(map, "id") {
        out.insert("id".into(), Value::String(id));
    }
    let name = text(map, "name").unwrap_or_else(|| stem.to_string());
    out.insert("name".into(), Value::String(name));
    if let Some(request) = map.get("request").filter(|r| !r.is_null()) {
        let request = request_part(mapping(request, file)?, file)?;
        out.insert("originalRequest".into(), Value::Object(request));
    }
    let empty = Map::new();
    let response = match map.get("response") {
        Some(r) if !r.is_null() => mapping(r, file)?,
        _ => &empty,
    };
    if let Some(status) = text(response, "statusText") {
        out.insert("status".into(), Value::String(status));
    }
    if let Some(code) = response.get("statusCode").filter(|c| !c.is_null()) {
        out.insert("code".into(), code.clone());
    }
    let headers = entries(response.get("headers"), "response.headers", file)?;
    out.insert("header".into(), Value::Array(headers));
    if let Some(body) = response.get("body").and_then(Value::as_object) {
        if let Some(kind) = body.get("type").and_then(Value::as_str) {
            out.insert("_postman_previewlanguage".into(), json!(kind));
        }
        let content = body.get("content").map(content_text).unwrap_or_default();
        out.insert("body".into(), Value::String(content));
    }
    Ok(Value::Object(out))
}

/// What a definition file adds to a collection or folder object (v2.1 keys), its `id` included.
pub fn apply_definition(
    target: &mut Map<String, Value>,
    def: &Map<String, Value>,
    file: &Path,
) -> Result<(), FileError> {
    if let Some(auth) = auth(def.get("auth"), file)? {
        target.insert("auth".into(), auth);
    }
    let vars = entries(def.get("variables"), "variables", file)?;
    if !vars.is_empty() {
        target.insert("variable".into(), Value::Array(vars));
    }
    let events = scripts(def.get("scripts"), file)?;
    if !events.is_empty() {
        target.insert("event".into(), Value::Array(events));
    }
    if let Some(s) = settings(def.get("settings"), file)? {
        target.insert("protocolProfileBehavior".into(), s);
    }
    Ok(())
}

pub fn mapping<'a>(doc: &'a Value, file: &Path) -> Result<&'a Map<String, Value>, FileError> {
    doc.as_object().ok_or_else(|| {
        FileError::new(
            file,
            format!("expected a YAML mapping, found {}", kind_of(doc)),
        )
    })
}

pub fn text(map: &Map<String, Value>, key: &str) -> Option<String> {
    map.get(key).filter(|v| !v.is_null()).map(value_to_string)
}

fn check_kind(map: &Map<String, Value>, want: &str, file: &Path) -> Result<(), FileError> {
    match map.get("$kind").and_then(Value::as_str) {
        None => Ok(()),
        Some(kind) if kind == want => Ok(()),
        Some(kind) => Err(FileError::new(
            file,
            format!("`$kind: {kind}` is not supported here (postie runs `{want}`)"),
        )),
    }
}

fn kind_of(v: &Value) -> &'static str {
    crate::collection::load::json_kind(v)
}

/// method, header, url and body: the parts a request and an example's request share.
fn request_part(map: &Map<String, Value>, file: &Path) -> Result<Map<String, Value>, FileError> {
    let mut request = Map::new();
    let method = text(map, "method").unwrap_or_else(|| "GET".into());
    request.insert("method".into(), Value::String(method));
    let headers = entries(map.get("headers"), "headers", file)?;
    request.insert("header".into(), Value::Array(headers));
    request.insert("url".into(), url(map, file)?);
    if let Some(b) = body(map.get("body"), file)? {
        request.insert("body".into(), b);
    }
    Ok(request)
}

/// A list of `{key, value, …}`, or a mapping of key to value, as a list of objects.
fn entries(v: Option<&Value>, what: &str, file: &Path) -> Result<Vec<Value>, FileError> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(list)) => list
            .iter()
            .enumerate()
            .map(|(i, e)| match e {
                Value::Object(_) => Ok(e.clone()),
                other => Err(FileError::new(
                    file,
                    format!("`{what}[{i}]` must be a mapping, found {}", kind_of(other)),
                )),
            })
            .collect(),
        Some(Value::Object(map)) => Ok(map
            .iter()
            .map(|(k, v)| json!({"key": k, "value": v}))
            .collect()),
        Some(other) => Err(FileError::new(
            file,
            format!(
                "`{what}` must be a list or a mapping, found {}",
                kind_of(other)
            ),
        )),
    }
}

/// `url` with `queryParams` and `pathVariables` as a v2.1 URL object. When `queryParams` is given
/// it is the query; otherwise the query written in `url` is.
fn url(map: &Map<String, Value>, file: &Path) -> Result<Value, FileError> {
    let written = text(map, "url").unwrap_or_default();
    let (rest, hash) = match written.split_once('#') {
        Some((r, h)) => (r, Some(h)),
        None => (written.as_str(), None),
    };
    let (base, own_query) = match rest.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (rest, None),
    };
    let mut query = entries(map.get("queryParams"), "queryParams", file)?;
    if query.is_empty() {
        query = own_query.map(query_entries).unwrap_or_default();
    }
    let variables = entries(map.get("pathVariables"), "pathVariables", file)?;
    let enabled: Vec<String> = query
        .iter()
        .filter(|q| q.get("disabled") != Some(&Value::Bool(true)))
        .map(|q| {
            let key = q.get("key").filter(|k| !k.is_null()).map(value_to_string);
            let mut s = key.unwrap_or_default();
            if let Some(v) = q.get("value").filter(|v| !v.is_null()) {
                s.push('=');
                s.push_str(&value_to_string(v));
            }
            s
        })
        .collect();
    let mut raw = base.to_string();
    if !enabled.is_empty() {
        raw.push('?');
        raw.push_str(&enabled.join("&"));
    }
    if let Some(h) = hash {
        raw.push('#');
        raw.push_str(h);
    }
    let mut out = Map::new();
    out.insert("raw".into(), Value::String(raw));
    split_parts(base, &mut out);
    if !query.is_empty() {
        out.insert("query".into(), Value::Array(query));
    }
    if !variables.is_empty() {
        out.insert("variable".into(), Value::Array(variables));
    }
    if let Some(h) = hash {
        out.insert("hash".into(), Value::String(h.to_string()));
    }
    Ok(Value::Object(out))
}

/// `k=v&flag` as query entries (`flag` has no value).
fn query_entries(query: &str) -> Vec<Value> {
    query
        .split('&')
        .map(|segment| match segment.split_once('=') {
            Some((k, v)) => json!({"key": k, "value": v}),
            None => json!({"key": segment, "value": null}),
        })
        .collect()
}

/// protocol, host, port and path of a URL without query or hash, split so that joining them again
/// (as Postman does) gives back the same text.
fn split_parts(base: &str, out: &mut Map<String, Value>) {
    let rest = match base.find("://") {
        Some(i) => {
            out.insert("protocol".into(), json!(&base[..i]));
            &base[i + 3..]
        }
        None => base,
    };
    let (mut host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    if let Some(i) = host.rfind(':') {
        let port = &host[i + 1..];
        if !port.contains(']') && !port.contains('}') {
            out.insert("port".into(), json!(port));
            host = &host[..i];
        }
    }
    if !host.is_empty() {
        out.insert("host".into(), json!(host.split('.').collect::<Vec<_>>()));
    }
    if let Some(path) = path {
        out.insert("path".into(), json!(path.split('/').collect::<Vec<_>>()));
    }
}

fn content_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn body(v: Option<&Value>, file: &Path) -> Result<Option<Value>, FileError> {
    let Some(v) = v.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let map = mapping(v, file)?;
    let kind = text(map, "type").unwrap_or_default();
    let content = map.get("content");
    let mut out = match kind.as_str() {
        "" | "none" => return Ok(None),
        "text" => json!({"mode": "raw", "raw": content.map(content_text).unwrap_or_default()}),
        "json" | "xml" | "html" | "javascript" => json!({
            "mode": "raw",
            "raw": content.map(content_text).unwrap_or_default(),
            "options": {"raw": {"language": kind}},
        }),
        "urlencoded" | "formdata" => {
            let list = entries(content, "body.content", file)?;
            json!({"mode": kind, kind.clone(): list})
        }
        "file" => {
            let src = match content {
                Some(Value::Object(m)) => m.get("src").cloned().unwrap_or(Value::Null),
                Some(other) => other.clone(),
                None => Value::Null,
            };
            json!({"mode": "file", "file": {"src": src}})
        }
        "graphql" => json!({"mode": "graphql", "graphql": content.cloned().unwrap_or_default()}),
        other => {
            return Err(FileError::new(
                file,
                format!("`body.type: {other}` is not a request body type"),
            ))
        }
    };
    if map.get("disabled") == Some(&Value::Bool(true)) {
        out["disabled"] = Value::Bool(true);
    }
    Ok(Some(out))
}

/// `{type, credentials}` as v2.1 auth; `inherit` (or nothing) is no auth of its own.
fn auth(v: Option<&Value>, file: &Path) -> Result<Option<Value>, FileError> {
    let Some(v) = v.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    if v.is_array() {
        return Err(FileError::new(
            file,
            "`auth` as a list (multi-auth) is not supported",
        ));
    }
    let map = mapping(v, file)?;
    let kind = text(map, "type").unwrap_or_default();
    match kind.as_str() {
        "" | "inherit" => return Ok(None),
        "noauth" => return Ok(Some(json!({"type": "noauth"}))),
        _ => {}
    }
    let params: Vec<Value> = entries(map.get("credentials"), "auth.credentials", file)?
        .into_iter()
        .map(|mut p| {
            let value = p.get("value").cloned().unwrap_or(Value::Null);
            let kind = if value.is_string() { "string" } else { "any" };
            p["type"] = json!(kind);
            p
        })
        .collect();
    Ok(Some(json!({"type": kind, kind.clone(): params})))
}

/// `scripts` as v2.1 events. `beforeRequest`/`afterResponse`, with or without the `http:` prefix
/// that collection and folder scripts carry; other protocols' scripts are not HTTP's and are left.
fn scripts(v: Option<&Value>, file: &Path) -> Result<Vec<Value>, FileError> {
    let mut events = Vec::new();
    for script in entries(v, "scripts", file)? {
        let kind = script.get("type").and_then(Value::as_str).unwrap_or("");
        let listen = match kind.strip_prefix("http:").unwrap_or(kind) {
            "beforeRequest" => "prerequest",
            "afterResponse" => "test",
            _ => continue,
        };
        let code = match script.get("code") {
            Some(Value::Array(lines)) => lines.iter().map(content_text).collect::<Vec<_>>(),
            Some(v) => content_text(v).split('\n').map(str::to_string).collect(),
            None => Vec::new(),
        };
        events.push(json!({
            "listen": listen,
            "script": {"type": "text/javascript", "exec": code},
        }));
    }
    Ok(events)
}

/// `settings` as `protocolProfileBehavior`: the same names, except `disabledSystemHeaders` (a list
/// of lower-case names in v3, a mapping to `true` in v2.1) and `protocolVersion` (not in v2.1).
fn settings(v: Option<&Value>, file: &Path) -> Result<Option<Value>, FileError> {
    let Some(v) = v.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let mut map = mapping(v, file)?.clone();
    map.remove("protocolVersion");
    if let Some(Value::Array(names)) = map.get("disabledSystemHeaders") {
        let disabled: Map<String, Value> = names
            .iter()
            .map(|n| (value_to_string(n).to_lowercase(), Value::Bool(true)))
            .collect();
        map.insert("disabledSystemHeaders".into(), Value::Object(disabled));
    }
    Ok((!map.is_empty()).then_some(Value::Object(map)))
}
