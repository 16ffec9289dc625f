//! postman-echo / httpbin style routes. Every answer is a pure function of the request and of the per-server
//! token counter, so two runs against two fresh servers can be compared.

use super::codec::md5_hex;
use super::codec::{
    base64_decode, base64_encode, gzip, parse_form, parse_multipart, pct_decode, zlib,
};
use super::http::{Recorded, Reply};
use serde_json::{json, Map, Value};
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Default)]
pub struct RouteState {
    pub tokens: AtomicU64,
}

fn multi_insert(m: &mut Map<String, Value>, k: String, v: Value) {
    match m.get_mut(&k) {
        None => {
            m.insert(k, v);
        }
        Some(Value::Array(a)) => a.push(v),
        Some(old) => {
            let prev = old.take();
            *old = Value::Array(vec![prev, v]);
        }
    }
}

pub fn headers_obj(req: &Recorded) -> Value {
    let mut m = Map::new();
    for (k, v) in &req.headers {
        let k = k.to_ascii_lowercase();
        match m.get_mut(&k) {
            Some(Value::String(old)) => {
                old.push_str(if k == "cookie" { "; " } else { ", " });
                old.push_str(v);
            }
            _ => {
                m.insert(k, Value::String(v.clone()));
            }
        }
    }
    Value::Object(m)
}

fn query_pairs(req: &Recorded) -> Vec<(String, String)> {
    req.query().map(parse_form).unwrap_or_default()
}

fn args_obj(req: &Recorded) -> Value {
    let mut m = Map::new();
    for (k, v) in query_pairs(req) {
        multi_insert(&mut m, k, Value::String(v));
    }
    Value::Object(m)
}

fn content_type(req: &Recorded) -> String {
    req.header("content-type")
        .unwrap_or_default()
        .to_ascii_lowercase()
}

fn redirect(status: u16, location: &str) -> Reply {
    Reply::new(
        status,
        "text/plain; charset=utf-8",
        format!("Found. Redirecting to {location}"),
    )
    .header("Location", location)
}

/// Split a leading `/__h/<host>` or `/__v/<var>` routing prefix (pmdiff-style rewritten URLs) off the path.
fn split_prefix(path: &str) -> (&str, &str) {
    for p in ["/__h/", "/__v/"] {
        if let Some(rest) = path.strip_prefix(p) {
            let end = rest.find('/').map_or(path.len(), |i| p.len() + i);
            let r = &path[end..];
            return (&path[..end], if r.is_empty() { "/" } else { r });
        }
    }
    ("", path)
}

pub fn route(st: &RouteState, req: &Recorded) -> Reply {
    let path = req.path().to_string();
    let (prefix, rest) = split_prefix(&path);
    let raw: Vec<&str> = rest.trim_start_matches('/').split('/').collect();
    let decoded: Vec<String> = raw.iter().map(|s| pct_decode(s, false)).collect();
    let segs: Vec<&str> = decoded.iter().map(String::as_str).collect();
    // A route matches any whole suffix of the path: a base URL with a path still reaches it.
    for start in 0..segs.len() {
        let base = if start == 0 {
            prefix.to_string()
        } else {
            format!("{prefix}/{}", raw[..start].join("/"))
        };
        if let Some(r) = route_exact(st, req, &base, &segs[start..]) {
            return r;
        }
    }
    if rest.ends_with("/token") || rest.ends_with("/login") {
        return token(st, req);
    }
    echo(req)
}

