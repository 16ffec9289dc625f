//! What a Newman user's CI file and fingers bring: `-v`, reporter names postie lacks (a warning,
//! as in Newman), `emojitrain`, `htmlextra` and its options, `--reporter-json-export` without a
//! path, completions and a man page, and input errors that say which file failed.

mod support;

use serde_json::json;
use std::path::Path;
use support::{run_postie, temp_dir, TestServer};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Writes a two-item collection to `dir/c.json`; the second item fails an assertion when `fail`.
fn write_collection(dir: &Path, server: &TestServer, fail: bool) {
    let check = if fail {
        "pm.expect(1).to.equal(2);"
    } else {
        ""
    };
    let doc = json!({
        "info": {"name": "habits"},
        "item": [
            {"name": "first", "request": format!("{}/get?n=1", server.base_url())},
            {
                "name": "second",
                "event": [{"listen": "test", "script": {"exec": [
                    format!("pm.test('checked', function () {{ {check} }}); console.log('logged line');")
                ]}}],
                "request": format!("{}/get?n=2", server.base_url())
            }
        ]
    });
    std::fs::write(dir.join("c.json"), doc.to_string()).expect("write collection");
}

#[test]
fn dash_v_prints_the_version() {
    let dir = temp_dir();
    let out = run_postie(&["-v"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout).trim(),
        format!("postie {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn an_unknown_reporter_is_a_warning_and_the_run_goes_on() {
    let server = TestServer::start();
    let dir = temp_dir();
    write_collection(dir.path(), &server, false);
    let out = run_postie(&["run", "c.json", "-r", "teamcity,json"], dir.path());
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.starts_with("postie: could not find \"teamcity\" reporter\n"),
        "{stderr}"
    );
    assert_eq!(server.requests().len(), 2, "the run went on");
    assert_eq!(
        std::fs::read_dir(dir.path().join("newman"))
            .map(|d| d.count())
            .unwrap_or(0),
        1,
        "the json report was written"
    );

    // Only unknown names: Newman falls back to its cli output.
    let out = run_postie(&["run", "c.json", "-r", "teamcity"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).contains("→ second"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn emojitrain_draws_one_face_per_item_and_one_at_the_end() {
    let server = TestServer::start();
    let dir = temp_dir();
    write_collection(dir.path(), &server, false);
    let out = run_postie(&["run", "c.json", "-r", "emojitrain"], dir.path());
    assert_eq!(text(&out.stdout), "😀 😀  😍\n");
    write_collection(dir.path(), &server, true);
    let out = run_postie(&["run", "c.json", "-r", "emojitrain"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "😀 😢  😭\n");
}

#[test]
fn htmlextra_writes_the_html_report_with_its_options() {
    let server = TestServer::start();
    let dir = temp_dir();
    write_collection(dir.path(), &server, true);
    let out = run_postie(
        &[
            "run",
            "c.json",
            "-r",
            "htmlextra",
            "--reporter-htmlextra-export",
            "out/report.html",
            "--reporter-htmlextra-title",
            "Nightly API",
            "--reporter-htmlextra-browserTitle",
            "Nightly",
            "--reporter-htmlextra-darkTheme",
            "--reporter-htmlextra-showOnlyFails",
            "--reporter-htmlextra-omitHeaders",
            "--reporter-htmlextra-testPaging",
        ],
        dir.path(),
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("the htmlextra report leaves out these options: testPaging"),
        "{stderr}"
    );
    let html = std::fs::read_to_string(dir.path().join("out/report.html")).expect("report");
    assert!(html.contains("<title>Nightly</title>"), "browserTitle");
    assert!(html.contains("<h1>Nightly API</h1>"), "title");
    assert!(html.contains("<body class=\"dark\">"), "darkTheme");
    assert!(html.contains("<div id=\"tools\" hidden>"), "filter box");
    assert!(html.contains("/get?n=2"), "the failed request is shown");
    assert!(!html.contains("/get?n=1</span>"), "showOnlyFails: {html}");
    assert!(!html.contains("Request headers"), "omitHeaders");
    assert!(
        !html.contains("logged line"),
        "htmlextra shows logs only with -logs"
    );

    let out = run_postie(
        &[
            "run",
            "c.json",
            "-r",
            "html",
            "--reporter-html-export",
            "plain.html",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let html = std::fs::read_to_string(dir.path().join("plain.html")).expect("report");
    assert!(html.contains("Request headers") && html.contains("logged line"));
    assert!(html.contains("<body>"), "no dark theme unless asked");
}

#[test]
fn json_export_without_a_path_uses_newmans_default() {
    let server = TestServer::start();
    let dir = temp_dir();
    write_collection(dir.path(), &server, false);
    let out = run_postie(
        &["run", "c.json", "-r", "json", "--reporter-json-export"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!dir.path().join("true").exists(), "no file named true");
    let names: Vec<String> = std::fs::read_dir(dir.path().join("newman"))
        .expect("newman/")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(
        names[0].starts_with("newman-run-report-") && names[0].ends_with("-0.json"),
        "{names:?}"
    );
}

#[test]
fn completions_and_man_page() {
    let dir = temp_dir();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = run_postie(&["completions", shell], dir.path());
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = text(&out.stdout);
        assert!(
            script.contains("postie") && script.contains("reporter"),
            "{shell}: {script}"
        );
    }
    let out = run_postie(&["man"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let page = text(&out.stdout);
    assert!(page.contains(".TH postie 1"), "{page}");
    assert!(
        page.contains(".TH postie-run 1") && page.contains("write\\-back"),
        "{page}"
    );
}

#[test]
fn input_errors_name_the_files_role() {
    let server = TestServer::start();
    let dir = temp_dir();
    write_collection(dir.path(), &server, false);
    let cases: [(&[&str], &str); 4] = [
        (
            &["run", "missing.json"],
            "error: collection file missing.json: cannot read",
        ),
        (
            &["run", "c.json", "-e", "c.json"],
            "error: environment file c.json: not an environment",
        ),
        (
            &["run", "c.json", "-g", "nope.json"],
            "error: globals file nope.json: cannot read",
        ),
        (
            &["run", "c.json", "-d", "nope.csv"],
            "error: iteration data file nope.csv: cannot read",
        ),
    ];
    for (args, start) in cases {
        let out = run_postie(args, dir.path());
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr.starts_with(start), "{args:?}: {stderr}");
    }
    assert!(server.requests().is_empty());
}

#[test]
fn colour_follows_force_color_no_color_and_dumb_terminals() {
    let server = TestServer::start();
    let dir = temp_dir();
    write_collection(dir.path(), &server, false);
    let run = |env: &[(&str, &str)], flags: &[&str]| {
        let mut command = std::process::Command::new(support::postie_bin());
        command
            .args(["run", "c.json"])
            .args(flags)
            .current_dir(dir.path())
            .env_remove("NO_COLOR")
            .env_remove("FORCE_COLOR")
            .env_remove("TERM");
        for (k, v) in env {
            command.env(k, v);
        }
        let out = command.output().expect("run postie");
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stdout).contains("\x1b[")
    };
    // stdout is a pipe here: no colour unless something asks for it
    assert!(!run(&[], &[]));
    assert!(run(&[("FORCE_COLOR", "1")], &[]));
    assert!(!run(&[("FORCE_COLOR", "0")], &[]));
    assert!(!run(&[("FORCE_COLOR", "1"), ("NO_COLOR", "1")], &[]));
    assert!(run(&[("TERM", "dumb")], &["--color", "on"]));
    assert!(!run(&[("FORCE_COLOR", "1")], &["--color", "off"]));
}

/// `--bail folder` is Newman's `abortOnError`: a failed assertion does not stop the run, the first
/// script error ends it as a run error (`error: boom`, exit 1); bare `--bail` stops gracefully
/// after the first item that failed.
#[test]
fn bail_folder_ends_the_run_at_the_first_error_not_at_a_failed_assertion() {
    let server = TestServer::start();
    let dir = temp_dir();
    let script = |line: &str| json!([{"listen": "test", "script": {"exec": [line]}}]);
    let doc = json!({
        "info": {"name": "bail"},
        "item": [
            {"name": "F", "item": [
                {"name": "a", "event": script("pm.test('fails', () => pm.expect(1).to.equal(2));"),
                 "request": format!("{}/get?a", server.base_url())},
                {"name": "b", "request": format!("{}/get?b", server.base_url())}
            ]},
            {"name": "c", "event": script("throw new Error('boom');"),
             "request": format!("{}/get?c", server.base_url())},
            {"name": "d", "request": format!("{}/get?d", server.base_url())}
        ]
    });
    std::fs::write(dir.path().join("c.json"), doc.to_string()).expect("write collection");
    let sent = |flags: &[&str]| {
        server.clear();
        let mut args = vec![
            "run",
            "c.json",
            "-r",
            "cli,json",
            "--reporter-json-export",
            "r.json",
        ];
        args.extend_from_slice(flags);
        let out = run_postie(&args, dir.path());
        let report = support::read_json(&dir.path().join("r.json"));
        (out, server.queries(), report["run"]["error"].clone())
    };

    let (out, queries, error) = sent(&["--bail", "folder"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(queries, ["a", "b", "c"]);
    assert!(
        text(&out.stderr).contains("error: boom"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(error, json!("boom"));

    let (out, queries, error) = sent(&["--bail"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(queries, ["a"]);
    assert_eq!(error, serde_json::Value::Null);

    let (out, queries, _) = sent(&["--bail", "failure,folder"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(queries, ["a"]);

    let (out, queries, _) = sent(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(queries, ["a", "b", "c", "d"]);
}

#[test]
fn run_help_groups_the_options_and_lists_the_reporter_options() {
    let dir = temp_dir();
    let out = run_postie(&["run", "--help"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    let position = |needle: &str| {
        help.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} is not in the help:\n{help}"))
    };
    let groups = [
        "\nInputs:",
        "\nOutput:",
        "\nRun control:",
        "\nSSL:",
        "\npostie extras (not in Newman):",
        "\nReporter options",
    ];
    let at: Vec<usize> = groups.iter().map(|g| position(g)).collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "groups out of order:\n{help}"
    );
    // every Newman flag is in one of Newman's groups, postie's own ones after them
    assert!(position("--ssl-client-cert-list") < at[4]);
    assert!(position("--write-back") > at[4]);
    for option in [
        "--reporter-cli-no-summary",
        "-no-success-assertions",
        "-show-timestamps",
        "--reporter-json-export",
        "--reporter-json-omit-responses",
        "--reporter-junit-export",
        "--reporter-html-max-body",
        "-skipSensitiveData",
        "--reporter-secret-names",
    ] {
        position(option);
    }
}

/// A Newman user's CI step with `newman` replaced by `postie`: `-r cli,htmlextra` with htmlextra's
/// export option, `HTTPS_PROXY` and `NODE_EXTRA_CA_CERTS` set in the job's environment.
#[test]
fn a_newman_ci_step_with_htmlextra_and_https_proxy_works_unchanged() {
    use support::proxy::RecordingProxy;
    use support::tls::{fixture, TlsServer};
    let proxy = RecordingProxy::start(None);
    let server = TlsServer::start("server");
    let dir = temp_dir();
    let doc = json!({
        "info": {"name": "ci step"},
        "item": [{
            "name": "secure",
            "event": [{"listen": "test", "script": {"exec": [
                "pm.test('answered', () => pm.response.to.have.status(200));"
            ]}}],
            "request": format!("https://localhost:{}/status", server.port)
        }]
    });
    std::fs::write(dir.path().join("c.json"), doc.to_string()).expect("write collection");
    let ca = fixture("ca.pem").display().to_string();
    let proxy_url = proxy.url();
    let out = support::runner::run_postie_env(
        &[
            "run",
            "c.json",
            "-r",
            "cli,htmlextra",
            "--reporter-htmlextra-export",
            "reports/run.html",
        ],
        dir.path(),
        &[("HTTPS_PROXY", &proxy_url), ("NODE_EXTRA_CA_CERTS", &ca)],
    );
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("✓  answered"), "{stdout}");
    let connect = proxy.received();
    assert!(
        connect[0].starts_with(&format!("CONNECT localhost:{} HTTP/1.1\r\n", server.port)),
        "{connect:?}"
    );
    assert!(server.received()[0].starts_with("GET /status HTTP/1.1\r\n"));
    let html = std::fs::read_to_string(dir.path().join("reports/run.html")).expect("html report");
    assert!(html.contains("answered"), "the report lists the test");
}
