//! Request shapes postman-collection accepts beyond the schema (what `pm.sendRequest` scripts
//! write), read as the SDK reads them.

use crate::collection::model::Request;
use serde_json::json;

fn request(value: serde_json::Value) -> Request {
    match serde_json::from_value(value) {
        Ok(r) => r,
        Err(e) => panic!("not a request: {e}"),
    }
}

#[test]
fn urlencoded_as_a_query_string() {
    let r = request(json!({"url": "http://x", "body": {"mode": "urlencoded",
        "urlencoded": "grant_type=client_credentials&scope&x=a%20b=c"}}));
    let params: Vec<(&str, Option<&str>)> = r.body.as_ref().map_or(Vec::new(), |b| {
        b.urlencoded
            .iter()
            .map(|p| (p.key.as_str(), p.value.as_deref()))
            .collect()
    });
    assert_eq!(
        params,
        [
            ("grant_type", Some("client_credentials")),
            ("scope", None),
            ("x", Some("a%20b=c"))
        ]
    );
}

#[test]
fn a_string_body_is_raw_text() {
    let r = request(json!({"url": "http://x", "body": "plain"}));
    let body = r.body.unwrap_or_default();
    assert_eq!(
        (body.mode.as_str(), body.raw.as_deref()),
        ("raw", Some("plain"))
    );
}

#[test]
fn header_lines_in_a_list_and_null_values() {
    let r = request(json!({"url": "http://x", "header": [
        "X-Line: one", {"key": "X-Null", "value": null}, {"key": "X-Missing"}]}));
    let headers: Vec<(&str, &str)> = r
        .headers
        .iter()
        .map(|h| (h.key.as_str(), h.value.as_str()))
        .collect();
    assert_eq!(
        headers,
        [("X-Line", "one"), ("X-Null", "null"), ("X-Missing", "")]
    );
}
