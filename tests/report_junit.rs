//! The junit reporter end to end: the same collection Newman 6.2.2 ran (recorded in
//! src/report/testdata/newman-junit.xml) gives the same XML, and the XML is valid JUnit.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

fn testdata(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/report/testdata")
        .join(name)
}

fn run_junit(dir: &Path, base: &str) -> String {
    let out = dir.join("junit.xml");
    let output = Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("run")
        .arg(testdata("newman-junit-collection.json"))
        .args([
            "--env-var",
            &format!("base={base}"),
            "-n",
            "2",
            "-r",
            "junit",
        ])
        .arg("--reporter-junit-export")
        .arg(&out)
        .output()
        .expect("postie runs");
    assert_eq!(output.status.code(), Some(1), "the run has failures");
    std::fs::read_to_string(&out).expect("junit report written")
}

/// Times, timestamps and stack trace lines differ between runs and runners.
fn normalise(xml: &str) -> String {
    let time = regex::Regex::new(r#" (time|timestamp)="[^"]*""#).expect("regex");
    let stack_line = regex::Regex::new(r"(?m)\n\s+at [^\n]*?((?:\.\]\]>)?)$").expect("regex");
    let xml = time.replace_all(xml, r#" $1="X""#);
    stack_line.replace_all(&xml, "$1").into_owned()
}

/// Newman writes `<system-err>` before the testcases; postie after them (the schema's order).
fn system_err_last(xml: &str) -> String {
    let mut out = Vec::new();
    let mut held: Vec<&str> = Vec::new();
    let mut in_system_err = false;
    for line in xml.lines() {
        if line.starts_with("    <system-err>") {
            in_system_err = true;
        }
        if in_system_err {
            held.push(line);
            in_system_err = !line.ends_with("</system-err>");
            continue;
        }
        if line == "  </testsuite>" {
            out.append(&mut held);
        }
        out.push(line);
    }
    out.join("\n")
}

#[test]
fn junit_matches_newman() {
    let server = support::TestServer::start();
    let dir = support::temp_dir();
    let ours = normalise(&run_junit(dir.path(), &server.base_url()));
    let newman = std::fs::read_to_string(testdata("newman-junit.xml")).expect("reference");
    let newman = normalise(&system_err_last(&newman));
    pretty_assertions_eq(&ours, &newman);
}

fn pretty_assertions_eq(ours: &str, newman: &str) {
    if ours != newman {
        for (i, (a, b)) in ours.lines().zip(newman.lines()).enumerate() {
            if a != b {
                panic!(
                    "line {}: postie\n{a}\nNewman\n{b}\n\nwhole postie output:\n{ours}",
                    i + 1
                );
            }
        }
        panic!("line counts differ\npostie:\n{ours}\nNewman:\n{newman}");
    }
}

#[test]
fn junit_is_valid_against_the_junit_schema() {
    let Ok(status) = Command::new("xmllint").arg("--version").output() else {
        support::missing("xmllint is not installed (apt-get install libxml2-utils)");
        return;
    };
    assert!(status.status.success());
    let server = support::TestServer::start();
    let dir = support::temp_dir();
    run_junit(dir.path(), &server.base_url());
    let check = Command::new("xmllint")
        .args(["--noout", "--schema"])
        .arg(testdata("junit.xsd"))
        .arg(dir.path().join("junit.xml"))
        .output()
        .expect("xmllint runs");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    // The schema is strict enough to reject Newman's own order (system-err first).
    let newman = Command::new("xmllint")
        .args(["--noout", "--schema"])
        .arg(testdata("junit.xsd"))
        .arg(testdata("newman-junit.xml"))
        .output()
        .expect("xmllint runs");
    assert!(!newman.status.success());
}
