//! Writing the final scope back into the environment file it came from.

use super::temp_file;
use crate::collection::{load_environment, write_back};
use serde_json::json;
use std::path::Path;

const STAGING: &str = r#"{
  "id": "0c5bc7e3-3f5c-4b5e-9d1a-2f6a7c1e9b10",
  "name": "Staging",
  "values": [
    {
      "key": "baseUrl",
      "value": "https://staging.example.com",
      "type": "default",
      "enabled": true
    },
    {
      "key": "token",
      "value": "",
      "type": "secret",
      "enabled": true
    },
    {
      "key": "retries",
      "value": "3",
      "type": "default",
      "enabled": true
    },
    {
      "key": "legacy",
      "value": "old",
      "type": "default",
      "enabled": true
    },
    {
      "key": "note",
      "value": "keep me",
      "type": "default",
      "enabled": false,
      "x-custom": {
        "owner": "qa"
      }
    }
  ],
  "color": null,
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-01T10:00:00.000Z",
  "_postman_exported_using": "Postman/11.1.0"
}
"#;

fn visible(scope: &crate::variables::VariableScope) -> Vec<(String, serde_json::Value, bool)> {
    scope
        .vars
        .iter()
        .map(|v| (v.key.clone(), v.value.clone(), v.enabled))
        .collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("read back")
}

#[test]
fn changed_added_and_unset_values_only() {
    let (_dir, path) = temp_file("staging.postman_environment.json", STAGING.as_bytes());
    let loaded = load_environment(&path).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("token", json!("abc123"));
    scope.set("retries", json!(4));
    scope.unset("legacy");
    scope.set("userId", json!("42"));
    scope.set("session", json!({"id": 7, "tags": ["a"]}));
    write_back(&path, &loaded, &scope, false).expect("writes");
    let after = read(&path);
    insta::assert_snapshot!("staging_after_write_back", after);

    let reloaded = load_environment(&path).expect("reloads");
    assert_eq!(visible(&reloaded.scope), visible(&scope));
    assert_eq!(reloaded.scope.name.as_deref(), Some("Staging"));
    let leftovers: Vec<_> = std::fs::read_dir(_dir.path()).expect("list").collect();
    assert_eq!(leftovers.len(), 1, "a temporary file was left behind");
}

#[test]
fn layout_is_kept_byte_for_byte() {
    for text in [
        STAGING.to_string(),
        STAGING.trim_end().to_string(),
        STAGING.replace("  ", "\t"),
        STAGING.replace("  ", "    "),
        STAGING.replace('\n', "\r\n"),
        format!("\u{feff}{STAGING}"),
    ] {
        let (_dir, path) = temp_file("e.json", text.as_bytes());
        let loaded = load_environment(&path).expect("loads");
        let mut scope = loaded.scope.clone();
        scope.set("baseUrl", json!("https://prod.example.com"));
        write_back(&path, &loaded, &scope, false).expect("writes");
        let expected = text.replace("https://staging.example.com", "https://prod.example.com");
        assert_eq!(read(&path), expected);
    }
}

#[test]
fn nothing_changed_leaves_the_file_alone() {
    let text = r#"{"values": [ {"key":"a", "value":"1"} ]}"#;
    let (_dir, path) = temp_file("e.json", text.as_bytes());
    let loaded = load_environment(&path).expect("loads");
    write_back(&path, &loaded, &loaded.scope, false).expect("writes");
    assert_eq!(read(&path), text);
}

#[test]
fn tab_layout_and_utf16_are_kept() {
    let peer = super::peer(
        "test/integration/bom-and-encoding/utf16-le-encoding-in-env.postman_environment.json",
    );
    let original = std::fs::read(&peer).expect("fixture");
    let (_dir, path) = temp_file("u16.json", &original);
    let loaded = load_environment(&path).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("added", json!("ü"));
    write_back(&path, &loaded, &scope, false).expect("writes");
    let bytes = std::fs::read(&path).expect("read");
    assert_eq!(&bytes[..2], &[0xFF, 0xFE], "UTF-16 LE byte order mark kept");
    let reloaded = load_environment(&path).expect("reloads");
    assert_eq!(visible(&reloaded.scope), visible(&scope));

    let (_dir, path) = temp_file("tabs.json", STAGING.replace("  ", "\t").as_bytes());
    let loaded = load_environment(&path).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("baseUrl", json!("https://prod.example.com"));
    write_back(&path, &loaded, &scope, false).expect("writes");
    let expected = STAGING
        .replace("  ", "\t")
        .replace("https://staging.example.com", "https://prod.example.com");
    assert_eq!(read(&path), expected);
}

