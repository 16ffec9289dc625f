//! Run modes that meet in one command: a v3 (YAML) directory beside a JSON collection, `--shard`
//! with `--parallel-by iteration`, `--bail folder` on parallel iterations — end to end through the
//! binary against a local server.

mod support;

use serde_json::json;
use std::path::Path;
use support::{run_postie, temp_dir, TestServer};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `postie <args> --shard <shard> --shard-by <by>` for each of `shards`; each must pass and
/// send something. Returns the query strings of all of them, sorted.
fn every_shard(
    server: &TestServer,
    dir: &Path,
    args: &[&str],
    shards: &[&str],
    by: &str,
) -> Vec<String> {
    let mut sent = Vec::new();
    for shard in shards {
        server.clear();
        let out = run_postie(&[args, &["--shard", shard, "--shard-by", by]].concat(), dir);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let mine = server.queries_sorted();
        assert!(!mine.is_empty(), "shard {shard} ran nothing");
        sent.extend(mine);
    }
    sent.sort();
    sent
}

/// One item sending `?{{tag}}={{n}}` (`n` from the data file), with `test` as its test script.
fn write_collection(dir: &Path, file: &str, server: &TestServer, tag: &str, test: &str) {
    let doc = json!({
        "info": {"name": tag},
        "item": [{
            "name": "get",
            "event": [{"listen": "test", "script": {"exec": [test]}}],
            "request": format!("{}/get?{tag}={{{{n}}}}", server.base_url())
        }]
    });
    std::fs::write(dir.join(file), doc.to_string()).expect("write collection");
}

fn write_data(dir: &Path, rows: usize) {
    let rows: Vec<_> = (1..=rows).map(|n| json!({"n": n})).collect();
    std::fs::write(dir.join("data.json"), json!(rows).to_string()).expect("write data");
}

#[test]
fn a_v3_directory_runs_as_one_collection_beside_a_json_file() {
    let server = TestServer::start();
    let dir = temp_dir();
    write_collection(dir.path(), "plain.json", &server, "plain", "");
    let out = run_postie(
        &["convert", "--to", "v3", "plain.json", "as-yaml"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = run_postie(
        &["run", "as-yaml", "plain.json", "--env-var", "n=7"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(server.queries_sorted(), ["plain=7", "plain=7"]);
}

#[test]
fn shards_of_parallel_iterations_send_every_iteration_once() {
    let server = TestServer::start();
    let dir = temp_dir();
    write_collection(dir.path(), "c.json", &server, "row", "");
    write_data(dir.path(), 7);
    let sent = every_shard(
        &server,
        dir.path(),
        &[
            "run",
            "c.json",
            "-d",
            "data.json",
            "--parallel",
            "3",
            "--parallel-by",
            "iteration",
        ],
        &["1/3", "2/3", "3/3"],
        "iteration",
    );
    let every: Vec<String> = (1..=7).map(|n| format!("row={n}")).collect();
    let mut every_sorted = every.clone();
    every_sorted.sort();
    assert_eq!(sent, every_sorted);
}

#[test]
fn bail_folder_ends_parallel_iterations_with_the_error() {
    let server = TestServer::start();
    let dir = temp_dir();
    let test = "if (pm.iterationData.get('n') === 2) { throw new Error('row two broke'); }";
    write_collection(dir.path(), "c.json", &server, "row", test);
    write_data(dir.path(), 4);
    let out = run_postie(
        &[
            "run",
            "c.json",
            "-d",
            "data.json",
            "--bail",
            "folder",
            "--parallel",
            "2",
            "--parallel-by",
            "iteration",
            "-r",
            "json",
            "--reporter-json-export",
            "r.json",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("error: row two broke"),
        "{}",
        text(&out.stderr)
    );
    let report = support::read_json(&dir.path().join("r.json"));
    assert_eq!(report["run"]["error"], "row two broke");
    // reported as a sequential run would: iterations 1 and 2, not what ran after the error
    let reported: Vec<u64> = report["run"]["executions"]
        .as_array()
        .expect("executions")
        .iter()
        .map(|e| e["cursor"]["iteration"].as_u64().unwrap_or(99))
        .collect();
    assert_eq!(reported, [0, 1]);
}

#[test]
fn shards_by_collection_run_whole_collections_each_once() {
    let server = TestServer::start();
    let dir = temp_dir();
    std::fs::create_dir(dir.path().join("all")).expect("mkdir");
    for tag in ["a", "b", "c"] {
        write_collection(
            &dir.path().join("all"),
            &format!("{tag}.json"),
            &server,
            tag,
            "",
        );
    }
    let sent = every_shard(
        &server,
        dir.path(),
        &["run", "all", "--env-var", "n=1"],
        &["1/2", "2/2"],
        "collection",
    );
    assert_eq!(sent, ["a=1", "b=1", "c=1"]);
}
