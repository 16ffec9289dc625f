//! Write-back's safety rules: read-only files, hard links, owners, and edits made during the run.

use super::temp_file;
use crate::collection::{load_environment, write_back};
use serde_json::{json, Value};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

const ENV: &str = r#"{
  "name": "ci",
  "values": [
    { "key": "token", "value": "old", "enabled": true },
    { "key": "user", "value": "ann", "enabled": true },
    { "key": "note", "value": "x", "enabled": true }
  ]
}
"#;

fn value(path: &Path, key: &str) -> Option<Value> {
    let doc: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
    doc["values"]
        .as_array()?
        .iter()
        .find(|v| v["key"] == key)
        .map(|v| v["value"].clone())
}

#[test]
fn a_read_only_file_is_refused_unless_forced() {
    let (_dir, path) = temp_file("e.json", ENV.as_bytes());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let loaded = load_environment(&path).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("token", json!("new"));
    let err = write_back(&path, &loaded, &scope, false).expect_err("read-only");
    assert!(err.message.contains("read-only"), "{err}");
    assert!(err.message.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), ENV);
    write_back(&path, &loaded, &scope, true).expect("forced");
    assert_eq!(value(&path, "token"), Some(json!("new")));
    let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o444, "the file stays read-only");
}

#[test]
fn hard_links_keep_sharing_the_new_content() {
    let (dir, path) = temp_file("e.json", ENV.as_bytes());
    let other = dir.path().join("linked.json");
    std::fs::hard_link(&path, &other).expect("hard link");
    let loaded = load_environment(&path).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("token", json!("new"));
    write_back(&path, &loaded, &scope, false).expect("writes");
    assert_eq!(value(&other, "token"), Some(json!("new")));
    assert_eq!(std::fs::metadata(&path).expect("meta").nlink(), 2);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
}

#[test]
fn owner_and_group_are_kept() {
    let (_dir, path) = temp_file("e.json", ENV.as_bytes());
    // Only root can give a file away; elsewhere the file already has the writer's owner.
    let given_away = std::os::unix::fs::chown(&path, Some(4321), Some(4321)).is_ok();
    let before = std::fs::metadata(&path).expect("meta");
    let loaded = load_environment(&path).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("token", json!("new"));
    write_back(&path, &loaded, &scope, false).expect("writes");
    let after = std::fs::metadata(&path).expect("meta");
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
    if given_away {
        assert_eq!(after.uid(), 4321);
    }
    assert_eq!(value(&path, "token"), Some(json!("new")));
}

#[test]
fn an_edit_made_during_the_run_is_merged() {
    let (_dir, path) = temp_file("e.json", ENV.as_bytes());
    let loaded = load_environment(&path).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("token", json!("captured"));
    scope.unset("note");
    // someone else changes `user` and adds `extra` while the run goes on
    let edited = ENV.replace("\"ann\"", "\"bob\"").replace(
        "{ \"key\": \"note\"",
        "{ \"key\": \"extra\", \"value\": 1 },\n    { \"key\": \"note\"",
    );
    std::fs::write(&path, &edited).expect("edit");
    write_back(&path, &loaded, &scope, false).expect("merged");
    assert_eq!(value(&path, "token"), Some(json!("captured")));
    assert_eq!(value(&path, "user"), Some(json!("bob")));
    assert_eq!(value(&path, "extra"), Some(json!(1)));
    assert_eq!(value(&path, "note"), None);
}

#[test]
fn a_value_changed_on_both_sides_is_a_conflict() {
    let (_dir, path) = temp_file("e.json", ENV.as_bytes());
    let loaded = load_environment(&path).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("token", json!("captured"));
    let edited = ENV.replace("\"old\"", "\"theirs\"");
    std::fs::write(&path, &edited).expect("edit");
    let err = write_back(&path, &loaded, &scope, false).expect_err("conflict");
    assert!(err.message.contains("`token`"), "{err}");
    assert!(err.message.contains("nothing written"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), edited);
    write_back(&path, &loaded, &scope, true).expect("forced");
    assert_eq!(value(&path, "token"), Some(json!("captured")));
}

#[test]
fn an_edit_that_breaks_the_file_is_not_overwritten() {
    let (_dir, path) = temp_file("e.json", ENV.as_bytes());
    let loaded = load_environment(&path).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("token", json!("captured"));
    std::fs::write(&path, "{ half").expect("edit");
    let err = write_back(&path, &loaded, &scope, true).expect_err("broken");
    assert!(err.message.contains("no longer valid JSON"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "{ half");
}
