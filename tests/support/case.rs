//! A conformance case: a folder with collection.json and optional environment.json, globals.json, data.csv or
//! data.json, flags.txt (extra CLI arguments, shell-quoted, `#` comments) and files the collection references.
//! Running one starts a fresh recording server and passes its URL as `--env-var baseUrl=http://127.0.0.1:PORT`
//! (and, when the case mentions `{{deadUrl}}`, a URL on a port nothing listens on).

use super::digest::{self, RunOutput};
use super::{closed_port, runner, TestServer};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

pub struct CaseRun {
    pub digest: Value,
    pub output: Output,
    pub args: Vec<String>,
}

/// Case folders (those holding a collection.json) under `root`, sorted by name.
pub fn list_cases(root: &Path) -> Vec<(String, PathBuf)> {
    let mut cases: Vec<(String, PathBuf)> = std::fs::read_dir(root)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.join("collection.json").is_file())
                .map(|p| {
                    (
                        p.file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                        p,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    cases.sort();
    cases
}

/// Minimal shell-style splitting: whitespace, single and double quotes, backslash escapes, `#` comments.
pub fn split_flags(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut cur = String::new();
        let mut has = false;
        let mut chars = line.chars().peekable();
        let mut quote: Option<char> = None;
        while let Some(c) = chars.next() {
            match (quote, c) {
                (None, '#') if !has => break,
                (None, c) if c.is_whitespace() => {
                    if has {
                        out.push(std::mem::take(&mut cur));
                        has = false;
                    }
                }
                (None, '\'' | '"') => {
                    quote = Some(c);
                    has = true;
                }
                (Some(q), c) if c == q => quote = None,
                (Some('\''), c) => cur.push(c),
                (_, '\\') => {
                    if let Some(n) = chars.next() {
                        cur.push(n);
                    }
                    has = true;
                }
                (_, c) => {
                    cur.push(c);
                    has = true;
                }
            }
        }
        if has {
            out.push(cur);
        }
    }
    out
}

fn read_json(p: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(p).ok()?;
    serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let dest = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &dest)?;
        } else {
            std::fs::copy(e.path(), dest)?;
        }
    }
    Ok(())
}

/// Run `program` (postie, or Newman for recording) on the case in `case_dir` against a fresh server.
pub fn run_case(program: &Path, case_dir: &Path) -> CaseRun {
    // `port.txt`: the server's fixed port, for cases whose signatures cover the URL's port
    let port: u16 = std::fs::read_to_string(case_dir.join("port.txt"))
        .ok()
        .and_then(|t| t.trim().parse().ok())
        .unwrap_or(0);
    let server = TestServer::try_start_on(port)
        .unwrap_or_else(|e| panic!("cannot start the test server on port {port}: {e}"));
    let dead = closed_port();
    let tmp = runner::temp_dir();
    let work = tmp.path().join("case");
    let out = tmp.path().join("out");
    copy_dir(case_dir, &work).unwrap_or_else(|e| panic!("copy {}: {e}", case_dir.display()));
    let _ = std::fs::create_dir_all(&out);
    for f in ["expected.json", "notes.md", "port.txt"] {
        let _ = std::fs::remove_file(work.join(f));
    }
    let flags = std::fs::read_to_string(work.join("flags.txt"))
        .map(|t| split_flags(&t))
        .unwrap_or_default();
    let mut args: Vec<String> = vec!["run".into(), "collection.json".into()];
    for (flag, file) in [
        ("-e", "environment.json"),
        ("-g", "globals.json"),
        ("-d", "data.csv"),
        ("-d", "data.json"),
    ] {
        if work.join(file).is_file() {
            args.extend([flag.to_string(), file.to_string()]);
        }
    }
    args.extend(["--env-var".into(), format!("baseUrl={}", server.base_url())]);
    let collection_text = std::fs::read_to_string(work.join("collection.json")).unwrap_or_default();
    if collection_text.contains("deadUrl") {
        args.extend([
            "--env-var".into(),
            format!("deadUrl=http://127.0.0.1:{dead}"),
        ]);
    }
    let (env_p, glob_p, report_p) = (
        out.join("environment.json"),
        out.join("globals.json"),
        out.join("report.json"),
    );
    args.extend(["--export-environment".into(), env_p.display().to_string()]);
    args.extend(["--export-globals".into(), glob_p.display().to_string()]);
    args.extend([
        "-r".into(),
        "json".into(),
        "--reporter-json-export".into(),
        report_p.display().to_string(),
    ]);
    // Newman's report shows secrets; postie masks them unless told not to (Newman has no such flag).
    if program.file_name().is_none_or(|n| n != "newman") {
        args.push("--reveal-secrets".into());
    }
    if !flags.iter().any(|f| f.starts_with("--timeout-request")) {
        args.extend(["--timeout-request".into(), "5000".into()]);
    }
    args.extend(flags);
    let output = runner::run_command(program, &args, &work);
    let requests = server.requests();
    let ports = [(server.port, "{PORT}"), (dead, "{DEADPORT}")];
    let digest = digest::digest(&RunOutput {
        requests: &requests,
        report: read_json(&report_p),
        environment: read_json(&env_p),
        globals: read_json(&glob_p),
        exit_code: output.status.code(),
        ports: &ports,
    });
    CaseRun {
        digest,
        output,
        args,
    }
}

/// `name reason...` lines; `#` comments and blank lines ignored.
pub fn read_allowlist(path: &Path) -> Vec<(String, String)> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, reason) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            (name.to_string(), reason.trim().to_string())
        })
        .collect()
}
