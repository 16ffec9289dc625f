//! `--verbose` timing phases end to end: after each response, Newman's table of phases
//! (`prepare … total`, `ssl-handshake` for https, `(cache)` for a phase that did not happen: no
//! lookup for an IP address, no connection on a kept-alive one), and the summary's DNS and
//! first-byte lines. Times, ports and request sizes (they hold the port) are redacted.

mod support;

use serde_json::json;
use support::tls::{fixture, TlsServer};

fn redact(text: &str) -> String {
    support::redact(
        text,
        &[
            (r"127\.0\.0\.1:\d+", "127.0.0.1:<port>"),
            (r"localhost:\d+", "localhost:<port>"),
            (r"\d+(\.\d+)?k?B↑", "<size>↑"),
        ],
    )
}

#[test]
fn verbose_prints_the_timing_phases_of_each_request() {
    let server = support::TestServer::start();
    let tls = TlsServer::start("server");
    let get =
        |name: &str, url: String| json!({"name": name, "request": {"method": "GET", "url": url}});
    let collection = json!({
        "info": {"name": "timings", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [
            get("new connection", format!("{}/xml", server.base_url())),
            get("kept alive", format!("{}/status/204", server.base_url())),
            get("https by name", format!("https://localhost:{}/", tls.port)),
        ]
    });
    let dir = support::temp_dir();
    std::fs::write(dir.path().join("c.json"), collection.to_string()).expect("write");
    let ca = fixture("ca.pem").display().to_string();
    let args = ["run", "c.json", "--verbose", "--reporter-cli-redact-times"];
    let out = support::runner::run_postie_env(&args, dir.path(), &[("NODE_EXTRA_CA_CERTS", &ca)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    insta::assert_snapshot!("verbose_timings", redact(&stdout));
}
