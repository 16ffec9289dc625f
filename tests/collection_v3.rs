//! Collection schema v3 (YAML directories) end to end through the binary: every sample collection
//! converted to v3 and run sends the requests its v2.1 file sends (as the local server received
//! them), a v3 → v2.1 → v3 round trip gives back the same files, a YAML environment is written back
//! in place with its comments, and a bad YAML file is named with its line and column.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;
use support::runner::postie;
use support::sample::repo;
use support::{Recorded, TestServer};

const SAMPLES: [&str; 3] = ["auth-flow", "hmac-signing", "oauth2-client-credentials"];
/// Each sample's environment variables that hold the API's base URLs.
const HOST_VARS: [&str; 3] = ["authHostname", "apiHostname", "baseUrl"];

/// Writes a v3 collection `dir/c` of one request (`request`, YAML) and the environment
/// `dir/e.environment.yaml` (`env`); returns both paths.
fn one_request_and_env(dir: &Path, request: &str, env: &str) -> (PathBuf, PathBuf) {
    let coll = dir.join("c");
    std::fs::create_dir(&coll).expect("mkdir");
    std::fs::write(coll.join("one.request.yaml"), request).expect("write");
    let env_path = dir.join("e.environment.yaml");
    std::fs::write(&env_path, env).expect("write");
    (coll, env_path)
}

/// `postie convert --to <to> <from> <into>`, which must pass.
fn convert(to: &str, from: &Path, into: &Path) {
    ok(&postie(&[
        "convert",
        "--to",
        to,
        path_str(from),
        path_str(into),
    ]));
}

fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// One request as the server saw it, as text: line, headers in order, body.
fn shown(r: &Recorded) -> Vec<String> {
    let mut lines = vec![format!("{} {}", r.method, r.target)];
    lines.extend(r.headers.iter().map(|(k, v)| format!("{k}: {v}")));
    lines.push(String::from_utf8_lossy(&r.body).into_owned());
    lines
}

/// Runs `collection` with the sample's environment against `server`; returns the exit code and
/// the requests it received.
fn run_against(
    server: &TestServer,
    collection: &Path,
    sample: &str,
) -> (Option<i32>, Vec<Vec<String>>) {
    server.clear();
    let env = repo(&format!("fixtures/{sample}.postman_environment.json"));
    let base = server.base_url();
    let overrides: Vec<String> = HOST_VARS.iter().map(|v| format!("{v}={base}")).collect();
    let mut args = vec![
        "run",
        path_str(collection),
        "-e",
        path_str(&env),
        "-r",
        "json",
    ];
    args.extend(["--reporter-json-export", "/dev/null"]);
    for o in &overrides {
        args.extend(["--env-var", o.as_str()]);
    }
    let out = postie(&args);
    (
        out.status.code(),
        server.requests().iter().map(shown).collect(),
    )
}

/// The lines that differ between two runs of the same collection (a fresh `Postman-Token`, a
/// timestamp, a nonce) replaced by a placeholder, so that a comparison checks everything else.
fn mask_volatile(a: &[Vec<String>], b: &[Vec<String>], other: &[Vec<String>]) -> Vec<Vec<String>> {
    other
        .iter()
        .enumerate()
        .map(|(i, request)| {
            request
                .iter()
                .enumerate()
                .map(|(j, line)| {
                    let stable = a.get(i).and_then(|r| r.get(j)) == b.get(i).and_then(|r| r.get(j));
                    if stable {
                        line.clone()
                    } else {
                        let name = line.split(':').next().unwrap_or("");
                        format!("{name}: <differs between runs>")
                    }
                })
                .collect()
        })
        .collect()
}

