//! Equivalents of the two helper servers Newman's integration runner starts (ports 4041 and 4042), here on
//! ephemeral ports.

use super::http::{self, Recorded, Reply};
use serde_json::json;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::thread;

/// The "4041" server: answers 200 text/plain whose body is the raw request bytes, and whose `raw-request`
/// header holds them JSON-encoded (no body for HEAD). One request per connection.
pub fn spawn_raw_echo() -> std::io::Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    thread::Builder::new()
        .name("raw-echo".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                let _ = thread::Builder::new().spawn(move || raw_echo_connection(stream));
            }
        })?;
    Ok(port)
}

fn raw_echo_connection(stream: TcpStream) {
    let Ok(mut out) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut raw = Vec::new();
    let mut content_length = 0usize;
    loop {
        let mut line = Vec::new();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        raw.extend_from_slice(&line);
        let text = String::from_utf8_lossy(&line);
        if let Some((k, v)) = text.split_once(':') {
            if k.trim().eq_ignore_ascii_case("content-length") {
                content_length = v.trim().parse().unwrap_or(0);
            }
        }
        if line == b"\r\n" || line == b"\n" {
            break;
        }
    }
    let mut body = vec![0; content_length];
    if reader.read_exact(&mut body).is_ok() {
        raw.extend_from_slice(&body);
    }
    let head_only = raw.starts_with(b"HEAD ");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let encoded = serde_json::to_string(&text).unwrap_or_default();
    let mut reply = Reply::new(200, "text/plain", raw).header("raw-request", &encoded);
    reply.close = true;
    let _ = http::write_reply(&mut out, &reply, head_only);
    let _ = out.flush();
}

/// The "4042" server: `/N` redirects (302) to `/N-1` until `/`; `/status/NNN` answers NNN with `Location: /`;
/// anything else answers 200 JSON `{url, method, headers, data}` describing the request.
pub fn spawn_redirect_server() -> std::io::Result<u16> {
    http::spawn(Arc::new(redirect_route))
}

fn redirect_route(req: &Recorded) -> Reply {
    let path = req.path();
    let seg = path.trim_start_matches('/');
    if let Ok(n) = seg.parse::<u32>() {
        let next = if n <= 1 {
            "/".to_string()
        } else {
            format!("/{}", n - 1)
        };
        return Reply::new(302, "text/plain", format!("Found. Redirecting to {next}"))
            .header("Location", &next);
    }
    if let Some(code) = seg
        .strip_prefix("status/")
        .and_then(|c| c.parse::<u16>().ok())
    {
        return Reply::new(code, "text/plain", "").header("Location", "/");
    }
    let mut headers = serde_json::Map::new();
    for (k, v) in &req.headers {
        headers.insert(k.to_ascii_lowercase(), json!(v));
    }
    let data = String::from_utf8_lossy(&req.body).into_owned();
    Reply::json(
        200,
        &json!({ "url": req.target, "method": req.method, "headers": headers, "data": data }),
    )
}
