//! The real binary on the sample auth collection against a recording server on 127.0.0.1:
//! what the server received, what the run captured, and the environment file written back.

mod support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use support::TestServer;

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn utf8(p: &Path) -> &str {
    p.to_str().expect("paths are UTF-8")
}

fn env_value(env: &Value, key: &str) -> Value {
    env["values"]
        .as_array()
        .and_then(|vals| vals.iter().find(|v| v["key"] == key))
        .map(|v| v["value"].clone())
        .unwrap_or(Value::Null)
}

/// Runs the sample flow with both hosts pointed at `server`; returns the written-back environment.
fn run_flow(server: &TestServer, dir: &Path, extra: &[&str]) -> (std::process::Output, PathBuf) {
    let env_path = dir.join("env.json");
    std::fs::copy(
        repo("fixtures/auth-flow.postman_environment.json"),
        &env_path,
    )
    .expect("copy env");
    // Point the environment's hosts at the local server, the way a user edits their file.
    let text = std::fs::read_to_string(&env_path).expect("read env");
    let text = text
        .replace("https://auth.microshare.io", &server.base_url())
        .replace("https://api.microshare.io", &server.base_url());
    std::fs::write(&env_path, text).expect("write env");
    let collection = repo("collections/auth-flow.postman_collection.json");
    let mut args = vec![
        "run",
        utf8(&collection),
        "-e",
        utf8(&env_path),
        "--write-back",
    ];
    args.extend_from_slice(extra);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_postie"))
        .args(&args)
        .env("NO_COLOR", "1")
        .output()
        .expect("postie runs");
    (out, env_path)
}

#[test]
fn token_is_captured_sent_as_bearer_and_written_back() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let (out, env_path) = run_flow(&server, dir.path(), &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);

    let requests = server.requests();
    let lines: Vec<String> = requests
        .iter()
        .map(|r| format!("{} {}", r.method, r.target))
        .collect();
    assert_eq!(lines.len(), 4, "{lines:#?}\n{stdout}");
    assert!(
        lines[0].starts_with("POST /oauth2/token?username="),
        "{lines:#?}"
    );
    assert!(
        lines[0].contains("grant_type=password&scope=ALL:ALL"),
        "{lines:#?}"
    );
    assert!(lines[1].contains("grant_type=pipe"), "{lines:#?}");
    assert!(requests[0].body.is_empty(), "the token request has no body");

    // The test server hands out tok-1, tok-2 … in order; later requests carry them.
    let env: Value =
        serde_json::from_str(&std::fs::read_to_string(&env_path).expect("env")).expect("json");
    let token = env_value(&env, "token");
    let pipe = env_value(&env, "pipe_token");
    assert_eq!(token, "tok-1", "{env:#}");
    assert_eq!(pipe, "tok-2", "{env:#}");
    assert_eq!(requests[2].header("authorization"), Some("Bearer tok-1"));
    assert_eq!(requests[3].header("authorization"), Some("Bearer tok-2"));
    assert!(
        requests[3]
            .header("content-type")
            .is_some_and(|c| c.starts_with("application/json")),
        "{:?}",
        requests[3].headers
    );
}

#[test]
fn default_headers_are_sent_in_newman_order() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let (_out, _) = run_flow(&server, dir.path(), &["--folder", "Request token"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let names: Vec<String> = requests[0]
        .headers
        .iter()
        .map(|(k, _)| k.to_ascii_lowercase())
        .collect();
    let newman_order = [
        "user-agent",
        "accept",
        "cache-control",
        "postman-token",
        "host",
        "accept-encoding",
        "connection",
    ];
    let defaults: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|n| newman_order.contains(n))
        .collect();
    assert_eq!(defaults, newman_order, "all headers sent: {names:?}");
    assert_eq!(requests[0].header("accept"), Some("*/*"));
    assert_eq!(requests[0].header("cache-control"), Some("no-cache"));
    assert!(requests[0]
        .header("user-agent")
        .is_some_and(|ua| ua == "PostmanRuntime/7.39.1"));
}

#[test]
fn write_back_keeps_the_file_and_changes_only_captured_values() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let env_path = dir.path().join("env.json");
    let (out, written) = run_flow(&server, dir.path(), &[]);
    assert_eq!(written, env_path);
    let _ = out;
    let after = std::fs::read_to_string(&env_path).expect("env");
    let port = server.port.to_string();
    insta::with_settings!({filters => vec![(port.as_str(), "[PORT]")]}, {
        insta::assert_snapshot!("auth_flow_env_after_write_back", after);
    });
}
