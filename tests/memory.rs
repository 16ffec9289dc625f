//! Peak memory grows little with the number of items when no file reporter keeps the executions
//! (the default cli reporter keeps counts only): a collection of 5,000 items must not cost much
//! more than the file's own size beyond one of 500.

#![cfg(target_os = "linux")]

mod support;

use serde_json::json;
use std::process::{Command, Stdio};
use support::{temp_dir, TestServer};

/// Runs postie on `items` GET items, each with a small test, and returns its peak RSS in KiB.
fn peak_rss_kib(server: &TestServer, items: usize) -> i64 {
    let item = |i: usize| {
        json!({"name": format!("get {i}"),
               "request": {"method": "GET", "url": format!("{}/get?i={i}", server.base_url())},
               "event": [{"listen": "test", "script": {"exec": [
                   format!("pm.test('ok {i}', () => pm.response.to.have.status(200));")]}}]})
    };
    let collection = json!({
        "info": {"name": "items", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": (0..items).map(item).collect::<Vec<_>>(),
    });
    let peak = run_peak_kib(&collection, &[]);
    let requests = server.requests().len();
    server.clear();
    assert_eq!(requests, items);
    peak
}

/// Runs postie on `collection` with `args` and returns its peak RSS in KiB.
fn run_peak_kib(collection: &serde_json::Value, args: &[&str]) -> i64 {
    let dir = temp_dir();
    let path = dir.path().join("c.json");
    std::fs::write(&path, collection.to_string()).expect("write the collection");
    let mut child = Command::new(support::postie_bin())
        .args(["run", "c.json"])
        .args(args)
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("postie starts");
    // The kernel's high-water mark of the child's own memory, read until the child is gone (its
    // rusage would also count this process's memory at the time it was spawned).
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    let status = loop {
        if let Some(kib) = std::fs::read_to_string(&status_file)
            .ok()
            .and_then(|s| high_water_kib(&s))
        {
            peak = kib;
        }
        if let Some(status) = child.try_wait().expect("wait for postie") {
            break status;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    assert!(status.success(), "postie failed: {status}");
    peak
}

fn high_water_kib(status: &str) -> Option<i64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn memory_stays_nearly_flat_in_the_number_of_items() {
    let server = TestServer::start();
    let small = peak_rss_kib(&server, 500);
    let large = peak_rss_kib(&server, 5000);
    let per_item = (large - small) * 1024 / 4500;
    // the model of an item and its share of the file's text: about 1 KB; it was 4.5 KB when the
    // whole JSON tree was kept beside the model
    assert!(
        per_item < 1600,
        "{per_item} bytes per item ({small} KiB for 500 items, {large} KiB for 5000)"
    );
}

/// One GET of a `kb` KiB JSON body whose test reads `pm.response.json().items.length`.
fn big_body_collection(server: &TestServer, kb: usize) -> serde_json::Value {
    json!({
        "info": {"name": "big", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "big", "request": {"method": "GET", "url": format!("{}/big/{kb}", server.base_url())},
                  "event": [{"listen": "test", "script": {"exec": [
                      "pm.test('items', () => pm.expect(pm.response.json().items.length).to.be.above(0));"]}}]}],
    })
}

#[test]
fn memory_stays_flat_in_the_number_of_big_json_bodies_parsed() {
    let server = TestServer::start();
    let collection = big_body_collection(&server, 1024);
    let few = run_peak_kib(&collection, &["-n", "3"]);
    let many = run_peak_kib(&collection, &["-n", "30"]);
    // the parsed bodies' text, held outside QuickJS's heap, once kept 1.2 MiB per response alive
    assert!(
        many - few < 12 * 1024,
        "{few} KiB for 3 responses of 1 MiB, {many} KiB for 30"
    );
}

#[test]
fn the_json_report_holds_no_more_than_about_two_responses() {
    let server = TestServer::start();
    let collection = big_body_collection(&server, 2048);
    let dir = temp_dir();
    let report = dir.path().join("report.json");
    let report = report.to_str().expect("a UTF-8 path");
    let cli = run_peak_kib(&collection, &["-n", "4"]);
    let json = run_peak_kib(
        &collection,
        &[
            "-n",
            "4",
            "-r",
            "cli,json",
            "--reporter-json-export",
            report,
        ],
    );
    // the report is 18 times the bodies' size (one number per line); it is streamed to the file
    assert!(
        json - cli < 2 * 2048 + 1024,
        "{cli} KiB with the cli reporter, {json} KiB with cli and json"
    );
}
