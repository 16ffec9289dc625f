//! Files a request reads (form-data file params, binary bodies) and what Newman 6.2.2 prints when it
//! cannot or may not read them. The warnings below were printed by `newman run` of the same collection
//! with `--working-dir <abs> --no-insecure-file-read`.

mod support;

use serde_json::json;
use support::{run_postie, temp_dir, TestServer};

/// The cli reporter's console lines, with its line breaks taken out.
fn console_text(stdout: &[u8]) -> String {
    String::from_utf8_lossy(stdout).replace("\n  │ ", "")
}

fn post(name: &str, url: &str, body: serde_json::Value) -> serde_json::Value {
    json!({"name": name, "request": {"method": "POST", "url": url, "body": body}})
}

#[test]
fn files_outside_the_working_dir_are_refused_with_newmans_warnings() {
    let server = TestServer::start();
    let dir = temp_dir();
    let wd = dir.path().join("wd");
    std::fs::create_dir(&wd).expect("mkdir");
    std::fs::write(wd.join("inside.txt"), "inside-content\n").expect("write");
    let outside = dir.path().join("outside.txt");
    std::fs::write(&outside, "secret-content\n").expect("write");
    let outside = outside.to_string_lossy().to_string();
    let url = format!("{}/post", server.base_url());
    let collection = json!({
        "info": {"name": "files", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [
            post("form outside", &url, json!({"mode": "formdata", "formdata": [
                {"key": "f", "type": "file", "src": outside}, {"key": "t", "value": "v", "type": "text"}]})),
            post("binary outside", &url, json!({"mode": "file", "file": {"src": outside}})),
            post("form inside", &url, json!({"mode": "formdata", "formdata": [
                {"key": "f", "type": "file", "src": "inside.txt"}]})),
        ]
    });
    std::fs::write(dir.path().join("c.json"), collection.to_string()).expect("write");
    let out = run_postie(
        &[
            "run",
            "c.json",
            "--working-dir",
            &wd.to_string_lossy(),
            "--no-insecure-file-read",
        ],
        dir.path(),
    );
    let text = console_text(&out.stdout);
    for warning in [
        "'Form param `f`, file load error: PPERM: insecure file access outside working directory'",
        "'Binary file load error: PPERM: insecure file access outside working directory'",
    ] {
        assert_eq!(text.matches(warning).count(), 1, "{warning} in:\n{text}");
    }
    let seen = server.requests();
    assert_eq!(seen.len(), 3);
    let form = String::from_utf8_lossy(&seen[0].body);
    assert!(
        form.contains("name=\"t\"") && !form.contains("secret"),
        "{form}"
    );
    assert!(seen[1].body.is_empty());
    assert!(String::from_utf8_lossy(&seen[2].body).contains("inside-content"));
}

#[test]
fn scripts_may_not_upload_files() {
    let server = TestServer::start();
    let dir = temp_dir();
    std::fs::write(dir.path().join("inside.txt"), "inside-content\n").expect("write");
    let base = server.base_url();
    let script = format!(
        "pm.sendRequest({{url: '{base}/post', method: 'POST', body: {{mode: 'file', file: {{src: 'inside.txt'}}}}}}, () => {{}});\n\
         pm.sendRequest({{url: '{base}/post', method: 'POST', body: {{mode: 'formdata', formdata: [\
           {{key: 'f', type: 'file', src: 'inside.txt'}}, {{key: 't', value: 'v'}}]}}}}, () => {{}});"
    );
    let collection = json!({
        "info": {"name": "files", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "send", "request": {"method": "GET", "url": format!("{base}/get")},
                  "event": [{"listen": "test", "script": {"exec": [script]}}]}]
    });
    std::fs::write(dir.path().join("c.json"), collection.to_string()).expect("write");
    let out = run_postie(&["run", "c.json"], dir.path());
    let text = console_text(&out.stdout);
    let warning = "'uploading files from scripts is not allowed'";
    assert_eq!(text.matches(warning).count(), 2, "{text}");
    let seen = server.requests();
    assert_eq!(seen.len(), 3);
    assert!(seen[1].body.is_empty());
    let form = String::from_utf8_lossy(&seen[2].body);
    assert!(
        form.contains("name=\"t\"") && !form.contains("inside-content"),
        "{form}"
    );
}
