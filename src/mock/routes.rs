//! The mock's route table: every saved example of a collection, with the request it answers.

use serde_json::Value;

use crate::collection::model::{self, Collection, Item, Request, RequestItem};

use super::pattern::TextPattern;

/// One saved example, ready to be matched and served.
#[derive(Debug, Clone)]
pub(crate) struct MockExample {
    pub name: String,
    pub id: String,
    /// Upper-case method of the example's original request.
    pub method: String,
    /// Path segments as written in the example ("oauth2", "{{id}}", ":recType").
    pub path: Vec<String>,
    pub path_patterns: Vec<TextPattern>,
    /// The host is a `{{variable}}` whose value may carry a path prefix ("https://h/api/v1"),
    /// so the request path may have extra leading segments.
    pub host_is_variable: bool,
    /// Enabled query parameters of the original request, values as written.
    pub query: Vec<(String, TextPattern)>,
    /// Enabled headers of the original request (for `x-mock-match-request-headers`).
    pub request_headers: Vec<(String, String)>,
    /// The original request's body as text: raw, or urlencoded as `k=v&…` (for
    /// `x-mock-match-request-body`).
    pub request_body: Option<String>,
    pub code: u16,
    pub status: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
    pub preview_language: Option<String>,
}

impl MockExample {
    /// "POST /oauth2/token", as the route list shows it.
    pub fn route(&self) -> String {
        format!("{} /{}", self.method, self.path.join("/"))
    }
}

#[derive(Debug, Clone, Default)]
pub(crate) struct RouteTable {
    pub examples: Vec<MockExample>,
}

impl RouteTable {
    pub fn from_collection(collection: &Collection) -> RouteTable {
        let mut examples = Vec::new();
        collect_items(&collection.items, &mut examples);
        RouteTable { examples }
    }

    /// Distinct routes in collection order.
    pub fn routes(&self) -> Vec<String> {
        let mut routes: Vec<String> = Vec::new();
        for route in self.examples.iter().map(MockExample::route) {
            if !routes.contains(&route) {
                routes.push(route);
            }
        }
        routes
    }
}

fn collect_items(items: &[Item], out: &mut Vec<MockExample>) {
    for item in items {
        match item {
            Item::Folder(folder) => collect_items(&folder.items, out),
            Item::Request(request) => collect_examples(request, out),
        }
    }
}

fn collect_examples(item: &RequestItem, out: &mut Vec<MockExample>) {
    for example in &item.responses {
        out.push(example_from_json(example, &item.request));
    }
}

/// Builds an example from its JSON; a missing or URL-less `originalRequest` falls back to the
/// item's own request.
fn example_from_json(example: &Value, item_request: &Request) -> MockExample {
    let original: Option<Request> = example
        .get("originalRequest")
        .filter(|v| !v.is_null())
        .and_then(|v| serde_json::from_value(v.clone()).ok());
    let request = match &original {
        Some(r) if has_url(&r.url) => r,
        _ => item_request,
    };
    let method = match &original {
        Some(r) if example_sets_method(example) => r.method.to_ascii_uppercase(),
        _ => item_request.method.to_ascii_uppercase(),
    };
    let path = url_path(&request.url);
    let code = example.get("code").and_then(json_u16).unwrap_or(200);
    MockExample {
        name: text_field(example, "name"),
        id: text_field(example, "id"),
        method,
        path_patterns: path.iter().map(|s| TextPattern::for_segment(s)).collect(),
        host_is_variable: host_is_variable(&request.url),
        path,
        query: url_query(&request.url)
            .into_iter()
            .map(|(k, v)| (k, TextPattern::for_value(&v)))
            .collect(),
        request_headers: request
            .headers
            .iter()
            .filter(|h| !h.disabled)
            .map(|h| (h.key.clone(), h.value.clone()))
            .collect(),
        request_body: request.body.as_deref().and_then(body_text),
        code,
        status: text_field(example, "status"),
        headers: example_headers(example.get("header")),
        body: match example.get("body") {
            None | Some(Value::Null) => String::new(),
            Some(v) => model::value_to_string(v),
        },
        preview_language: example
            .get("_postman_previewlanguage")
            .and_then(Value::as_str)
            .map(str::to_string),
    }
}

fn body_text(body: &model::Body) -> Option<String> {
    if body.disabled {
        return None;
    }
    match body.mode.as_str() {
        "raw" => body.raw.clone(),
        "urlencoded" => Some(
            body.urlencoded
                .iter()
                .filter(|p| !p.disabled)
                .map(|p| format!("{}={}", p.key, p.value.as_deref().unwrap_or_default()))
                .collect::<Vec<_>>()
                .join("&"),
        ),
        _ => None,
    }
}

fn host_is_variable(url: &model::Url) -> bool {
    match &url.host {
        Some(host) => host.first().is_some_and(|h| h.starts_with("{{")),
        None => url.raw.trim_start().starts_with("{{"),
    }
}

fn has_url(url: &model::Url) -> bool {
    !url.raw.trim().is_empty() || url.host.is_some() || url.path.is_some()
}

fn example_sets_method(example: &Value) -> bool {
    example
        .get("originalRequest")
        .and_then(|r| r.get("method"))
        .and_then(Value::as_str)
        .is_some_and(|m| !m.is_empty())
}

