use super::fixtures::{emit_sample, fixed_clock, reset_clock, sample_collection};
use crate::report::json::JsonReporter;
use crate::report::report_file::{default_file_name, export_path, export_timestamp};
use crate::report::summary::RunSummary;
use crate::report::{ReportConfig, Reporter};
use chrono::TimeZone;
use serde_json::Value;
use std::path::Path;

const NEWMAN_REPORT: &str = include_str!("../testdata/newman-sample-report.json");

fn sample_json(iterations: usize) -> Value {
    reset_clock(297);
    let collection = sample_collection();
    let mut summary = RunSummary::detailed().with_clock(fixed_clock);
    emit_sample(&collection, iterations, &mut |e| summary.on_event(e));
    summary.to_json()
}

fn name_of(value: insta::internals::Content) -> String {
    let json: Value = serde_json::to_value(&value).unwrap_or(Value::Null);
    match json.get("name").and_then(Value::as_str) {
        Some(name) => format!("[{name}]"),
        None => "[collection]".into(),
    }
}

#[test]
fn json_summary_snapshot() {
    let json = sample_json(1);
    insta::assert_json_snapshot!("json_summary_one_iteration", json, {
        ".environment.id" => "[id]",
        ".globals.id" => "[id]",
        ".run.timings.started" => "[time]",
        ".run.timings.completed" => "[time]",
        ".run.executions[].response.id" => "[id]",
        ".run.executions[].response.stream.data" => insta::dynamic_redaction(|value, _| {
            format!("[{} bytes]", value.as_slice().map(|s| s.len()).unwrap_or(0))
        }),
        ".run.executions[].*[].error.id" => "[id]",
        ".run.executions[].*[].error.timestamp" => "[time]",
        ".run.failures[].error.id" => "[id]",
        ".run.failures[].error.timestamp" => "[time]",
        ".run.failures[].source" => insta::dynamic_redaction(|value, _| name_of(value)),
        ".run.failures[].parent" => insta::dynamic_redaction(|value, _| name_of(value)),
    });
}

