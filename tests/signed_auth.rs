//! OAuth 1.0 and Hawk end to end: the real binary signs requests to a local server that
//! recomputes the OAuth 1.0 HMAC-SHA1 signature (RFC 5849: query, form body and `oauth_*`
//! parameters) and the Hawk MAC from what it received, and answers 200 only when they match.
//! A wrong secret must be refused, so the check is not vacuous.

mod support;

use base64::Engine;
use hmac::{Hmac, Mac};
use serde_json::json;
use std::sync::Arc;
use support::http::{Recorded, Reply};

const CONSUMER_SECRET: &str = "cs&secret";
const TOKEN_SECRET: &str = "ts!";
const HAWK_KEY: &str = "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn";

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn hmac_sha1(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(key).expect("any key length");
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(key).expect("any key length");
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

/// RFC 5849 3.6: unreserved characters kept, everything else %XX.
fn enc(s: &str) -> String {
    const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(s, SET).to_string()
}

fn dec(s: &str) -> String {
    percent_encoding::percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

fn form_pairs(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (dec(k), dec(v))
        })
        .collect()
}

/// `k="v", k2="v2"` (OAuth: comma-separated; Hawk: comma and space).
fn header_params(value: &str) -> Vec<(String, String)> {
    value
        .split(',')
        .filter_map(|p| {
            let (k, v) = p.trim().split_once('=')?;
            Some((k.to_string(), v.trim_matches('"').to_string()))
        })
        .collect()
}

fn verify_oauth1(req: &Recorded) -> bool {
    // the oauth_* parameters come in the header, the query or the form body
    let mut params: Vec<(String, String)> = req
        .header("authorization")
        .and_then(|h| h.strip_prefix("OAuth "))
        .map(|a| {
            header_params(a)
                .into_iter()
                .map(|(k, v)| (dec(&k), dec(&v)))
                .collect()
        })
        .unwrap_or_default();
    params.extend(form_pairs(req.query().unwrap_or("")));
    let form = req
        .header("content-type")
        .is_some_and(|c| c.starts_with("application/x-www-form-urlencoded"));
    if form {
        params.extend(form_pairs(&String::from_utf8_lossy(&req.body)));
    }
    let Some(signature) = params
        .iter()
        .find(|(k, _)| k == "oauth_signature")
        .map(|(_, v)| v.clone())
    else {
        return false;
    };
    params.retain(|(k, _)| k != "oauth_signature" && k != "realm");
    let mut encoded: Vec<(String, String)> = params.iter().map(|(k, v)| (enc(k), enc(v))).collect();
    encoded.sort();
    let normalized = encoded
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let host = req.header("host").unwrap_or("").to_lowercase();
    let base_url = format!("http://{host}{}", req.path());
    let base = format!("{}&{}&{}", req.method, enc(&base_url), enc(&normalized));
    let token_secret = if params.iter().any(|(k, _)| k == "oauth_token") {
        TOKEN_SECRET
    } else {
        ""
    };
    let key = format!("{}&{}", enc(CONSUMER_SECRET), enc(token_secret));
    b64(&hmac_sha1(key.as_bytes(), base.as_bytes())) == signature
}

fn verify_hawk(req: &Recorded) -> bool {
    let Some(auth) = req
        .header("authorization")
        .and_then(|h| h.strip_prefix("Hawk "))
    else {
        return false;
    };
    let p = header_params(auth);
    let get = |k: &str| {
        p.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let (host, port) = req
        .header("host")
        .and_then(|h| h.split_once(':'))
        .unwrap_or(("", "80"));
    let normalized = format!(
        "hawk.1.header\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n",
        get("ts"),
        get("nonce"),
        req.method,
        req.target,
        host,
        port,
        get("hash"),
        get("ext")
    );
    get("id") == "hawk-id"
        && b64(&hmac_sha256(HAWK_KEY.as_bytes(), normalized.as_bytes())) == get("mac")
}

fn oauth1(secret: &str, to_header: bool) -> serde_json::Value {
    json!({"type": "oauth1", "oauth1": [
        {"key": "consumerKey", "value": "ck"},
        {"key": "consumerSecret", "value": secret},
        {"key": "token", "value": "tok"},
        {"key": "tokenSecret", "value": TOKEN_SECRET},
        {"key": "signatureMethod", "value": "HMAC-SHA1"},
        {"key": "addParamsToHeader", "value": to_header, "type": "boolean"}
    ]})
}

fn item(
    name: &str,
    method: &str,
    url: &str,
    auth: serde_json::Value,
    status: u16,
) -> serde_json::Value {
    let mut request = json!({"method": method, "url": url, "auth": auth});
    if method == "POST" {
        request["body"] = json!({"mode": "urlencoded", "urlencoded": [
            {"key": "name", "value": "a b+c"}, {"key": "sym", "value": "!*'()"}
        ]});
    }
    json!({
        "name": name,
        "request": request,
        "event": [{"listen": "test", "script": {"exec": [
            format!("pm.test('status', () => pm.response.to.have.status({status}));")
        ]}}]
    })
}

#[test]
fn server_verifies_oauth1_and_hawk_signatures() {
    let port = support::http::spawn(Arc::new(|req: &Recorded| {
        let ok = if req.path().starts_with("/oauth1") {
            verify_oauth1(req)
        } else {
            verify_hawk(req)
        };
        Reply::json(if ok { 200 } else { 401 }, &json!({ "valid": ok }))
    }))
    .expect("a local server");
    let base = format!("http://127.0.0.1:{port}");
    let hawk = |key: &str| {
        json!({"type": "hawk", "hawk": [
            {"key": "authId", "value": "hawk-id"},
            {"key": "authKey", "value": key},
            {"key": "algorithm", "value": "sha256"},
            {"key": "extraData", "value": "some-ext"}
        ]})
    };
    let collection = json!({
        "info": {"name": "signed", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [
            item("oauth1 header", "GET", &format!("{base}/oauth1/get?b=2&a=x y&c=it's"), oauth1(CONSUMER_SECRET, true), 200),
            item("oauth1 form body", "POST", &format!("{base}/oauth1/post?q=1"), oauth1(CONSUMER_SECRET, false), 200),
            item("oauth1 query", "GET", &format!("{base}/oauth1/get?z=1"), oauth1(CONSUMER_SECRET, false), 200),
            item("oauth1 wrong secret", "GET", &format!("{base}/oauth1/get"), oauth1("nope", true), 401),
            item("hawk", "GET", &format!("{base}/hawk/resource?b=1&a=2"), hawk(HAWK_KEY), 200),
            item("hawk wrong key", "GET", &format!("{base}/hawk/resource"), hawk("other"), 401),
        ]
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let out = support::runner::run_collection(dir.path(), &collection);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("oauth1 form body"), "{stdout}");
}
