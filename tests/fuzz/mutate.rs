//! Mutations of JSON documents (collections, environments, data files) and of raw text (a file that
//! no longer parses), and the odd cookie jars given to `--cookie-jar`.

use super::rng::Rng;
use super::script::script_line;
use super::target::target;
use serde_json::{json, Map, Value};

#[rustfmt::skip]
const KEYS: &[&str] = &[
    "auth", "body", "mode", "raw", "formdata", "urlencoded", "file", "src", "content", "header",
    "url", "query", "variable", "event", "script", "exec", "listen", "item", "request", "method",
    "type", "disabled", "protocolProfileBehavior", "description", "response", "host", "path",
    "port", "protocol", "hash", "key", "value", "options", "graphql", "id", "name", "info",
    "schema", "values", "enabled", "followRedirects", "maxRedirects", "disableBodyPruning",
    "strictSSL", "disableUrlEncoding", "contentType", "requests", "folders", "order",
];

#[rustfmt::skip]
const AUTH_TYPES: &[&str] = &[
    "basic", "bearer", "digest", "oauth1", "oauth2", "hawk", "awsv4", "ntlm", "edgegrid", "jwt",
    "asap", "apikey", "noauth", "inherit", "nope",
];

#[rustfmt::skip]
const AUTH_KEYS: &[&str] = &[
    "username", "password", "token", "key", "value", "in", "algorithm", "secret", "realm", "nonce",
    "qop", "consumerKey", "consumerSecret", "signatureMethod", "addParamsToHeader", "accessToken",
    "tokenSecret", "authId", "authKey", "accessKey", "secretKey", "region", "service",
    "sessionToken", "clientToken", "clientSecret", "headerPrefix", "payload",
    "isSecretBase64Encoded", "privateKey", "issuer", "audience", "kid", "addTokenTo", "timestamp",
    "includePayloadHash", "disableRetryRequest",
];

#[rustfmt::skip]
const STRINGS: &[&str] = &[
    "", "x", "{{baseUrl}}", "{{missing}}", "{{$guid}}", "{{$randomInt}}", "{{$timestamp}}",
    "{{{{nested}}}}", "{{", "}}", "{{a}}{{b}}", "é😀\u{0}\u{fffd}", "\"\\'", "null", "[]", "{}",
    "1e999", "-0", "NaN", "true", "GET", "POST", "PROPFIND", "get ", "\r\nX-Injected: 1", "a=1&b=2",
    "text/plain", "application/json", "inside.txt", "/etc/hostname", "../x", "test", "prerequest",
    "folder", "Alpha", "%", "%zz", "a/b\\c", "\t \n",
];

/// A random JSON value, nested up to `depth`.
pub fn value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth == 0 { 8 } else { 11 }) {
        0 => Value::Null,
        1 => json!(rng.one_in(2)),
        2 => json!(*rng.pick(&[
            0.0,
            -1.0,
            1.5,
            1e300,
            -1e-300,
            4294967296.0,
            9007199254740993.0
        ])),
        3 => json!(rng.below(1000) as i64 - 500),
        4..=6 => json!(*rng.pick(STRINGS)),
        7 => json!("a".repeat(1 << rng.below(17))),
        8 => Value::Array((0..rng.below(4)).map(|_| value(rng, depth - 1)).collect()),
        9 => {
            let mut map = Map::new();
            for _ in 0..rng.below(4) {
                map.insert(rng.pick(KEYS).to_string(), value(rng, depth - 1));
            }
            Value::Object(map)
        }
        _ => fragment(rng, depth - 1),
    }
}

fn text_value(rng: &mut Rng) -> Value {
    if rng.one_in(3) {
        value(rng, 0)
    } else {
        json!(*rng.pick(STRINGS))
    }
}

