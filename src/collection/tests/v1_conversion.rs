//! v1 collections convert to what Postman's collection transformer (Newman's converter) produces.
//! The `*.transformer.json` fixtures are its output for the same inputs, recorded once.

use super::{peer, temp_file};
use crate::collection::model::{Collection, Item};
use crate::collection::{load_collection, CollectionVersion};
use serde_json::{json, Value};
use std::path::Path;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/collection/tests/fixtures")
        .join(name)
}

/// What running an item depends on, independent of how the URL and auth are laid out.
fn project_items(items: &[Item]) -> Vec<Value> {
    items.iter().map(project_item).collect()
}

fn project_item(item: &Item) -> Value {
    match item {
        Item::Folder(f) => json!({"name": f.name, "item": project_items(&f.items)}),
        Item::Request(r) => {
            let req = &r.request;
            let events: Vec<Value> = r
                .events
                .iter()
                .map(|e| json!({"listen": e.listen, "exec": e.script.as_ref().map(|s| s.exec.clone()).unwrap_or_default()}))
                .collect();
            let auth = req.auth.as_ref().map(|a| {
                let params: Vec<Value> = a
                    .params
                    .iter()
                    .filter(|(k, v)| !v.is_null() && k != "saveHelperData" && k != "showPassword")
                    .map(|(k, v)| json!([k, v]))
                    .collect();
                json!({"type": a.kind, "params": params})
            });
            let vars: Vec<Value> = req
                .url
                .variables
                .iter()
                .map(|v| json!([v.key, v.value]))
                .collect();
            let examples: Vec<Value> = r.responses.iter().map(project_example).collect();
            json!({
                "name": r.name,
                "method": req.method,
                "url": req.url.raw,
                "url_variables": vars,
                "header": serde_json::to_value(&req.headers).unwrap_or_default(),
                "body": serde_json::to_value(&req.body).unwrap_or_default(),
                "auth": auth,
                "event": events,
                "examples": examples,
            })
        }
    }
}

fn project_example(x: &Value) -> Value {
    let original = x.get("originalRequest");
    let url = original.and_then(|o| o.get("url")).map(|u| match u {
        Value::String(s) => json!(s),
        other => other.get("raw").cloned().unwrap_or_default(),
    });
    json!({
        "name": x.get("name"),
        "status": x.get("status"),
        "code": x.get("code"),
        "header": x.get("header"),
        "body": x.get("body"),
        "language": x.get("_postman_previewlanguage"),
        "method": original.and_then(|o| o.get("method")),
        "url": url,
    })
}

fn transformer_output(name: &str) -> Collection {
    let text = std::fs::read_to_string(fixture(name)).expect("fixture");
    serde_json::from_str(&text).expect("transformer output is a collection")
}

fn assert_converts_like_transformer(v1: &Path, transformer: &str) {
    let loaded = load_collection(v1).expect("v1 loads");
    assert_eq!(loaded.version, CollectionVersion::V1);
    let expected = transformer_output(transformer);
    assert_eq!(loaded.collection.info.name, expected.info.name);
    assert_eq!(loaded.collection.info.id, expected.info.id);
    assert_eq!(
        loaded.collection.info.description,
        expected.info.description
    );
    assert_eq!(
        serde_json::to_value(&loaded.collection.variables).unwrap_or_default(),
        serde_json::to_value(&expected.variables).unwrap_or_default()
    );
    let ours = project_items(&loaded.collection.items);
    let theirs = project_items(&expected.items);
    assert_eq!(
        serde_json::to_string_pretty(&ours).unwrap_or_default(),
        serde_json::to_string_pretty(&theirs).unwrap_or_default()
    );
    assert_eq!(
        loaded.raw_json()["info"]["schema"],
        expected.info.schema.as_str()
    );
}

#[test]
fn multi_level_folders_v1() {
    assert_converts_like_transformer(
        &peer("test/integration/multi-level-folders-v1.postman_collection.json"),
        "multi-level-folders-v1.transformer.json",
    );
}

#[test]
fn examples_v1() {
    assert_converts_like_transformer(
        &peer("examples/v1.postman_collection.json"),
        "examples-v1.transformer.json",
    );
}

#[test]
fn old_style_auth_bodies_headers_and_path_variables() {
    assert_converts_like_transformer(
        &fixture("v1-old-style.json"),
        "v1-old-style.transformer.json",
    );
}

#[test]
fn folders_without_folders_order_and_cycles() {
    let text = r#"{"name":"n","order":["r0"],"folders":[
        {"id":"a","name":"A","order":["r1"],"folders_order":["b"]},
        {"id":"b","name":"B","order":[],"folders_order":["a"]},
        {"id":"c","name":"C","order":["r2","missing"]}],
      "requests":[{"id":"r0","name":"R0","url":"http://h/0"},{"id":"r1","name":"R1","url":"http://h/1"},{"id":"r2","name":"R2","url":"http://h/2"}]}"#;
    let (_dir, path) = temp_file("v1.json", text.as_bytes());
    let loaded = load_collection(&path).expect("loads");
    let names: Vec<Value> = project_items(&loaded.collection.items)
        .iter()
        .map(|i| json!([i["name"], i.get("item").map(|c| c.as_array().map(Vec::len))]))
        .collect();
    // `a` and `b` are each other's subfolders, so neither is top level; `c` is.
    assert_eq!(names, vec![json!(["C", 1]), json!(["R0", null])]);
}
