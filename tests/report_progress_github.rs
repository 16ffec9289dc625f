//! The progress and github reporters end to end: progress is silent on a pipe; github writes
//! annotations (stdout when named, stderr when switched on by GITHUB_ACTIONS) and a step summary.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn collection() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/report/testdata/newman-junit-collection.json")
}

fn run(base: &str, args: &[&str], env: &[(&str, &Path)], actions: bool) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_postie"));
    command
        .arg("run")
        .arg(collection())
        .args(["--env-var", &format!("base={base}"), "-n", "2"])
        .args(args)
        .env_remove("GITHUB_ACTIONS")
        .env_remove("GITHUB_STEP_SUMMARY");
    if actions {
        command.env("GITHUB_ACTIONS", "true");
    }
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("postie runs")
}

#[test]
fn progress_writes_nothing_on_a_pipe() {
    let server = support::TestServer::start();
    let out = run(&server.base_url(), &["-r", "progress"], &[], false);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn github_reporter_annotates_failures_and_writes_the_step_summary() {
    let server = support::TestServer::start();
    let dir = support::temp_dir();
    let summary = dir.path().join("summary.md");
    let out = run(
        &server.base_url(),
        &["-r", "github"],
        &[("GITHUB_STEP_SUMMARY", &summary)],
        false,
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    // 3 failed assertions, a script error and a request error, in each of 2 iterations.
    let errors: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("::error "))
        .collect();
    assert_eq!(errors.len(), 10, "{stdout}");
    assert!(stdout.contains(
        "::error title=Folder A / failing post (iteration 1/2)::fails ]]> cdata: expected 1 to deeply equal 2"
    ));
    assert!(stdout.contains("::error title=request error (iteration 2/2)::request error: connect ECONNREFUSED 127.0.0.1:1"));
    let markdown = std::fs::read_to_string(&summary).expect("step summary written");
    assert!(markdown.contains("| requests | 10 | 2 |"), "{markdown}");
    assert!(markdown.contains("| assertions | 16 | 6 |"), "{markdown}");
}

#[test]
fn on_github_actions_annotations_go_to_stderr_next_to_the_cli() {
    let server = support::TestServer::start();
    let out = run(&server.base_url(), &[], &[], true);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stdout.contains("::error"), "{stdout}");
    assert!(stdout.contains("│                requests │"), "{stdout}");
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("::error ")).count(),
        10,
        "{stderr}"
    );
}
