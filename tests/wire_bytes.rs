//! What goes on the wire, byte for byte, against a raw TCP server that records every request
//! and the connection it came on: header names as written (lower, mixed and upper case) and in
//! Newman's order, the path as written (`/a/./b/../c`), nothing added; and the responses Node
//! reads: chunked with trailers, delimited by the end of the connection, HEAD and 204 without a
//! body, response header names kept as received, the reason phrase as sent; one kept-alive
//! connection for consecutive requests, and a kept-alive connection the server closed while
//! idle replaced by a new one without an error.

use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// (connection number, the request's exact bytes)
type Log = Arc<Mutex<Vec<(usize, Vec<u8>)>>>;

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The answer to a request for `path`, and whether the server closes the connection after it
/// (`Some(delay)`: that long after answering).
fn answer(path: &str) -> (Vec<u8>, Option<Duration>) {
    match path {
        "/chunked" => (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Kind: chunked\r\n\r\n\
              5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n"
                .to_vec(),
            None,
        ),
        "/head" => (
            b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\nX-Kind: head\r\n\r\n".to_vec(),
            None,
        ),
        "/204" => (
            b"HTTP/1.1 204 No Content\r\nX-Kind: empty\r\n\r\n".to_vec(),
            None,
        ),
        "/close" => (
            b"HTTP/1.1 200 OK\r\nX-Kind: close\r\nConnection: close\r\n\r\nuntil the end".to_vec(),
            Some(Duration::ZERO),
        ),
        "/idle-close" => (
            b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nidle".to_vec(),
            Some(Duration::from_millis(50)),
        ),
        _ => (
            b"HTTP/1.1 200 Fine Thanks\r\nX-Mixed-Case: a\r\nlower-one: b\r\nUPPER-ONE: c\r\n\
              Content-Length: 2\r\n\r\nok"
                .to_vec(),
            None,
        ),
    }
}

fn serve(mut stream: TcpStream, id: usize, log: Log) {
    let mut buf = Vec::new();
    loop {
        let head_end = loop {
            if let Some(i) = find(&buf, b"\r\n\r\n") {
                break i + 4;
            }
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk) {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0);
        while buf.len() < head_end + length {
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk) {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        let request: Vec<u8> = buf.drain(..head_end + length).collect();
        let path = String::from_utf8_lossy(&request)
            .split(' ')
            .nth(1)
            .unwrap_or("/")
            .split('?')
            .next()
            .unwrap_or("/")
            .to_string();
        log.lock().unwrap().push((id, request));
        let (response, close) = answer(&path);
        if stream.write_all(&response).is_err() {
            return;
        }
        if let Some(delay) = close {
            std::thread::sleep(delay);
            let _ = stream.shutdown(std::net::Shutdown::Both);
            return;
        }
    }
}

fn start() -> (u16, Log) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let log: Log = Arc::default();
    let log2 = log.clone();
    std::thread::spawn(move || {
        for (id, stream) in listener.incoming().flatten().enumerate() {
            let log = log2.clone();
            std::thread::spawn(move || serve(stream, id, log));
        }
    });
    (port, log)
}

fn item(name: &str, method: &str, url: &str, headers: Value, tests: &str) -> Value {
    json!({
        "name": name,
        "request": {"method": method, "header": headers, "url": url},
        "event": [{"listen": "test", "script": {"exec": [tests]}}]
    })
}

