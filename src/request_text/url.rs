//! URLs the way Postman handles them: the SDK's `Url.toString()` (parts joined, path variables
//! substituted, disabled query params dropped), `{{…}}` resolution on that string, a re-parse with
//! Postman's lenient parser, then postman-url-encoder's `toNodeUrl` encoding.
//!
//! Verified against Newman 6.2.2 on the wire: `\` before the query becomes `/`; the path encodes
//! space " < > ` { } and non-ASCII (also `#`/`?` that cannot occur after parsing); the query
//! encodes space " ' < > and non-ASCII but keeps ` { } | \ ^ [ ]; an existing `%XX` is kept and a
//! bare `%` stays as it is; the hash is never sent; a URL without protocol gets `http://`.

use crate::collection::model::{value_to_string, Url};
use serde_json::{json, Value};

/// A URL split the way postman-url-encoder's parser splits it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UrlParts {
    pub protocol: Option<String>,
    pub auth: Option<(String, Option<String>)>,
    pub host: Option<Vec<String>>,
    pub port: Option<String>,
    pub path: Option<Vec<String>>,
    /// Query segments (`k=v`), split on `&`, as written.
    pub query: Option<Vec<String>>,
    pub hash: Option<String>,
}

/// The encoded URL ready to send, and its parts for reports and scripts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EncodedUrl {
    /// `protocol://[auth@]host[:port]/path[?query]` (no hash).
    pub href: String,
    pub protocol: String,
    /// `host[:port]` as the `Host` header carries it.
    pub host_header: String,
    pub hostname: String,
    pub parts: UrlParts,
}

const FRAGMENT_EXTRA: &[u8] = b" \"<>`";
const PATH_EXTRA: &[u8] = b" \"<>`#?{}";
const QUERY_EXTRA: &[u8] = b" \"#'<>";
const USERINFO_EXTRA: &[u8] = b" \"<>`#?{}/:;=@[\\]^|";

/// postman-url-encoder's percent-encoding: bytes ≥ 0x80, C0 controls, DEL and `extra` are
/// encoded as `%XX`; an existing `%XX` (hex digits) is left alone.
pub fn percent_encode(value: &str, extra: &[u8]) -> String {
    let bytes = value.as_bytes();
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%'
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit()
        {
            out.push('%');
            out.push(bytes[i + 1] as char);
            out.push(bytes[i + 2] as char);
            i += 3;
            continue;
        }
        if !(0x20..0x7f).contains(&b) || extra.contains(&b) {
            out.push_str(&format!("%{b:02X}"));
        } else {
            out.push(b as char);
        }
        i += 1;
    }
    out
}

pub fn encode_path(path: &str) -> String {
    percent_encode(path, PATH_EXTRA)
}

pub fn encode_query(query: &str) -> String {
    percent_encode(query, QUERY_EXTRA)
}

pub fn encode_fragment(hash: &str) -> String {
    percent_encode(hash, FRAGMENT_EXTRA)
}

pub fn encode_userinfo(s: &str) -> String {
    percent_encode(s, USERINFO_EXTRA)
}

