//! `--retry` end to end: servers that fail the first K requests (503, 429 with Retry-After, a
//! connection closed before any answer); what they received, what the scripts saw, what the cli
//! and JSON reports say.

mod support;

use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::{BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use support::http::{read_request, Recorded, Reply};

/// A server whose path `/fail/K/CODE` answers CODE (with `Retry-After: 1` for 429) to its first K
/// requests, then 200. Every request is recorded.
struct Flaky {
    port: u16,
    log: Arc<Mutex<Vec<Recorded>>>,
}

impl Flaky {
    fn start() -> Flaky {
        let log: Arc<Mutex<Vec<Recorded>>> = Arc::default();
        let seen: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let log2 = log.clone();
        let port = support::http::spawn(Arc::new(move |req: &Recorded| {
            log2.lock().unwrap().push(req.clone());
            let parts: Vec<&str> = req.path().split('/').collect();
            let (k, code) = match parts.as_slice() {
                ["", "fail", k, code] => (k.parse().unwrap_or(0), code.parse().unwrap_or(500)),
                _ => (0, 200),
            };
            let mut seen = seen.lock().unwrap();
            let n = seen.entry(req.target.clone()).or_default();
            *n += 1;
            if *n <= k {
                let reply = Reply::json(code, &json!({"attempt": *n}));
                return match code {
                    429 => reply.header("Retry-After", "1"),
                    _ => reply,
                };
            }
            Reply::json(200, &json!({"attempt": *n}))
        }))
        .expect("start the flaky server");
        Flaky { port, log }
    }

    fn received(&self, path: &str) -> Vec<String> {
        let log = self.log.lock().unwrap();
        log.iter()
            .filter(|r| r.path() == path)
            .map(|r| r.method.clone())
            .collect()
    }
}

/// A server that closes the first `k` connections after reading the request, without a byte of
/// answer, then answers 200; returns its port and the number of requests read.
fn resetting_server(k: usize) -> (u16, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let count = Arc::new(AtomicUsize::new(0));
    let count2 = count.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let count = count2.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let mut writer = stream;
                while read_request(&mut reader).is_some() {
                    if count.fetch_add(1, Ordering::SeqCst) < k {
                        return;
                    }
                    let reply = Reply::json(200, &json!({"ok": true}));
                    if support::http::write_reply(&mut writer, &reply, false).is_err() {
                        return;
                    }
                    let _ = writer.flush();
                }
            });
        }
    });
    (port, count)
}

/// One request, a pre-request script counting its runs and a test on the status.
fn collection(method: &str, url: &str) -> Value {
    json!({
        "info": {"name": "retry", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{
            "name": "flaky",
            "request": {"method": method, "url": url},
            "event": [
                {"listen": "prerequest", "script": {"exec": [
                    "pm.environment.set('runs', (pm.environment.get('runs') || 0) + 1);"
                ]}},
                {"listen": "test", "script": {"exec": [
                    "pm.test('status is 200', () => pm.response.to.have.status(200));",
                    "pm.test('scripts ran once', () => pm.expect(pm.environment.get('runs')).to.eql(1));"
                ]}}
            ]
        }]
    })
}

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
    report: Value,
}

fn run(dir: &Path, collection: &Value, flags: &[&str]) -> Run {
    std::fs::write(dir.join("c.json"), collection.to_string()).expect("write collection");
    let mut args = vec!["run", "c.json", "-r", "cli,json"];
    args.extend(["--reporter-json-export", "report.json"]);
    args.extend(flags);
    let out = support::run_postie(&args, dir);
    let report = std::fs::read(dir.join("report.json"))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or(Value::Null);
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        report,
    }
}

/// [`run`] of a one-request collection (`method` `url`) in a folder of its own.
fn run_once(method: &str, url: &str, flags: &[&str]) -> Run {
    let dir = support::temp_dir();
    run(dir.path(), &collection(method, url), flags)
}

/// The execution's attempts as "503", "200", "ECONNRESET".
fn attempts(report: &Value) -> Vec<String> {
    let list = report["run"]["executions"][0]["attempts"].as_array();
    list.into_iter()
        .flatten()
        .map(|a| match a["code"].as_u64() {
            Some(code) => code.to_string(),
            None => a["error"]["code"].as_str().unwrap_or("?").to_string(),
        })
        .collect()
}

#[test]
fn a_503_is_retried_and_the_tests_see_the_final_response() {
    let server = Flaky::start();
    let url = format!("http://127.0.0.1:{}/fail/2/503", server.port);
    let run = run_once("GET", &url, &["--retry", "3", "--retry-delay", "1"]);
    assert!(run.ok, "{}{}", run.stdout, run.stderr);
    assert_eq!(server.received("/fail/2/503").len(), 3);
    assert!(run.stdout.contains("↻ 2 retries [200 OK"), "{}", run.stdout);
    assert_eq!(attempts(&run.report), ["503", "503", "200"]);
    let stats = &run.report["run"]["stats"];
    assert_eq!(stats["requests"]["total"], 1);
    assert_eq!(stats["assertions"]["failed"], 0);
    assert_eq!(
        run.report["run"]["executions"].as_array().map(Vec::len),
        Some(1)
    );
    assert_eq!(run.report["run"]["executions"][0]["response"]["code"], 200);
}

