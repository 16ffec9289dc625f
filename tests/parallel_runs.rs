//! Several collections in one run (files and a directory), `--parallel N` by collection and by
//! iteration, and `--exclude-folder`, end to end through the binary against a local server.

mod support;

use serde_json::{json, Value};
use std::path::Path;
use std::process::Output;

fn collection(name: &str, base: &str, items: Value) -> Value {
    json!({
        "info": {
            "name": name,
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
        },
        "variable": [{"key": "base", "value": base}],
        "item": items
    })
}

fn request(name: &str, url: &str, test: &str) -> Value {
    json!({
        "name": name,
        "request": {"method": "GET", "url": url},
        "event": [{"listen": "test", "script": {"exec": [test]}}]
    })
}

fn write(path: &Path, value: &Value) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder");
    }
    std::fs::write(path, serde_json::to_string_pretty(value).expect("json")).expect("written");
}

/// `alpha.json` (one folder, a failing assertion) and `dir/` holding `b-beta.json` and
/// `a-gamma.json` (run in name order: gamma, then beta).
fn three_collections(dir: &Path, base: &str) {
    let ok = "pm.test('status 200', () => pm.response.to.have.status(200));";
    write(
        &dir.join("alpha.json"),
        &collection(
            "Alpha",
            base,
            json!([
                {"name": "Users", "item": [request("list users", "{{base}}/get?who=users", ok)]},
                request("missing", "{{base}}/status/404", ok)
            ]),
        ),
    );
    write(
        &dir.join("dir/b-beta.json"),
        &collection(
            "Beta",
            base,
            json!([request("beta one", "{{base}}/get?who=beta", ok)]),
        ),
    );
    write(
        &dir.join("dir/a-gamma.json"),
        &collection(
            "Gamma",
            base,
            json!([request("gamma one", "{{base}}/post", ok)]),
        ),
    );
    std::fs::write(dir.join("dir/notes.txt"), "not a collection").expect("written");
}

/// A server and a folder holding [`three_collections`] that send to it.
fn three_collections_served() -> (support::TestServer, tempfile::TempDir) {
    let server = support::TestServer::start();
    let dir = support::temp_dir();
    three_collections(dir.path(), &server.base_url());
    (server, dir)
}

/// `alpha.json` and `dir/` together, reported by `reporter` to the file `export`.
fn run_all_to(dir: &Path, reporter: &str, export: &str) -> Output {
    let export_flag = format!("--reporter-{reporter}-export");
    run(
        dir,
        &["alpha.json", "dir", "-r", reporter, &export_flag, export],
    )
}

