//! A recording HTTPS server on 127.0.0.1 with a certificate of `fixtures/tls` (see
//! `fixtures/tls/make.sh`): it keeps each request head as received and answers `200`, body
//! `secure`, closing the connection.

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/tls")
        .join(name)
}

/// A server configuration with `<name>.pem` (the chain) and `<name>.key`, asking for no client
/// certificate.
fn server_config(name: &str) -> rustls::ServerConfig {
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(fixture(&format!("{name}.pem")))
            .expect("certificate file")
            .map(|c| c.expect("certificate"))
            .collect();
    let key = PrivateKeyDer::from_pem_file(fixture(&format!("{name}.key"))).expect("key");
    rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .expect("protocols")
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .expect("server config")
}

/// Reads from `stream` up to the end of a request head; `None` when it closes or fails first.
pub fn read_head(stream: &mut impl Read) -> Option<Vec<u8>> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return None,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    Some(buf)
}

pub struct TlsServer {
    pub port: u16,
    log: Arc<Mutex<Vec<String>>>,
}

impl TlsServer {
    /// Serves with `<name>.pem` (the chain) and `<name>.key`.
    pub fn start(name: &str) -> TlsServer {
        let config = Arc::new(server_config(name));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("address").port();
        let log: Arc<Mutex<Vec<String>>> = Arc::default();
        let shared = log.clone();
        std::thread::spawn(move || {
            for tcp in listener.incoming().flatten() {
                let (config, log) = (config.clone(), shared.clone());
                std::thread::spawn(move || {
                    let Ok(conn) = rustls::ServerConnection::new(config) else {
                        return;
                    };
                    let mut tls = rustls::StreamOwned::new(conn, tcp);
                    let Some(buf) = read_head(&mut tls) else {
                        return;
                    };
                    if let Ok(mut l) = log.lock() {
                        l.push(String::from_utf8_lossy(&buf).into_owned());
                    }
                    let _ = tls.write_all(
                        b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\nsecure",
                    );
                    let _ = tls.flush();
                    tls.conn.send_close_notify();
                    let _ = tls.flush();
                });
            }
        });
        TlsServer { port, log }
    }

    /// The request heads received.
    pub fn received(&self) -> Vec<String> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

/// TLS in front of `127.0.0.1:<target>` (an `https://` proxy made of a plain one): decrypts
/// with the `name` certificate and copies both ways. Returns its port.
pub fn tls_front(name: &str, target: u16) -> u16 {
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server_config(name)));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("non-blocking");
    let port = listener.local_addr().expect("address").port();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            while let Ok((tcp, _)) = listener.accept().await {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    let Ok(mut upstream) =
                        tokio::net::TcpStream::connect(("127.0.0.1", target)).await
                    else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut upstream).await;
                });
            }
        });
    });
    port
}