fn route_exact(_st: &RouteState, req: &Recorded, prefix: &str, segs: &[&str]) -> Option<Reply> {
    Some(match segs {
        ["status", code] => status(code.parse().ok()?),
        ["delay", ms] => {
            let ms = ms.parse::<f64>().ok()?.clamp(0.0, 60_000.0) as u64;
            std::thread::sleep(std::time::Duration::from_millis(ms));
            Reply::json(200, &json!({ "delay": ms }))
        }
        ["headers"] => Reply::json(200, &json!({ "headers": headers_obj(req) })),
        ["response-headers"] => response_headers(req),
        ["basic-auth"] => basic_auth(req, "postman", "password"),
        ["basic-auth", user, pass] => basic_auth(req, user, pass),
        ["digest-auth"] => digest_auth(req),
        // stateless: the type 3 message is checked on any connection
        ["ntlm", password] => super::ntlm::answer(req, password, true),
        ["cookies"] => Reply::json(200, &json!({ "cookies": cookies_obj(req) })),
        ["cookies", "set"] => query_pairs(req)
            .into_iter()
            .fold(redirect(302, &format!("{prefix}/cookies")), |r, (k, v)| {
                r.header("Set-Cookie", &format!("{k}={v}; Path=/"))
            }),
        ["cookies", "delete"] => query_pairs(req).into_iter().fold(
            redirect(302, &format!("{prefix}/cookies")),
            |r, (k, _)| {
                r.header(
                    "Set-Cookie",
                    &format!("{k}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"),
                )
            },
        ),
        ["redirect", n] => match n.parse::<u32>().ok()? {
            n if n > 1 => redirect(302, &format!("{prefix}/redirect/{}", n - 1)),
            _ => redirect(302, &format!("{prefix}/get")),
        },
        ["redirect-to"] => {
            let q = query_pairs(req);
            let get = |name: &str| q.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
            let code = get("status_code")
                .and_then(|c| c.parse::<u16>().ok())
                .filter(|c| (300..400).contains(c))
                .unwrap_or(302);
            match get("url") {
                Some(u) => redirect(code, &u),
                None => Reply::json(400, &json!({ "error": "missing url" })),
            }
        }
        ["xml"] => Reply::new(200, "application/xml; charset=utf-8", XML_DOC),
        ["html"] => Reply::new(200, "text/html; charset=utf-8", HTML_DOC),
        ["gzip"] => compressed(req, true),
        ["deflate"] => compressed(req, false),
        ["big", kb] => Reply::new(
            200,
            "application/json; charset=utf-8",
            big_json(kb.parse().ok()?),
        ),
        ["bytes", n] => {
            let n = n.parse::<usize>().ok()?.min(16 << 20);
            Reply::new(
                200,
                "application/octet-stream",
                (0..n)
                    .map(|i| ((i * 31 + 7) % 256) as u8)
                    .collect::<Vec<u8>>(),
            )
        }
        ["auth", "hawk"] => match req.header("authorization") {
            Some(h) if h.starts_with("Hawk ") => {
                Reply::json(200, &json!({ "message": "Hawk Authentication Successful" }))
            }
            _ => Reply::json(401, &json!({ "statusCode": 401, "error": "Unauthorized" })),
        },
        ["oauth1"] => match req.header("authorization") {
            Some(h) if h.starts_with("OAuth ") => Reply::json(
                200,
                &json!({ "status": "pass", "message": "OAuth-1.0a signature verification was successful" }),
            ),
            _ => Reply::json(
                401,
                &json!({ "status": "fail", "message": "HMAC-SHA1 verification failed" }),
            ),
        },
        ["oauth2", "user", "info"] => match req.header("authorization") {
            Some(h) if h.starts_with("Bearer ") => {
                Reply::json(200, &json!({ "user_id": "1", "name": "Postman" }))
            }
            _ => Reply::json(401, &json!({ "error": "unauthorized" })),
        },
        ["encoding", "utf8"] => Reply::new(
            200,
            "text/html; charset=utf-8",
            "<h1>Unicode Demo</h1> ∮ E⋅da = Q, ∀x∈ℝ: ⌈x⌉ = −⌊−x⌋",
        ),
        _ => return None,
    })
}

fn status(code: u16) -> Reply {
    match code {
        204 | 304 => Reply::new(code, "", Vec::new()),
        200..=599 => Reply::json(code, &json!({ "status": code })),
        _ => Reply::json(400, &json!({ "error": "unsupported status code" })),
    }
}

fn response_headers(req: &Recorded) -> Reply {
    let pairs = query_pairs(req);
    let mut m = Map::new();
    for (k, v) in &pairs {
        multi_insert(&mut m, k.clone(), Value::String(v.clone()));
    }
    let has_ct = pairs
        .iter()
        .any(|(k, _)| k.eq_ignore_ascii_case("content-type"));
    let ct = if has_ct {
        ""
    } else {
        "application/json; charset=utf-8"
    };
    let body = serde_json::to_vec(&Value::Object(m)).unwrap_or_default();
    pairs.iter().fold(Reply::new(200, ct, body), |r, (k, v)| {
        let v = if k.eq_ignore_ascii_case("content-type") {
            normalize_media_type(v)
        } else {
            v.clone()
        };
        r.header(k, &v)
    })
}

