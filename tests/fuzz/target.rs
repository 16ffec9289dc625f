//! Where the fuzzed requests go: URLs on the test server (some that make it answer oddly), and
//! every URL in a mutated document moved there, so nothing leaves 127.0.0.1.

use super::rng::Rng;
use serde_json::{json, Value};
use std::sync::OnceLock;

/// Where requests go: the test server, and a port nothing listens on.
#[derive(Clone, Copy)]
pub struct Target {
    pub port: u16,
    pub dead: u16,
}

static TARGET: OnceLock<Target> = OnceLock::new();

/// Sets where generated URLs point (once, before the first case).
pub fn set_target(target: Target) {
    let _ = TARGET.set(target);
}

pub fn target() -> Target {
    TARGET.get().copied().unwrap_or(Target { port: 9, dead: 9 })
}

impl Target {
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn urls(&self) -> Vec<String> {
        let (b, p, d) = (self.base(), self.port, self.dead);
        vec![
            format!("{b}/get?a=1&b={{{{missing}}}}"),
            format!("{b}/post"),
            format!("{b}/status/500"),
            format!("{b}/status/204"),
            format!("{b}/delay/5"),
            format!("{b}/gzip"),
            format!("{b}/xml"),
            format!("{b}/html"),
            format!("{b}/bytes/64"),
            format!("{b}/redirect/2"),
            format!("{b}/redirect-to?url={b}/get"),
            format!("{b}/cookies/set?k=v"),
            format!("{b}/basic-auth/u/p"),
            format!("{b}/digest-auth/auth/u/p"),
            format!("{b}/response-headers?Content-Type=text/plain&X-A=1"),
            format!("{b}/oauth/token"),
            format!("{b}/a b/%zz/é?q=1 2#frag"),
            format!("http://u:p@127.0.0.1:{p}/x"),
            format!("https://127.0.0.1:{p}/tls-to-plain"),
            format!("http://127.0.0.1:{d}/refused"),
            format!("127.0.0.1:{p}/no-scheme"),
            format!("//127.0.0.1:{p}/relative"),
            format!("ftp://127.0.0.1:{p}/"),
            format!("http://[::1]:{d}/"),
            "http://127.0.0.1:99999/".into(),
            "http://".into(),
            String::new(),
            "{{baseUrl}}/get?x={{$randomInt}}".into(),
            "{{baseUrl}}".into(),
            "{{missing}}/get".into(),
            "{{baseUrl}}/{{missing}}/:id".into(),
        ]
    }

    pub fn url(&self, rng: &mut Rng) -> String {
        match rng.below(4) {
            0 => self.odd_response(rng),
            1 => self.odd_redirect(rng),
            _ => {
                let urls = self.urls();
                rng.pick(&urls).clone()
            }
        }
    }

    /// A response with headers the server is told to send: odd cookies, encodings that do not
    /// match the body, conflicting lengths, names and values that break the header block.
    fn odd_response(&self, rng: &mut Rng) -> String {
        #[rustfmt::skip]
        const HEADERS: &[(&str, &[&str])] = &[
            ("Set-Cookie", &[
                "a=b", "a=b; Domain=example.com",
                "a=b; Path=/x; Expires=Wed, 21 Oct 2015 07:28:00 GMT", "=; Max-Age=-1", "a=%C3%A9",
                "a=b; Domain=127.0.0.1; Secure; HttpOnly; SameSite=None", "broken",
                "a=b; Max-Age=abc; Expires=never", ";;;", "a=b; Domain=.0.1",
            ]),
            ("Content-Encoding", &["gzip", "deflate", "br", "identity", "gzip, br", "x"]),
            ("Content-Type", &[
                "text/html; charset=latin1", "application/json; charset=utf-16", "image/png",
                "application/xml", "text/plain; charset=%22x%22", "",
                "multipart/form-data; boundary=", "application/javascript",
                "text/csv; charset=utf-8",
            ]),
            ("Content-Length", &["0", "99999", "-1", "abc", "1"]),
            ("Transfer-Encoding", &["chunked", "gzip", "x"]),
            ("Content-Disposition", &[
                "attachment; filename=%22a b.txt%22", "inline; filename*=UTF-8''%E2%82%AC",
            ]),
            ("Location", &["/get", "http://127.0.0.1:1/", "", "%0D%0A"]),
            ("X-Split", &[
                "a%0D%0AX-Injected: 1", "a%0D%0A%0D%0Agarbage", "%00", "%C3%28", "a%0Ab",
            ]),
            ("Bad Name", &["1"]),
            ("%C3%A9", &["1"]),
            ("WWW-Authenticate", &[
                "Digest realm=%22r%22, nonce=%22n%22, qop=%22auth%22", "NTLM", "Basic",
            ]),
        ];
        let mut query = Vec::new();
        for _ in 0..1 + rng.below(3) {
            let (name, values) = rng.pick(HEADERS);
            query.push(format!(
                "{}={}",
                name.replace(' ', "%20"),
                rng.pick(values).replace(' ', "%20")
            ));
        }
        format!("{}/response-headers?{}", self.base(), query.join("&"))
    }