fn auth(rng: &mut Rng) -> Value {
    let kind = *rng.pick(AUTH_TYPES);
    if rng.one_in(4) {
        return json!({"type": kind, kind: {*rng.pick(AUTH_KEYS): text_value(rng)}});
    }
    let params: Vec<Value> = (0..rng.below(6))
        .map(|_| json!({"key": *rng.pick(AUTH_KEYS), "value": text_value(rng), "type": "string"}))
        .collect();
    json!({"type": kind, kind: params})
}

fn body(rng: &mut Rng) -> Value {
    let mode = *rng.pick(&[
        "raw",
        "urlencoded",
        "formdata",
        "file",
        "graphql",
        "none",
        "x",
    ]);
    let src = rng
        .pick(&[
            json!("inside.txt"),
            json!(["inside.txt", "nope"]),
            Value::Null,
            json!("/"),
        ])
        .clone();
    json!({
        "mode": mode,
        "raw": text_value(rng),
        "urlencoded": [{"key": text_value(rng), "value": text_value(rng), "disabled": rng.one_in(4)}],
        "formdata": [{"key": text_value(rng), "value": text_value(rng),
                      "type": *rng.pick(&["text", "file", "x"]), "src": src}],
        "file": {"src": *rng.pick(&["inside.txt", "", "nope.bin", "/"]), "content": "aGk="},
        "graphql": {"query": text_value(rng), "variables": text_value(rng)},
        "options": {"raw": {"language": *rng.pick(&["json", "xml", "text", "x"])}},
        "disabled": rng.one_in(5),
    })
}

fn event(rng: &mut Rng) -> Value {
    let lines: Vec<Value> = (0..1 + rng.below(3))
        .map(|_| json!(script_line(rng)))
        .collect();
    json!({
        "listen": *rng.pick(&["test", "prerequest", "test", "prerequest", "x"]),
        "script": {"exec": lines, "type": "text/javascript"},
        "disabled": rng.one_in(6),
    })
}

fn url(rng: &mut Rng) -> Value {
    if rng.one_in(2) {
        return json!(target().url(rng));
    }
    let host = rng
        .pick(&[
            json!(["127", "0", "0", "1"]),
            json!("127.0.0.1"),
            json!(["{{baseUrl}}"]),
            json!([]),
        ])
        .clone();
    let odd = text_value(rng);
    let port = rng
        .pick(&[json!(target().port.to_string()), json!(target().port), odd])
        .clone();
    json!({
        "raw": target().url(rng),
        "protocol": *rng.pick(&["http", "https", "", "x"]),
        "host": host,
        "port": port,
        "path": [text_value(rng), ":id", "{{p}}"],
        "query": [{"key": text_value(rng), "value": text_value(rng), "disabled": rng.one_in(3)}, {"key": null}],
        "variable": [{"key": "id", "value": text_value(rng)}],
        "hash": text_value(rng),
    })
}

fn headers(rng: &mut Rng) -> Value {
    if rng.one_in(5) {
        return json!("X-Block: 1\nBroken line\n: empty");
    }
    let list: Vec<Value> = (0..rng.below(4))
        .map(|_| json!({"key": text_value(rng), "value": text_value(rng), "disabled": rng.one_in(4)}))
        .collect();
    Value::Array(list)
}

fn variable(rng: &mut Rng) -> Value {
    json!({
        "key": text_value(rng), "value": value(rng, 2),
        "type": *rng.pick(&["string", "number", "boolean", "any", "secret", "default", "x"]),
        "enabled": !rng.one_in(4), "disabled": rng.one_in(4),
    })
}

fn request(rng: &mut Rng) -> Value {
    json!({
        "method": *rng.pick(&["GET", "POST", "put", "", "HEAD", "OPTIONS", "DELETE", "a b"]),
        "url": url(rng), "header": headers(rng), "body": body(rng), "auth": auth(rng),
    })
}

