//! Mutations: of JSON documents (collections, environments, data), of raw text (a file that no
//! longer parses), and script lines that call the sandbox's API with odd arguments. Every URL is
//! kept on 127.0.0.1.

use super::rng::Rng;
use serde_json::{json, Map, Value};
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

fn target() -> Target {
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
        const HEADERS: &[(&str, &[&str])] = &[
            (
                "Set-Cookie",
                &[
                    "a=b",
                    "a=b; Domain=example.com",
                    "a=b; Path=/x; Expires=Wed, 21 Oct 2015 07:28:00 GMT",
                    "=; Max-Age=-1",
                    "a=%C3%A9",
                    "a=b; Domain=127.0.0.1; Secure; HttpOnly; SameSite=None",
                    "broken",
                    "a=b; Max-Age=abc; Expires=never",
                    ";;;",
                    "a=b; Domain=.0.1",
                ],
            ),
            (
                "Content-Encoding",
                &["gzip", "deflate", "br", "identity", "gzip, br", "x"],
            ),
            (
                "Content-Type",
                &[
                    "text/html; charset=latin1",
                    "application/json; charset=utf-16",
                    "image/png",
                    "application/xml",
                    "text/plain; charset=%22x%22",
                    "",
                    "multipart/form-data; boundary=",
                    "application/javascript",
                    "text/csv; charset=utf-8",
                ],
            ),
            ("Content-Length", &["0", "99999", "-1", "abc", "1"]),
            ("Transfer-Encoding", &["chunked", "gzip", "x"]),
            (
                "Content-Disposition",
                &[
                    "attachment; filename=%22a b.txt%22",
                    "inline; filename*=UTF-8''%E2%82%AC",
                ],
            ),
            ("Location", &["/get", "http://127.0.0.1:1/", "", "%0D%0A"]),
            (
                "X-Split",
                &[
                    "a%0D%0AX-Injected: 1",
                    "a%0D%0A%0D%0Agarbage",
                    "%00",
                    "%C3%28",
                    "a%0Ab",
                ],
            ),
            ("Bad Name", &["1"]),
            ("%C3%A9", &["1"]),
            (
                "WWW-Authenticate",
                &[
                    "Digest realm=%22r%22, nonce=%22n%22, qop=%22auth%22",
                    "NTLM",
                    "Basic",
                ],
            ),
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

const KEYS: &[&str] = &[
    "auth",
    "body",
    "mode",
    "raw",
    "formdata",
    "urlencoded",
    "file",
    "src",
    "content",
    "header",
    "url",
    "query",
    "variable",
    "event",
    "script",
    "exec",
    "listen",
    "item",
    "request",
    "method",
    "type",
    "disabled",
    "protocolProfileBehavior",
    "description",
    "response",
    "host",
    "path",
    "port",
    "protocol",
    "hash",
    "key",
    "value",
    "options",
    "graphql",
    "id",
    "name",
    "info",
    "schema",
    "values",
    "enabled",
    "followRedirects",
    "maxRedirects",
    "disableBodyPruning",
    "strictSSL",
    "disableUrlEncoding",
    "contentType",
    "requests",
    "folders",
    "order",
];

const AUTH_TYPES: &[&str] = &[
    "basic", "bearer", "digest", "oauth1", "oauth2", "hawk", "awsv4", "ntlm", "edgegrid", "jwt",
    "asap", "apikey", "noauth", "inherit", "nope",
];

const AUTH_KEYS: &[&str] = &[
    "username",
    "password",
    "token",
    "key",
    "value",
    "in",
    "algorithm",
    "secret",
    "realm",
    "nonce",
    "qop",
    "consumerKey",
    "consumerSecret",
    "signatureMethod",
    "addParamsToHeader",
    "accessToken",
    "tokenSecret",
    "authId",
    "authKey",
    "accessKey",
    "secretKey",
    "region",
    "service",
    "sessionToken",
    "clientToken",
    "clientSecret",
    "headerPrefix",
    "payload",
    "isSecretBase64Encoded",
    "privateKey",
    "issuer",
    "audience",
    "kid",
    "addTokenTo",
    "timestamp",
    "includePayloadHash",
    "disableRetryRequest",
];

const STRINGS: &[&str] = &[
    "",
    "x",
    "{{baseUrl}}",
    "{{missing}}",
    "{{$guid}}",
    "{{$randomInt}}",
    "{{$timestamp}}",
    "{{{{nested}}}}",
    "{{",
    "}}",
    "{{a}}{{b}}",
    "é😀\u{0}\u{fffd}",
    "\"\\'",
    "null",
    "[]",
    "{}",
    "1e999",
    "-0",
    "NaN",
    "true",
    "GET",
    "POST",
    "PROPFIND",
    "get ",
    "\r\nX-Injected: 1",
    "a=1&b=2",
    "text/plain",
    "application/json",
    "inside.txt",
    "/etc/hostname",
    "../x",
    "test",
    "prerequest",
    "folder",
    "Alpha",
    "%",
    "%zz",
    "a/b\\c",
    "\t \n",
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
        4 | 5 | 6 => json!(*rng.pick(STRINGS)),
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

/// A JavaScript expression for an argument.
fn js_value(rng: &mut Rng) -> String {
    const VALUES: &[&str] = &[
        "undefined",
        "null",
        "0",
        "-0",
        "NaN",
        "Infinity",
        "1e21",
        "''",
        "'x'",
        "'{{baseUrl}}'",
        "'{{missing}}'",
        "'é😀\\u0000'",
        "'a'.repeat(100000)",
        "[]",
        "{}",
        "[1,[2,[3]]]",
        "{a:{b:1}}",
        "function(){}",
        "Symbol('s')",
        "new Date(NaN)",
        "/re/g",
        "new Error('e')",
        "Buffer.from('ab')",
        "new Uint8Array(3)",
        "Object.create(null)",
        "(()=>{const o={};o.o=o;return o})()",
        "BigInt(1)",
        "new Proxy({}, {get(){ throw new Error('trap') }})",
        "pm.response",
        "pm.request",
        "pm.environment",
        "responseBody",
        "'GET'",
        "'test'",
        "'Alpha'",
        "{key:'k',value:'v'}",
        "{mode:'raw',raw:'x'}",
        "{mode:'formdata',formdata:[{key:'f',type:'file',src:'inside.txt'}]}",
        "{type:'bearer',bearer:[{key:'token',value:'t'}]}",
        "'hex'",
        "'base64'",
        "'utf8'",
        "'latin1'",
        "'ucs2'",
        "'nope'",
        "'lodash'",
        "'crypto-js'",
        "'cheerio'",
        "'xml2js'",
        "'moment'",
        "'ajv'",
        "'tv4'",
        "'uuid'",
        "'csv-parse/lib/sync'",
        "'postman-collection'",
        "'buffer'",
        "'events'",
        "'stream'",
        "'util'",
        "'url'",
        "'path'",
        "'fs'",
        "'nope'",
    ];
    if rng.one_in(8) {
        return format!("'{}'", target().url(rng));
    }
    rng.pick(VALUES).to_string()
}

/// One line of script: a call into the sandbox with odd arguments, or something a script should not do.
pub fn script_line(rng: &mut Rng) -> String {
    const LINES: &[&str] = &[
        "pm.environment.set($V, $V);",
        "pm.globals.set($V, $V);",
        "pm.collectionVariables.set($V, $V);",
        "pm.variables.set($V, $V);",
        "pm.environment.unset($V); pm.globals.clear();",
        "pm.variables.get($V); pm.variables.replaceIn($V); pm.environment.toObject();",
        "pm.iterationData.get($V); pm.iterationData.toObject();",
        "pm.test($V, () => pm.expect($V).to.eql($V));",
        "pm.test($V, $V);",
        "pm.test.skip($V, () => {});",
        "pm.test('done', (done) => setTimeout(done, 3));",
        "pm.test('async', async () => { throw $V });",
        "pm.expect($V).to.be.a($V);",
        "pm.expect($V).to.have.property($V);",
        "pm.expect($V).to.include($V);",
        "pm.expect($V).to.be.oneOf($V);",
        "pm.response.to.have.status($V);",
        "pm.response.to.have.header($V, $V);",
        "pm.response.to.have.jsonBody($V, $V);",
        "pm.response.to.have.jsonSchema($V);",
        "pm.response.to.be.json; pm.response.to.be.ok;",
        "pm.request.url = $V;",
        "pm.request.url.query.add($V);",
        "pm.request.headers.add({key: $V, value: $V});",
        "pm.request.headers.upsert($V); pm.request.removeHeader($V);",
        "pm.request.method = $V;",
        "pm.request.body = $V;",
        "pm.request.auth = $V;",
        "pm.request.addQueryParams($V);",
        "pm.sendRequest($V, (e, r) => console.log(e, r && r.code, r && r.text().length));",
        "pm.sendRequest({url: $U, method: $V, header: $V, body: $V}, () => {});",
        "pm.sendRequest($U).then(r => r.json()).catch(e => e);",
        "pm.sendRequest($U, (e, r) => { pm.test('sent', () => pm.expect(r.stream.length).to.be.above(-1)); });",
        "pm.setNextRequest($V);",
        "postman.setNextRequest($V);",
        "pm.execution.setNextRequest($V);",
        "pm.execution.skipRequest();",
        "pm.response.json();",
        "pm.response.text(); pm.response.size(); pm.response.reason(); pm.response.dataURI();",
        "pm.response.stream.toString($V);",
        "pm.response.headers.get($V); pm.response.cookies.get($V);",
        "JSON.parse(responseBody);",
        "xml2Json(responseBody);",
        "require($V);",
        "pm.require($V);",
        "require('lodash').get($V, $V);",
        "require('crypto-js').SHA256($V).toString();",
        "require('crypto-js').AES.encrypt($V, $V).toString();",
        "require('cheerio').load($V)('a').text();",
        "require('xml2js').parseString($V, () => {});",
        "require('moment')($V).format($V);",
        "new (require('ajv'))().validate($V, $V);",
        "require('tv4').validate($V, $V);",
        "require('csv-parse/lib/sync')($V);",
        "require('buffer').Buffer.from($V, $V).toString($V);",
        "atob($V); btoa($V);",
        "setTimeout(() => pm.environment.set('late', $V), 2);",
        "setInterval(() => {}, 1);",
        "clearTimeout($V); Promise.reject($V);",
        "new Promise(r => setTimeout(r, 2)).then(() => { throw $V });",
        "console.log($V, $V); console.error($V); console.info($V);",
        "throw $V;",
        "undefinedFunction($V);",
        ";(",
        "})",
        "return;",
        "function deep(n) { return deep(n + 1) } deep(0);",
        "new Array($V); 'x'.repeat($V);",
        "pm.cookies.jar().set($U, $V, $V, () => {});",
        "pm.cookies.jar().getAll($U, () => {}); pm.cookies.get($V); pm.cookies.toObject();",
        "pm.info.requestName; pm.info.iteration; pm.vault.get($V);",
        "pm.visualizer.set($V, $V);",
        "tests[$V] = $V;",
        "postman.setEnvironmentVariable($V, $V); postman.getResponseHeader($V);",
        "responseCode.code; globals[$V]; environment[$V]; iteration; data[$V];",
        "eval($V);",
        "Function($V)();",
        "Object.prototype.polluted = $V;",
        "JSON.stringify = $V;",
        "globalThis.pm = $V;",
        "delete globalThis.console;",
        "try { $L } catch (e) { console.log(String(e)); }",
        "if ($V) { $L }",
    ];
    let mut line = rng.pick(LINES).to_string();
    if rng.one_in(300) {
        line = "while (true) {}".into();
    }
    let mut out = String::new();
    let mut rest = line.as_str();
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let code = rest[at + 1..].chars().next().unwrap_or(' ');
        match code {
            'V' => out.push_str(&js_value(rng)),
            'U' => out.push_str(&format!("'{}'", target().url(rng).replace('\'', "%27"))),
            'L' => out.push_str(&script_line(rng)),
            _ => out.push('$'),
        }
        rest = &rest[(at + 1 + code.len_utf8()).min(rest.len())..];
    }
    out.push_str(rest);
    out
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
            .find(|c: char| matches!(c, '/' | '?' | '#' | '\'' | '"' | '`' | ' ' | '\\' | '\n'))
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
