//! Newman's `--export-environment` / `--export-globals` shape, and `--export-collection` with the
//! final collection variables.

use super::{peer, temp_file};
use crate::collection::variable_export::export_document;
use crate::collection::{
    export_collection, export_scope, load_collection, load_environment, ScopeKind,
};
use crate::variables::VariableScope;
use serde_json::{json, Value};

#[test]
fn export_document_has_newmans_fields_and_order() {
    let (_dir, path) = temp_file(
        "e.json",
        br#"{"id":"5a1b","name":"My Env","values":[{"key":"host","value":"x","type":"secret","enabled":true},{"key":"off","value":"x","disabled":true}]}"#,
    );
    let mut scope = load_environment(&path).expect("loads").scope;
    scope.set("count", json!(42));
    let doc = export_document(&scope, ScopeKind::Environment, "2026-01-01T00:00:00.000Z");
    let expected = json!({
        "id": "5a1b",
        "name": "My Env",
        "values": [
            {"type": "any", "value": "x", "key": "host"},
            {"disabled": true, "type": "any", "value": "x", "key": "off"},
            {"type": "any", "value": 42, "key": "count"}
        ],
        "_postman_variable_scope": "environment",
        "_postman_exported_at": "2026-01-01T00:00:00.000Z",
        "_postman_exported_using": format!("postie/{}", env!("CARGO_PKG_VERSION"))
    });
    assert_eq!(doc, expected);
    let order: Vec<&String> = doc.as_object().expect("object").keys().collect();
    assert_eq!(
        order,
        [
            "id",
            "name",
            "values",
            "_postman_variable_scope",
            "_postman_exported_at",
            "_postman_exported_using"
        ]
    );
    assert_eq!(
        doc["values"][0]
            .as_object()
            .expect("obj")
            .keys()
            .collect::<Vec<_>>(),
        ["type", "value", "key"]
    );
}

#[test]
fn unnamed_globals_are_named_after_their_kind() {
    let mut scope = VariableScope::default();
    scope.set("g1", json!(7));
    let doc = export_document(&scope, ScopeKind::Globals, "t");
    let order: Vec<&String> = doc.as_object().expect("object").keys().collect();
    assert_eq!(order[..3], ["id", "values", "name"]);
    assert_eq!(doc["name"], "globals");
    assert_eq!(doc["_postman_variable_scope"], "globals");
    assert_eq!(doc["id"].as_str().map(str::len), Some(36));
}

#[test]
fn export_scope_writes_two_space_json_into_new_folders() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("out").join("env.json");
    let mut scope = VariableScope::default();
    scope.set("a", json!("1"));
    export_scope(&path, &scope, ScopeKind::Environment).expect("exports");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.starts_with("{\n  \"id\": \""), "{text}");
    assert!(text.ends_with("\n}"), "Newman writes no final newline");
    let back: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(
        back["values"],
        json!([{"type": "any", "value": "1", "key": "a"}])
    );
}

#[test]
fn export_collection_carries_the_final_collection_variables() {
    let (_dir, path) = temp_file(
        "c.json",
        br#"{"info":{"name":"c","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[],"variable":[{"id":"v1","key":"cv","value":"1","type":"string"},{"key":"gone","value":"x"}]}"#,
    );
    let loaded = load_collection(&path).expect("loads");
    let mut vars = VariableScope::from_variables(&loaded.collection.variables);
    vars.set("cv", json!(99));
    vars.unset("gone");
    vars.set("cv2", json!("new"));
    let out = path.with_file_name("exported.json");
    export_collection(&out, &loaded.raw_json(), &vars).expect("exports");
    let back: Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("read")).expect("json");
    assert_eq!(
        back["variable"],
        json!([
            {"id": "v1", "key": "cv", "value": 99, "type": "string"},
            {"key": "cv2", "value": "new", "type": "string"}
        ])
    );
    assert_eq!(back["info"], loaded.raw_json()["info"]);
    let reloaded = load_collection(&out).expect("export reloads");
    assert_eq!(reloaded.collection.variables.len(), 2);
}

#[test]
fn exported_v1_collection_is_v21() {
    let loaded = load_collection(&peer("examples/v1.postman_collection.json")).expect("loads");
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("v21.json");
    export_collection(&out, &loaded.raw_json(), &VariableScope::default()).expect("exports");
    let back = load_collection(&out).expect("reloads");
    assert_eq!(back.version, crate::collection::CollectionVersion::V2_1);
    assert_eq!(back.collection.items.len(), 3);
    assert!(
        back.raw_json().get("variable").is_none(),
        "no empty variable list is added"
    );
}

#[test]
fn typed_values_are_cast_on_load_and_keep_their_type_on_export() {
    let (_dir, path) = temp_file(
        "e.json",
        br#"{"name":"e","values":[
            {"key":"n","value":"42","type":"number"},
            {"key":"s","value":5,"type":"String"},
            {"key":"b","value":"false","type":"boolean"},
            {"key":"e","value":"","type":"boolean"},
            {"key":"t","value":5,"type":"text"},
            {"key":"sec","value":"x","type":"secret"},
            {"key":"o","value":"{\"a\":1}","type":"object"},
            {"key":"a","value":"{\"a\":1}","type":"array"},
            {"key":"nan","value":"abc","type":"number"}]}"#,
    );
    let loaded = load_environment(&path).expect("loads");
    let values: Vec<Value> = loaded.scope.vars.iter().map(|v| v.value.clone()).collect();
    assert_eq!(
        values,
        [
            json!(42),
            json!("5"),
            json!(true),
            json!(false),
            json!(5),
            json!("x"),
            json!({"a": 1}),
            Value::Null,
            Value::Null
        ]
    );
    let doc = export_document(&loaded.scope, ScopeKind::Environment, "t");
    let types: Vec<&str> = doc["values"]
        .as_array()
        .expect("values")
        .iter()
        .filter_map(|v| v["type"].as_str())
        .collect();
    assert_eq!(
        types,
        ["number", "string", "boolean", "boolean", "any", "any", "object", "array", "number"]
    );
    // Unchanged typed values are written back exactly as they were.
    let before = std::fs::read(&path).expect("read");
    crate::collection::write_back(&path, &loaded, &loaded.scope, false).expect("writes");
    assert_eq!(std::fs::read(&path).expect("read"), before);
}