fn item(rng: &mut Rng) -> Value {
    if rng.one_in(4) {
        let items: Vec<Value> = (0..rng.below(3)).map(|_| item(rng)).collect();
        return json!({"name": text_value(rng), "item": items, "auth": auth(rng), "event": [event(rng)]});
    }
    json!({"name": text_value(rng), "request": request(rng), "event": [event(rng)]})
}

/// A piece of collection: an auth block, a body, an event, a URL, a header list, an item.
fn fragment(rng: &mut Rng, _depth: usize) -> Value {
    match rng.below(7) {
        0 => auth(rng),
        1 => body(rng),
        2 => event(rng),
        3 => url(rng),
        4 => headers(rng),
        5 => variable(rng),
        _ => item(rng),
    }
}

/// Changes `root` in `rounds` places, each time with something of the kind found there (an auth
/// block where `auth` is, script lines in `exec`...), so the document mostly still loads.
pub fn json_fitting(rng: &mut Rng, root: &mut Value, rounds: usize) {
    for _ in 0..rounds {
        let all = pointers(root);
        let at = rng.pick(&all).clone();
        let mut steps: Vec<&str> = at.split('/').collect();
        let index = steps.last().and_then(|s| s.parse::<usize>().ok());
        if index.is_some() {
            steps.pop();
        }
        let key = steps.last().copied().unwrap_or("");
        let Some(node) = root.pointer_mut(&at) else {
            continue;
        };
        let whole = index.is_none();
        *node = match (key, &*node) {
            ("auth", _) => auth(rng),
            ("body", _) => body(rng),
            ("url", _) if whole => url(rng),
            ("header", _) if whole => headers(rng),
            ("event", _) if whole => {
                Value::Array((0..1 + rng.below(2)).map(|_| event(rng)).collect())
            }
            ("event", _) => event(rng),
            ("exec", Value::Array(lines)) => {
                let mut lines = lines.clone();
                lines.insert(rng.below(lines.len() + 1), json!(script_line(rng)));
                Value::Array(lines)
            }
            ("exec", Value::String(_)) => json!(script_line(rng)),
            ("item", Value::Array(items)) => {
                let mut items = items.clone();
                items.insert(rng.below(items.len() + 1), item(rng));
                Value::Array(items)
            }
            ("item", _) if !whole => item(rng),
            ("request", _) => request(rng),
            ("variable" | "values", _) if !whole => variable(rng),
            (_, Value::String(s)) => json!(string(rng, s)),
            (_, Value::Number(_) | Value::Bool(_) | Value::Null) => value(rng, 0),
            (_, other) => other.clone(),
        };
    }
}

