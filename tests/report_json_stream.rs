//! The json reporter end to end: executions streamed to the report in order, and
//! `--reporter-json-omit-responses` (a flag: the next argument is not taken as its value).

mod support;

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn report(base: &str, dir: &Path, extra: &[&str]) -> Value {
    let path = dir.join("report.json");
    let output = Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("run")
        .arg(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("src/report/testdata/newman-junit-collection.json"),
        )
        .args(["--env-var", &format!("base={base}"), "-n", "2"])
        .args(extra)
        .args(["-r", "json", "--reporter-json-export"])
        .arg(&path)
        .output()
        .expect("postie runs");
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_str(&std::fs::read_to_string(&path).expect("report")).expect("valid JSON")
}

#[test]
fn executions_in_run_order_and_bodies_left_out_on_request() {
    let server = support::TestServer::start();
    let dir = support::temp_dir();
    let full = report(&server.base_url(), dir.path(), &[]);
    let executions = full["run"]["executions"].as_array().expect("executions");
    let order: Vec<(u64, u64)> = executions
        .iter()
        .map(|e| {
            (
                e["cursor"]["iteration"].as_u64().unwrap_or(9),
                e["cursor"]["position"].as_u64().unwrap_or(9),
            )
        })
        .collect();
    let expected: Vec<(u64, u64)> = (0..2).flat_map(|i| (0..5).map(move |p| (i, p))).collect();
    assert_eq!(order, expected);
    assert_eq!(full["run"]["stats"]["requests"]["total"], 10);
    assert!(executions[0]["response"]["stream"]["data"]
        .as_array()
        .is_some_and(|d| !d.is_empty()));

    let omitted = report(
        &server.base_url(),
        dir.path(),
        &["--reporter-json-omit-responses"],
    );
    let executions = omitted["run"]["executions"].as_array().expect("executions");
    assert_eq!(executions.len(), 10);
    for execution in executions {
        if let Some(response) = execution.get("response") {
            assert_eq!(response["stream"]["data"], serde_json::json!([]));
            assert!(response["code"].is_u64());
        }
    }
}
