//! The model flow end to end, offline: the sample auth collection runs against its own saved
//! examples (`--mock`), captures the tokens and writes them back into the environment file.

mod support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::runner::postie;
use support::sample::{example_token, repo};

/// Runs the sample collection with a copy of its environment (in `dir`) against `--mock`;
/// returns the output and the environment file's path.
fn run_sample(dir: &Path, extra: &[&str]) -> (Output, PathBuf) {
    let env_path = dir.join("auth-flow.postman_environment.json");
    std::fs::copy(
        repo("fixtures/auth-flow.postman_environment.json"),
        &env_path,
    )
    .expect("copy env");
    let collection = repo("collections/auth-flow.postman_collection.json");
    let mut args = vec![
        "run",
        collection.to_str().expect("utf-8"),
        "-e",
        env_path.to_str().expect("utf-8"),
        "--mock",
    ];
    args.extend_from_slice(extra);
    (postie(&args), env_path)
}

fn env_value<'a>(env: &'a Value, key: &str) -> Option<&'a Value> {
    env["values"]
        .as_array()?
        .iter()
        .find(|v| v["key"] == key)
        .map(|v| &v["value"])
}

#[test]
fn auth_flow_captures_tokens_and_writes_them_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let before = support::read_json(&repo("fixtures/auth-flow.postman_environment.json"));
    let report = dir.path().join("report.json");
    let collection_path = repo("collections/auth-flow.postman_collection.json");
    let (out, env_path) = run_sample(
        dir.path(),
        &[
            "--write-back",
            "-r",
            "cli,json",
            "--reporter-json-export",
            report.to_str().expect("utf-8"),
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );

    let collection = support::read_json(&collection_path);
    let after = support::read_json(&env_path);
    let token = example_token(&collection, "Request token");
    let pipe = example_token(&collection, "Request pipe token");
    assert_eq!(env_value(&after, "token"), Some(&Value::String(token)));
    assert_eq!(env_value(&after, "pipe_token"), Some(&Value::String(pipe)));

    // Everything the run did not change is kept: id, name, order, types, enabled flags.
    assert_eq!(after["id"], before["id"]);
    assert_eq!(after["name"], before["name"]);
    let keys = |v: &Value| -> Vec<String> {
        v["values"]
            .as_array()
            .expect("values")
            .iter()
            .map(|x| x["key"].to_string())
            .collect()
    };
    assert_eq!(keys(&after), keys(&before));
    for (a, b) in after["values"]
        .as_array()
        .into_iter()
        .flatten()
        .zip(before["values"].as_array().into_iter().flatten())
    {
        assert_eq!(a["type"], b["type"], "type of {}", a["key"]);
        assert_eq!(a["enabled"], b["enabled"], "enabled of {}", a["key"]);
        if a["key"] != "token" && a["key"] != "pipe_token" {
            assert_eq!(a["value"], b["value"], "value of {}", a["key"]);
        }
    }

    let summary = support::read_json(&report);
    let stats = &summary["run"]["stats"];
    assert_eq!(stats["requests"]["total"], 4, "{stats}");
    assert_eq!(stats["requests"]["failed"], 0, "{stats}");
    assert_eq!(stats["assertions"]["failed"], 0, "{stats}");
    assert!(
        stats["assertions"]["total"].as_u64().unwrap_or(0) >= 4,
        "{stats}"
    );
}

#[test]
fn one_request_selected_by_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("report.json");
    let (out, _) = run_sample(
        dir.path(),
        &[
            "--folder",
            "Authentication -> Request token",
            "-r",
            "json",
            "--reporter-json-export",
            report.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary = support::read_json(&report);
    let executions = summary["run"]["executions"].as_array().expect("executions");
    let names: Vec<&str> = executions
        .iter()
        .filter_map(|e| e["item"]["name"].as_str())
        .collect();
    assert_eq!(names, ["Request token"]);
}

/// Times, ports and ids vary between runs; everything else in the output is fixed.
fn redact(text: &str) -> String {
    support::redact(
        text,
        &[
            (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
            (r"\d+(\.\d+)?(ms|µs|s)\b", "[TIME]"),
            (
                r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                "[UUID]",
            ),
        ],
    )
}

#[test]
fn cli_output_of_the_sample_flow() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (out, _) = run_sample(
        dir.path(),
        &["--color", "off", "--reporter-cli-redact-times"],
    );
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!(
        "auth_flow_cli",
        redact(&String::from_utf8_lossy(&out.stdout))
    );
}

#[test]
fn json_report_of_the_sample_flow() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("report.json");
    let (out, _) = run_sample(
        dir.path(),
        &[
            "-r",
            "json",
            "--reporter-json-export",
            report.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let mut summary = support::read_json(&report);
    // Response bodies and byte streams are large and covered elsewhere; keep the shape here.
    for execution in summary["run"]["executions"]
        .as_array_mut()
        .into_iter()
        .flatten()
    {
        execution["response"]["stream"]["data"] = Value::String("[BYTES]".into());
    }
    let text = redact(&serde_json::to_string_pretty(&summary).expect("serialises"));
    let redacted: Value = serde_json::from_str(&text).expect("still JSON");
    insta::assert_json_snapshot!("auth_flow_json_report", redacted, {
        ".run.timings.*" => "[TIMING]",
        ".run.executions[].response.responseTime" => "[TIME]",
        ".run.executions[].response.header[].value" => "[HEADER]",
        ".run.transfers.responseTotal" => "[SIZE]",
        ".run.executions[].cursor.ref" => "[ID]",
        ".run.executions[].cursor.httpRequestId" => "[ID]",
        ".run.executions[].response.id" => "[ID]",
        ".run.executions[].request.header[].value" => "[HEADER]",
    });
}

#[test]
fn mock_command_serves_the_saved_examples() {
    use std::io::{BufRead, BufReader};
    let collection = repo("collections/auth-flow.postman_collection.json");
    let mut child = Command::new(env!("CARGO_BIN_EXE_postie"))
        .args(["mock", collection.to_str().expect("utf-8"), "--port", "0"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("postie mock starts");
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("a first line");
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .expect("the first line names the URL")
        .to_string();
    let token =
        http_exchange(&url, "POST", "/oauth2/token?grant_type=password").map(|(_, body)| body);
    let missing = http_exchange(&url, "GET", "/nope").map(|(code, _)| code);
    let _ = child.kill();
    let _ = child.wait();
    let collection_json = support::read_json(&collection);
    let token = token.expect("the token route answers");
    assert!(
        token.contains(&example_token(&collection_json, "Request token")),
        "{token}"
    );
    assert_eq!(missing.expect("the unknown route answers"), 404);
}

/// One request on its own connection (`Connection: close`): the status code and the body.
fn http_exchange(base: &str, method: &str, target: &str) -> std::io::Result<(u16, String)> {
    use std::io::{Read, Write};
    let authority = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(authority)?;
    let head = format!(
        "{method} {target} HTTP/1.1\r\nHost: {authority}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes())?;
    let mut reply = String::new();
    stream.read_to_string(&mut reply)?;
    let code = reply
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = reply.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    Ok((code, body.to_string()))
}
