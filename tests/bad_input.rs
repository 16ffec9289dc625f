//! Bad input gets a clear error naming the file (and line:column where there is one), a
//! non-zero exit, no panic and no file written.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;
use support::runner::postie;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

fn path(p: &Path) -> &str {
    p.to_str().expect("fixture paths are UTF-8")
}

/// Exit code 1, no panic, and stderr mentions every one of `needles`.
fn assert_clear_error(out: &Output, needles: &[&str]) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "exit code; stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    for needle in needles {
        assert!(stderr.contains(needle), "stderr lacks {needle:?}: {stderr}");
    }
}

#[test]
fn missing_collection_file() {
    let out = postie(&["run", "no/such/collection.json"]);
    assert_clear_error(&out, &["no/such/collection.json"]);
}

#[test]
fn collection_that_is_not_json_names_line_and_column() {
    let file = fixture("bad/not-json.postman_collection.json");
    let out = postie(&["run", path(&file)]);
    assert_clear_error(&out, &["not-json.postman_collection.json:4:18"]);
}

#[test]
fn json_that_is_not_a_collection_names_the_field() {
    let file = fixture("bad/env-as-collection.json");
    let out = postie(&["run", path(&file)]);
    assert_clear_error(&out, &["env-as-collection.json", "info"]);
}

#[test]
fn malformed_environment_files() {
    let collection = fixture("bad/minimal.postman_collection.json");
    let truncated = fixture("bad/truncated.postman_environment.json");
    let out = postie(&["run", path(&collection), "-e", path(&truncated)]);
    assert_clear_error(&out, &["truncated.postman_environment.json:2"]);

    let not_list = fixture("bad/values-not-list.postman_environment.json");
    let out = postie(&["run", path(&collection), "-e", path(&not_list)]);
    assert_clear_error(
        &out,
        &["values-not-list.postman_environment.json", "values"],
    );
}

#[test]
fn csv_row_with_wrong_field_count_is_a_warning_naming_the_line() {
    let collection = fixture("bad/minimal.postman_collection.json");
    let data = fixture("bad/wrong-fields.csv");
    let out = postie(&["run", path(&collection), "-d", path(&data)]);
    // Newman reads such rows (extra fields dropped); postie does too, and says so.
    assert_clear_error(&out, &["warning: ", "wrong-fields.csv:3"]);
}

#[test]
fn unknown_folder_lists_close_matches() {
    let collection =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("collections/auth-flow.postman_collection.json");
    let out = postie(&[
        "run",
        path(&collection),
        "--folder",
        "Authentcation",
        "--mock",
    ]);
    assert_clear_error(&out, &["Authentcation", "did you mean \"Authentication\""]);
}

#[test]
fn bad_flag_values_are_errors_not_panics() {
    let collection = fixture("bad/minimal.postman_collection.json");
    for args in [
        vec!["run", path(&collection), "--env-var", "novalue"],
        vec!["run", path(&collection), "-n", "many"],
        vec!["run", path(&collection), "--color", "purple"],
        vec!["run", path(&collection), "-r", "nosuchreporter"],
    ] {
        let out = postie(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(0), "{args:?} should fail");
        assert!(!stderr.contains("panicked"), "{args:?} panicked: {stderr}");
        assert!(!stderr.trim().is_empty(), "{args:?} printed no error");
    }
}

#[test]
fn refused_connection_is_reported_for_the_request_and_the_run_goes_on() {
    let collection = fixture("bad/minimal.postman_collection.json");
    let out = postie(&["run", path(&collection)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "stdout: {stdout}");
    assert!(stdout.contains("ECONNREFUSED"), "stdout: {stdout}");
    assert_eq!(
        postie(&["run", path(&collection), "-x"]).status.code(),
        Some(0),
        "-x forces exit 0"
    );
}

/// What Newman only warns about (an auth that cannot sign, a form-data file that cannot be read)
/// is shown as Newman shows it: a console box before the request line; the request still goes.
#[test]
fn request_warnings_are_shown_as_newman_shows_them() {
    let collection = fixture("bad/unsignable.postman_collection.json");
    let out = postie(&["run", path(&collection)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the refused requests fail: {stdout}"
    );
    let expected_a = "→ HMAC-MD5 signature\n  ┌\n  │ 'runtime~oauth1.auth: could not sign the request: Unsu\n  │ pported signature method'\n  └\n  GET http://127.0.0.1:9/ [errored]";
    let expected_b =
        "→ missing upload\n  ┌\n  │ 'Form param `f`, file load error: \"no/such/upload.txt\"\n";
    assert!(stdout.contains(expected_a), "{stdout}");
    assert!(stdout.contains(expected_b), "{stdout}");
}

/// A collection of `count` items, each with a test script, the last one `last` (JSON text).
fn large_collection(dir: &Path, count: usize, last: &str) -> PathBuf {
    let item = r#"{"name": "item", "request": {"method": "GET", "url": "http://127.0.0.1:1/x"},
        "event": [{"listen": "test", "script": {"exec": ["pm.test('runs', () => pm.expect(1).to.eql(1));"]}}]}"#;
    let mut items = vec![item; count - 1];
    items.push(last);
    let text = format!(
        r#"{{"info": {{"name": "large", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
        "item": [{}]}}"#,
        items.join(",\n")
    );
    assert!(
        text.len() > 256 * 1024,
        "large enough to load beside the engine"
    );
    let path = dir.join("large.postman_collection.json");
    std::fs::write(&path, text).expect("write the collection");
    path
}

#[test]
fn a_large_collection_loads_beside_the_engine_with_the_same_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = large_collection(
        dir.path(),
        1500,
        r#"{"name": "bad", "request": {"url": 5, "method": []}}"#,
    );
    let out = postie(&["run", path(&bad)]);
    assert_clear_error(&out, &["large.postman_collection.json", "item[1499]"]);

    // a good collection, then a bad environment: the environment's error, as for a small file
    let good = large_collection(
        dir.path(),
        1500,
        r#"{"name": "last", "request": "http://127.0.0.1:1/y"}"#,
    );
    let truncated = fixture("bad/truncated.postman_environment.json");
    let out = postie(&["run", path(&good), "-e", path(&truncated)]);
    assert_clear_error(&out, &["truncated.postman_environment.json:2"]);

    // and it runs: every item's test script, in the runtime started while the file loaded
    let out = postie(&[
        "run",
        path(&good),
        "-r",
        "json",
        "--reporter-json-export",
        path(&dir.path().join("r.json")),
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the requests fail: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("r.json")).expect("report"))
            .expect("JSON");
    assert_eq!(report["run"]["stats"]["assertions"]["total"], 1499);
    assert_eq!(report["run"]["stats"]["assertions"]["failed"], 0);
}
