//! Pointing a copy of a collection (and its environment, globals and data files) at local servers, the way
//! pmdiff does: every absolute `http(s)://HOST/...` becomes `http://127.0.0.1:PORT/__h/HOST/...` (the echo
//! server strips that prefix), and the Newman-peer helper hosts `localhost:4041`/`localhost:4042` become the
//! local raw-echo and redirect servers.

use serde_json::Value;

#[derive(Clone, Copy)]
pub struct Targets {
    pub echo: u16,
    pub raw_echo: u16,
    pub redirect: u16,
}

fn helper_port(host: &str, t: Targets) -> Option<u16> {
    match host {
        "localhost:4041" | "127.0.0.1:4041" => Some(t.raw_echo),
        "localhost:4042" | "127.0.0.1:4042" => Some(t.redirect),
        _ => None,
    }
}

fn is_local(host: &str) -> bool {
    let h = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let name = h.split(':').next().unwrap_or_default();
    name == "127.0.0.1" || name.is_empty() || name.contains("{{")
}

/// Rewrite every absolute URL inside a string (URLs, scripts, variable values).
pub fn rewrite_text(s: &str, t: Targets) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let next = ["http://", "https://", "localhost:4041", "localhost:4042"]
            .iter()
            .filter_map(|p| rest.find(p).map(|i| (i, *p)))
            .min_by_key(|(i, _)| *i);
        let Some((i, pat)) = next else { break };
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        if pat.starts_with("localhost") {
            let port = if pat.ends_with("4041") {
                t.raw_echo
            } else {
                t.redirect
            };
            out.push_str(&format!("127.0.0.1:{port}"));
            rest = &after[pat.len()..];
            continue;
        }
        let host_start = pat.len();
        let host_len = after[host_start..]
            .find(|c: char| {
                matches!(
                    c,
                    '/' | '?' | '#' | '"' | '\'' | '`' | ' ' | '\\' | ')' | ',' | '\n'
                )
            })
            .unwrap_or(after.len() - host_start);
        let host = &after[host_start..host_start + host_len];
        if let Some(port) = helper_port(host, t) {
            out.push_str(&format!("http://127.0.0.1:{port}"));
        } else if host.starts_with("{{") {
            // a host held in a variable points here too (see bare hosts below); nothing local speaks TLS
            out.push_str("http://");
            out.push_str(host);
        } else if is_local(host) {
            out.push_str(&after[..host_start + host_len]);
        } else {
            out.push_str(&format!("http://127.0.0.1:{}/__h/{host}", t.echo));
        }
        rest = &after[host_start + host_len..];
    }
    out.push_str(rest);
    rewrite_bare_hosts(&out, t)
}

/// `postman-echo.com` / `httpbin.org` written without a scheme (a variable's value, a scheme-less URL).
fn rewrite_bare_hosts(s: &str, t: Targets) -> String {
    let mut out = s.to_string();
    for host in ["postman-echo.com", "httpbin.org"] {
        let mut result = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(i) = rest.find(host) {
            let before = &rest[..i];
            let prefixed = before.ends_with("://")
                || before.ends_with("/__h/")
                || before.ends_with('.')
                || before.ends_with('@');
            result.push_str(before);
            if prefixed {
                result.push_str(host);
            } else {
                result.push_str(&format!("127.0.0.1:{}/__h/{host}", t.echo));
            }
            rest = &rest[i + host.len()..];
        }
        result.push_str(rest);
        out = result;
    }
    out
}

fn host_of(url: &Value) -> Option<String> {
    match url.get("host")? {
        Value::Array(parts) => Some(
            parts
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("."),
        ),
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

fn rewrite_url_object(u: &mut serde_json::Map<String, Value>, t: Targets) {
    let Some(host) = host_of(&Value::Object(u.clone())) else {
        return;
    };
    let port = match u.get("port") {
        Some(Value::String(p)) if !p.is_empty() => Some(p.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let authority = port
        .as_ref()
        .map_or_else(|| host.clone(), |p| format!("{host}:{p}"));
    if let Some(local) = helper_port(&authority, t) {
        u.insert("host".into(), serde_json::json!(["127", "0", "0", "1"]));
        u.insert("port".into(), Value::String(local.to_string()));
        return;
    }
    if host.contains("{{") && u.get("protocol").and_then(Value::as_str) == Some("https") {
        u.insert("protocol".into(), Value::String("http".into()));
    }
    if host.is_empty() || host.contains("{{") || is_local(&authority) {
        return;
    }
    let mut path: Vec<Value> = match u.get("path") {
        Some(Value::Array(p)) => p.clone(),
        Some(Value::String(p)) => p
            .trim_start_matches('/')
            .split('/')
            .map(|s| Value::String(s.into()))
            .collect(),
        _ => Vec::new(),
    };
    path.insert(0, Value::String(authority));
    path.insert(0, Value::String("__h".into()));
    u.insert("protocol".into(), Value::String("http".into()));
    u.insert("host".into(), serde_json::json!(["127", "0", "0", "1"]));
    u.insert("port".into(), Value::String(t.echo.to_string()));
    u.insert("path".into(), Value::Array(path));
}

/// Rewrite a parsed collection/environment/data document in place.
pub fn rewrite_json(v: &mut Value, t: Targets) {
    match v {
        Value::String(s) => *s = rewrite_text(s, t),
        Value::Array(a) => a.iter_mut().for_each(|x| rewrite_json(x, t)),
        Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                match (k.as_str(), x) {
                    ("url", Value::Object(u)) => {
                        rewrite_url_object(u, t);
                        // host and path segments are already final; the rest (raw, query, auth) may hold URLs
                        for (uk, ux) in u.iter_mut() {
                            if !matches!(uk.as_str(), "host" | "path" | "port" | "protocol") {
                                rewrite_json(ux, t);
                            }
                        }
                    }
                    (_, x) => rewrite_json(x, t),
                }
            }
        }
        _ => {}
    }
}

/// Rewrite a file's bytes, keeping its encoding (UTF-8 with or without BOM, UTF-16 LE with BOM).
pub fn rewrite_file_bytes(bytes: &[u8], is_json: bool, t: Targets) -> Vec<u8> {
    if bytes.starts_with(&[0xff, 0xfe]) {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_le_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        let text = String::from_utf16_lossy(&units);
        let mut out = vec![0xff, 0xfe];
        for u in rewrite_text(&text, t).encode_utf16() {
            out.extend_from_slice(&u.to_le_bytes());
        }
        return out;
    }
    let (bom, body) = if bytes.starts_with(&[0xef, 0xbb, 0xbf]) {
        (&bytes[..3], &bytes[3..])
    } else {
        (&bytes[..0], bytes)
    };
    let Ok(text) = std::str::from_utf8(body) else {
        return bytes.to_vec();
    };
    let rewritten = match (is_json, serde_json::from_str::<Value>(text)) {
        (true, Ok(mut v)) => {
            rewrite_json(&mut v, t);
            serde_json::to_string_pretty(&v).unwrap_or_else(|_| text.to_string())
        }
        _ => rewrite_text(text, t),
    };
    let mut out = bom.to_vec();
    out.extend_from_slice(rewritten.as_bytes());
    out
}
