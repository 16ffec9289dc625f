//! Shared test support: a recording postman-echo style server, Newman-peer helper servers, and helpers to run
//! the postie binary. Used by integration tests through `mod support;`.
#![allow(dead_code, unused_imports)]

pub mod case;
pub mod codec;
pub mod digest;
pub mod http;
pub mod ntlm;
pub mod peer_servers;
pub mod proxy;
pub mod rewrite;
pub mod routes;
pub mod runner;
pub mod sample;
pub mod tls;

pub use http::Recorded;
pub use runner::{postie_bin, run_postie, temp_dir, Killed};

use std::io::Write;
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// A recording echo server on 127.0.0.1:<ephemeral>. It stops accepting when dropped.
pub struct TestServer {
    pub port: u16,
    log: Arc<Mutex<Vec<Recorded>>>,
    stopped: Arc<AtomicBool>,
}

impl TestServer {
    pub fn start() -> TestServer {
        Self::try_start().unwrap_or_else(|e| panic!("cannot start the test server: {e}"))
    }

    pub fn try_start() -> std::io::Result<TestServer> {
        Self::try_start_on(0)
    }

    /// On a fixed port (0: any), for cases whose requests sign the URL's port (OAuth 1.0, Hawk).
    pub fn try_start_on(port: u16) -> std::io::Result<TestServer> {
        let log: Arc<Mutex<Vec<Recorded>>> = Arc::default();
        let stopped = Arc::new(AtomicBool::new(false));
        let state = Arc::new(routes::RouteState::default());
        let (log2, stopped2) = (log.clone(), stopped.clone());
        let port = http::spawn_with_stop_on(
            Arc::new(move |req: &Recorded| {
                if let Ok(mut l) = log2.lock() {
                    l.push(req.clone());
                }
                routes::route(&state, req)
            }),
            stopped2,
            port,
        )?;
        Ok(TestServer { port, log, stopped })
    }

    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Every request received so far, in arrival order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// The query string of each request received so far (empty when none), in arrival order.
    pub fn queries(&self) -> Vec<String> {
        self.requests()
            .iter()
            .map(|r| r.query().unwrap_or_default().to_string())
            .collect()
    }

    /// [`TestServer::queries`], sorted: for runs whose requests arrive in no fixed order.
    pub fn queries_sorted(&self) -> Vec<String> {
        let mut queries = self.queries();
        queries.sort();
        queries
    }

    /// The path of each request received so far, in arrival order.
    pub fn paths(&self) -> Vec<String> {
        self.requests()
            .iter()
            .map(|r| r.path().to_string())
            .collect()
    }

    pub fn clear(&self) {
        if let Ok(mut l) = self.log.lock() {
            l.clear();
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stopped.store(true, Ordering::SeqCst);
        // wake the accept loop so it sees the flag
        if let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.port)) {
            let _ = s.write_all(b"");
        }
    }
}

/// A port on 127.0.0.1 that nothing listens on (bound, then released): connecting to it is refused.
pub fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(9)
}

/// A test that needs a tool or folder this machine lacks: skipped with a message, except in CI
/// (`CI=true`), where a missing tool must fail the run instead of passing it unchecked.
pub fn missing(what: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{what} (CI=true: required, not skipped)");
    }
    eprintln!("SKIPPED: {what}");
}

/// The JSON document at `path`; a test fails naming the file when it is missing or not JSON.
pub fn read_json(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()))
}

/// `(key, value)` of each entry of an environment file's `values`, in order.
pub fn env_values(env: &serde_json::Value) -> Vec<(String, serde_json::Value)> {
    env["values"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|v| {
            (
                v["key"].as_str().unwrap_or_default().to_string(),
                v["value"].clone(),
            )
        })
        .collect()
}

/// `text` with each `(pattern, replacement)` applied in turn (the parts that vary between runs).
pub fn redact(text: &str, rules: &[(&str, &str)]) -> String {
    let mut out = text.to_string();
    for (pattern, replacement) in rules {
        let re = regex::Regex::new(pattern).expect("valid pattern");
        out = re.replace_all(&out, *replacement).into_owned();
    }
    out
}
