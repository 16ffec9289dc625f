//! `postie run --watch` end to end: a second run follows a change to the collection, reads the
//! values the first run wrote back, and the write-back itself starts no run.

mod support;

use serde_json::json;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::{Killed, TestServer};

/// Generous: a safety net for a slow machine, not a speed check.
const LIMIT: Duration = Duration::from_secs(120);

/// Starts `postie <args>` in `dir` (it keeps running), its stderr going to the file `stderr`.
fn watch(dir: &Path, args: &[&str], stdout: Stdio, stderr: &Path) -> Killed {
    let child = Command::new(support::postie_bin())
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(std::fs::File::create(stderr).expect("stderr"))
        .spawn()
        .expect("start postie --watch");
    Killed(child)
}

fn wait_for(file: &Path, what: &str, count: usize) -> String {
    let started = Instant::now();
    loop {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        if text.matches(what).count() >= count {
            return text;
        }
        assert!(
            started.elapsed() < LIMIT,
            "no {count}× {what:?} in:\n{text}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn collection(base: &str, name: &str) -> String {
    json!({
        "info": {"name": name, "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{
            "name": "count",
            "request": {"method": "GET", "url": format!("{base}/get?runs={{{{runs}}}}")},
            "event": [{"listen": "test", "script": {"exec": [
                "pm.environment.set('runs', Number(pm.environment.get('runs')) + 1);"
            ]}}]
        }]
    })
    .to_string()
}

#[test]
fn a_change_runs_again_with_the_written_back_values() {
    let server = TestServer::start();
    let dir = support::temp_dir();
    let d = dir.path();
    std::fs::write(d.join("c.json"), collection(&server.base_url(), "first")).expect("write");
    let env = json!({"name": "env", "values": [{"key": "runs", "value": "0", "enabled": true}]});
    std::fs::write(d.join("env.json"), env.to_string()).expect("write");
    let (out, err) = (d.join("stdout"), d.join("stderr"));
    let stdout = Stdio::from(std::fs::File::create(&out).expect("stdout"));
    let _child = watch(
        d,
        &["run", "c.json", "-e", "env.json", "--write-back", "--watch"],
        stdout,
        &err,
    );
    wait_for(&err, "watching for changes", 1);
    std::fs::write(d.join("c.json"), collection(&server.base_url(), "second")).expect("write");
    wait_for(&err, "watching for changes", 2);
    let stdout = wait_for(&out, "c.json changed; running again", 1);
    assert!(
        !stdout.contains("\x1b[2J"),
        "no clearing when not on a terminal"
    );
    assert!(stdout.contains("second"), "{stdout}");
    assert_eq!(
        server.queries(),
        ["runs=0", "runs=1"],
        "the second run read what the first wrote back"
    );
    let stderr = std::fs::read_to_string(&err).expect("stderr");
    assert_eq!(
        stderr.matches("watching for changes").count(),
        2,
        "{stderr}"
    );
}

#[test]
fn a_script_modules_file_change_runs_again() {
    let server = TestServer::start();
    let dir = support::temp_dir();
    let d = dir.path();
    std::fs::write(d.join("c.json"), collection(&server.base_url(), "mods")).expect("write");
    let package = d.join("node_modules/greet");
    std::fs::create_dir_all(&package).expect("mkdir");
    std::fs::write(package.join("index.js"), "module.exports = 1;").expect("write");
    let err = d.join("stderr");
    let _child = watch(
        d,
        &[
            "run",
            "c.json",
            "--script-modules",
            "node_modules",
            "--watch",
        ],
        Stdio::null(),
        &err,
    );
    wait_for(&err, "watching for changes", 1);
    std::fs::write(package.join("index.js"), "module.exports = 2;").expect("write");
    wait_for(&err, "watching for changes", 2);
}