fn json_u16(v: &Value) -> Option<u16> {
    match v {
        Value::Number(n) => n.as_u64().and_then(|n| u16::try_from(n).ok()),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn text_field(v: &Value, key: &str) -> String {
    match v.get(key) {
        None | Some(Value::Null) => String::new(),
        Some(v) => model::value_to_string(v),
    }
}

/// Enabled headers of an example: a list of `{key, value}` or a header block string.
fn example_headers(header: Option<&Value>) -> Vec<(String, String)> {
    let headers: Vec<model::Header> = match header {
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(|h| serde_json::from_value(h.clone()).ok())
            .collect(),
        Some(Value::String(block)) => model::parse_header_block(block),
        _ => Vec::new(),
    };
    headers
        .into_iter()
        .filter(|h| !h.disabled && !h.key.trim().is_empty())
        .map(|h| (h.key, h.value))
        .collect()
}

/// Path segments of a Postman URL: its `path` parts when present, else parsed from `raw`.
/// The host (a real one or `{{baseUrl}}`) is dropped; empty segments are ignored.
pub(crate) fn url_path(url: &model::Url) -> Vec<String> {
    let joined = match &url.path {
        Some(parts) => parts.join("/"),
        None => raw_path(&url.raw).to_string(),
    };
    split_path(&joined)
}

pub(crate) fn split_path(path: &str) -> Vec<String> {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The path part of a raw URL: after the scheme and host, before `?` or `#`.
fn raw_path(raw: &str) -> &str {
    let raw = raw.trim();
    let end = raw.find(['?', '#']).unwrap_or(raw.len());
    let before_query = &raw[..end];
    let after_scheme = match before_query.find("://") {
        Some(i) => &before_query[i + 3..],
        None => before_query,
    };
    if after_scheme.starts_with('/') {
        return after_scheme;
    }
    match after_scheme.find('/') {
        Some(i) => &after_scheme[i..],
        None => "",
    }
}

/// Enabled query parameters: the `query` list when present, else parsed from `raw`.
pub(crate) fn url_query(url: &model::Url) -> Vec<(String, String)> {
    if !url.query.is_empty() {
        return url
            .query
            .iter()
            .filter(|q| !q.disabled)
            .filter_map(|q| {
                let key = q.key.clone()?;
                Some((key, q.value.clone().unwrap_or_default()))
            })
            .collect();
    }
    let raw = url.raw.trim();
    let Some(start) = raw.find('?') else {
        return Vec::new();
    };
    let query = &raw[start + 1..];
    let query = query.split('#').next().unwrap_or_default();
    parse_query(query)
}

/// `a=1&b&c=` into pairs, values as written (no decoding).
pub(crate) fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (p.to_string(), String::new()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(raw: &str) -> model::Url {
        model::Url::from_raw(raw)
    }

    #[test]
    fn raw_paths_drop_scheme_host_query_and_hash() {
        assert_eq!(url_path(&url("{{baseUrl}}/a/b?x=1")), ["a", "b"]);
        assert_eq!(
            url_path(&url("https://api.example.com/a/{{id}}/")),
            ["a", "{{id}}"]
        );
        assert_eq!(url_path(&url("localhost:3000/a#frag")), ["a"]);
        assert_eq!(url_path(&url("/only/path")), ["only", "path"]);
        assert!(url_path(&url("{{baseUrl}}")).is_empty());
        assert!(url_path(&url("https://example.com?x=/y")).is_empty());
    }

    #[test]
    fn query_comes_from_list_or_raw() {
        assert_eq!(
            url_query(&url("{{h}}/a?x=1&flag&y={{v}}#h")),
            [
                ("x".into(), "1".into()),
                ("flag".into(), String::new()),
                ("y".into(), "{{v}}".into())
            ]
        );
        let parsed: model::Url = serde_json::from_value(serde_json::json!({
            "raw": "{{h}}/a?ignored=1",
            "host": ["{{h}}"],
            "path": ["a", ":id"],
            "query": [{"key": "x", "value": "1"}, {"key": "off", "value": "2", "disabled": true}]
        }))
        .unwrap();
        assert_eq!(url_path(&parsed), ["a", ":id"]);
        assert_eq!(url_query(&parsed), [("x".to_string(), "1".to_string())]);
    }

    #[test]
    fn examples_fall_back_to_the_item_request() {
        let collection: Collection = serde_json::from_value(serde_json::json!({
            "item": [{"name": "f", "item": [{
                "name": "r",
                "request": {"method": "put", "url": "{{h}}/things/1"},
                "response": [
                    {"name": "no original", "code": 204, "status": "No Content"},
                    {"name": "own", "originalRequest": {"method": "PATCH", "url": "http://x/other"},
                     "code": "201", "header": "A: 1\n//B: 2", "body": null}
                ]
            }]}]
        }))
        .unwrap();
        let table = RouteTable::from_collection(&collection);
        assert_eq!(table.routes(), ["PUT /things/1", "PATCH /other"]);
        assert_eq!(table.examples[0].code, 204);
        assert_eq!(table.examples[1].code, 201);
        assert_eq!(
            table.examples[1].headers,
            [("A".to_string(), "1".to_string())]
        );
        assert_eq!(table.examples[1].body, "");
    }
}