/// `{{…}}` references that contain URL separators are kept whole while splitting.
fn protect_variables(s: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(s.len());
    let mut saved = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        let inner = &after[..end];
        if inner.contains('{') || inner.contains('}') {
            out.push_str(&rest[..start + 1]);
            rest = &rest[start + 1..];
            continue;
        }
        out.push_str(&rest[..start]);
        if inner.chars().any(|c| ".:/?#@&]".contains(c)) {
            out.push_str(&format!("\u{E000}{}\u{E001}", saved.len()));
            saved.push(format!("{{{{{inner}}}}}"));
        } else {
            out.push_str(&rest[start..start + 2 + end + 2]);
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    (out, saved)
}

fn restore(s: &str, saved: &[String]) -> String {
    if saved.is_empty() || !s.contains('\u{E000}') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find('\u{E000}') {
        out.push_str(&rest[..start]);
        let after = &rest[start + '\u{E000}'.len_utf8()..];
        match after.find('\u{E001}') {
            Some(end) => {
                let idx: usize = after[..end].parse().unwrap_or(usize::MAX);
                out.push_str(saved.get(idx).map(String::as_str).unwrap_or(""));
                rest = &after[end + '\u{E001}'.len_utf8()..];
            }
            None => {
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Splits a URL string like postman-url-encoder's `parser.parse`.
pub fn parse(raw: &str) -> UrlParts {
    let trimmed = raw.trim_start();
    if trimmed.is_empty() {
        return UrlParts::default();
    }
    let (mut s, saved) = protect_variables(trimmed);
    let r = |x: &str| restore(x, &saved);
    let mut parts = UrlParts::default();
    if let Some(i) = s.find('#') {
        parts.hash = Some(r(&s[i + 1..]));
        s.truncate(i);
    }
    if let Some(i) = s.find('?') {
        parts.query = Some(s[i + 1..].split('&').map(r).collect());
        s.truncate(i);
    }
    let mut s = s.replace('\\', "/");
    if let Some(i) = s.find("://") {
        let protocol = s[..i].to_string();
        let mut rest = &s[i + 3..];
        let stripped = rest.trim_start_matches('/');
        if protocol.eq_ignore_ascii_case("file") && stripped.len() != rest.len() {
            rest = &rest[rest.len() - stripped.len() - 1..];
        } else {
            rest = stripped;
        }
        parts.protocol = Some(r(&protocol));
        s = rest.to_string();
    }
    if let Some(i) = s.find('/') {
        parts.path = Some(s[i + 1..].split('/').map(r).collect());
        s.truncate(i);
    }
    if let Some(i) = s.rfind('@') {
        let auth = &s[..i];
        parts.auth = Some(match auth.find(':') {
            Some(j) => (r(&auth[..j]), Some(r(&auth[j + 1..]))),
            None => (r(auth), None),
        });
        s = s[i + 1..].to_string();
    }
    if let Some(i) = s.rfind(':') {
        if !s[i + 1..].contains(']') {
            parts.port = Some(r(&s[i + 1..]));
            s.truncate(i);
        }
    }
    if !s.is_empty() {
        parts.host = Some(s.split('.').map(r).collect());
    }
    parts
}

/// The query param text Postman's SDK writes: `&` and `#` become %26/%23 and, in keys, `=` %3D,
/// except inside `{{…}}` references.
pub fn normalize_param(s: &str, encode_equals: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    let norm = |chunk: &str, out: &mut String| {
        for c in chunk.chars() {
            match c {
                '&' => out.push_str("%26"),
                '#' => out.push_str("%23"),
                '=' if encode_equals => out.push_str("%3D"),
                c => out.push(c),
            }
        }
    };
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        let inner = &after[..end];
        if inner.contains('{') || inner.contains('}') {
            norm(&rest[..start + 1], &mut out);
            rest = &rest[start + 1..];
            continue;
        }
        norm(&rest[..start], &mut out);
        out.push_str(&rest[start..start + end + 4]);
        rest = &after[end + 2..];
    }
    norm(rest, &mut out);
    out
}

/// The SDK's `Url.toString()` of a collection URL, before `{{…}}` resolution: parts joined,
/// `:name` path segments replaced by the URL's variables, disabled query params dropped.
pub fn unresolved_string(url: &Url) -> String {
    let from_parts = url.host.is_some() || url.path.is_some();
    let parsed = (!from_parts).then(|| parse(&url.raw));
    let (protocol, auth, host, port, path, hash) = match &parsed {
        None => (
            &url.protocol,
            &None,
            &url.host,
            &url.port,
            &url.path,
            &url.hash,
        ),
        Some(p) => (&p.protocol, &p.auth, &p.host, &p.port, &p.path, &p.hash),
    };
    let mut out = String::with_capacity(url.raw.len() + 16);
    if let Some(p) = protocol.as_deref().filter(|p| !p.is_empty()) {
        out.push_str(p);
        if !p.ends_with("://") {
            out.push_str("://");
        }
    }
    if let Some((user, pass)) = auth {
        out.push_str(user);
        if let Some(pass) = pass {
            out.push(':');
            out.push_str(pass);
        }
        out.push('@');
    }
    if let Some(host) = host {
        out.push_str(&host.join("."));
    }
    if let Some(port) = port {
        out.push(':');
        out.push_str(port);
    }
    if let Some(path) = path {
        let segments: Vec<String> = path
            .iter()
            .map(|segment| substitute_path_variable(segment, url))
            .collect();
        out.push('/');
        out.push_str(&segments.join("/"));
    }
    let query = if from_parts {
        let enabled: Vec<String> = url
            .query
            .iter()
            .filter(|q| !q.disabled)
            .map(|q| {
                let mut s = q
                    .key
                    .as_deref()
                    .map(|k| normalize_param(k, true))
                    .unwrap_or_default();
                if let Some(v) = &q.value {
                    s.push('=');
                    s.push_str(&normalize_param(v, false));
                }
                s
            })
            .collect();
        (!enabled.is_empty()).then(|| enabled.join("&"))
    } else {
        parsed
            .as_ref()
            .and_then(|p| p.query.as_ref())
            .map(|q| q.join("&"))
    };
    if let Some(q) = query {
        out.push('?');
        out.push_str(&q);
    }
    if let Some(h) = hash {
        out.push('#');
        out.push_str(h);
    }
    out
}

fn substitute_path_variable(segment: &str, url: &Url) -> String {
    let Some(name) = segment.strip_prefix(':') else {
        return segment.to_string();
    };
    let key = name.split('.').next().unwrap_or("");
    if key.is_empty() {
        return segment.to_string();
    }
    let value = url
        .variables
        .iter()
        .rev()
        .find(|v| v.key == key)
        .map(|v| match &v.value {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            other => value_to_string(other),
        });
    match value {
        Some(v) if !v.is_empty() => format!("{v}{}", &name[key.len()..]),
        _ => segment.to_string(),
    }
}

/// `domainToASCII`: lower case, punycode for non-ASCII; the input when it is not a valid domain.
fn host_to_ascii(hostname: &str) -> String {
    let lower = hostname.to_lowercase();
    if lower.is_ascii() {
        return lower;
    }
    match url::Url::parse(&format!("http://{lower}/")) {
        Ok(u) => u.host_str().map(str::to_string).unwrap_or(lower),
        Err(_) => lower,
    }
}

/// postman-url-encoder's `toNodeUrl` on the resolved URL string.
pub fn encode(resolved: &str, disable_encoding: bool) -> EncodedUrl {
    encode_parts(parse(resolved), disable_encoding)
}

/// `toNodeUrl` on already split parts (after auth may have changed the query).
pub fn encode_parts(parts: UrlParts, disable_encoding: bool) -> EncodedUrl {
    let protocol = parts
        .protocol
        .as_deref()
        .map(str::to_lowercase)
        .unwrap_or_else(|| "http".into());
    let mut href = format!("{protocol}://");
    if let Some((user, pass)) = &parts.auth {
        let enc = |s: &str| {
            if disable_encoding {
                s.to_string()
            } else {
                encode_userinfo(s)
            }
        };
        href.push_str(&enc(user));
        if let Some(p) = pass {
            href.push(':');
            href.push_str(&enc(p));
        }
        href.push('@');
    }
    let hostname = host_to_ascii(&parts.host.as_deref().unwrap_or_default().join("."));
    href.push_str(&hostname);
    let mut host_header = hostname.clone();
    if let Some(port) = &parts.port {
        href.push(':');
        href.push_str(port);
        host_header = format!("{hostname}:{port}");
    }
    let path = format!("/{}", parts.path.as_deref().unwrap_or_default().join("/"));
    href.push_str(&if disable_encoding {
        path
    } else {
        encode_path(&path)
    });
    if let Some(q) = &parts.query {
        let q = q.join("&");
        href.push('?');
        href.push_str(&if disable_encoding {
            q
        } else {
            encode_query(&q)
        });
    }
    EncodedUrl {
        href,
        protocol,
        host_header,
        hostname,
        parts,
    }
}

/// The URL as Newman's report and `pm.request.url` show it after sending: the encoded href
/// parsed back into parts (the hash kept, encoded).
pub fn to_json(encoded: &EncodedUrl, disable_encoding: bool) -> Value {
    let p = parse(&encoded.href);
    let mut obj = serde_json::Map::new();
    obj.insert("protocol".into(), json!(encoded.protocol));
    if let Some(port) = &p.port {
        obj.insert("port".into(), json!(port));
    }
    obj.insert("path".into(), json!(p.path.clone().unwrap_or_default()));
    if let Some(h) = &encoded.parts.hash {
        let h = if disable_encoding {
            h.clone()
        } else {
            encode_fragment(h)
        };
        obj.insert("hash".into(), json!(h));
    }
    obj.insert("host".into(), json!(p.host.clone().unwrap_or_default()));
    let query: Vec<Value> = p
        .query
        .unwrap_or_default()
        .iter()
        .map(|seg| match seg.split_once('=') {
            Some((k, v)) => json!({"key": k, "value": v}),
            None => json!({"key": seg, "value": null}),
        })
        .collect();
    obj.insert("query".into(), Value::Array(query));
    obj.insert("variable".into(), json!([]));
    Value::Object(obj)
}
