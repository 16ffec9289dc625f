//! Conformance: postie must behave like Newman 6.2.2 on every case under tests/conformance/.
//!
//! Each case folder holds a collection (URLs written `{{baseUrl}}/...`) and `expected.json`, recorded from
//! Newman 6.2.2 against the same in-process server (tests/support). The test runs postie on each case against a
//! fresh server and compares the requests received, the JSON report's executions/assertions/stats/failures,
//! the exported environment and globals, and the exit code. Cases listed in
//! tests/conformance/known-differences.txt (`case reason...`) are reported but do not fail the test.
//!
//!   cargo test --test conformance                             # postie against every case
//!   POSTIE_CASES=auth-basic,cookies cargo test --test conformance -- --nocapture
//!   POSTIE_BIN=/tmp/pmdiff/node_modules/.bin/newman cargo test --test conformance   # validate the harness
//!   cargo test --test conformance -- --ignored record_expectations --nocapture  # (re)record with Newman
//!       POSTIE_RECORD_NEWMAN=path (default /tmp/pmdiff/node_modules/.bin/newman), POSTIE_RECORD_RUNS=3,
//!       POSTIE_RECORD_MISSING=1 (only cases without expected.json), POSTIE_CASES=a,b
//!   cargo test --test conformance -- --ignored serve_forever --nocapture  # just the test server (prints PORT=)

mod support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use support::case::{list_cases, read_allowlist, run_case};
use support::digest::{diff, mask_merge};

const SHOWN_DIFFS: usize = 15;

fn cases_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("conformance")
}

fn selected_cases() -> Vec<(String, PathBuf)> {
    let only: Vec<String> = std::env::var("POSTIE_CASES")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    list_cases(&cases_root())
        .into_iter()
        .filter(|(name, _)| only.is_empty() || only.contains(name))
        .collect()
}

fn tail(bytes: &[u8], lines: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

#[test]
fn conformance_cases() {
    let cases = selected_cases();
    assert!(
        !cases.is_empty(),
        "no conformance cases found under {}",
        cases_root().display()
    );
    let known = read_allowlist(&cases_root().join("known-differences.txt"));
    let program = support::postie_bin();
    println!(
        "conformance: {} case(s), runner {}",
        cases.len(),
        program.display()
    );
    let (mut passed, mut failed_names, mut known_failing, mut known_passing) =
        (0, Vec::new(), 0, Vec::new());
    for (name, dir) in &cases {
        let is_known = known
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, r)| r.clone());
        let Some(expected) = std::fs::read_to_string(dir.join("expected.json"))
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        else {
            println!("[{name}] FAIL: no readable expected.json (record it: --ignored record_expectations)");
            failed_names.push(name.clone());
            continue;
        };
        let run = run_case(&program, dir);
        let mut diffs = diff(&expected, &run.digest);
        let stderr = String::from_utf8_lossy(&run.output.stderr);
        if stderr.contains("panicked at") {
            diffs.insert(0, "the runner panicked".to_string());
        }
        match (diffs.is_empty(), is_known) {
            (true, None) => {
                passed += 1;
                println!("[{name}] ok");
            }
            (true, Some(_)) => {
                passed += 1;
                known_passing.push(name.clone());
                println!("[{name}] ok (listed in known-differences.txt: remove it)");
            }
            (false, known_reason) => {
                match &known_reason {
                    Some(reason) => {
                        known_failing += 1;
                        println!(
                            "[{name}] KNOWN DIFFERENCE ({reason}): {} difference(s)",
                            diffs.len()
                        );
                    }
                    None => {
                        failed_names.push(name.clone());
                        println!("[{name}] FAIL: {} difference(s)", diffs.len());
                    }
                }
                for d in diffs.iter().take(SHOWN_DIFFS) {
                    println!("    - {d}");
                }
                if diffs.len() > SHOWN_DIFFS {
                    println!("    ... {} more", diffs.len() - SHOWN_DIFFS);
                }
                if known_reason.is_none() {
                    println!("    args: {}", run.args.join(" "));
                    let err = tail(&run.output.stderr, 8);
                    if !err.trim().is_empty() {
                        println!(
                            "    stderr (tail):\n      {}",
                            err.replace('\n', "\n      ")
                        );
                    }
                }
            }
        }
    }
    println!(
        "conformance: {passed}/{} cases identical to Newman 6.2.2 ({known_failing} known differences)",
        cases.len()
    );
    if !known_passing.is_empty() {
        println!(
            "conformance: now passing, remove from known-differences.txt: {}",
            known_passing.join(", ")
        );
    }
    assert!(
        failed_names.is_empty(),
        "cases differing from Newman: {}",
        failed_names.join(", ")
    );
}

#[test]
#[ignore = "records expected.json with Newman; run explicitly"]
fn record_expectations() {
    let newman = PathBuf::from(
        std::env::var("POSTIE_RECORD_NEWMAN")
            .unwrap_or_else(|_| "/tmp/pmdiff/node_modules/.bin/newman".into()),
    );
    let runs: usize = std::env::var("POSTIE_RECORD_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3)
        .max(1);
    let missing_only = std::env::var_os("POSTIE_RECORD_MISSING").is_some();
    for (name, dir) in selected_cases() {
        let target = dir.join("expected.json");
        if missing_only && target.exists() {
            continue;
        }
        let mut merged: Option<Value> = None;
        let mut masked_runs = 0;
        for _ in 0..runs {
            let run = run_case(&newman, &dir);
            merged = Some(match merged {
                None => run.digest,
                Some(m) => {
                    if m != run.digest {
                        masked_runs += 1;
                    }
                    mask_merge(&m, &run.digest)
                }
            });
        }
        let Some(merged) = merged else { continue };
        let text = support::digest::to_compact_pretty(&merged, 110);
        std::fs::write(&target, &text)
            .unwrap_or_else(|e| panic!("write {}: {e}", target.display()));
        let exit = merged.get("exit_code").cloned().unwrap_or(Value::Null);
        let n_masks = text.matches(support::digest::MASK).count();
        println!("[{name}] recorded: exit {exit}, {n_masks} masked field(s) ({masked_runs} run(s) differed)");
    }
}

#[test]
#[ignore = "starts the test server and waits forever; for the bench and manual experiments"]
fn serve_forever() {
    let server = support::TestServer::start();
    println!("PORT={}", server.port);
    loop {
        std::thread::sleep(std::time::Duration::from_secs(3600));
    }
}
