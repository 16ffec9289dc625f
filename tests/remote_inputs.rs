//! Inputs given as URLs and as Postman API UIDs, end to end through the binary against a local
//! server that serves the files and stands in for the Postman API (`POSTIE_POSTMAN_API_URL`).

mod support;

use serde_json::{json, Value};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use support::http::{spawn, Recorded, Reply};

const UID: &str = "1234567-1c8e5c77-8b4a-4b8e-9c3a-0123456789ab";
const KEY: &str = "PMAK-test-key";

struct Server {
    base: String,
    log: Arc<Mutex<Vec<Recorded>>>,
}

impl Server {
    fn requests(&self) -> Vec<Recorded> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

fn collection(base: &str) -> Value {
    json!({
        "info": {"name": "remote", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "hit", "request": {"method": "GET", "url": format!("{base}/hit?e={{{{fromEnv}}}}&g={{{{fromGlobals}}}}&d={{{{fromData}}}}")}}]
    })
}

fn environment() -> Value {
    json!({"name": "env", "values": [{"key": "fromEnv", "value": "E", "enabled": true}]})
}

/// Files at `/files/…`, the API at `/api/…` (which wants `X-Api-Key: KEY`), `/hit` for the run.
fn start() -> Server {
    let log: Arc<Mutex<Vec<Recorded>>> = Arc::default();
    let base = Arc::new(Mutex::new(String::new()));
    let (log2, base2) = (log.clone(), base.clone());
    let port = spawn(Arc::new(move |req: &Recorded| {
        if let Ok(mut l) = log2.lock() {
            l.push(req.clone());
        }
        let base = base2.lock().map(|b| b.clone()).unwrap_or_default();
        let keyed = req.header("x-api-key") == Some(KEY);
        match req.path() {
            "/files/collection.json" => Reply::json(200, &collection(&base)),
            "/files/env.json" => Reply::json(200, &environment()),
            "/files/globals.json" => Reply::json(
                200,
                &json!({"values": [{"key": "fromGlobals", "value": "G"}]}),
            ),
            "/files/data.csv" => Reply::new(200, "text/csv", "fromData\nD1\nD2\n"),
            "/hit" => Reply::json(200, &json!({"ok": true})),
            p if p.starts_with("/api/") && !keyed => Reply::json(
                401,
                &json!({"error": {"name": "AuthenticationError", "message": "Invalid API Key."}}),
            ),
            p if p == format!("/api/collections/{UID}") => {
                Reply::json(200, &json!({"collection": collection(&base)}))
            }
            p if p == format!("/api/environments/{UID}") => {
                Reply::json(200, &json!({"environment": environment()}))
            }
            _ => Reply::json(
                404,
                &json!({"error": {"name": "notFound", "message": "no such thing"}}),
            ),
        }
    }))
    .expect("server starts");
    let url = format!("http://127.0.0.1:{port}");
    if let Ok(mut b) = base.lock() {
        *b = url.clone();
    }
    Server { base: url, log }
}

fn postie(server: &Server, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_postie"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("POSTIE_POSTMAN_API_URL", format!("{}/api", server.base))
        .env_remove("POSTMAN_API_KEY")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .output()
        .expect("the postie binary runs")
}

/// The stderr of a run that must exit 1.
fn fails(out: Output) -> String {
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    stderr(&out)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn hits(server: &Server) -> Vec<String> {
    server
        .requests()
        .iter()
        .filter(|r| r.path() == "/hit")
        .map(|r| r.target.clone())
        .collect()
}

#[test]
fn collection_environment_globals_and_data_are_fetched_from_urls() {
    let server = start();
    let file = |name: &str| format!("{}/files/{name}", server.base);
    let (c, e, g, d) = (
        file("collection.json"),
        file("env.json"),
        file("globals.json"),
        file("data.csv"),
    );
    let out = postie(&server, &["run", &c, "-e", &e, "-g", &g, "-d", &d]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(hits(&server), ["/hit?e=E&g=G&d=D1", "/hit?e=E&g=G&d=D2"]);
    let fetches: Vec<Recorded> = server
        .requests()
        .into_iter()
        .filter(|r| r.path().starts_with("/files/"))
        .collect();
    assert_eq!(fetches.len(), 4);
    assert!(fetches.iter().all(|r| r.header("x-api-key").is_none()));
}

#[test]
fn uids_are_fetched_from_the_api_with_the_key() {
    let server = start();
    let out = postie(&server, &["run", UID, "-e", UID, "--postman-api-key", KEY]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(hits(&server), ["/hit?e=E&g={{fromGlobals}}&d={{fromData}}"]);
    let api: Vec<String> = server
        .requests()
        .iter()
        .filter(|r| r.header("x-api-key") == Some(KEY))
        .map(|r| r.target.clone())
        .collect();
    assert_eq!(
        api,
        [
            format!("/api/collections/{UID}"),
            format!("/api/environments/{UID}")
        ]
    );
}

#[test]
fn the_key_can_come_from_postman_api_key_in_the_environment() {
    let server = start();
    let out = Command::new(env!("CARGO_BIN_EXE_postie"))
        .args(["run", UID])
        .env("POSTIE_POSTMAN_API_URL", format!("{}/api", server.base))
        .env("POSTMAN_API_KEY", KEY)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(hits(&server).len(), 1);
}

#[test]
fn an_api_error_reports_the_status_and_the_body() {
    let server = start();
    let err = fails(postie(&server, &["run", UID, "--postman-api-key", "wrong"]));
    assert!(
        err.starts_with(&format!("error: collection file {UID}: ")),
        "{err}"
    );
    assert!(err.contains("answered status 401"), "{err}");
    assert!(err.contains("Invalid API Key."), "{err}");
    assert!(hits(&server).is_empty());
}

#[test]
fn a_missing_url_reports_the_status_and_the_body() {
    let server = start();
    let url = format!("{}/files/nope.json", server.base);
    let err = fails(postie(&server, &["run", &url]));
    assert!(
        err.contains(&format!("collection file {url}: {url} answered status 404")),
        "{err}"
    );
    assert!(err.contains("no such thing"), "{err}");
}

#[test]
fn write_back_with_an_environment_from_a_url_is_refused_before_running() {
    let server = start();
    let (c, e) = (
        format!("{}/files/collection.json", server.base),
        format!("{}/files/env.json", server.base),
    );
    let err = fails(postie(&server, &["run", &c, "-e", &e, "--write-back"]));
    assert!(
        err.contains(&format!("--write-back: -e {e} was fetched from a URL")),
        "{err}"
    );
    assert!(hits(&server).is_empty());
}

#[test]
fn an_unreachable_url_is_named_with_the_reason() {
    let server = start();
    let url = format!("http://127.0.0.1:{}/c.json", support::closed_port());
    let err = fails(postie(&server, &["run", &url]));
    assert!(
        err.starts_with(&format!(
            "error: collection file {url}: cannot fetch {url}: "
        )),
        "{err}"
    );
}
