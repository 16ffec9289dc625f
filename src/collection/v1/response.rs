//! v1 saved responses (`responses`, ordered by `responses_order`) converted to v2 examples.

use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// The v2 `response` list of the v1 request `r`; `requests` resolves a response's request by id.
pub fn responses(r: &Value, requests: &HashMap<&str, &Value>) -> Vec<Value> {
    let list: Vec<&Value> = r
        .get("responses")
        .and_then(Value::as_array)
        .map(|l| l.iter().filter(|x| x.is_object()).collect())
        .unwrap_or_default();
    let order: Vec<&str> = r
        .get("responses_order")
        .and_then(Value::as_array)
        .map(|l| l.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let ordered: Vec<&Value> = if order.is_empty() {
        list
    } else {
        order
            .iter()
            .filter_map(|id| {
                list.iter()
                    .find(|x| x.get("id").and_then(Value::as_str) == Some(id))
            })
            .copied()
            .collect()
    };
    ordered.into_iter().map(|x| response(x, requests)).collect()
}

fn response(x: &Value, requests: &HashMap<&str, &Value>) -> Value {
    let mut out = Map::new();
    let name = x
        .get("name")
        .and_then(Value::as_str)
        .filter(|n| !n.is_empty());
    out.insert("name".into(), json!(name.unwrap_or("response")));
    if let Some(original) = saved_request(x, requests) {
        out.insert("originalRequest".into(), super::request(&original));
    }
    let code = x.get("responseCode");
    if let Some(status) = code.and_then(|c| c.get("name")).filter(|s| s.is_string()) {
        out.insert("status".into(), status.clone());
    }
    let number = code.and_then(|c| c.get("code")).and_then(|c| match c {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    });
    if let Some(n) = number.filter(|n| *n != 0) {
        out.insert("code".into(), json!(n));
    }
    for (from, to) in [
        ("language", "_postman_previewlanguage"),
        ("previewType", "_postman_previewtype"),
        ("headers", "header"),
        ("time", "responseTime"),
        ("text", "body"),
    ] {
        if let Some(v) = x.get(from).filter(|v| !v.is_null()) {
            out.insert(to.into(), v.clone());
        }
    }
    out.insert(
        "cookie".into(),
        x.get("cookies").cloned().unwrap_or(json!([])),
    );
    Value::Object(out)
}

/// `requestObject` or `request`: the request itself, its JSON text, or the id of a request.
fn saved_request(x: &Value, requests: &HashMap<&str, &Value>) -> Option<Value> {
    let mut by_id = None;
    for field in ["requestObject", "request"] {
        match x.get(field) {
            Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
                Ok(v @ Value::Object(_)) => return Some(v),
                _ => by_id = Some(s.as_str()),
            },
            Some(v @ Value::Object(_)) => return Some(v.clone()),
            _ => {}
        }
    }
    by_id.and_then(|id| requests.get(id)).map(|r| (*r).clone())
}
