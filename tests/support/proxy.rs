//! A recording proxy on 127.0.0.1 for the proxy tests: HTTP `CONNECT` tunnels, absolute-form
//! requests (answered by the proxy itself: `200`, body `proxied <request target>`), and SOCKS5
//! (no authentication, or user name and password). Every request head (or SOCKS5 request, as
//! `SOCKS5 host:port user:password`) is kept as received. With `credentials`, a request without
//! the matching `Proxy-Authorization` gets `407`.

use base64::Engine as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

pub struct RecordingProxy {
    pub port: u16,
    log: Arc<Mutex<Vec<String>>>,
}

impl RecordingProxy {
    /// A proxy that asks for `user:password`, or for nothing.
    pub fn start(credentials: Option<&str>) -> RecordingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the proxy");
        let port = listener.local_addr().expect("proxy address").port();
        let log: Arc<Mutex<Vec<String>>> = Arc::default();
        let expected = credentials.map(|c| c.to_string());
        let shared = log.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (log, expected) = (shared.clone(), expected.clone());
                std::thread::spawn(move || serve(stream, &log, expected.as_deref()));
            }
        });
        RecordingProxy { port, log }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// What it received: request heads, or SOCKS5 requests.
    pub fn received(&self) -> Vec<String> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

fn serve(stream: TcpStream, log: &Mutex<Vec<String>>, credentials: Option<&str>) {
    let mut first = [0u8; 1];
    if stream.peek(&mut first).ok() != Some(1) {
        return;
    }
    if first[0] == 5 {
        socks5(stream, log, credentials);
        return;
    }
    let Ok(write_half) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut writer = write_half;
    loop {
        let mut head = String::new();
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            head.push_str(&line);
            if line == "\r\n" {
                break;
            }
        }
        if let Ok(mut l) = log.lock() {
            l.push(head.clone());
        }
        let header = |name: &str| {
            head.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| v.trim().to_string())
            })
        };
        let length: usize = header("content-length")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let mut body = vec![0u8; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        if let Some(user_password) = credentials {
            let wanted = format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(user_password)
            );
            if header("proxy-authorization").as_deref() != Some(wanted.as_str()) {
                let _ = writer.write_all(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\n\
                      Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n",
                );
                continue;
            }
        }
        let mut words = head.split_whitespace();
        let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        if method == "CONNECT" {
            let Ok(upstream) = TcpStream::connect(target) else {
                let _ = writer.write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
                return;
            };
            let _ = writer.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
            // the client sends nothing more before the tunnel is open: nothing is buffered
            pipe(reader.into_inner(), upstream);
            return;
        }
        let answer = format!("proxied {target}");
        let response = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{answer}",
            answer.len()
        );
        if writer.write_all(response.as_bytes()).is_err() {
            return;
        }
    }
}

/// Copies both ways until either side closes.
fn pipe(client: TcpStream, upstream: TcpStream) {
    let (Ok(mut client_read), Ok(mut upstream_write)) = (client.try_clone(), upstream.try_clone())
    else {
        return;
    };
    let forward = std::thread::spawn(move || {
        let _ = std::io::copy(&mut client_read, &mut upstream_write);
        let _ = upstream_write.shutdown(Shutdown::Write);
    });
    let (mut upstream_read, mut client_write) = (upstream, client);
    let _ = std::io::copy(&mut upstream_read, &mut client_write);
    let _ = client_write.shutdown(Shutdown::Write);
    let _ = forward.join();
}

fn socks5(mut stream: TcpStream, log: &Mutex<Vec<String>>, credentials: Option<&str>) {
    let read = |n: usize, stream: &mut TcpStream| -> Option<Vec<u8>> {
        let mut buf = vec![0u8; n];
        stream.read_exact(&mut buf).ok().map(|_| buf)
    };
    let Some(hello) = read(2, &mut stream) else {
        return;
    };
    let Some(methods) = read(usize::from(hello[1]), &mut stream) else {
        return;
    };
    let mut user = String::new();
    if let Some(wanted) = credentials {
        if !methods.contains(&2) {
            let _ = stream.write_all(&[5, 0xff]);
            return;
        }
        let _ = stream.write_all(&[5, 2]);
        let Some(version_len) = read(2, &mut stream) else {
            return;
        };
        let name = read(usize::from(version_len[1]), &mut stream).unwrap_or_default();
        let Some(len) = read(1, &mut stream) else {
            return;
        };
        let password = read(usize::from(len[0]), &mut stream).unwrap_or_default();
        user = format!(
            " {}:{}",
            String::from_utf8_lossy(&name),
            String::from_utf8_lossy(&password)
        );
        let ok = user.trim() == wanted;
        let _ = stream.write_all(&[1, if ok { 0 } else { 1 }]);
        if !ok {
            return;
        }
    } else {
        let _ = stream.write_all(&[5, 0]);
    }
    let Some(request) = read(4, &mut stream) else {
        return;
    };
    let host = match request[3] {
        1 => read(4, &mut stream)
            .map(|b| std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string()),
        3 => read(1, &mut stream)
            .and_then(|len| read(usize::from(len[0]), &mut stream))
            .map(|name| String::from_utf8_lossy(&name).into_owned()),
        _ => None,
    };
    let (Some(host), Some(port)) = (host, read(2, &mut stream)) else {
        return;
    };
    let port = u16::from_be_bytes([port[0], port[1]]);
    if let Ok(mut l) = log.lock() {
        l.push(format!("SOCKS5 {host}:{port}{user}"));
    }
    let Ok(upstream) = TcpStream::connect((host.as_str(), port)) else {
        let _ = stream.write_all(&[5, 5, 0, 1, 0, 0, 0, 0, 0, 0]);
        return;
    };
    let _ = stream.write_all(&[5, 0, 0, 1, 127, 0, 0, 1, 0, 0]);
    pipe(stream, upstream);
}
