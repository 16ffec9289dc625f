//! HTTPS against a local rustls server: `-k`, `strictSSL`, `--ssl-extra-ca-certs`, and the
//! certificate errors Newman 6.2.2 reports (checked with `openssl s_server`: a self-signed
//! `openssl req -x509` certificate → "self-signed certificate"; a leaf from an unknown CA →
//! "unable to verify the first certificate").

use super::*;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use serde_json::json;
use std::io::{Read, Write};
use std::sync::Arc;

const CERTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/http/tests/certs");

/// Serves `ok` over TLS with the given certificate/key files (one connection per request).
fn tls_server(cert: &str, key: &str) -> u16 {
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(format!("{CERTS}/{cert}"))
            .unwrap()
            .map(|c| c.unwrap())
            .collect();
    let key = PrivateKeyDer::from_pem_file(format!("{CERTS}/{key}")).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .unwrap();
    let config = Arc::new(config);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for tcp in listener.incoming().flatten() {
            let config = config.clone();
            std::thread::spawn(move || {
                let conn = rustls::ServerConnection::new(config).unwrap();
                let mut tls = rustls::StreamOwned::new(conn, tcp);
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut chunk) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let _ = tls.write_all(
                    b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
                );
                let _ = tls.flush();
                tls.conn.send_close_notify();
                let _ = tls.flush();
            });
        }
    });
    port
}

fn get_https(port: u16) -> PreparedRequest {
    let request: Request =
        serde_json::from_value(json!({"url": format!("https://127.0.0.1:{port}/")})).unwrap();
    prepare(
        &request,
        &Scopes::default(),
        None,
        &ProtocolProfileBehavior::default(),
        &options(),
    )
    .unwrap()
}

fn strict(flag: bool) -> ProtocolProfileBehavior {
    ProtocolProfileBehavior {
        strict_ssl: Some(flag),
        ..Default::default()
    }
}

#[test]
fn self_signed_certificate_needs_k_or_strict_ssl_false() {
    let port = tls_server("self.pem", "self.key");
    let request = get_https(port);
    let client = HttpClient::new(&options()).unwrap();
    let e = client
        .send(&request, &ProtocolProfileBehavior::default())
        .unwrap_err();
    assert_eq!(
        (e.code.as_deref(), e.message.as_str()),
        (
            Some("DEPTH_ZERO_SELF_SIGNED_CERT"),
            "self-signed certificate"
        )
    );
    let r = client.send(&request, &strict(false)).unwrap();
    assert_eq!(r.body, b"ok");

    let insecure = HttpClient::new(&HttpOptions {
        insecure: true,
        ..options()
    })
    .unwrap();
    assert_eq!(
        insecure
            .send(&request, &ProtocolProfileBehavior::default())
            .unwrap()
            .code,
        200
    );
    // strictSSL: true in the collection wins over -k
    assert!(insecure.send(&request, &strict(true)).is_err());
}

#[test]
fn extra_ca_certs_trust_a_private_ca() {
    let port = tls_server("leaf.pem", "leaf.key");
    let request = get_https(port);
    let plain = HttpClient::new(&options()).unwrap();
    let e = plain
        .send(&request, &ProtocolProfileBehavior::default())
        .unwrap_err();
    assert_eq!(e.message, "unable to verify the first certificate");
    let with_ca = HttpClient::new(&HttpOptions {
        extra_ca_certs: Some(format!("{CERTS}/ca.pem").into()),
        ..options()
    })
    .unwrap();
    let r = with_ca
        .send(&request, &ProtocolProfileBehavior::default())
        .unwrap();
    assert_eq!((r.code, r.body.as_slice()), (200, &b"ok"[..]));
}

#[test]
fn client_certificate_pem_is_accepted_and_a_broken_encrypted_key_refused() {
    let ok = HttpClient::new(&HttpOptions {
        client_cert: Some(format!("{CERTS}/leaf.pem").into()),
        client_key: Some(format!("{CERTS}/leaf.key").into()),
        ..options()
    });
    assert!(ok.is_ok(), "{:?}", ok.err());
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("enc.key");
    std::fs::write(
        &key,
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n",
    )
    .unwrap();
    let e = HttpClient::new(&HttpOptions {
        client_cert: Some(format!("{CERTS}/leaf.pem").into()),
        client_key: Some(key),
        client_passphrase: Some("secret".into()),
        ..options()
    })
    .err()
    .unwrap();
    assert!(e.contains("malformed encrypted key"), "{e}");
}
