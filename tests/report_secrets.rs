//! Secrets are masked in every report by default: the sample auth flow (its password is a `secret`
//! variable, two tokens are captured by test scripts) runs with every file reporter and a verbose
//! cli, and no output shows the password or a token; `--reveal-secrets` shows them, and the
//! exported environment always keeps the real values.

mod support;

use serde_json::Value;
use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;
use support::sample::{example_token, repo};

struct Outputs {
    /// (what, text)
    texts: Vec<(&'static str, String)>,
    exported_environment: String,
}

/// Runs postie with a verbose cli and the json, junit and html reporters writing into `dir`; the
/// outputs as (what, text), the cli's stdout and stderr first. The run must pass.
fn run_reporting(dir: &Path, inputs: &[&OsStr], extra: &[&str]) -> Vec<(&'static str, String)> {
    let path = |name: &str| dir.join(name);
    let output = Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("run")
        .args(inputs)
        .args(["--verbose", "-r", "cli,json,junit,html"])
        .arg("--reporter-json-export")
        .arg(path("report.json"))
        .arg("--reporter-junit-export")
        .arg(path("report.xml"))
        .arg("--reporter-html-export")
        .arg(path("report.html"))
        .args(extra)
        .env("NO_COLOR", "1")
        .output()
        .expect("postie runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(
        output.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read = |name: &str| std::fs::read_to_string(path(name)).expect("report written");
    vec![
        ("cli", stdout),
        (
            "cli stderr",
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ),
        ("json", read("report.json")),
        ("junit", read("report.xml")),
        ("html", read("report.html")),
    ]
}

fn run_auth_flow(extra: &[&str]) -> Outputs {
    let dir = tempfile::tempdir().expect("temp dir");
    let env_path = dir.path().join("env.json");
    let collection = repo("collections/auth-flow.postman_collection.json");
    let environment = repo("fixtures/auth-flow.postman_environment.json");
    let mut args: Vec<&str> = vec!["--mock", "--export-environment"];
    let env_arg = env_path.to_string_lossy().into_owned();
    args.push(&env_arg);
    args.extend_from_slice(extra);
    let texts = run_reporting(
        dir.path(),
        &[
            collection.as_os_str(),
            OsStr::new("-e"),
            environment.as_os_str(),
        ],
        &args,
    );
    Outputs {
        texts,
        exported_environment: std::fs::read_to_string(env_path).expect("environment exported"),
    }
}

fn secrets() -> Vec<String> {
    let text = std::fs::read_to_string(repo("collections/auth-flow.postman_collection.json"))
        .expect("collection");
    let collection: Value = serde_json::from_str(&text).expect("JSON");
    vec![
        "correct-horse-battery-staple".to_string(),
        example_token(&collection, "Request token"),
        example_token(&collection, "Request pipe token"),
    ]
}

#[test]
fn no_report_shows_the_password_or_a_token() {
    let outputs = run_auth_flow(&[]);
    for secret in secrets() {
        // A wrapped line must not show a piece of it either.
        let piece: String = secret.chars().take(16).collect();
        for (what, text) in &outputs.texts {
            assert!(!text.contains(&piece), "{what} shows {piece}:\n{text}");
        }
        assert!(
            outputs.exported_environment.contains(&secret),
            "the exported environment keeps {secret}"
        );
    }
    for what in ["cli", "json", "html"] {
        let text = &outputs
            .texts
            .iter()
            .find(|(w, _)| *w == what)
            .expect("output")
            .1;
        assert!(text.contains("********"), "{what} shows the mask");
    }
}

#[test]
fn reveal_secrets_shows_them() {
    let outputs = run_auth_flow(&["--reveal-secrets"]);
    for secret in secrets() {
        for what in ["json", "html"] {
            let text = &outputs
                .texts
                .iter()
                .find(|(w, _)| *w == what)
                .expect("output")
                .1;
            assert!(text.contains(&secret), "{what} shows {secret}");
        }
        // The cli wraps bodies, so it shows a piece of each token.
        let piece: String = secret.chars().take(16).collect();
        assert!(outputs.texts[0].1.contains(&piece), "cli shows {piece}");
    }
}

/// A secret in a failed assertion's message, a console line and a URL, against a live server:
/// the cli's wrapped failure table and console box, and the junit and github output, mask it.
#[test]
fn secrets_in_failures_console_and_urls_are_masked() {
    let server = support::TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let secret = "sk_live_0123456789abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH";
    let collection = serde_json::json!({
        "info": {"name": "leaky", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "leaky request", "request": {"method": "GET", "url": "{{base}}/get?key={{stripeKey}}"},
            "event": [{"listen": "test", "script": {"exec": [
                "console.log('the key is ' + pm.environment.get('stripeKey'));",
                "pm.test('key must be short', () => pm.expect(pm.environment.get('stripeKey')).to.have.lengthOf(3));"
            ]}}]}]
    });
    let environment = serde_json::json!({"name": "env", "values": [
        {"key": "base", "value": server.base_url(), "type": "default", "enabled": true},
        {"key": "stripeKey", "value": secret, "type": "secret", "enabled": true}
    ]});
    let collection_path = dir.path().join("c.json");
    let environment_path = dir.path().join("e.json");
    std::fs::write(&collection_path, collection.to_string()).expect("write");
    std::fs::write(&environment_path, environment.to_string()).expect("write");
    let junit = dir.path().join("r.xml");
    let output = Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("run")
        .arg(&collection_path)
        .arg("-e")
        .arg(&environment_path)
        .args(["-r", "cli,junit,github", "--reporter-junit-export"])
        .arg(&junit)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .expect("postie runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    let junit = std::fs::read_to_string(&junit).expect("junit");
    let piece = &secret[..12];
    assert!(!stdout.contains(piece), "{stdout}");
    assert!(!junit.contains(piece), "{junit}");
    assert!(stdout.contains("the key is ********"), "{stdout}");
    assert!(stdout.contains("key=********"), "{stdout}");
    assert!(stdout.contains("::error title=leaky request"), "{stdout}");
    // The server did get the real key.
    assert!(server.requests().iter().any(|r| r.target.contains(secret)));
}

/// What is not a secret stays: an item named `Login and Remember Token` whose `Token {{token}}`
/// header is sent while `token` is still empty, a URL template `password={{password}}`, placeholder
/// values. Real secrets go: a `secret`-typed variable, the bearer token and a value typed `secret`
/// that a test captures (the verbose cli printed the response before the capture), the basic-auth
/// password and username.
#[test]
fn only_real_secret_values_are_masked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let collection = serde_json::json!({
        "info": {"name": "masking", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [
            {"name": "Login and Remember Token", "request": {"method": "POST",
                "url": "{{base}}/login?password={{password}}",
                "header": [
                    {"key": "Authorization", "value": "Token {{token}}"},
                    {"key": "X-Api-Token", "value": "{{apiToken}}"},
                    {"key": "X-Auth-Token", "value": "YOUR_TOKEN_HERE"}
                ]},
             "event": [{"listen": "test", "script": {"exec": [
                "const body = pm.response.json();",
                "pm.environment.set('token', body.access_token);",
                "pm.environment.set('capturedValue', body.scope);",
                "pm.test('Remember Token is set', () => pm.expect(body.access_token).to.be.a('string'));"
             ]}}]},
            {"name": "Use bearer token", "request": {"method": "GET", "url": "{{base}}/get",
                "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}"}]},
                "header": [{"key": "X-Secret", "value": "{{apiSecret}}"}]}},
            {"name": "Basic login", "request": {"method": "GET", "url": "{{base}}/get",
                "auth": {"type": "basic", "basic": [
                    {"key": "username", "value": "alice-user"},
                    {"key": "password", "value": "{{password}}"}
                ]}}}
        ]
    });
    let environment = |base: String| {
        serde_json::json!({"name": "env", "values": [
            {"key": "base", "value": base, "type": "default", "enabled": true},
            {"key": "token", "value": "", "type": "default", "enabled": true},
            {"key": "password", "value": "hunter2-pass", "type": "default", "enabled": true},
            {"key": "apiToken", "value": "baseToken_example", "type": "default", "enabled": true},
            {"key": "apiSecret", "value": "s3cr3t-value-42", "type": "secret", "enabled": true},
            {"key": "capturedValue", "value": "", "type": "secret", "enabled": true}
        ]})
    };
    let path = |name: &str| dir.path().join(name);
    std::fs::write(path("c.json"), collection.to_string()).expect("write");
    // A fresh server for each run: its tokens are `tok-1` and `ref-1` again.
    let run = |extra: &[&str]| {
        let server = support::TestServer::start();
        let env = environment(server.base_url()).to_string();
        std::fs::write(path("e.json"), env).expect("write");
        let (collection, environment) = (path("c.json"), path("e.json"));
        let inputs = [
            collection.as_os_str(),
            OsStr::new("-e"),
            environment.as_os_str(),
        ];
        let mut texts = run_reporting(dir.path(), &inputs, extra);
        texts.retain(|(what, _)| *what != "cli stderr");
        texts
    };
    let secrets = [
        "hunter2-pass",
        "s3cr3t-value-42",
        "tok-1",
        "ref-1",
        "ALL:ALL",
    ];

    let masked = run(&[]);
    for (what, text) in &masked {
        assert!(text.contains("Login and Remember Token"), "{what}:\n{text}");
        // The verbose cli wraps bodies: a secret cut across two lines must not show either.
        let unwrapped = text.replace("\n  │ ", "");
        for secret in secrets {
            assert!(
                !unwrapped.contains(secret),
                "{what} shows {secret}:\n{text}"
            );
        }
    }
    let json = &masked[1].1;
    for kept in [
        "password={{password}}",
        "Token {{token}}",
        "baseToken_example",
        "YOUR_TOKEN_HERE",
    ] {
        assert!(json.contains(kept), "json lost {kept}");
    }
    assert!(
        !json.contains("alice-user"),
        "json shows the basic username"
    );
    assert!(
        masked[3].1.contains("baseToken_example"),
        "html lost a placeholder"
    );
    // The verbose cli printed the body (its `scope` masked, as checked above).
    assert!(masked[0].1.contains(r#""scope":""#), "{}", masked[0].1);

    let revealed = run(&["--reveal-secrets"]);
    // (The JSON report holds response bodies as bytes, so `ref-1` is not in its text.)
    for shown in [
        "hunter2-pass",
        "s3cr3t-value-42",
        "tok-1",
        "ALL:ALL",
        "alice-user",
    ] {
        assert!(
            revealed[1].1.contains(shown),
            "json with --reveal-secrets lacks {shown}"
        );
    }
}