fn keys(value: &Value) -> Vec<String> {
    value
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// Our keys must be Newman's, in Newman's order, apart from the listed extras and omissions.
fn assert_keys(ours: &Value, newman: &Value, extra: &[&str], missing: &[&str], at: &str) {
    let ours: Vec<String> = keys(ours)
        .into_iter()
        .filter(|k| !extra.contains(&k.as_str()))
        .collect();
    let newman: Vec<String> = keys(newman)
        .into_iter()
        .filter(|k| !missing.contains(&k.as_str()))
        .collect();
    assert_eq!(ours, newman, "keys of {at}");
}

#[test]
fn json_keys_match_a_newman_report() {
    let ours = sample_json(2);
    let newman: Value = serde_json::from_str(NEWMAN_REPORT).unwrap_or(Value::Null);
    assert_keys(&ours, &newman, &[], &[], "the summary");
    assert_keys(&ours["run"], &newman["run"], &[], &[], "run");
    assert_keys(
        &ours["run"]["stats"],
        &newman["run"]["stats"],
        &[],
        &[],
        "stats",
    );
    assert_keys(
        &ours["run"]["timings"],
        &newman["run"]["timings"],
        &[],
        &[],
        "timings",
    );
    assert_keys(
        &ours["collection"],
        &newman["collection"],
        &[],
        &[],
        "collection",
    );
    let (Some(our_runs), Some(newman_runs)) = (
        ours["run"]["executions"].as_array(),
        newman["run"]["executions"].as_array(),
    ) else {
        panic!("executions are lists");
    };
    assert_eq!(our_runs.len(), newman_runs.len());
    for (i, (a, b)) in our_runs.iter().zip(newman_runs).enumerate() {
        assert_keys(a, b, &[], &[], &format!("execution {i}"));
        assert_eq!(
            a.get("requestError"),
            b.get("requestError"),
            "execution {i}"
        );
        assert_keys(&a["cursor"], &newman_runs[0]["cursor"], &[], &[], "cursor");
        if b.get("response").is_some() {
            assert_keys(&a["response"], &b["response"], &[], &[], "response");
            assert_keys(
                &a["response"]["stream"],
                &b["response"]["stream"],
                &[],
                &[],
                "stream",
            );
        }
        for (x, y) in a["assertions"]
            .as_array()
            .into_iter()
            .flatten()
            .zip(b["assertions"].as_array().into_iter().flatten())
        {
            assert_keys(x, y, &[], &[], "assertion");
            assert_keys(&x["error"], &y["error"], &[], &[], "assertion error");
        }
        for list in ["testScript", "prerequestScript"] {
            if let (Some(x), Some(y)) = (a[list][0].get("error"), b[list][0].get("error")) {
                assert_keys(x, y, &[], &["checksum"], "script error");
            }
        }
    }
    let (Some(our_failures), Some(newman_failures)) = (
        ours["run"]["failures"].as_array(),
        newman["run"]["failures"].as_array(),
    ) else {
        panic!("failures are lists");
    };
    assert_eq!(our_failures.len(), newman_failures.len());
    for (a, b) in our_failures.iter().zip(newman_failures) {
        assert_keys(a, b, &[], &[], "failure");
        assert_keys(
            &a["error"],
            &b["error"],
            &[],
            &["checksum"],
            "failure error",
        );
        assert_eq!(a["at"], b["at"]);
        assert_eq!(a["error"]["name"], b["error"]["name"]);
        assert_eq!(a["error"]["message"], b["error"]["message"]);
        assert_eq!(a["source"]["name"], b["source"]["name"]);
        assert_eq!(a["parent"].get("name"), b["parent"].get("name"));
    }
}

#[test]
fn default_export_path_is_newmans() {
    let when = chrono::Utc
        .with_ymd_and_hms(2026, 11, 27, 20, 52, 11)
        .single()
        .map(|t| t + chrono::Duration::milliseconds(123));
    let Some(when) = when else {
        panic!("valid date");
    };
    assert_eq!(export_timestamp(&when), "2026-11-27-20-52-11-123-");
    assert_eq!(
        default_file_name("json", &when),
        "newman-run-report-2026-11-27-20-52-11-123-0.json"
    );
    assert_eq!(
        export_path(None, "json", &when),
        Path::new("newman/newman-run-report-2026-11-27-20-52-11-123-0.json")
    );
    assert_eq!(
        export_path(Some(Path::new("out/r.json")), "json", &when),
        Path::new("out/r.json")
    );
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        export_path(Some(dir.path()), "json", &when),
        dir.path()
            .join("newman-run-report-2026-11-27-20-52-11-123-0.json")
    );
}

#[test]
fn json_reporter_writes_the_report_creating_folders() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("deep/er/report.json");
    let config = ReportConfig {
        reporters: vec!["json".into()],
        options: vec![("json-export".into(), path.display().to_string())],
        ..ReportConfig::default()
    };
    let mut reporter = JsonReporter::new(&config);
    let collection = sample_collection();
    let mut result = Ok(());
    emit_sample(&collection, 1, &mut |e| {
        if result.is_ok() {
            result = reporter.on_event(e);
        }
    });
    assert_eq!(result, Ok(()));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        text.starts_with("{\n  \"collection\": {\n    \"_\": {"),
        "{}",
        &text[..text.len().min(80)]
    );
    let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    assert_eq!(json["run"]["stats"]["requests"]["total"], 5);
    let leftovers = std::fs::read_dir(path.parent().unwrap_or(dir.path()))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(leftovers, 1, "no temporary file is left behind");
}

#[test]
fn json_reporter_reports_an_unwritable_path() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "x").unwrap_or_else(|e| panic!("{e}"));
    let config = ReportConfig {
        reporters: vec!["json".into()],
        options: vec![(
            "export".into(),
            blocker.join("report.json").display().to_string(),
        )],
        ..ReportConfig::default()
    };
    let mut reporters = super::super::build_for(&config, false);
    assert_eq!(reporters.len(), 2, "the mask learner and the json reporter");
    let collection = sample_collection();
    let mut errors = Vec::new();
    emit_sample(&collection, 1, &mut |e| {
        for reporter in reporters.iter_mut() {
            if let Err(error) = reporter.on_event(e) {
                errors.push(error);
            }
        }
    });
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("cannot write report "),
        "{}",
        errors[0]
    );
}

