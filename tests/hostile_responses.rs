//! A server's response cannot take the run down: a body past `--max-response-size` (declared,
//! streamed, or a compression bomb) fails its own request, and the run goes on to write back what it
//! captured.

use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;

/// Serves `responses` (raw bytes) to the connections made to it, one response per connection.
fn serve(responses: Vec<Vec<u8>>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for response in responses {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).is_ok_and(|n| n == 1) {
                head.push(byte[0]);
            }
            // the client may hang up early (it refuses the body): that is the point
            let _ = stream.write_all(&response);
        }
    });
    port
}

fn with_body(extra_headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\n{extra_headers}Content-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

fn chunked(total: usize) -> Vec<u8> {
    let mut out =
        b"HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    let chunk = vec![b'x'; 64 * 1024];
    let mut sent = 0;
    while sent < total {
        out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(&chunk);
        out.extend_from_slice(b"\r\n");
        sent += chunk.len();
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

fn gzip_bomb(decoded: usize) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..decoded >> 20 {
        encoder.write_all(&zeros).expect("compress");
    }
    encoder.finish().expect("compress")
}

/// Runs one item that captures a token, then one item per hostile response, with --write-back.
fn run(dir: &Path, hostile: Vec<Vec<u8>>, limit: &str) -> (std::process::Output, Value, Value) {
    let count = hostile.len();
    let mut responses = vec![with_body("", br#"{"access_token":"tok-1"}"#)];
    responses.extend(hostile);
    let port = serve(responses);
    let mut items = vec![json!({
        "name": "login",
        "request": format!("http://127.0.0.1:{port}/login"),
        "event": [{"listen": "test", "script": {"exec": [
            "pm.environment.set('token', pm.response.json().access_token);"
        ]}}]
    })];
    for i in 0..count {
        items.push(json!({
            "name": format!("hostile {i}"),
            "request": format!("http://127.0.0.1:{port}/hostile/{i}"),
            "event": [{"listen": "test", "script": {"exec": [
                "pm.test('the run goes on', function () {});"
            ]}}]
        }));
    }
    let collection = dir.join("c.json");
    std::fs::write(
        &collection,
        json!({"info": {"name": "hostile"}, "item": items}).to_string(),
    )
    .expect("write collection");
    let env = dir.join("env.json");
    std::fs::write(&env, r#"{"name": "e", "values": []}"#).expect("write env");
    let report = dir.join("report.json");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("run")
        .arg(&collection)
        .arg("-e")
        .arg(&env)
        .args(["--write-back", "--max-response-size", limit])
        .args(["-r", "cli,json", "--reporter-json-export"])
        .arg(&report)
        .output()
        .expect("postie runs");
    let read = |p: &Path| -> Value {
        serde_json::from_str(&std::fs::read_to_string(p).expect("written")).expect("JSON")
    };
    (out, read(&report), read(&env))
}

#[test]
fn oversized_bodies_fail_their_request_and_the_run_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let declared =
        b"HTTP/1.1 200 OK\r\nContent-Length: 2147483648\r\nConnection: close\r\n\r\nxx".to_vec();
    let bomb = with_body("Content-Encoding: gzip\r\n", &gzip_bomb(16 << 20));
    let (out, report, env) = run(dir.path(), vec![declared, chunked(3 << 20), bomb], "1MiB");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed request fails the run: {stderr}"
    );
    let executions = report["run"]["executions"].as_array().expect("executions");
    assert_eq!(executions.len(), 4);
    for execution in &executions[1..] {
        assert_eq!(execution["requestError"]["code"], "ERR_RESPONSE_TOO_LARGE");
        assert_eq!(execution["assertions"][0]["assertion"], "the run goes on");
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let said = "response body larger than 1 MiB (raise it with --max-response-size)";
    assert!(stdout.matches(said).count() >= 3, "{stdout}");
    assert_eq!(env["values"][0]["key"], "token");
    assert_eq!(
        env["values"][0]["value"], "tok-1",
        "the captured token was written back"
    );
}

#[test]
fn a_body_within_the_limit_is_read_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bomb = with_body("Content-Encoding: gzip\r\n", &gzip_bomb(2 << 20));
    let (out, report, _) = run(dir.path(), vec![chunked(1 << 20), bomb], "2MiB");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let executions = report["run"]["executions"].as_array().expect("executions");
    assert_eq!(executions[1]["response"]["responseSize"], 1 << 20);
    assert_eq!(executions[2]["response"]["responseSize"], 2 << 20);
}
