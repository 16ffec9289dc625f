//! `--shard` end to end: N shard processes together send every request of the unsharded run
//! exactly once, whole top-level folders (or iterations) to a shard, the same cut each time.

mod support;

use serde_json::{json, Value};
use std::path::Path;
use support::TestServer;

/// Four top-level folders of 1, 2, 3 and 4 requests, and one request at the root.
pub fn collection(base: &str) -> Value {
    let request = |folder: &str, i: usize| {
        json!({
            "name": format!("{folder} {i}"),
            "request": {"method": "GET", "url": format!("{base}/get?f={folder}&i={i}&it={{{{n}}}}")},
            "event": [{"listen": "test", "script": {"exec": [
                format!("pm.test('{folder} {i} ok', () => pm.response.to.have.status(200));"),
                format!("pm.test('{folder} {i} fails on B', () => pm.expect('{folder}').to.not.eql('B'));"),
            ]}}]
        })
    };
    let folder = |name: &str, n: usize| json!({"name": name, "item": (0..n).map(|i| request(name, i)).collect::<Vec<_>>()});
    json!({
        "info": {"name": "sharded", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [folder("A", 1), folder("B", 2), request("root", 0), folder("C", 3), folder("D", 4)]
    })
}

/// A server and a folder holding `c.json` ([`collection`], sending to it) and a five-row `data.csv`.
fn served() -> (TestServer, tempfile::TempDir) {
    let server = TestServer::start();
    let dir = support::temp_dir();
    let c = collection(&server.base_url());
    std::fs::write(dir.path().join("c.json"), c.to_string()).expect("write collection");
    std::fs::write(dir.path().join("data.csv"), "n\n1\n2\n3\n4\n5\n").expect("write data");
    (server, dir)
}

fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = std::process::Command::new(support::postie_bin());
    cmd.args(args).current_dir(dir).env("NO_COLOR", "1");
    for var in [
        "POSTIE_SHARD",
        "CI_NODE_INDEX",
        "CIRCLE_NODE_INDEX",
        "BUILDKITE_PARALLEL_JOB",
        "JOB_COMPLETION_INDEX",
    ] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run postie")
}

#[test]
fn shards_together_send_every_request_once() {
    let (server, dir) = served();
    run(dir.path(), &["run", "c.json", "-n", "2"], &[]);
    let whole = server.queries_sorted();
    assert_eq!(whole.len(), 22);

    let mut folders_per_shard = Vec::new();
    let mut union = Vec::new();
    for i in 1..=3 {
        server.clear();
        let shard = format!("{i}/3");
        run(
            dir.path(),
            &["run", "c.json", "-n", "2", "--shard", &shard],
            &[],
        );
        let got = server.queries_sorted();
        let mut folders: Vec<String> = got
            .iter()
            .map(|q| q.split('&').next().unwrap_or_default().to_string())
            .collect();
        folders.dedup();
        folders_per_shard.push(folders);
        union.extend(got);
    }
    union.sort();
    assert_eq!(union, whole);
    // D (4), C (3), B (2), then A (1) and the root request (1) each to the lightest shard
    assert_eq!(
        folders_per_shard,
        [vec!["f=D"], vec!["f=C", "f=root"], vec!["f=A", "f=B"]],
        "whole folders, heaviest first to the lightest shard"
    );
}

#[test]
fn the_cut_is_the_same_every_time_and_auto_reads_the_ci_engine() {
    let (server, dir) = served();
    let mut cuts = Vec::new();
    let engines: [&[(&str, &str)]; 4] = [
        &[("POSTIE_SHARD", "2/3")],
        &[("CI_NODE_INDEX", "2"), ("CI_NODE_TOTAL", "3")],
        &[("CIRCLE_NODE_INDEX", "1"), ("CIRCLE_NODE_TOTAL", "3")],
        &[("JOB_COMPLETION_INDEX", "1"), ("POSTIE_SHARD_TOTAL", "3")],
    ];
    for env in engines {
        server.clear();
        let out = run(dir.path(), &["run", "c.json", "--shard", "auto"], env);
        assert!(!out.stderr.starts_with(b"error"), "{out:?}");
        cuts.push(server.queries_sorted());
    }
    server.clear();
    run(dir.path(), &["run", "c.json", "--shard", "2/3"], &[]);
    let explicit = server.queries_sorted();
    assert!(!explicit.is_empty());
    for cut in cuts {
        assert_eq!(cut, explicit);
    }
}

#[test]
fn iterations_can_be_dealt_instead() {
    let (server, dir) = served();
    let mut iterations = Vec::new();
    for i in 1..=2 {
        server.clear();
        let shard = format!("{i}/2");
        let args = [
            "run",
            "c.json",
            "-d",
            "data.csv",
            "--shard",
            &shard,
            "--shard-by",
            "iteration",
        ];
        run(dir.path(), &args, &[]);
        let mut its: Vec<String> = server
            .queries_sorted()
            .iter()
            .filter_map(|q| q.rsplit('&').next().map(str::to_string))
            .collect();
        its.sort();
        its.dedup();
        iterations.push(its);
    }
    assert_eq!(
        iterations,
        [vec!["it=1", "it=3", "it=5"], vec!["it=2", "it=4"]]
    );
}

#[test]
fn timings_of_an_earlier_report_rebalance_the_cut() {
    let (server, dir) = served();
    // A's one request took longest: A alone on the first shard, the rest on the second.
    let slow = |name: &str, ms: u64| json!({"item": {"id": "", "name": name}, "response": {"responseTime": ms}});
    let mut executions = vec![slow("A 0", 5000), slow("root 0", 10)];
    for (folder, n) in [("B", 2), ("C", 3), ("D", 4)] {
        executions.extend((0..n).map(|i| slow(&format!("{folder} {i}"), 10)));
    }
    let report = json!({"run": {"executions": executions}});
    std::fs::write(dir.path().join("t.json"), report.to_string()).expect("write");
    let first_of_two = |timings: &str| {
        let args = [
            "run",
            "c.json",
            "--shard",
            "1/2",
            "--shard-timings",
            timings,
        ];
        run(dir.path(), &args, &[])
    };
    let out = first_of_two("t.json");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(server.queries_sorted(), ["f=A&i=0&it={{n}}"]);
    let out = first_of_two("missing.json");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--shard-timings missing.json"), "{stderr}");
}

#[test]
fn a_bad_shard_is_an_error() {
    let dir = support::temp_dir();
    std::fs::write(
        dir.path().join("c.json"),
        collection("http://127.0.0.1:9").to_string(),
    )
    .expect("write");
    for (args, says) in [
        (vec!["--shard", "4/3"], "--shard: `4/3`"),
        (vec!["--shard", "auto"], "--shard auto: none of"),
    ] {
        let mut all = vec!["run", "c.json"];
        all.extend(args);
        let out = run(dir.path(), &all, &[]);
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{stderr}");
    }
}
