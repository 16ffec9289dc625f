//! `postie merge` end to end: a collection run whole, then as N shard processes whose JSON
//! reports are merged; the merged JUnit, HTML, JSON and cli reports equal the whole run's, apart
//! from times and ids.

mod support;

use serde_json::{json, Value};
use std::path::Path;
use support::TestServer;

/// Top-level folders of several sizes, a root request, console lines, a failing assertion and a
/// request that cannot connect.
fn collection(base: &str, closed: u16) -> Value {
    let request = |folder: &str, i: usize| {
        json!({
            "name": format!("{folder} {i}"),
            "request": {"method": "POST", "url": format!("{base}/post?f={folder}&i={i}"),
                        "body": {"mode": "raw", "raw": format!("{{\"n\": {i}}}")}},
            "event": [
                {"listen": "prerequest", "script": {"exec": [format!("console.log('pre {folder} {i}');")]}},
                {"listen": "test", "script": {"exec": [
                    "console.info('test', pm.info.iteration);",
                    format!("pm.test('{folder} {i} ok', () => pm.response.to.have.status(200));"),
                    format!("pm.test('not in B', () => pm.expect('{folder}').to.not.eql('B'));"),
                ]}}
            ]
        })
    };
    let folder = |name: &str, n: usize| json!({"name": name, "item": (0..n).map(|i| request(name, i)).collect::<Vec<_>>()});
    let unreachable = json!({
        "name": "unreachable",
        "request": {"method": "GET", "url": format!("http://127.0.0.1:{closed}/x")}
    });
    json!({
        "info": {"name": "merged", "_postman_id": "6d3c3f7e-0000-4000-8000-000000000001",
                 "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [folder("A", 1), folder("B", 2), unreachable, folder("C", 3), folder("D", 2)]
    })
}

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(support::postie_bin())
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("POSTIE_SHARD")
        .output()
        .expect("run postie")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Times, dates, durations, ids, chart geometry and the column widths they set out.
fn redact(text: &str) -> String {
    let rules = [
        (
            r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            "<id>",
        ),
        (r"\d{4}-\d\d-\d\dT[\d:.]+Z", "<date>"),
        (r#"(time|timestamp)="[^"]*""#, "$1=\"<t>\""),
        (r"\b[\d.]+(ms|µs|s)\b", "<d>"),
        (r#"\b(x|y|x1|x2|width)="[\d.]+""#, "$1=\"<n>\""),
        (
            r#""(responseTime|started|completed|timestamp|responseAverage|responseMin|responseMax|responseSd)": [\d.]+"#,
            "\"$1\": 0",
        ),
        (r"[─┬┼┴┤├┐┘┌└]+", "<line>"),
        (r" {2,}", " "),
        // the cli shows this row only when some response took 1 ms or more
        (r"<line>\n│ average response time:[^\n]*\n", ""),
    ];
    support::redact(text, &rules)
}

/// The JSON report without response bodies (the echo holds the request's own Postman-Token).
fn json_report(path: &Path) -> String {
    let mut report: Value = serde_json::from_str(&read(path)).expect("json report");
    if let Some(list) = report
        .pointer_mut("/run/executions")
        .and_then(Value::as_array_mut)
    {
        for e in list {
            if let Some(r) = e.get_mut("response").and_then(Value::as_object_mut) {
                r.remove("stream");
            }
        }
    }
    redact(&serde_json::to_string_pretty(&report).expect("json"))
}

#[test]
fn merged_folder_shards_report_what_the_whole_run_reports() {
    merged_equals_whole("folder", 3);
}

#[test]
fn merged_iteration_shards_report_what_the_whole_run_reports() {
    merged_equals_whole("iteration", 2);
}

fn merged_equals_whole(by: &str, shards: usize) {
    let server = TestServer::start();
    let dir = support::temp_dir();
    let d = dir.path();
    let c = collection(&server.base_url(), support::closed_port());
    std::fs::write(d.join("c.json"), c.to_string()).expect("write");
    let reports = [
        "-r",
        "cli,json,junit,html",
        "--reporter-json-export",
        "REPLACE.json",
        "--reporter-junit-export",
        "REPLACE.xml",
        "--reporter-html-export",
        "REPLACE.html",
    ];
    let with = |name: &str| -> Vec<String> {
        reports.iter().map(|a| a.replace("REPLACE", name)).collect()
    };
    let mut whole_args = vec!["run".to_string(), "c.json".into(), "-n".into(), "2".into()];
    whole_args.extend(with("whole"));
    let whole = run(
        d,
        &whole_args.iter().map(String::as_str).collect::<Vec<_>>(),
    );

    let mut shard_files = Vec::new();
    for i in 1..=shards {
        let (shard, file) = (format!("{i}/{shards}"), format!("shard-{i}.json"));
        let out = run(
            d,
            &[
                "run",
                "c.json",
                "-n",
                "2",
                "--shard",
                &shard,
                "--shard-by",
                by,
                "-r",
                "json",
                "--reporter-json-export",
                &file,
            ],
        );
        assert!(out.status.code().is_some());
        shard_files.push(file);
    }
    let mut merge_args = vec!["merge".to_string()];
    // in any order
    merge_args.extend(shard_files.iter().rev().cloned());
    merge_args.extend(with("merged"));
    let merged = run(
        d,
        &merge_args.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(merged.status.code(), whole.status.code());
    assert_eq!(whole.status.code(), Some(1), "the collection fails");

    for ext in ["xml", "html"] {
        let (a, b) = (
            read(&d.join(format!("whole.{ext}"))),
            read(&d.join(format!("merged.{ext}"))),
        );
        assert_eq!(redact(&a), redact(&b), "{ext}");
    }
    assert_eq!(
        json_report(&d.join("whole.json")),
        json_report(&d.join("merged.json"))
    );
    let cli = |out: &std::process::Output| redact(&String::from_utf8_lossy(&out.stdout));
    assert_eq!(cli(&whole), cli(&merged));
    assert!(cli(&merged).contains("pre B 1"), "console lines come back");
}

#[test]
fn merge_says_what_is_wrong_with_its_input() {
    let dir = support::temp_dir();
    let d = dir.path();
    std::fs::write(d.join("not-json.json"), "{").expect("write");
    std::fs::write(d.join("other.json"), "{\"a\": 1}").expect("write");
    for (file, says) in [
        ("missing.json", "missing.json"),
        ("not-json.json", "not-json.json"),
        ("other.json", "not a JSON report"),
    ] {
        let out = run(d, &["merge", file, "-r", "cli"]);
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{stderr}");
    }
}

#[test]
fn shards_of_a_folder_run_merge_with_the_same_folders() {
    let server = TestServer::start();
    let dir = support::temp_dir();
    let d = dir.path();
    let c = collection(&server.base_url(), support::closed_port());
    std::fs::write(d.join("c.json"), c.to_string()).expect("write");
    for i in 1..=2 {
        let (shard, file) = (format!("{i}/2"), format!("s{i}.json"));
        run(
            d,
            &[
                "run",
                "c.json",
                "--folder",
                "C",
                "--folder",
                "D",
                "--shard",
                &shard,
                "-r",
                "json",
                "--reporter-json-export",
                &file,
            ],
        );
    }
    let without = run(d, &["merge", "s1.json", "s2.json", "-r", "cli"]);
    assert!(String::from_utf8_lossy(&without.stderr).contains("--folder"));
    let with = run(
        d,
        &[
            "merge",
            "s1.json",
            "s2.json",
            "--folder",
            "C",
            "--folder",
            "D",
            "-r",
            "json",
            "--reporter-json-export",
            "m.json",
        ],
    );
    assert_eq!(with.status.code(), Some(0), "{with:?}");
    let merged: Value = serde_json::from_str(&read(&d.join("m.json"))).expect("json");
    assert_eq!(merged["run"]["stats"]["requests"]["total"], 5);
}
