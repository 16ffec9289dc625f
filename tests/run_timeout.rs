//! `--timeout` limits the whole run: a request still in flight at the limit is cut off and the
//! run ends with an error.

mod support;

use support::TestServer;

#[test]
fn run_timeout_cuts_off_a_request_in_flight() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let collection = dir.path().join("c.json");
    let body = serde_json::json!({
        "info": {"name": "slow"},
        "item": [
            {"name": "slow", "request": format!("{}/delay/5000", server.base_url())},
            {"name": "never", "request": format!("{}/get", server.base_url())}
        ]
    });
    std::fs::write(&collection, body.to_string()).expect("write collection");
    let report = dir.path().join("report.json");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("run")
        .arg(&collection)
        .args(["--timeout", "300", "-r", "json", "--reporter-json-export"])
        .arg(&report)
        .output()
        .expect("postie runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("--timeout 300ms"), "{stderr}");
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("JSON");
    let executions = summary["run"]["executions"].as_array().expect("executions");
    assert_eq!(executions.len(), 1, "the second request never starts");
    assert!(
        executions[0]["requestError"].is_object(),
        "the slow request was cut off: {}",
        executions[0]
    );
    let paths: Vec<String> = server.requests().iter().map(|r| r.target.clone()).collect();
    assert_eq!(paths, ["/delay/5000"]);
}