/// `a/b;  x=y` -> `a/b; x=y`, as an Express server formats a Content-Type it is given.
fn normalize_media_type(v: &str) -> String {
    v.split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

fn basic_auth(req: &Recorded, user: &str, pass: &str) -> Reply {
    let ok = req
        .header("authorization")
        .and_then(|h| {
            let (scheme, cred) = h.trim().split_once(' ')?;
            scheme
                .eq_ignore_ascii_case("basic")
                .then(|| base64_decode(cred.trim()))?
        })
        .is_some_and(|d| d == format!("{user}:{pass}").as_bytes());
    if ok {
        Reply::json(200, &json!({ "authenticated": true, "user": user }))
    } else {
        Reply::json(401, &json!({ "authenticated": false }))
            .header("WWW-Authenticate", "Basic realm=\"Fake Realm\"")
    }
}

const DIGEST_REALM: &str = "Users";
const DIGEST_NONCE: &str = "ni1LiL0O37PRRhofWdCLmwFsnEtH1lew";

/// postman-echo's /digest-auth: user `postman`, password `password`, a fixed realm and nonce.
fn digest_auth(req: &Recorded) -> Reply {
    let params = req
        .header("authorization")
        .and_then(|h| h.trim().strip_prefix("Digest "))
        .map(|rest| {
            rest.split(',')
                .filter_map(|p| p.trim().split_once('='))
                .map(|(k, v)| {
                    (
                        k.trim().to_ascii_lowercase(),
                        v.trim().trim_matches('"').to_string(),
                    )
                })
                .collect::<std::collections::HashMap<_, _>>()
        });
    let ok = params.is_some_and(|p| {
        let g = |k: &str| p.get(k).cloned().unwrap_or_default();
        let ha1 = md5_hex(format!("postman:{DIGEST_REALM}:password").as_bytes());
        let ha2 = md5_hex(format!("{}:{}", req.method, g("uri")).as_bytes());
        let expected = match g("qop").as_str() {
            "" => md5_hex(format!("{ha1}:{}:{ha2}", g("nonce")).as_bytes()),
            qop => md5_hex(
                format!(
                    "{ha1}:{}:{}:{}:{qop}:{ha2}",
                    g("nonce"),
                    g("nc"),
                    g("cnonce")
                )
                .as_bytes(),
            ),
        };
        g("username") == "postman" && g("response") == expected
    });
    if ok {
        Reply::json(200, &json!({ "authenticated": true }))
    } else {
        Reply::new(401, "text/plain; charset=utf-8", "Unauthorized").header(
            "WWW-Authenticate",
            &format!("Digest realm=\"{DIGEST_REALM}\", nonce=\"{DIGEST_NONCE}\""),
        )
    }
}

fn cookies_obj(req: &Recorded) -> Value {
    let mut m = Map::new();
    for h in req.header_all("cookie") {
        for piece in h.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
            m.insert(k.trim().to_string(), Value::String(v.trim().to_string()));
        }
    }
    Value::Object(m)
}

fn compressed(req: &Recorded, use_gzip: bool) -> Reply {
    let key = if use_gzip { "gzipped" } else { "deflated" };
    let raw = serde_json::to_vec(
        &json!({ key: true, "headers": headers_obj(req), "method": req.method }),
    )
    .unwrap_or_default();
    let (data, enc) = if use_gzip {
        (gzip(&raw), "gzip")
    } else {
        (zlib(&raw), "deflate")
    };
    Reply::new(200, "application/json; charset=utf-8", data).header("Content-Encoding", enc)
}

/// A deterministic JSON document of at least `kb` KiB.
pub fn big_json(kb: u64) -> Vec<u8> {
    let target = (kb.clamp(1, 64 * 1024) * 1024) as usize;
    let mut s = String::with_capacity(target + 256);
    s.push_str("{\"kind\":\"big\",\"items\":[");
    let mut i: u64 = 0;
    while s.len() < target {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&format!(
            "{{\"id\":{i},\"name\":\"item-{i}\",\"price\":{}.{:02},\"active\":{},\"tags\":[\"t{}\",\"t{}\"],\"text\":\"lorem ipsum dolor sit amet {i}\"}}",
            (i * 7919) % 1000,
            (i * 31) % 100,
            i.is_multiple_of(3),
            i % 10,
            i % 7
        ));
        i += 1;
    }
    s.push_str(&format!("],\"count\":{i}}}"));
    s.into_bytes()
}

