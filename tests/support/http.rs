//! A minimal HTTP/1.1 server on std threads: it parses requests itself so that it can record them exactly as
//! received (raw request target, header names in their original case and order, body bytes).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;

/// One request as it arrived on the wire.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    /// The request target exactly as sent (path and query).
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn path(&self) -> &str {
        self.target
            .split_once('?')
            .map_or(self.target.as_str(), |(p, _)| p)
    }

    pub fn query(&self) -> Option<&str> {
        self.target.split_once('?').map(|(_, q)| q)
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn header_all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// A response to write back; `content-length` is added when it is written.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Close the connection after this response.
    pub close: bool,
}

impl Reply {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        let mut headers = Vec::new();
        if !content_type.is_empty() {
            headers.push(("Content-Type".to_string(), content_type.to_string()));
        }
        Reply {
            status,
            headers,
            body: body.into(),
            close: false,
        }
    }

    pub fn json(status: u16, value: &serde_json::Value) -> Reply {
        Reply::new(
            status,
            "application/json; charset=utf-8",
            serde_json::to_vec(value).unwrap_or_default(),
        )
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }
}

pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        418 => "I'm a Teapot",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Unknown",
    }
}

pub type Handler = dyn Fn(&Recorded) -> Reply + Send + Sync;

/// Bind 127.0.0.1:0 and serve `handler` on background threads (one per connection) for the life of the process.
pub fn spawn(handler: Arc<Handler>) -> std::io::Result<u16> {
    spawn_with_stop(handler, Arc::new(AtomicBool::new(false)))
}

/// Like `spawn`; the accept loop ends at the first connection after `stop` is set.
pub fn spawn_with_stop(handler: Arc<Handler>, stop: Arc<AtomicBool>) -> std::io::Result<u16> {
    spawn_with_stop_on(handler, stop, 0)
}

/// Like `spawn_with_stop` on a fixed port (0: any); a port still held by a server that is
/// stopping is retried for a few seconds.
pub fn spawn_with_stop_on(
    handler: Arc<Handler>,
    stop: Arc<AtomicBool>,
    port: u16,
) -> std::io::Result<u16> {
    let mut tries = 0;
    let listener = loop {
        match TcpListener::bind(("127.0.0.1", port)) {
            Ok(l) => break l,
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse && port != 0 && tries < 60 => {
                tries += 1;
                thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(e) => return Err(e),
        }
    };
    let port = listener.local_addr()?.port();
    thread::Builder::new()
        .name(format!("test-server-{port}"))
        .spawn(move || {
            for stream in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    return;
                }
                let Ok(stream) = stream else { continue };
                let handler = handler.clone();
                let _ = thread::Builder::new().spawn(move || serve_connection(stream, handler));
            }
        })?;
    Ok(port)
}

fn serve_connection(stream: TcpStream, handler: Arc<Handler>) {
    let _ = stream.set_nodelay(true);
    let Ok(write_half) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut writer = write_half;
    while let Some(req) = read_request(&mut reader) {
        let reply = handler(&req);
        let head_only = req.method.eq_ignore_ascii_case("HEAD");
        let wants_close = req
            .header("connection")
            .is_some_and(|v| v.eq_ignore_ascii_case("close"));
        if write_reply(&mut writer, &reply, head_only).is_err() || reply.close || wants_close {
            return;
        }
    }
}

pub fn write_reply(w: &mut impl Write, reply: &Reply, head_only: bool) -> std::io::Result<()> {
    let mut out = format!("HTTP/1.1 {} {}\r\n", reply.status, reason(reply.status)).into_bytes();
    for (k, v) in &reply.headers {
        out.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    if !(reply.status == 204 || reply.status == 304 || (100..200).contains(&reply.status)) {
        out.extend_from_slice(format!("Content-Length: {}\r\n", reply.body.len()).as_bytes());
    }
    if reply.close {
        out.extend_from_slice(b"Connection: close\r\n");
    }
    out.extend_from_slice(b"\r\n");
    if !head_only {
        out.extend_from_slice(&reply.body);
    }
    w.write_all(&out)?;
    w.flush()
}

fn read_line(r: &mut impl BufRead) -> Option<String> {
    let mut buf = Vec::new();
    let n = r.read_until(b'\n', &mut buf).ok()?;
    if n == 0 {
        return None;
    }
    while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        buf.pop();
    }
    Some(String::from_utf8_lossy(&buf).into_owned())
}

/// Read one request; None at end of stream or on a malformed request.
pub fn read_request(r: &mut impl BufRead) -> Option<Recorded> {
    // anything but an HTTP request line (a TLS ClientHello, say) ends the connection instead of hanging it
    let first = *r.fill_buf().ok()?.first()?;
    if !(first.is_ascii_alphabetic() || first == b'\r' || first == b'\n') {
        return None;
    }
    let mut line = read_line(r)?;
    while line.is_empty() {
        line = read_line(r)?;
    }
    let mut parts = line.splitn(3, ' ');
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let mut headers = Vec::new();
    loop {
        let h = read_line(r)?;
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let mut req = Recorded {
        method,
        target,
        headers,
        body: Vec::new(),
    };
    if req
        .header("transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"))
    {
        req.body = read_chunked(r)?;
    } else if let Some(len) = req
        .header("content-length")
        .and_then(|v| v.parse::<usize>().ok())
    {
        let mut body = vec![0; len];
        r.read_exact(&mut body).ok()?;
        req.body = body;
    }
    Some(req)
}

fn read_chunked(r: &mut impl BufRead) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let size_line = read_line(r)?;
        let size = usize::from_str_radix(size_line.split(';').next()?.trim(), 16).ok()?;
        if size == 0 {
            while !read_line(r)?.is_empty() {}
            return Some(body);
        }
        let start = body.len();
        body.resize(start + size, 0);
        r.read_exact(&mut body[start..]).ok()?;
        read_line(r)?;
    }
}