#[test]
fn every_sample_converted_to_v3_sends_the_requests_of_its_v21_file() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    for sample in SAMPLES {
        let v21 = repo(&format!("collections/{sample}.postman_collection.json"));
        let v3 = dir.path().join(sample);
        convert("v3", &v21, &v3);
        // v3 runs between two v2.1 runs: a value made from the clock that is the same in both
        // v2.1 runs (a timestamp in seconds) must be the same in the v3 run too
        let (code_a, first) = run_against(&server, &v21, sample);
        let (code_v3, from_v3) = run_against(&server, &v3, sample);
        let (code_b, second) = run_against(&server, &v21, sample);
        assert!(!first.is_empty(), "{sample}: no request reached the server");
        assert_eq!(code_a, code_b, "{sample}");
        assert_eq!(code_v3, code_a, "{sample}: exit code");
        assert_eq!(
            mask_volatile(&first, &second, &from_v3),
            mask_volatile(&first, &second, &first),
            "{sample}: the v3 run sent other requests"
        );
    }
}

#[test]
fn the_v3_sample_directory_runs_as_its_v21_file() {
    let server = TestServer::start();
    let v21 = repo("collections/auth-flow.postman_collection.json");
    let (code_a, first) = run_against(&server, &v21, "auth-flow");
    let (code_v3, from_v3) = run_against(&server, &repo("collections/auth-flow"), "auth-flow");
    let (_, second) = run_against(&server, &v21, "auth-flow");
    assert_eq!(code_v3, code_a);
    assert_eq!(
        mask_volatile(&first, &second, &from_v3),
        mask_volatile(&first, &second, &first)
    );
}

/// Every file under `dir` (relative path → content).
fn tree(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("readable dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let text = std::fs::read_to_string(&path).expect("text file");
                out.insert(path.strip_prefix(dir).expect("inside").to_path_buf(), text);
            }
        }
    }
    out
}

#[test]
fn a_v3_to_v21_to_v3_round_trip_gives_the_same_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    for sample in SAMPLES {
        let v21 = repo(&format!("collections/{sample}.postman_collection.json"));
        let (v3, json, again) = (
            dir.path().join(format!("{sample}-v3")),
            dir.path().join(format!("{sample}.json")),
            dir.path().join(format!("{sample}-again")),
        );
        convert("v3", &v21, &v3);
        convert("v2.1", &v3, &json);
        convert("v3", &json, &again);
        let (before, after) = (tree(&v3), tree(&again));
        assert!(before.len() > 2, "{sample}: {before:?}");
        assert_eq!(before, after, "{sample}");
    }
}

#[test]
fn convert_refuses_a_directory_that_is_not_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("keep.txt"), "mine").expect("write");
    let v21 = repo("collections/auth-flow.postman_collection.json");
    let out = postie(&[
        "convert",
        "--to",
        "v3",
        path_str(&v21),
        path_str(dir.path()),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not an empty directory"), "{stderr}");
    assert_eq!(tree(dir.path()).len(), 1);
}

#[test]
fn a_yaml_environment_is_written_back_in_place_with_its_comments() {
    let dir = tempfile::tempdir().expect("temp dir");
    let env = dir.path().join("demo.environment.yaml");
    let original = std::fs::read_to_string(repo("fixtures/auth-flow.environment.yaml"))
        .expect("the sample environment");
    std::fs::write(&env, &original).expect("copy");
    let collection = repo("collections/auth-flow");
    let out = postie(&[
        "run",
        path_str(&collection),
        "-e",
        path_str(&env),
        "--mock",
        "--write-back",
    ]);
    ok(&out);
    let after = std::fs::read_to_string(&env).expect("still there");
    let changed: Vec<(&str, &str)> = original
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(original.lines().count(), after.lines().count(), "{after}");
    assert_eq!(
        changed.len(),
        2,
        "only the two token values change:\n{after}"
    );
    for (was, is) in changed {
        assert_eq!(was.trim(), "value: ''");
        assert!(is.trim().starts_with("value: 'mock-"), "{is}");
    }
}

#[test]
fn a_value_the_run_adds_is_appended_to_the_yaml_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let server = TestServer::start();
    let request = "$kind: http-request\nmethod: GET\nurl: '{{base}}/get'\nscripts:\n  - type: afterResponse\n    code: pm.environment.set('seen', 'yes')\n";
    let text = format!(
        "# keep me\nname: e\nvalues:\n- key: base # inline\n  value: {}\n",
        server.base_url()
    );
    let (coll, env) = one_request_and_env(dir.path(), request, &text);
    ok(&postie(&[
        "run",
        path_str(&coll),
        "-e",
        path_str(&env),
        "--write-back",
    ]));
    let after = std::fs::read_to_string(&env).expect("still there");
    assert_eq!(
        after,
        format!("{text}- key: 'seen'\n  value: 'yes'\n  enabled: true\n  type: default\n")
    );
}