fn token(st: &RouteState, req: &Recorded) -> Reply {
    let n = st.tokens.fetch_add(1, Ordering::SeqCst) + 1;
    let mut scope: Option<String> = query_pairs(req)
        .into_iter()
        .rev()
        .find(|(k, _)| k == "scope")
        .map(|(_, v)| v);
    let ct = content_type(req);
    if ct.contains("json") {
        if let Ok(Value::Object(o)) = serde_json::from_slice::<Value>(&req.body) {
            if let Some(s) = o.get("scope") {
                scope = Some(s.as_str().map_or_else(|| s.to_string(), str::to_string));
            }
        }
    } else if ct.starts_with("multipart/form-data") {
        if let Some(p) = parse_multipart(&req.body, &ct)
            .into_iter()
            .find(|p| p.name == "scope")
        {
            scope = Some(String::from_utf8_lossy(&p.data).into_owned());
        }
    } else if !req.body.is_empty() {
        if let Some((_, v)) = parse_form(&String::from_utf8_lossy(&req.body))
            .into_iter()
            .find(|(k, _)| k == "scope")
        {
            scope = Some(v);
        }
    }
    Reply::json(
        200,
        &json!({
            "access_token": format!("tok-{n}"),
            "token_type": "Bearer",
            "expires_in": 172800,
            "refresh_token": format!("ref-{n}"),
            "scope": scope.unwrap_or_else(|| "ALL:ALL".into()),
        }),
    )
}

pub fn echo(req: &Recorded) -> Reply {
    let ct = content_type(req);
    let mut form = Map::new();
    let mut files = Map::new();
    let mut data = Value::String(String::new());
    let mut json_v = Value::Null;
    if ct.starts_with("application/x-www-form-urlencoded") {
        for (k, v) in parse_form(&String::from_utf8_lossy(&req.body)) {
            multi_insert(&mut form, k, Value::String(v));
        }
        json_v = Value::Object(form.clone());
    } else if ct.starts_with("multipart/form-data") {
        for p in parse_multipart(&req.body, &ct) {
            match &p.filename {
                Some(fname) => {
                    // postman-echo reports every uploaded file as octet-stream, whatever its part's type
                    let url = format!(
                        "data:application/octet-stream;base64,{}",
                        base64_encode(&p.data)
                    );
                    multi_insert(&mut files, fname.clone(), Value::String(url));
                }
                None => multi_insert(
                    &mut form,
                    p.name.clone(),
                    Value::String(String::from_utf8_lossy(&p.data).into_owned()),
                ),
            }
        }
    } else if !req.body.is_empty() {
        let parsed = if ct.contains("json") {
            serde_json::from_slice::<Value>(&req.body).ok()
        } else {
            None
        };
        match parsed {
            Some(v) => {
                data = v.clone();
                json_v = v;
            }
            None => {
                data = Value::String(match std::str::from_utf8(&req.body) {
                    Ok(s) => s.to_string(),
                    Err(_) => format!(
                        "data:application/octet-stream;base64,{}",
                        base64_encode(&req.body)
                    ),
                });
            }
        }
    }
    let host = req.header("host").unwrap_or("127.0.0.1");
    let mut m = Map::new();
    m.insert("args".into(), args_obj(req));
    m.insert("data".into(), data);
    m.insert("files".into(), Value::Object(files));
    m.insert("form".into(), Value::Object(form));
    m.insert("headers".into(), headers_obj(req));
    m.insert("json".into(), json_v);
    m.insert(
        "url".into(),
        Value::String(format!("http://{host}{}", req.target)),
    );
    m.insert("method".into(), Value::String(req.method.clone()));
    Reply::json(200, &Value::Object(m))
}

const XML_DOC: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<!--  A SAMPLE set of slides  -->
<slideshow title="Sample Slide Show" date="Date of publication" author="Yours Truly">
    <!-- TITLE SLIDE -->
    <slide type="all">
        <title>Wake up to WonderWidgets!</title>
    </slide>
    <!-- OVERVIEW -->
    <slide type="all">
        <title>Overview</title>
        <item>Why <em>WonderWidgets</em> are great</item>
        <item/>
        <item>Who <em>buys</em> WonderWidgets</item>
    </slide>
</slideshow>
"#;

const HTML_DOC: &str = r#"<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>echo-server</title>
  </head>
  <body>
    <h1 id="title">Herman Melville - Moby-Dick</h1>
    <div>
      <p>Availing himself of the mild, summer-cool weather that now reigned in these latitudes.</p>
      <ul><li class="item">one</li><li class="item">two</li><li class="item">three</li></ul>
    </div>
  </body>
</html>
"#;
