//! Scripts cannot take the run down through the native helpers: sizes are checked, long loops stop
//! at the script's time limit, and deep documents are refused instead of overflowing the stack.
//! Each hostile script is followed by a request that must still run.

mod support;

use serde_json::{json, Value};
use support::TestServer;

/// Runs `script` as the pre-request script of the first of two items; returns the exit code and
/// the JSON report.
fn run(script: &str, extra: &[&str]) -> (Option<i32>, Value, String) {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let collection = dir.path().join("c.json");
    let doc = json!({
        "info": {"name": "hostile scripts"},
        "item": [
            {
                "name": "hostile",
                "event": [{"listen": "prerequest", "script": {"exec": [script]}}],
                "request": format!("{}/get?step=hostile", server.base_url())
            },
            {"name": "after", "request": format!("{}/get?step=after", server.base_url())}
        ]
    });
    std::fs::write(&collection, doc.to_string()).expect("write collection");
    let report = dir.path().join("report.json");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("run")
        .arg(&collection)
        .args(extra)
        .args(["-r", "json", "--reporter-json-export"])
        .arg(&report)
        .output()
        .expect("postie runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap_or_default())
        .unwrap_or_else(|e| panic!("no report ({e}); exit {:?}: {stderr}", out.status.code()));
    (out.status.code(), report, stderr)
}

fn script_error(report: &Value) -> String {
    let failure = &report["run"]["failures"][0];
    format!(
        "{}: {}",
        failure["error"]["name"].as_str().unwrap_or(""),
        failure["error"]["message"].as_str().unwrap_or("")
    )
}

fn assert_run_went_on(code: Option<i32>, report: &Value, stderr: &str) {
    assert_eq!(
        code,
        Some(1),
        "the script error fails the run, no crash: {stderr}"
    );
    let executions = report["run"]["executions"].as_array().expect("executions");
    assert_eq!(executions.len(), 2, "the next item ran");
    assert_eq!(executions[1]["response"]["code"], 200);
}

#[test]
fn a_word_array_with_a_huge_length_is_refused() {
    let (code, report, stderr) = run(
        "CryptoJS.enc.Hex.stringify({words: [], sigBytes: 1e12});",
        &[],
    );
    assert_run_went_on(code, &report, &stderr);
    let error = script_error(&report);
    assert!(
        error.starts_with("RangeError: Invalid array length"),
        "{error}"
    );
}

#[test]
fn pbkdf2_stops_at_the_script_time_limit() {
    let (code, report, stderr) = run(
        "CryptoJS.PBKDF2('password', 'salt', { keySize: 8, iterations: 1e9 });",
        &["--timeout-script", "300"],
    );
    assert_run_went_on(code, &report, &stderr);
    let error = script_error(&report);
    assert!(error.contains("script execution timeout"), "{error}");
}

/// Newman's xml2Json takes such a document; postie's gives `undefined` past 2000 levels. Either way
/// the run must go on (it used to overflow the stack and abort).
#[test]
fn deeply_nested_xml_does_not_overflow_the_stack() {
    let (code, report, stderr) = run(
        "var deep = new Array(50001).join('<a>') + new Array(50001).join('</a>'); xml2Json(deep);",
        &[],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let executions = report["run"]["executions"].as_array().expect("executions");
    assert_eq!(executions.len(), 2, "the next item ran");
}