#[test]
fn a_bad_yaml_file_is_named_with_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("c").join("Folder");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let bad = folder.join("broken.request.yaml");
    std::fs::write(&bad, "$kind: http-request\nurl: [oops\nmethod: GET\n").expect("write");
    let out = postie(&["run", path_str(&dir.path().join("c"))]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = format!(
        "error: collection file {}:3:7: invalid YAML:",
        bad.display()
    );
    assert!(stderr.starts_with(&expected), "{stderr}");
}

#[test]
fn siblings_run_by_order_then_by_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let server = TestServer::start();
    let coll = dir.path().join("c");
    std::fs::create_dir_all(coll.join("f").join(".resources")).expect("mkdir");
    let request = |path: &str, order: Option<u32>| {
        let order = order.map(|o| format!("order: {o}\n")).unwrap_or_default();
        format!(
            "$kind: http-request\n{order}url: '{}/{path}'\n",
            server.base_url()
        )
    };
    let write = |rel: &str, text: String| std::fs::write(coll.join(rel), text).expect("write");
    write("z.request.yaml", request("z", Some(1000)));
    write("b.request.yaml", request("b", None));
    write("a.request.yaml", request("a", None));
    write(
        "f/.resources/definition.yaml",
        "$kind: collection\norder: 1500\n".into(),
    );
    write("f/inner.request.yaml", request("inner", None));
    write("y.request.yaml", request("y", Some(2000)));
    ok(&postie(&["run", path_str(&coll)]));
    let paths: Vec<String> = server.requests().iter().map(|r| r.target.clone()).collect();
    assert_eq!(paths, ["/z", "/inner", "/y", "/a", "/b"]);
}

#[test]
fn a_directory_without_a_collection_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("src")).expect("mkdir");
    std::fs::write(dir.path().join("README.md"), "hi").expect("write");
    let out = postie(&["run", path_str(dir.path())]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is a directory with no collection in it"),
        "{stderr}"
    );
}

#[test]
fn an_unticked_yaml_value_is_not_used() {
    let dir = tempfile::tempdir().expect("temp dir");
    let server = TestServer::start();
    let request = "$kind: http-request\nurl: '{{base}}/q?a={{a}}&b={{b}}'\n";
    let text = format!(
        "name: e\nvalues:\n  - key: base\n    value: {}\n  - key: a\n    value: '1'\n    \
         enabled: false\n  - key: b\n    value: '2'\n    enabled: true\n",
        server.base_url()
    );
    let (coll, env) = one_request_and_env(dir.path(), request, &text);
    ok(&postie(&["run", path_str(&coll), "-e", path_str(&env)]));
    let targets: Vec<String> = server.requests().iter().map(|r| r.target.clone()).collect();
    assert_eq!(targets, ["/q?a={{a}}&b=2"]);
}

#[cfg(unix)]
#[test]
fn a_folder_link_that_loops_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let coll = dir.path().join("c");
    std::fs::create_dir(&coll).expect("mkdir");
    std::fs::write(coll.join("a.request.yaml"), "url: http://127.0.0.1:9/\n").expect("write");
    std::os::unix::fs::symlink(&coll, coll.join("loop")).expect("symlink");
    let out = postie(&["run", path_str(&coll)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is a link back to a folder that contains it"),
        "{stderr}"
    );
}
