//! Client certificates end to end: the postie binary against a local rustls server that asks for
//! a client certificate and answers with the name of the one it got (fixtures/tls, made by
//! fixtures/tls/make.sh): PEM, PEM with an encrypted key, PFX/P12 (current and legacy
//! encryption) with a passphrase, `--ssl-client-cert-list` choosing by URL pattern ahead of
//! `--ssl-client-cert`, and clear errors for a wrong passphrase or a bad file.

mod support;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::Arc;
use support::tls::{fixture, read_head};

fn cert_der(name: &str) -> CertificateDer<'static> {
    CertificateDer::from_pem_file(fixture(name)).expect("fixture certificate")
}

/// Serves HTTPS on 127.0.0.1; the body is the name of the client certificate presented
/// (`client-a`, `client-b`) or `none`.
fn mtls_server() -> u16 {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    roots.add(cert_der("ca.pem")).expect("CA");
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
        Arc::new(roots),
        provider.clone(),
    )
    .allow_unauthenticated()
    .build()
    .expect("client verifier");
    let key = PrivateKeyDer::from_pem_file(fixture("server.key")).expect("server key");
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocols")
        .with_client_cert_verifier(verifier)
        .with_single_cert(vec![cert_der("server.pem")], key)
        .expect("server config");
    let config = Arc::new(config);
    let known = [
        ("client-a", cert_der("client-a.pem")),
        ("client-b", cert_der("client-b.pem")),
    ];
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for tcp in listener.incoming().flatten() {
            let config = config.clone();
            let known = known.clone();
            std::thread::spawn(move || {
                let Ok(conn) = rustls::ServerConnection::new(config) else {
                    return;
                };
                let mut tls = rustls::StreamOwned::new(conn, tcp);
                if read_head(&mut tls).is_none() {
                    return;
                }
                let who = tls
                    .conn
                    .peer_certificates()
                    .and_then(|certs| certs.first())
                    .and_then(|leaf| known.iter().find(|(_, der)| der == leaf))
                    .map_or("none", |(name, _)| *name);
                let response = format!(
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{who}",
                    who.len()
                );
                let _ = tls.write_all(response.as_bytes());
                let _ = tls.flush();
                tls.conn.send_close_notify();
                let _ = tls.flush();
            });
        }
    });
    port
}

/// A collection whose requests each check the certificate name the server saw.
fn collection(dir: &Path, requests: &[(&str, &str)]) -> PathBuf {
    let items: Vec<Value> = requests
        .iter()
        .map(|(url, expected)| {
            json!({
                "name": format!("{url} sends {expected}"),
                "request": url,
                "event": [{"listen": "test", "script": {"exec": [
                    format!("pm.test('certificate', function () {{ pm.expect(pm.response.text()).to.equal('{expected}'); }});")
                ]}}]
            })
        })
        .collect();
    let path = dir.join("c.json");
    std::fs::write(
        &path,
        json!({"info": {"name": "mtls"}, "item": items}).to_string(),
    )
    .expect("write collection");
    path
}

fn run(dir: &Path, collection: &Path, extra: &[&str]) -> (Output, Option<Value>) {
    let report = dir.join("report.json");
    let _ = std::fs::remove_file(&report);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("run")
        .arg(collection)
        .arg("--ssl-extra-ca-certs")
        .arg(fixture("ca.pem"))
        .args(["-r", "json", "--reporter-json-export"])
        .arg(&report)
        .args(extra)
        .current_dir(dir)
        .output()
        .expect("postie runs");
    let summary = std::fs::read_to_string(&report)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok());
    (out, summary)
}

