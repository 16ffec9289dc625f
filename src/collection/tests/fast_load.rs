//! A plain collection file is read straight into the model (`shape::is_plain`); the result must be
//! what the general path (JSON tree, checks, normalising) gives.

use super::{shared_dir, temp_file};
use crate::collection::load::collection_from_json;
use crate::collection::shape::is_plain;
use crate::collection::{load_collection, text::read_text};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn collection_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.to_string_lossy();
        if path.is_dir() {
            collection_files(&path, out);
        } else if name.ends_with("collection.json") {
            out.push(path);
        }
    }
}

/// Loads `path` both ways; None when the general path refuses it (then the fast one must too).
fn both_ways(path: &Path) -> Option<(Value, Value)> {
    let general = read_text(path)
        .ok()
        .and_then(|t| serde_json::from_str(&t.text).ok())
        .and_then(|json| collection_from_json(path, json).ok());
    let loaded = load_collection(path);
    let Some(general) = general else {
        assert!(
            loaded.is_err(),
            "{} loads only the fast way",
            path.display()
        );
        return None;
    };
    let loaded = loaded.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(loaded.version, general.version, "{}", path.display());
    assert_eq!(loaded.raw_json(), general.raw_json(), "{}", path.display());
    let model = |c| serde_json::to_value(c).unwrap_or(Value::Null);
    Some((model(&loaded.collection), model(&general.collection)))
}

#[test]
fn every_known_collection_loads_the_same_both_ways() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["collections", "fixtures", "tests/conformance"] {
        collection_files(&manifest.join(dir), &mut files);
    }
    collection_files(&shared_dir(), &mut files);
    let mut plain = 0;
    for path in &files {
        if read_text(path).is_ok_and(|t| is_plain(&t.text)) {
            plain += 1;
        }
        if let Some((fast, general)) = both_ways(path) {
            assert_eq!(fast, general, "{}", path.display());
        }
    }
    assert!(
        files.len() > 100 && plain > 100,
        "{plain} of {}",
        files.len()
    );
}

#[test]
fn only_files_that_need_nothing_done_are_plain() {
    let item = json!({"name": "r", "request": {"url": "http://h/", "header": [], "body": {"mode": "formdata", "formdata": []}}});
    let info = json!({"name": "c", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"});
    let plain = json!({"info": info, "item": [item], "event": [], "variable": []});
    assert!(is_plain(&plain.to_string()));
    let header_block = json!({"info": info, "item": [{"request": {"url": "u", "header": "A: b"}}]});
    assert!(is_plain(&header_block.to_string()));
    let not_plain = [
        json!({"item": [item]}),
        json!({"info": "c", "item": []}),
        json!({"info": info, "item": item}),
        json!({"info": info, "item": null}),
        json!({"info": info, "item": [5]}),
        json!({"info": info, "item": [[]]}),
        json!({"info": info, "item": [], "event": {"listen": "test"}}),
        json!({"info": info, "item": [{"request": {"url": {"raw": "u", "query": null}}}]}),
        json!({"info": info, "item": [{"request": {"url": "u", "header": {"key": "a"}}}]}),
        json!({"info": info, "item": [{"request": {"url": "u", "body": {"urlencoded": "a=1"}}}]}),
        json!({"collection": {"info": info, "item": []}}),
        json!({"info": null, "requests": []}),
        json!([info]),
    ];
    for doc in not_plain {
        assert!(!is_plain(&doc.to_string()), "{doc}");
    }
    let twice = r#"{"info": {}, "item": [], "item": []}"#;
    assert!(!is_plain(twice));
}

#[test]
fn what_is_not_plain_still_loads_the_general_way() {
    let doc = json!({"info": {"name": "c"}, "item": {"name": "one", "request": "http://h/"}, "event": null});
    let (_dir, path) = temp_file("c.json", doc.to_string().as_bytes());
    let loaded = load_collection(&path).expect("loads");
    assert_eq!(loaded.collection.items.len(), 1);
    assert_eq!(loaded.raw_json()["item"][0]["name"], "one");
    assert!(loaded.raw_json().get("event").is_none());
}
