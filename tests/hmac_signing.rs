//! The sample HMAC signing collection (`collections/hmac-signing.postman_collection.json`) run by
//! the real binary against a local API that recomputes each request's signature in Rust
//! (HMAC-SHA256 over method, path with query, timestamp and body) and answers 401 when it does
//! not match: every request must verify with the right secret, none with a wrong one.

mod support;

use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use support::http::{spawn_with_stop, Recorded, Reply};

const API_KEY: &str = "merchant-0001";
/// The `apiSecret` of `fixtures/hmac-signing.postman_environment.json`.
const SECRET: &str = "k3y-0f-the-merchant-account-0001";
/// How far `X-Timestamp` may be from the server's clock, in seconds.
const SKEW: i64 = 300;

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// What the server made of one request.
#[derive(Debug, Clone)]
struct Check {
    line: String,
    verified: Result<(), String>,
}

/// The signing API: it checks every request, then answers like a small order service.
struct SigningServer {
    port: u16,
    checks: Arc<Mutex<Vec<Check>>>,
    stop: Arc<AtomicBool>,
}

impl SigningServer {
    fn start() -> SigningServer {
        let checks: Arc<Mutex<Vec<Check>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let log = checks.clone();
        let port = spawn_with_stop(
            Arc::new(move |req: &Recorded| {
                let verified = verify(req);
                let reply = match &verified {
                    Ok(()) => answer(req),
                    Err(why) => Reply::json(401, &json!({ "error": why })),
                };
                if let Ok(mut log) = log.lock() {
                    log.push(Check {
                        line: format!("{} {}", req.method, req.target),
                        verified,
                    });
                }
                reply
            }),
            stop.clone(),
        )
        .unwrap_or_else(|e| panic!("cannot start the signing server: {e}"));
        SigningServer { port, checks, stop }
    }

    fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn checks(&self) -> Vec<Check> {
        self.checks.lock().map(|c| c.clone()).unwrap_or_default()
    }
}

impl Drop for SigningServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = std::net::TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// What the collection's pre-request script signs, recomputed from the request as received.
fn verify(req: &Recorded) -> Result<(), String> {
    let header = |name: &str| {
        req.header(name)
            .map(str::to_string)
            .ok_or_else(|| format!("no {name} header"))
    };
    if header("X-Api-Key")? != API_KEY {
        return Err("unknown X-Api-Key".to_string());
    }
    let timestamp = header("X-Timestamp")?;
    let seconds: i64 = timestamp
        .parse()
        .map_err(|_| format!("X-Timestamp is not a number: {timestamp}"))?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default();
    if (now - seconds).abs() > SKEW {
        return Err(format!("X-Timestamp {seconds} is too far from {now}"));
    }
    let signature = base64::engine::general_purpose::STANDARD
        .decode(header("X-Signature")?)
        .map_err(|e| format!("X-Signature is not Base64: {e}"))?;
    let mut message = format!("{}\n{}\n{}\n", req.method, req.target, timestamp).into_bytes();
    message.extend_from_slice(&req.body);
    let mut mac =
        Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).map_err(|e| format!("HMAC key: {e}"))?;
    mac.update(&message);
    mac.verify_slice(&signature)
        .map_err(|_| "signature mismatch".to_string())
}

fn answer(req: &Recorded) -> Reply {
    match (req.method.as_str(), req.path()) {
        ("GET", "/v1/account") => Reply::json(
            200,
            &json!({"verified": true, "account": API_KEY, "currency": "EUR", "balance": 98150}),
        ),
        ("POST", "/v1/orders") => {
            let order: Value = serde_json::from_slice(&req.body).unwrap_or(Value::Null);
            Reply::json(
                201,
                &json!({"verified": true, "id": "ord_1", "order": order}),
            )
        }
        ("GET", "/v1/orders") => Reply::json(200, &json!({"verified": true, "ids": ["ord_1"]})),
        ("DELETE", "/v1/orders/ord_1") => {
            Reply::json(200, &json!({"verified": true, "cancelled": "ord_1"}))
        }
        _ => Reply::json(404, &json!({"verified": true, "error": "not found"})),
    }
}

/// Runs the sample collection against `server` with `extra` flags; returns the process output
/// and the JSON report.
fn run(server: &SigningServer, extra: &[&str]) -> (std::process::Output, Value) {
    let dir = support::temp_dir();
    let report = dir.path().join("report.json");
    let base_url = format!("baseUrl={}", server.base_url());
    let mut args: Vec<String> = vec![
        "run".into(),
        repo("collections/hmac-signing.postman_collection.json")
            .to_string_lossy()
            .into_owned(),
        "-e".into(),
        repo("fixtures/hmac-signing.postman_environment.json")
            .to_string_lossy()
            .into_owned(),
        "--env-var".into(),
        base_url,
        "-r".into(),
        "cli,json".into(),
        "--reporter-json-export".into(),
        report.to_string_lossy().into_owned(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let out = support::run_postie(&args, dir.path());
    let report = std::fs::read_to_string(&report)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null);
    (out, report)
}

fn assertions(report: &Value) -> (u64, u64) {
    let stats = &report["run"]["stats"]["assertions"];
    (
        stats["total"].as_u64().unwrap_or(0),
        stats["failed"].as_u64().unwrap_or(0),
    )
}

#[test]
fn every_request_is_signed_and_verified() {
    let server = SigningServer::start();
    let (out, report) = run(&server, &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let checks = server.checks();
    let lines: Vec<&str> = checks.iter().map(|c| c.line.as_str()).collect();
    assert_eq!(
        lines,
        [
            "GET /v1/account",
            "POST /v1/orders",
            "GET /v1/orders?status=open&limit=2",
            "DELETE /v1/orders/ord_1",
        ],
        "{stdout}\n{stderr}"
    );
    for check in &checks {
        assert_eq!(check.verified, Ok(()), "{}\n{stdout}", check.line);
    }
    // Each request: the collection's signature test and its own test.
    assert_eq!(assertions(&report), (8, 0), "{stdout}\n{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
}

#[test]
fn a_wrong_secret_is_refused_and_the_run_fails() {
    let server = SigningServer::start();
    let (out, report) = run(&server, &["--env-var", "apiSecret=not-the-merchant-secret"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let checks = server.checks();
    assert_eq!(checks.len(), 4, "{checks:#?}\n{stdout}");
    for check in &checks {
        assert_eq!(
            check.verified,
            Err("signature mismatch".to_string()),
            "{}",
            check.line
        );
    }
    let (total, failed) = assertions(&report);
    assert_eq!(total, 8, "{stdout}");
    assert_eq!(failed, 8, "{stdout}");
    assert!(
        stdout.contains("the server accepted the signature"),
        "{stdout}"
    );
    assert_eq!(out.status.code(), Some(1), "{stdout}");
}