fn run(dir: &Path, args: &[&str]) -> Output {
    support::run_postie(&[&["run"], args].concat(), dir)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Times, ports and ids vary between runs; everything else in the output is fixed.
fn redact(text: &str) -> String {
    support::redact(
        text,
        &[
            (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
            (r"\d+(\.\d+)?(ms|µs|s)\b", "[TIME]"),
            (r#"(time|timestamp)="[^"]*""#, "$1=\"[TIME]\""),
            (
                r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                "[UUID]",
            ),
        ],
    )
}

#[test]
fn several_collections_and_a_directory_report_together_on_the_cli() {
    let (server, dir) = three_collections_served();
    let out = run(
        dir.path(),
        &["alpha.json", "dir", "--reporter-cli-redact-times"],
    );
    assert_eq!(out.status.code(), Some(1), "Alpha has a failed assertion");
    assert_eq!(server.paths(), ["/get", "/status/404", "/post", "/get"]);
    insta::assert_snapshot!("several_collections_cli", redact(&stdout(&out)));

    // side by side, the output is the same
    let parallel = run(
        dir.path(),
        &[
            "alpha.json",
            "dir",
            "--reporter-cli-redact-times",
            "--parallel",
            "3",
        ],
    );
    assert_eq!(parallel.status.code(), Some(1));
    assert_eq!(redact(&stdout(&parallel)), redact(&stdout(&out)));
}

#[test]
fn several_collections_passing_exit_zero() {
    let (_server, dir) = three_collections_served();
    let out = run(dir.path(), &["dir", "-r", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn json_reports_one_per_collection_and_an_index() {
    let (_server, dir) = three_collections_served();
    let out = run_all_to(dir.path(), "json", "out/run.json");
    assert_eq!(out.status.code(), Some(1));
    let index = support::read_json(&dir.path().join("out/run.json"));
    insta::assert_json_snapshot!("several_collections_json_index", index);
    let names = |file: &str| -> Vec<String> {
        let report = support::read_json(&dir.path().join("out").join(file));
        report["run"]["executions"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| e["item"]["name"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(names("run-1-alpha.json"), ["list users", "missing"]);
    assert_eq!(names("run-2-gamma.json"), ["gamma one"]);
    assert_eq!(names("run-3-beta.json"), ["beta one"]);
}

#[test]
fn junit_holds_every_collection_in_one_testsuites() {
    let (_server, dir) = three_collections_served();
    let out = run_all_to(dir.path(), "junit", "junit.xml");
    assert_eq!(out.status.code(), Some(1));
    let xml = std::fs::read_to_string(dir.path().join("junit.xml")).expect("junit written");
    insta::assert_snapshot!("several_collections_junit", redact(&xml));
}

/// 12 iterations × 3 requests; each iteration's first request is delayed so that later
/// iterations finish first: `(12 - row) * 15` ms.
fn data_driven(dir: &Path, base: &str) {
    let set = "pm.environment.set('last', pm.info.iteration);\
               pm.environment.set('row_' + pm.iterationData.get('row'), pm.response.code);\
               if (pm.info.iteration === 4) { pm.environment.unset('gone'); }\
               pm.test('echoed', () => pm.expect(pm.response.code).to.equal(200));";
    write(
        &dir.join("data.json"),
        &collection(
            "Data",
            base,
            json!([
                request("slow", "{{base}}/delay/{{wait}}?seen={{last}}", set),
                {"name": "Folder", "item": [
                    request("echo", "{{base}}/get?row={{row}}", "pm.test('ok', () => {});")
                ]},
                request("post", "{{base}}/post?row={{row}}", "")
            ]),
        ),
    );
    let mut csv = String::from("row,wait\n");
    for row in 0..12 {
        csv.push_str(&format!("{row},{}\n", (12 - row) * 15));
    }
    std::fs::write(dir.join("rows.csv"), csv).expect("written");
    write(
        &dir.join("env.json"),
        &json!({"name": "env", "values": [
            {"key": "gone", "value": "here", "enabled": true},
            {"key": "last", "value": "start", "enabled": true}
        ]}),
    );
}

/// [`data_driven`] with its data and environment, iterations `parallel` at a time, and `extra`;
/// it must pass.
fn run_data_driven(dir: &Path, parallel: &str, extra: &[&str]) -> Output {
    let args = [
        "data.json",
        "-d",
        "rows.csv",
        "-e",
        "env.json",
        "--parallel",
        parallel,
        "--parallel-by",
        "iteration",
    ];
    let out = run(dir, &[&args[..], extra].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    out
}

/// (item name, iteration, url) of each execution of a JSON report.
fn executions(report: &Value) -> Vec<(String, u64, String)> {
    report["run"]["executions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            let url = &e["request"]["url"];
            let query: Vec<String> = url["query"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|q| format!("{}={}", q["key"], q["value"]))
                .collect();
            (
                e["item"]["name"].as_str().unwrap_or_default().to_string(),
                e["cursor"]["iteration"].as_u64().unwrap_or(99),
                format!("{:?}?{}", url["path"], query.join("&")),
            )
        })
        .collect()
}

fn received(server: &support::TestServer) -> Vec<String> {
    let mut all: Vec<String> = server
        .requests()
        .iter()
        .map(|r| format!("{} {} {:?}", r.method, r.path(), r.query()))
        .collect();
    all.sort();
    all
}

#[test]
fn parallel_iterations_report_as_a_sequential_run() {
    let server = support::TestServer::start();
    let dir = support::temp_dir();
    data_driven(dir.path(), &server.base_url());
    let mut runs = Vec::new();
    for parallel in ["1", "4"] {
        server.clear();
        let report = format!("report-{parallel}.json");
        let out = run_data_driven(
            dir.path(),
            parallel,
            &[
                "-r",
                "cli,json",
                "--reporter-cli-redact-times",
                "--reporter-json-export",
                &report,
            ],
        );
        let report = support::read_json(&dir.path().join(&report));
        runs.push((
            executions(&report),
            received(&server),
            redact(&stdout(&out)),
        ));
    }
    let (sequential, parallel) = (&runs[0], &runs[1]);
    // Sequentially, an iteration sees what the previous one set; side by side, the start value.
    assert!(sequential.1.iter().any(|r| r.contains("seen=3")));
    let start_values = parallel.1.iter().filter(|r| r.contains("seen=start"));
    assert_eq!(start_values.count(), 12, "{:#?}", parallel.1);
    // Apart from that value, the same.
    let seen = regex::Regex::new(r#"seen(\\?"?)=(\\?"?)[^&\s\\"]*"#).expect("regex");
    let same = |text: &str| seen.replace_all(text, "seen=X").into_owned();
    assert_eq!(sequential.0.len(), 36);
    assert_eq!(
        same(&format!("{:#?}", parallel.0)),
        same(&format!("{:#?}", sequential.0)),
        "executions in the same order"
    );
    assert_eq!(
        same(&parallel.2),
        same(&sequential.2),
        "the same cli output"
    );
    let mut received: Vec<Vec<String>> = [&sequential.1, &parallel.1]
        .iter()
        .map(|all| all.iter().map(|r| same(r)).collect())
        .collect();
    received.iter_mut().for_each(|all| all.sort());
    assert_eq!(
        received[0], received[1],
        "the same requests reach the server"
    );
}

#[test]
fn parallel_iterations_merge_variables_in_iteration_order() {
    let server = support::TestServer::start();
    let dir = support::temp_dir();
    data_driven(dir.path(), &server.base_url());
    run_data_driven(
        dir.path(),
        "6",
        &["-r", "json", "--export-environment", "final.json"],
    );
    let exported = support::read_json(&dir.path().join("final.json"));
    let values = support::env_values(&exported);
    // The last iteration (11) finished first, yet its `last` wins; iteration 4's unset stays.
    assert!(values.contains(&("last".into(), json!(11))), "{values:?}");
    assert!(!values.iter().any(|(k, _)| k == "gone"), "{values:?}");
    let rows: Vec<&String> = values
        .iter()
        .map(|(k, _)| k)
        .filter(|k| k.starts_with("row_"))
        .collect();
    assert_eq!(rows.len(), 12, "{values:?}");
}

#[test]
fn exclude_folder_leaves_its_requests_out() {
    let (server, dir) = three_collections_served();
    let out = run(dir.path(), &["alpha.json", "--exclude-folder", "Users"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(server.paths(), ["/status/404"]);

    server.clear();
    let out = run(
        dir.path(),
        &[
            "alpha.json",
            "--exclude-folder",
            "Users -> list users",
            "--exclude-folder",
            "missing",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(server.requests().is_empty(), "everything was excluded");
}

#[test]
fn an_unknown_excluded_folder_is_an_error_before_anything_runs() {
    let (server, dir) = three_collections_served();
    let out = run(
        dir.path(),
        &["alpha.json", "dir", "--exclude-folder", "Userz"],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--exclude-folder \"Userz\": no folder or request has that name; did you mean \"Users\""),
        "{stderr}"
    );
    assert!(server.requests().is_empty());
}

#[test]
fn several_collections_start_alike_and_their_changes_apply_in_order() {
    let server = support::TestServer::start();
    let dir = support::temp_dir();
    let setter = |name: &str, value: &str| {
        let script = format!(
            "pm.environment.set('who', '{value}'); pm.environment.set('{value}', \
             pm.environment.get('who_before') || 'fresh'); pm.environment.set('who_before', '{value}');"
        );
        collection(
            name,
            &server.base_url(),
            json!([request("set", "{{base}}/get?seen={{who_before}}", &script)]),
        )
    };
    write(&dir.path().join("one.json"), &setter("One", "first"));
    write(&dir.path().join("two.json"), &setter("Two", "second"));
    for parallel in ["1", "2"] {
        server.clear();
        let out = run(
            dir.path(),
            &[
                "one.json",
                "two.json",
                "--env-var",
                "who_before=start",
                "--export-environment",
                "env.json",
                "--parallel",
                parallel,
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
        assert_eq!(
            server.queries(),
            ["seen=start", "seen=start"],
            "both start from the inputs"
        );
        let exported = support::read_json(&dir.path().join("env.json"));
        let values = support::env_values(&exported);
        assert_eq!(
            values,
            [
                ("who_before".to_string(), json!("second")),
                ("who".to_string(), json!("second")),
                ("first".to_string(), json!("start")),
                ("second".to_string(), json!("start")),
            ],
            "--parallel {parallel}"
        );
    }
}
