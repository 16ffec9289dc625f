//! `action.yml`, the GitHub composite action: its inputs, and its run step executed as GitHub would
//! run it (bash, inputs in the environment, `$GITHUB_OUTPUT`), with postie on PATH, against a local
//! server.

mod support;

use serde_json::json;
use std::path::Path;
use support::{postie_bin, temp_dir, TestServer};

fn action() -> serde_json::Value {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("action.yml"))
        .expect("action.yml");
    serde_norway::from_str(&text).expect("action.yml is YAML")
}

/// The `run` script of the step named `name`.
fn step_script(action: &serde_json::Value, name: &str) -> String {
    let steps = action["runs"]["steps"].as_array().expect("steps");
    let step = steps
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no step {name:?}"));
    assert_eq!(step["shell"], "bash");
    step["run"].as_str().expect("a run script").to_string()
}

#[test]
fn the_action_is_composite_with_the_documented_inputs() {
    let action = action();
    assert_eq!(action["runs"]["using"], "composite");
    let inputs = action["inputs"].as_object().expect("inputs");
    for name in [
        "collection",
        "environment",
        "reporters",
        "args",
        "reports-dir",
        "upload-reports",
        "binary-url",
    ] {
        assert!(inputs.contains_key(name), "input {name} is missing");
    }
    assert_eq!(inputs["collection"]["required"], true);
    assert_eq!(
        action["outputs"]["exit-code"]["value"],
        "${{ steps.run.outputs.exit-code }}"
    );
}

#[test]
fn the_run_step_runs_the_collection_writes_the_reports_and_passes_the_exit_code_on() {
    let server = TestServer::start();
    let dir = temp_dir();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).expect("bin dir");
    std::os::unix::fs::symlink(postie_bin(), bin.join("postie")).expect("postie on PATH");
    let collection = |name: &str, check: &str| {
        let doc = json!({
            "info": {"name": name},
            "item": [{
                "name": "get",
                "event": [{"listen": "test", "script": {"exec": [
                    format!("pm.test('checked', () => {{ {check} }});")
                ]}}],
                "request": "{{base}}/get?from=action"
            }]
        });
        std::fs::write(dir.path().join(format!("{name}.json")), doc.to_string())
            .expect("write collection");
    };
    collection("passes", "pm.response.to.have.status(200);");
    collection("fails", "pm.expect(1).to.equal(2);");
    std::fs::write(
        dir.path().join("env.json"),
        json!({"values": [{"key": "base", "value": server.base_url()}]}).to_string(),
    )
    .expect("write environment");
    let script = step_script(&action(), "Run the collection");

    let run = |name: &str| {
        let output_file = dir.path().join(format!("{name}.out"));
        let path = format!(
            "{}:{}",
            bin.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let out = std::process::Command::new("bash")
            .args(["-e", "-c", &script])
            .current_dir(dir.path())
            .env("PATH", path)
            .env("COLLECTION", format!("{name}.json"))
            .env("ENVIRONMENT", "env.json")
            .env("REPORTERS", "cli,junit,json")
            .env("ARGS", "--bail --reporter-cli-no-banner")
            .env("REPORTS", format!("reports-{name}"))
            .env("GITHUB_OUTPUT", &output_file)
            .env("NO_COLOR", "1")
            .output()
            .expect("run bash");
        let outputs = std::fs::read_to_string(&output_file).unwrap_or_default();
        (out, outputs)
    };

    let (out, outputs) = run("passes");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(outputs, "exit-code=0\n");
    let reports = dir.path().join("reports-passes");
    let report = support::read_json(&reports.join("report.json"));
    assert_eq!(report["run"]["stats"]["assertions"]["total"], 1);
    let junit = std::fs::read_to_string(reports.join("junit.xml")).expect("junit report");
    assert!(junit.contains("<testsuites"), "{junit}");

    let (out, outputs) = run("fails");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(outputs, "exit-code=1\n");
    assert!(dir.path().join("reports-fails/junit.xml").exists());

    assert_eq!(server.queries(), ["from=action", "from=action"]);
}