#[test]
fn requests_go_out_as_written_and_responses_are_read_like_node() {
    let (port, log) = start();
    let base = format!("http://127.0.0.1:{port}");
    let headers = json!([
        {"key": "x-api-key", "value": "1"},
        {"key": "X-Custom", "value": "2"},
        {"key": "UPPER", "value": "3"}
    ]);
    let collection = json!({
        "info": {"name": "wire"},
        "item": [
            item("as written", "GET", &format!("{base}/a/./b/../c?q=1"), headers,
                "pm.test('reason and header case', () => {
                   pm.expect(pm.response.status).to.equal('Fine Thanks');
                   pm.expect(pm.response.headers.map(h => h.key)).to.eql(
                     ['X-Mixed-Case', 'lower-one', 'UPPER-ONE', 'Content-Length']);
                   pm.expect(pm.response.text()).to.equal('ok');
                 });"),
            item("chunked", "POST", &format!("{base}/chunked"), json!([]),
                "pm.test('chunked body', () => {
                   pm.expect(pm.response.text()).to.equal('hello world');
                   pm.expect(pm.response.headers.get('X-Kind')).to.equal('chunked');
                 });"),
            item("head", "HEAD", &format!("{base}/head"), json!([]),
                "pm.test('head', () => { pm.expect(pm.response.text()).to.equal('');
                   pm.expect(pm.response.headers.get('X-Kind')).to.equal('head'); });"),
            item("no content", "GET", &format!("{base}/204"), json!([]),
                "pm.test('204', () => { pm.expect(pm.response.code).to.equal(204);
                   pm.expect(pm.response.text()).to.equal(''); });"),
            item("until close", "GET", &format!("{base}/close"), json!([]),
                "pm.test('close-delimited', () => {
                   pm.expect(pm.response.text()).to.equal('until the end'); });"),
            item("idle close", "GET", &format!("{base}/idle-close"), json!([]),
                "pm.test('idle', () => pm.expect(pm.response.text()).to.equal('idle'));"),
            item("after idle close", "GET", &format!("{base}/after"), json!([]),
                "pm.test('retried on a new connection', () =>
                   pm.expect(pm.response.text()).to.equal('ok'));"),
        ]
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.json");
    std::fs::write(&path, collection.to_string()).unwrap();
    let report = dir.path().join("report.json");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("run")
        .arg(&path)
        // the kept-alive connection is closed by the server while postie waits
        .args(["--delay-request", "300", "--timeout-request", "3000"])
        .args(["-r", "json", "--reporter-json-export"])
        .arg(&report)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let summary: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let failures = &summary["run"]["failures"];
    assert_eq!(failures, &json!([]), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let executions = summary["run"]["executions"].as_array().unwrap();
    assert_eq!(executions.len(), 7);
    assert!(executions.iter().all(|e| e["requestError"].is_null()));
    assert_eq!(
        executions[0]["response"]["header"],
        json!([
            {"key": "X-Mixed-Case", "value": "a"},
            {"key": "lower-one", "value": "b"},
            {"key": "UPPER-ONE", "value": "c"},
            {"key": "Content-Length", "value": "2"}
        ])
    );

    let log = log.lock().unwrap().clone();
    let text = |i: usize| String::from_utf8_lossy(&log[i].1).into_owned();
    // the request exactly as Newman 6.2.2 writes it
    let first = text(0);
    let token_start = first.find("Postman-Token: ").unwrap() + "Postman-Token: ".len();
    let token_end = token_start + first[token_start..].find("\r\n").unwrap();
    let masked = format!("{}X{}", &first[..token_start], &first[token_end..]);
    assert_eq!(
        masked,
        format!(
            "GET /a/./b/../c?q=1 HTTP/1.1\r\nx-api-key: 1\r\nX-Custom: 2\r\nUPPER: 3\r\n\
             User-Agent: PostmanRuntime/7.39.1\r\nAccept: */*\r\nCache-Control: no-cache\r\nPostman-Token: X\r\n\
             Host: 127.0.0.1:{port}\r\nAccept-Encoding: gzip, deflate, br\r\nConnection: keep-alive\r\n\r\n"
        )
    );
    assert!(text(1).starts_with("POST /chunked HTTP/1.1\r\n"));
    assert!(
        text(1).ends_with("\r\nContent-Length: 0\r\n\r\n"),
        "{}",
        text(1)
    );
    assert!(text(2).starts_with("HEAD /head HTTP/1.1\r\n"));

    let paths: Vec<(usize, String)> = log
        .iter()
        .map(|(id, raw)| {
            let line = String::from_utf8_lossy(raw);
            (*id, line.split(' ').nth(1).unwrap_or_default().to_string())
        })
        .collect();
    assert_eq!(
        paths,
        [
            // one kept-alive connection, up to the response that closes it
            (0, "/a/./b/../c?q=1".to_string()),
            (0, "/chunked".to_string()),
            (0, "/head".to_string()),
            (0, "/204".to_string()),
            (0, "/close".to_string()),
            (1, "/idle-close".to_string()),
            // connection 1 was closed by the server while idle: sent again on a new one
            (2, "/after".to_string()),
        ]
    );
}