#[test]
fn without_retry_the_503_stands() {
    let server = Flaky::start();
    let url = format!("http://127.0.0.1:{}/fail/1/503", server.port);
    let run = run_once("GET", &url, &[]);
    assert!(!run.ok);
    assert_eq!(server.received("/fail/1/503").len(), 1);
    assert!(!run.stdout.contains('↻'), "{}", run.stdout);
    assert!(run.report["run"]["executions"][0].get("attempts").is_none());
}

#[test]
fn retries_stop_at_the_limit() {
    let server = Flaky::start();
    let url = format!("http://127.0.0.1:{}/fail/5/502", server.port);
    let run = run_once(
        "GET",
        &url,
        &["--retry", "2", "--retry-delay", "1", "--retry-on", "502"],
    );
    assert!(!run.ok);
    assert_eq!(server.received("/fail/5/502").len(), 3);
    assert_eq!(attempts(&run.report), ["502", "502", "502"]);
}

#[test]
fn a_429_waits_for_retry_after() {
    let server = Flaky::start();
    let url = format!("http://127.0.0.1:{}/fail/1/429", server.port);
    let started = std::time::Instant::now();
    let run = run_once("GET", &url, &["--retry", "1", "--retry-delay", "1"]);
    assert!(run.ok, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("↻ 1 retry [200 OK"), "{}", run.stdout);
    assert_eq!(attempts(&run.report), ["429", "200"]);
    // Retry-After: 1 (a lower bound, not a speed check)
    assert!(started.elapsed() >= std::time::Duration::from_secs(1));
}

#[test]
fn a_post_is_retried_on_a_status_only_with_retry_unsafe() {
    let server = Flaky::start();
    let dir = support::temp_dir();
    let url = format!("http://127.0.0.1:{}/fail/1/503", server.port);
    let flags = ["--retry", "2", "--retry-delay", "1"];
    let run1 = run(dir.path(), &collection("POST", &url), &flags);
    assert!(!run1.ok);
    assert_eq!(server.received("/fail/1/503").len(), 1);

    let url = format!("http://127.0.0.1:{}/fail/1/504", server.port);
    let mut unsafe_flags = flags.to_vec();
    unsafe_flags.push("--retry-unsafe");
    let run2 = run(dir.path(), &collection("POST", &url), &unsafe_flags);
    assert!(run2.ok, "{}{}", run2.stdout, run2.stderr);
    assert_eq!(server.received("/fail/1/504"), ["POST", "POST"]);
}

#[test]
fn a_reset_connection_is_retried_for_get_not_for_post() {
    let (port, count) = resetting_server(1);
    let dir = support::temp_dir();
    let url = format!("http://127.0.0.1:{port}/x");
    let flags = ["--retry", "2", "--retry-delay", "1"];
    let run1 = run(dir.path(), &collection("GET", &url), &flags);
    assert!(run1.ok, "{}{}", run1.stdout, run1.stderr);
    assert_eq!(count.load(Ordering::SeqCst), 2);
    assert_eq!(attempts(&run1.report), ["ECONNRESET", "200"]);

    let (port, count) = resetting_server(1);
    let url = format!("http://127.0.0.1:{port}/x");
    let run2 = run(dir.path(), &collection("POST", &url), &flags);
    assert!(!run2.ok);
    assert_eq!(
        count.load(Ordering::SeqCst),
        1,
        "the POST may have been received"
    );
}

#[test]
fn a_refused_connection_is_retried_even_for_post() {
    let url = format!("http://127.0.0.1:{}/x", support::closed_port());
    let run = run_once("POST", &url, &["--retry", "2", "--retry-delay", "1"]);
    assert!(!run.ok);
    assert_eq!(
        attempts(&run.report),
        ["ECONNREFUSED", "ECONNREFUSED", "ECONNREFUSED"]
    );
    assert!(
        run.stdout.contains("↻ 2 retries [errored]"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_unknown_retry_on_word_is_an_error() {
    let run = run_once(
        "GET",
        "http://127.0.0.1:9/x",
        &["--retry", "1", "--retry-on", "4xx"],
    );
    assert!(!run.ok);
    assert!(run.stderr.contains("--retry-on: `4xx`"), "{}", run.stderr);
}

#[test]
fn merged_shard_reports_keep_the_attempts() {
    let server = Flaky::start();
    let dir = support::temp_dir();
    let url = format!("http://127.0.0.1:{}/fail/1/503", server.port);
    let flags = ["--retry", "1", "--retry-delay", "1", "--shard", "1/1"];
    let shard = run(dir.path(), &collection("GET", &url), &flags);
    assert!(shard.ok, "{}{}", shard.stdout, shard.stderr);
    let args = ["merge", "report.json", "-r", "cli,json"];
    let out = support::run_postie(
        &[&args[..], &["--reporter-json-export", "merged.json"]].concat(),
        dir.path(),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("↻ 1 retry [200 OK"), "{stdout}");
    let merged = support::read_json(&dir.path().join("merged.json"));
    assert_eq!(attempts(&merged), ["503", "200"]);
}