    /// A redirect, with an odd status and an odd place to go.
    fn odd_redirect(&self, rng: &mut Rng) -> String {
        let (b, d) = (self.base(), self.dead);
        let places = [
            format!("{b}/get"),
            "/get".to_string(),
            format!("//127.0.0.1:{}/get", self.port),
            String::new(),
            "javascript:alert(1)".to_string(),
            format!("http://127.0.0.1:{d}/"),
            format!("{b}/redirect-to?url={b}/redirect/1"),
            format!("{b}/post?x=é"),
            "https://127.0.0.1:1/".to_string(),
        ];
        let code = rng.pick(&[301, 302, 303, 307, 308, 300, 399, 304]);
        let place = rng.pick(&places).replace('&', "%26").replace(' ', "%20");
        format!("{b}/redirect-to?url={place}&status_code={code}")
    }

    fn is_pool_url(&self, url: &str) -> bool {
        self.urls().iter().any(|u| u == url)
    }
}

/// Every URL in the document's strings made to point at the test server, and every host kept local.
pub fn localize(root: &mut Value) {
    let target = target();
    match root {
        Value::String(s) => *s = localize_text(s),
        Value::Array(list) => list.iter_mut().for_each(localize),
        Value::Object(map) => {
            let url_like = ["host", "path", "protocol", "port"]
                .iter()
                .any(|k| map.contains_key(*k));
            for (key, v) in map.iter_mut() {
                match (key.as_str(), &*v) {
                    ("host", Value::String(h)) if !is_local(h) => *v = json!("127.0.0.1"),
                    ("host", Value::Array(parts))
                        if !parts.iter().all(|p| p.as_str().is_some_and(is_local_part)) =>
                    {
                        *v = json!(["127", "0", "0", "1"])
                    }
                    ("url", Value::String(u)) | ("raw", Value::String(u))
                        if (key == "url" || url_like) && !is_local(u) && !target.is_pool_url(u) =>
                    {
                        *v = json!(format!("{{{{baseUrl}}}}/{}", u.replace("://", "/")))
                    }
                    _ => localize(v),
                }
            }
        }
        _ => {}
    }
}

fn is_local(text: &str) -> bool {
    text.starts_with("{{")
        || text.contains("127.0.0.1")
        || text.contains("localhost")
        || text.contains("[::1]")
}

fn is_local_part(part: &str) -> bool {
    is_local(part) || ["127", "0", "1"].contains(&part)
}

/// [`localize`] for text: `scheme://host` anywhere becomes the test server.
pub fn localize_text(text: &str) -> String {
    let target = target();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let (before, after) = rest.split_at(at + 3);
        out.push_str(before);
        let host_len = after
            .find(['/', '?', '#', '\'', '"', '`', ' ', '\\', '\n'])
            .unwrap_or(after.len());
        let host = &after[..host_len];
        if is_local(host) || host.is_empty() {
            out.push_str(host);
        } else {
            out.push_str(&format!("127.0.0.1:{}", target.port));
        }
        rest = &after[host_len..];
    }
    out.push_str(rest);
    out
}
