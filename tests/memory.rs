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
    let dir = temp_dir();
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
    let path = dir.path().join("c.json");
    std::fs::write(&path, collection.to_string()).expect("write the collection");
    let mut child = Command::new(support::postie_bin())
        .args(["run", "c.json"])
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
    let requests = server.requests().len();
    server.clear();
    assert_eq!(requests, items);
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
