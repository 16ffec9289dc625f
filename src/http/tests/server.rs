//! A tiny HTTP/1.1 server on 127.0.0.1 for tests: records each request's exact bytes and answers
//! with whatever the handler returns, keeping connections alive.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

pub type Handler = Arc<dyn Fn(&str) -> Vec<u8> + Send + Sync>;

pub struct RawServer {
    pub port: u16,
    pub requests: Arc<Mutex<Vec<Vec<u8>>>>,
    pub connections: Arc<Mutex<usize>>,
}

impl RawServer {
    pub fn start(handler: impl Fn(&str) -> Vec<u8> + Send + Sync + 'static) -> RawServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(Mutex::new(0));
        let handler: Handler = Arc::new(handler);
        let (reqs, conns) = (requests.clone(), connections.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                *conns.lock().unwrap() += 1;
                let (reqs, handler) = (reqs.clone(), handler.clone());
                std::thread::spawn(move || serve(stream, reqs, handler));
            }
        });
        RawServer {
            port,
            requests,
            connections,
        }
    }

    /// Answers every request with `200 OK` and body `ok`.
    pub fn ok() -> RawServer {
        RawServer::start(|_| ok_response(b"ok", &[]))
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn request(&self, i: usize) -> String {
        String::from_utf8_lossy(&self.requests.lock().unwrap()[i]).into_owned()
    }

    pub fn count(&self) -> usize {
        self.requests.lock().unwrap().len()
    }
}

pub fn ok_response(body: &[u8], extra_headers: &[(&str, &str)]) -> Vec<u8> {
    let mut head = String::from("HTTP/1.1 200 OK\r\n");
    for (k, v) in extra_headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut out = head.into_bytes();
    out.extend_from_slice(body);
    out
}

fn serve(mut stream: TcpStream, reqs: Arc<Mutex<Vec<Vec<u8>>>>, handler: Handler) {
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
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        let length = head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse::<usize>().ok())?
            })
            .unwrap_or(0);
        while buf.len() < head_end + length {
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk) {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        let request: Vec<u8> = buf.drain(..head_end + length).collect();
        let path = head.split(' ').nth(1).unwrap_or("/").to_string();
        reqs.lock().unwrap().push(request);
        let response = handler(&path);
        if response.is_empty() {
            return; // drop the connection without answering
        }
        if stream.write_all(&response).is_err() {
            return;
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