#[test]
fn disabled_values_and_duplicates_stay_in_place() {
    let text = r#"{"values":[{"key":"a","value":"1","disabled":true},{"key":"d","value":"1"},{"key":"d","value":"2"}]}"#;
    let (_dir, path) = temp_file("e.json", text.as_bytes());
    let loaded = load_environment(&path).expect("loads");
    assert!(!loaded.scope.has("a"));
    let mut scope = loaded.scope.clone();
    scope.set("a", json!("on"));
    scope.set("d", json!("3"));
    write_back(&path, &loaded, &scope, false).expect("writes");
    assert_eq!(
        read(&path),
        r#"{"values":[{"key":"a","value":"on","disabled":false},{"key":"d","value":"1"},{"key":"d","value":"3"}]}"#
    );
}

#[test]
fn a_bare_list_and_an_api_envelope_are_written_in_their_own_shape() {
    let (_dir, path) = temp_file("list.json", br#"[{"key":"a","value":"1"}]"#);
    let loaded = load_environment(&path).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("a", json!(2));
    write_back(&path, &loaded, &scope, false).expect("writes");
    assert_eq!(read(&path), r#"[{"key":"a","value":2}]"#);

    let (_dir, path) = temp_file(
        "api.json",
        br#"{"environment":{"name":"n","values":[{"key":"a","value":"1"}]}}"#,
    );
    let loaded = load_environment(&path).expect("loads");
    assert_eq!(loaded.scope.name.as_deref(), Some("n"));
    let mut scope = loaded.scope.clone();
    scope.unset("a");
    write_back(&path, &loaded, &scope, false).expect("writes");
    assert_eq!(read(&path), r#"{"environment":{"name":"n","values":[]}}"#);
}

#[test]
fn failures_leave_the_original_untouched() {
    let (dir, path) = temp_file("e.json", STAGING.as_bytes());
    let loaded = load_environment(&path).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("token", json!("changed"));

    let as_dir = dir.path().join("a-folder");
    std::fs::create_dir(&as_dir).expect("mkdir");
    let err = write_back(&as_dir, &loaded, &scope, false).expect_err("a directory is not writable");
    assert_eq!(err.message, "cannot write: is a directory");

    let missing = dir.path().join("gone").join("e.json");
    let err = write_back(&missing, &loaded, &scope, false).expect_err("missing folder");
    assert!(err.message.starts_with("cannot write: folder "), "{err}");
    assert!(err.message.ends_with("gone does not exist"), "{err}");
    assert_eq!(read(&path), STAGING);
}

/// A folder nobody may create files in: `chattr +i` (root ignores permission bits), else chmod.
struct LockedDir<'a>(&'a Path, bool);

impl<'a> LockedDir<'a> {
    fn lock(dir: &'a Path) -> Option<LockedDir<'a>> {
        let chattr = std::process::Command::new("chattr")
            .arg("+i")
            .arg(dir)
            .output();
        if chattr.is_ok_and(|o| o.status.success()) {
            return Some(LockedDir(dir, true));
        }
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).ok()?;
        let probe = dir.join(".probe");
        if std::fs::write(&probe, b"x").is_ok() {
            let _ = std::fs::remove_file(&probe);
            return None; // running as root without chattr: the folder cannot be locked here
        }
        Some(LockedDir(dir, false))
    }
}

impl Drop for LockedDir<'_> {
    fn drop(&mut self) {
        if self.1 {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(self.0)
                .status();
        } else {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(self.0, std::fs::Permissions::from_mode(0o755));
        }
    }
}

#[test]
fn a_read_only_folder_fails_cleanly() {
    let (dir, path) = temp_file("e.json", STAGING.as_bytes());
    let loaded = load_environment(&path).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("token", json!("changed"));
    let Some(lock) = LockedDir::lock(dir.path()) else {
        eprintln!("skipped: cannot make a read-only folder here (root without chattr)");
        return;
    };
    let result = write_back(&path, &loaded, &scope, false);
    drop(lock);
    let err = result.expect_err("read-only folder");
    assert!(
        err.message
            .starts_with("cannot write: cannot create a file in "),
        "{err}"
    );
    assert!(
        err.message.ends_with(": operation not permitted")
            || err.message.ends_with(": permission denied"),
        "{err}"
    );
    assert_eq!(read(&path), STAGING);
    let entries: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
    assert_eq!(entries.len(), 1, "a temporary file was left behind");
}

#[test]
fn a_symlink_is_followed_and_kept() {
    let (dir, target) = temp_file("real.json", STAGING.as_bytes());
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    let loaded = load_environment(&link).expect("loads");
    let mut scope = loaded.scope.clone();
    scope.set("token", json!("via-link"));
    write_back(&link, &loaded, &scope, false).expect("writes");
    assert!(std::fs::symlink_metadata(&link)
        .expect("meta")
        .file_type()
        .is_symlink());
    assert!(read(&target).contains("\"value\": \"via-link\""));
}