/// Every request got its expected certificate (assertions and request errors are listed).
fn assert_all_passed(out: &Output, summary: Option<Value>) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    let summary = summary.unwrap_or_else(|| panic!("no report; stderr: {stderr}"));
    let failures: Vec<String> = summary["run"]["failures"]
        .as_array()
        .map(|f| {
            f.iter()
                .map(|f| format!("{}: {}", f["source"]["name"], f["error"]["message"]))
                .collect()
        })
        .unwrap_or_default();
    assert!(failures.is_empty(), "{failures:#?}\n{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

fn p(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

#[test]
fn pem_certificate_and_key_plain_and_encrypted() {
    let port = mtls_server();
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("https://localhost:{port}/x");
    let c = collection(dir.path(), &[(&url, "client-a")]);
    let (cert, key, enc) = (
        fixture("client-a.pem"),
        fixture("client-a.key"),
        fixture("client-a.enc.key"),
    );
    let (out, summary) = run(
        dir.path(),
        &c,
        &["--ssl-client-cert", p(&cert), "--ssl-client-key", p(&key)],
    );
    assert_all_passed(&out, summary);
    let (out, summary) = run(
        dir.path(),
        &c,
        &[
            "--ssl-client-cert",
            p(&cert),
            "--ssl-client-key",
            p(&enc),
            "--ssl-client-passphrase",
            "secret",
        ],
    );
    assert_all_passed(&out, summary);
    // no certificate given: the server sees none
    let c = collection(dir.path(), &[(&url, "none")]);
    let (out, summary) = run(dir.path(), &c, &[]);
    assert_all_passed(&out, summary);
}

#[test]
fn pfx_with_passphrase_current_and_legacy_encryption() {
    let port = mtls_server();
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("https://127.0.0.1:{port}/");
    let c = collection(dir.path(), &[(&url, "client-b")]);
    for file in ["client-b.p12", "client-b-legacy.pfx"] {
        let pfx = fixture(file);
        let (out, summary) = run(
            dir.path(),
            &c,
            &[
                "--ssl-client-cert",
                p(&pfx),
                "--ssl-client-passphrase",
                "secret",
            ],
        );
        assert_all_passed(&out, summary);
    }
}

#[test]
fn cert_list_chooses_by_url_and_comes_before_ssl_client_cert() {
    let port = mtls_server();
    let dir = tempfile::tempdir().expect("temp dir");
    // relative paths in the list are read from the working directory
    for f in ["client-a.pem", "client-a.enc.key", "client-b.p12"] {
        std::fs::copy(fixture(f), dir.path().join(f)).expect("copy fixture");
    }
    let list = dir.path().join("certs.json");
    std::fs::write(
        &list,
        json!([
            {"name": "a", "matches": [format!("https://localhost:{port}/a/*")],
             "cert": {"src": "client-a.pem"}, "key": {"src": "client-a.enc.key"}, "passphrase": "secret"},
            {"name": "b", "matches": ["https://127.0.0.1:*/*", "https://*.example.invalid/*"],
             "pfx": {"src": "client-b.p12"}, "passphrase": "secret"}
        ])
        .to_string(),
    )
    .expect("write list");
    let c = collection(
        dir.path(),
        &[
            (&format!("https://localhost:{port}/a/1"), "client-a"),
            (&format!("https://127.0.0.1:{port}/a/1"), "client-b"),
            (&format!("https://localhost:{port}/b"), "none"),
        ],
    );
    let (out, summary) = run(dir.path(), &c, &["--ssl-client-cert-list", "certs.json"]);
    assert_all_passed(&out, summary);

    // --ssl-client-cert is the fallback for the URLs no list entry matches
    let c = collection(
        dir.path(),
        &[
            (&format!("https://localhost:{port}/a/1"), "client-a"),
            (&format!("https://localhost:{port}/b"), "client-b"),
        ],
    );
    let pfx = fixture("client-b-legacy.pfx");
    let (out, summary) = run(
        dir.path(),
        &c,
        &[
            "--ssl-client-cert-list",
            "certs.json",
            "--ssl-client-cert",
            p(&pfx),
            "--ssl-client-passphrase",
            "secret",
        ],
    );
    assert_all_passed(&out, summary);
}

#[test]
fn wrong_passphrase_or_bad_files_are_clear_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let c = collection(dir.path(), &[("https://localhost:1/", "none")]);
    let pfx = fixture("client-b.p12");
    let enc = fixture("client-a.enc.key");
    let cert = fixture("client-a.pem");
    let not_a_pfx = dir.path().join("junk.p12");
    std::fs::write(&not_a_pfx, b"\x30\x03junk").expect("write junk");
    let list = dir.path().join("list.json");
    std::fs::write(
        &list,
        r#"[{"name": "gone", "matches": ["https://*/*"], "cert": {"src": "missing.pem"}}]"#,
    )
    .expect("write list");
    let cases: Vec<(Vec<&str>, String)> = vec![
        (
            vec![
                "--ssl-client-cert",
                p(&pfx),
                "--ssl-client-passphrase",
                "wrong",
            ],
            format!("client certificate {}: wrong passphrase", pfx.display()),
        ),
        (
            vec!["--ssl-client-cert", p(&pfx)],
            format!("client certificate {}: wrong passphrase", pfx.display()),
        ),
        (
            vec![
                "--ssl-client-cert",
                p(&cert),
                "--ssl-client-key",
                p(&enc),
                "--ssl-client-passphrase",
                "nope",
            ],
            format!("client key {}: wrong passphrase", enc.display()),
        ),
        (
            vec!["--ssl-client-cert", p(&cert), "--ssl-client-key", p(&enc)],
            format!("client key {} is encrypted", enc.display()),
        ),
        (
            vec![
                "--ssl-client-cert",
                p(&not_a_pfx),
                "--ssl-client-passphrase",
                "x",
            ],
            format!(
                "client certificate {}: not a readable PFX/P12 file",
                not_a_pfx.display()
            ),
        ),
        (
            vec!["--ssl-client-cert-list", "list.json"],
            "unable to read client certificate".to_string(),
        ),
        (
            vec!["--ssl-client-cert-list", "absent.json"],
            "unable to read the ssl client certificates file absent.json".to_string(),
        ),
    ];
    for (args, expected) in cases {
        let (out, _) = run(dir.path(), &c, &args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(&expected), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}