/// JSON pointers to every node of `root` (the first few thousand).
fn pointers(root: &Value) -> Vec<String> {
    fn walk(v: &Value, at: String, out: &mut Vec<String>) {
        if out.len() > 4000 {
            return;
        }
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    let key = k.replace('~', "~0").replace('/', "~1");
                    walk(child, format!("{at}/{key}"), out);
                }
            }
            Value::Array(list) => {
                for (i, child) in list.iter().enumerate() {
                    walk(child, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
        out.push(at);
    }
    let mut out = Vec::new();
    walk(root, String::new(), &mut out);
    out
}

/// Changes `root` in `rounds` random places.
pub fn json_doc(rng: &mut Rng, root: &mut Value, rounds: usize) {
    for _ in 0..rounds {
        let all = pointers(root);
        let at = rng.pick(&all).clone();
        let Some(node) = root.pointer_mut(&at) else {
            continue;
        };
        match (rng.below(6), node) {
            (0, node) => *node = value(rng, 3),
            (1, Value::Object(map)) => {
                map.insert(rng.pick(KEYS).to_string(), value(rng, 3));
            }
            (2, Value::Object(map)) if !map.is_empty() => {
                let key = map
                    .keys()
                    .nth(rng.below(map.len()))
                    .cloned()
                    .unwrap_or_default();
                map.remove(&key);
            }
            (3, Value::Array(list)) if !list.is_empty() => {
                let i = rng.below(list.len());
                match rng.below(3) {
                    0 => list.insert(i, list[i].clone()),
                    1 => {
                        list.remove(i);
                    }
                    _ => list.reverse(),
                }
            }
            (4, Value::String(s)) => *s = string(rng, s),
            (5, Value::Array(list)) if list.iter().all(Value::is_string) => {
                // most likely script lines
                let i = rng.below(list.len() + 1);
                list.insert(i, json!(script_line(rng)));
            }
            (_, node) => *node = value(rng, 2),
        }
    }
}

fn string(rng: &mut Rng, s: &str) -> String {
    let token = *rng.pick(STRINGS);
    match rng.below(5) {
        0 => format!("{s}{token}"),
        1 => format!("{token}{s}"),
        2 => s.chars().take(rng.below(s.chars().count() + 1)).collect(),
        3 => s.repeat(1 + rng.below(3)),
        _ => token.to_string(),
    }
}

/// Byte-level damage to a file's text: cut, repeated or spliced with syntax.
pub fn text(rng: &mut Rng, text: &str) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 => bytes.truncate(at),
            1 => {
                let end = (at + rng.below(64)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 => {
                let end = (at + rng.below(64)).min(bytes.len());
                let span = bytes[at..end].to_vec();
                insert(&mut bytes, at, &span);
            }
            3 => {
                const TOKENS: &[&[u8]] = &[
                    b"{",
                    b"}",
                    b"[",
                    b"]",
                    b"\"",
                    b",",
                    b":",
                    b"\\",
                    b"\n",
                    b"\r\n",
                    b"\xef\xbb\xbf",
                    b"\0",
                    b"null",
                    b"\"{{x}}\"",
                    b"\xff\xfe",
                    b"\xc3",
                ];
                let token = *rng.pick(TOKENS);
                insert(&mut bytes, at, token);
            }
            4 => insert(&mut bytes, 0, b"\xef\xbb\xbf"),
            _ => {
                if at < bytes.len() {
                    bytes[at] = rng.next() as u8;
                }
            }
        }
    }
    bytes
}

fn insert(bytes: &mut Vec<u8>, at: usize, token: &[u8]) {
    let tail = bytes.split_off(at);
    bytes.extend_from_slice(token);
    bytes.extend(tail);
}

/// A tough-cookie jar file (`--cookie-jar`) with odd cookies.
pub fn cookie_jar(rng: &mut Rng) -> Value {
    const TIMES: &[&str] = &[
        "2020-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "0000-01-01T00:00:00Z",
        "+262143-01-01T00:00:00Z",
        "-262143-01-01T00:00:00Z",
        "1970-01-01T00:00:00.000Z",
        "not a date",
        "",
    ];
    let cookies: Vec<Value> = (0..rng.below(4))
        .map(|_| {
            let max_age = rng
                .pick(&[json!(i64::MIN), json!(i64::MAX), json!(-1), json!(0), json!(5), json!(1e20), json!("5")])
                .clone();
            let mut cookie = json!({
                "key": *rng.pick(&["a", "", "b c", "é", "=", "token"]),
                "value": *rng.pick(STRINGS),
                "domain": *rng.pick(&["127.0.0.1", "localhost", ".0.0.1", "", "é.test", "[::1]", "1"]),
                "path": *rng.pick(&["/", "", "/get", "x", "/é"]),
                "creation": *rng.pick(TIMES),
                "lastAccessed": *rng.pick(TIMES),
                "hostOnly": rng.one_in(2),
                "secure": rng.one_in(4),
                "httpOnly": rng.one_in(3),
            });
            if rng.one_in(2) {
                cookie["maxAge"] = max_age;
            } else {
                cookie["expires"] = json!(*rng.pick(TIMES));
            }
            cookie
        })
        .collect();
    json!({"version": "tough-cookie@4.1.3", "cookies": cookies})
}
