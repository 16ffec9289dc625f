//! A v2.1 collection using every part v3 can carry, written as a v3 directory and read back, is the
//! same collection to the runner (the model's v2.1 JSON compared before and after).

use crate::collection::load::load_collection;
use crate::collection::model::Collection;
use crate::collection::v3::write::write_dir;
use serde_json::{json, Value};

fn every_part() -> Value {
    json!({
        "info": {"_postman_id": "c-1", "name": "Every: part", "description": "top",
                 "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "auth": {"type": "apikey", "apikey": [
            {"key": "key", "value": "X-Key", "type": "string"},
            {"key": "in", "value": "header", "type": "string"}]},
        "variable": [{"key": "n", "value": 3}, {"key": "off", "value": "x", "disabled": true}],
        "event": [{"listen": "prerequest", "script": {"type": "text/javascript",
                   "exec": ["pm.variables.set('a', 1);", "", "// end"]}}],
        "protocolProfileBehavior": {"followRedirects": false,
                                    "disabledSystemHeaders": {"user-agent": true}},
        "item": [
            {"id": "f-1", "name": "Folder/One", "description": "folder",
             "auth": {"type": "noauth"},
             "variable": [{"key": "fv", "value": "1"}],
             "event": [{"listen": "test", "script": {"type": "text/javascript",
                                                          "exec": ["pm.test('t', () => {});"]}}],
             "item": [
                {"name": "Inner", "item": [
                    {"id": "r-1", "name": "form", "request": {
                        "method": "POST",
                        "url": {"raw": "https://{{host}}:8443/a/:id/b?x=1&y#frag",
                                "protocol": "https", "host": ["{{host}}"], "port": "8443",
                                "path": ["a", ":id", "b"],
                                "query": [{"key": "x", "value": "1"}, {"key": "y", "value": null},
                                          {"key": "off", "value": "2", "disabled": true}],
                                "variable": [{"key": "id", "value": "42"}], "hash": "frag"},
                        "header": [{"key": "A", "value": "1"},
                                   {"key": "B", "value": "2", "disabled": true}],
                        "body": {"mode": "formdata", "formdata": [
                            {"key": "t", "value": "v", "type": "text"},
                            {"key": "f", "src": "file.bin", "type": "file",
                             "contentType": "application/octet-stream"}]}}}
                ]}
             ]},
            {"id": "r-2", "name": "json", "request": {
                "method": "PUT", "url": "{{base}}/json?q=1",
                "header": [],
                "body": {"mode": "raw", "raw": "{\"a\": 1}",
                         "options": {"raw": {"language": "json"}}},
                "auth": {"type": "oauth2", "oauth2": [
                    {"key": "accessToken", "value": "", "type": "string"},
                    {"key": "addTokenTo", "value": "header", "type": "string"},
                    {"key": "challengeAlgorithm", "value": "S256", "type": "string"},
                    {"key": "useBrowser", "value": false, "type": "boolean"},
                    {"key": "tokenRequestParams", "value": [{"key": "a", "value": "b"}], "type": "any"}]}},
             "protocolProfileBehavior": {"disableBodyPruning": true, "strictSSL": false},
             "response": [{"name": "ok", "code": 200, "status": "OK",
                           "_postman_previewlanguage": "json",
                           "header": [{"key": "Content-Type", "value": "application/json"}],
                           "body": "{}", "originalRequest": {"method": "PUT", "header": [], "url": "{{base}}/json"}}]},
            {"name": "urlencoded", "request": {"method": "POST", "url": "{{base}}/u",
                "body": {"mode": "urlencoded", "urlencoded": [
                    {"key": "a", "value": "1"}, {"key": "b", "value": "2", "disabled": true}]}}},
            {"name": "file", "request": {"method": "POST", "url": "{{base}}/f",
                "body": {"mode": "file", "file": {"src": "up.bin"}}}},
            {"name": "graphql", "request": {"method": "POST", "url": "{{base}}/g",
                "body": {"mode": "graphql", "graphql": {"query": "{ a }", "variables": "{}"}}}},
            {"name": "text", "request": {"method": "POST", "url": "{{base}}/t",
                "body": {"mode": "raw", "raw": "plain"}}},
            {"name": "json", "request": {"method": "GET", "url": "{{base}}/same-name"}}
        ]
    })
}

/// The model as the runner sees it, as JSON.
fn model(json: Value) -> Value {
    let collection: Collection = serde_json::from_value(json).expect("a collection");
    serde_json::to_value(collection).expect("serialises")
}

#[test]
fn every_part_survives_a_v3_round_trip() {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = dir.path().join("c.json");
    std::fs::write(&source, every_part().to_string()).expect("write");
    let loaded = load_collection(&source).expect("loads");
    let before = serde_json::to_value(&loaded.collection).expect("serialises");
    let out = dir.path().join("v3");
    write_dir(&before, &out).expect("writes");
    let back = load_collection(&out).expect("reads back");
    let after = model(back.raw_json());
    // URLs: v3 keeps what is sent (raw is rebuilt from the parts)
    let sent = |v: &Value| {
        crate::request_text::url::unresolved_string(&serde_json::from_value(v.clone()).unwrap())
    };
    let urls = |v: &Value| -> Vec<String> {
        let mut out = Vec::new();
        collect_urls(v, &mut out, &sent);
        out
    };
    assert_eq!(urls(&before), urls(&after));
    assert_eq!(strip_urls(before), strip_urls(after));
    assert!(out.join("Folder-One/.resources/definition.yaml").is_file());
    assert!(out.join("json (2).request.yaml").is_file());
}

fn collect_urls(v: &Value, out: &mut Vec<String>, sent: &dyn Fn(&Value) -> String) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                if k == "url" {
                    out.push(sent(child));
                } else {
                    collect_urls(child, out, sent);
                }
            }
        }
        Value::Array(list) => list.iter().for_each(|c| collect_urls(c, out, sent)),
        _ => {}
    }
}

fn strip_urls(mut v: Value) -> Value {
    match &mut v {
        Value::Object(map) => {
            map.remove("url");
            for child in map.values_mut() {
                *child = strip_urls(child.take());
            }
        }
        Value::Array(list) => {
            for child in list.iter_mut() {
                *child = strip_urls(child.take());
            }
        }
        _ => {}
    }
    v
}