/// Not a check: `cargo test --release --lib report::tests::json_tests::timing -- --ignored --nocapture`
/// prints how long collecting and writing a big report takes.
#[test]
#[ignore]
fn timing_of_a_big_report() {
    let collection = sample_collection();
    let started = std::time::Instant::now();
    emit_sample(&collection, 2000, &mut |_| {});
    println!("emitting the events alone: {:?}", started.elapsed());
    let started = std::time::Instant::now();
    let mut summary = RunSummary::detailed();
    emit_sample(&collection, 2000, &mut |e| summary.on_event(e));
    let collected = started.elapsed();
    let mut out = Vec::new();
    let written = summary.write_json(&mut out).map(|_| started.elapsed());
    println!(
        "10000 executions: collect {collected:?}, collect+write {written:?}, {} bytes",
        out.len()
    );
}

fn streamed_report(options: &[(&str, &str)], iterations: usize) -> String {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("report.json");
    let mut config = ReportConfig {
        reporters: vec!["json".into()],
        options: vec![("json-export".into(), path.display().to_string())],
        reveal_secrets: true,
        ..ReportConfig::default()
    };
    for (k, v) in options {
        config.options.push((k.to_string(), v.to_string()));
    }
    reset_clock(297);
    let mut reporter =
        JsonReporter::new(&config).with_summary(RunSummary::detailed().with_clock(fixed_clock));
    let collection = sample_collection();
    let mut most_held = 0;
    emit_sample(&collection, iterations, &mut |e| {
        let _ = reporter.on_event(e);
        most_held = most_held.max(reporter.summary().executions_len());
    });
    assert_eq!(most_held, 0, "executions are written out, not kept");
    assert_eq!(reporter.spooled(), 5 * iterations);
    std::fs::read_to_string(&path).unwrap_or_default()
}

fn without_ids(text: &str) -> String {
    let uuid = regex::Regex::new(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
        .unwrap_or_else(|e| panic!("{e}"));
    uuid.replace_all(text, "<id>").into_owned()
}

#[test]
fn streamed_report_is_the_summary_written_at_once() {
    let streamed = streamed_report(&[], 2);
    reset_clock(297);
    let mut summary = RunSummary::detailed().with_clock(fixed_clock);
    emit_sample(&sample_collection(), 2, &mut |e| summary.on_event(e));
    let mut whole = Vec::new();
    summary
        .write_json(&mut whole)
        .unwrap_or_else(|e| panic!("{e}"));
    let whole = String::from_utf8_lossy(&whole);
    assert_eq!(without_ids(&streamed), without_ids(&whole));
    let json: Value = serde_json::from_str(&streamed).unwrap_or(Value::Null);
    assert_eq!(json["run"]["executions"].as_array().map(Vec::len), Some(10));
}

#[test]
fn omit_responses_leaves_bodies_out() {
    let full: Value = serde_json::from_str(&streamed_report(&[], 1)).unwrap_or(Value::Null);
    let text = streamed_report(&[("json-omit-responses", "true")], 1);
    let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    let executions = json["run"]["executions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let full_executions = full["run"]["executions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let with_response = executions
        .iter()
        .filter(|e| e.get("response").is_some())
        .count();
    assert!(with_response > 0);
    for (execution, full) in executions.iter().zip(&full_executions) {
        if let Some(response) = execution.get("response") {
            assert_eq!(
                response["stream"],
                serde_json::json!({"type": "Buffer", "data": []})
            );
            assert_eq!(response["code"], full["response"]["code"]);
            assert!(full["response"]["stream"]["data"]
                .as_array()
                .is_some_and(|d| !d.is_empty()));
        }
    }
}
