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

/// Runs postie on a collection whose only item runs `script` before its request; returns the exit
/// code and stderr, or None when the run was still going after 30 s (and was killed).
fn run_with_script(script: &str, timeout_ms: &str) -> Option<(Option<i32>, String)> {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let collection = dir.path().join("c.json");
    let body = serde_json::json!({
        "info": {"name": "stuck"},
        "item": [{
            "name": "stuck",
            "event": [{"listen": "prerequest", "script": {"exec": [script]}}],
            "request": format!("{}/get", server.base_url())
        }]
    });
    std::fs::write(&collection, body.to_string()).expect("write collection");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("run")
        .arg(&collection)
        .args(["--timeout", timeout_ms])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("postie runs");
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(30) {
        if let Ok(Some(status)) = child.try_wait() {
            let mut stderr = String::new();
            if let Some(mut pipe) = child.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut pipe, &mut stderr);
            }
            return Some((status.code(), stderr));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

#[test]
fn run_timeout_stops_a_script_that_never_ends() {
    let (code, stderr) =
        run_with_script("while (true) {}", "500").expect("the run ended at its --timeout");
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("--timeout 500ms"), "{stderr}");
}

#[test]
fn run_timeout_stops_pending_timers() {
    let (code, stderr) = run_with_script(
        "setTimeout(function () {}, 600000); setInterval(function () {}, 10);",
        "500",
    )
    .expect("the run ended at its --timeout");
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("--timeout 500ms"), "{stderr}");
}
