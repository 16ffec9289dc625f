//! NTLM end to end against a server that speaks the server side (`support::ntlm`) and accepts
//! the type 3 message only on the connection that received the challenge.
//! `POSTIE_BIN=/tmp/pmdiff/node_modules/.bin/newman cargo test --test ntlm_auth` runs Newman
//! against the same server.

mod support;

use serde_json::json;
use std::io::BufReader;
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use support::http::{read_request, write_reply};

/// What the server saw: (connection number, NTLM message type or 0 for none, answer status).
type Log = Arc<Mutex<Vec<(usize, u32, u16)>>>;

fn start_server(password: &'static str) -> (u16, Log) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("bind: {e}"));
    let port = listener.local_addr().map(|a| a.port()).unwrap_or_default();
    let log: Log = Arc::default();
    let log2 = log.clone();
    std::thread::spawn(move || {
        for (n, stream) in listener.incoming().enumerate() {
            let Ok(stream) = stream else { continue };
            let log = log2.clone();
            std::thread::spawn(move || serve(n, stream, password, &log));
        }
    });
    (port, log)
}

fn serve(connection: usize, stream: TcpStream, password: &str, log: &Log) {
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut challenged = false;
    while let Some(req) = read_request(&mut reader) {
        let kind = support::ntlm::message_type(&req);
        let reply = support::ntlm::answer(&req, password, challenged);
        challenged |= kind == 1;
        if let Ok(mut l) = log.lock() {
            l.push((connection, kind, reply.status));
        }
        if write_reply(&mut writer, &reply, false).is_err() {
            return;
        }
    }
}

fn collection(port: u16, password: &str) -> serde_json::Value {
    json!({
        "info": {"name": "ntlm", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{
            "name": "ntlm",
            "request": {
                "method": "GET",
                "url": format!("http://127.0.0.1:{port}/ntlm"),
                "auth": {"type": "ntlm", "ntlm": [
                    {"key": "username", "value": "DOM\\bob", "type": "string"},
                    {"key": "password", "value": password, "type": "string"},
                    {"key": "workstation", "value": "ws", "type": "string"}
                ]}
            },
            "event": [{"listen": "test", "script": {"exec": [
                "pm.test('authenticated', () => pm.expect(pm.response.json().user).to.eql('bob'));"
            ]}}]
        }]
    })
}

#[test]
fn ntlm_negotiates_on_one_connection() {
    let (port, log) = start_server("s3cret");
    let dir = support::temp_dir();
    let out = support::runner::run_collection(dir.path(), &collection(port, "s3cret"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    let seen = log.lock().map(|l| l.clone()).unwrap_or_default();
    let connection = seen.first().map_or(usize::MAX, |s| s.0);
    assert_eq!(
        seen,
        [
            (connection, 0, 401),
            (connection, 1, 401),
            (connection, 3, 200)
        ],
        "{stdout}"
    );
}

#[test]
fn ntlm_wrong_password_ends_with_the_401() {
    let (port, log) = start_server("s3cret");
    let dir = support::temp_dir();
    let out = support::runner::run_collection(dir.path(), &collection(port, "wrong"));
    assert!(!out.status.success());
    let kinds: Vec<(u32, u16)> = log
        .lock()
        .map(|l| l.iter().map(|s| (s.1, s.2)).collect())
        .unwrap_or_default();
    assert_eq!(kinds, [(0, 401), (1, 401), (3, 401)]);
}
