//! Digest auth as postman-runtime (Newman 6.2.2) does it. The header is signed only when
//! username, realm and nonce are known; otherwise the request goes out without it and a 401/403
//! with a `WWW-Authenticate: Digest …` challenge gives realm, nonce, qop and opaque for one retry
//! ([`challenge`]). Header: `Digest username="u", realm="r", nonce="n", uri="/p?q",
//! algorithm="MD5", qop=auth, nc=00000001, cnonce="c", response="…", opaque="o"`.

use super::ResolvedAuth;
use crate::collection::model::Auth;
use crate::request_text::headers::HeaderList;
use md5::Md5;
use serde_json::Value;
use sha2::{Digest, Sha256, Sha512_256};

#[derive(Clone, Copy)]
enum Hash {
    Md5,
    Sha256,
    Sha512_256,
}

impl Hash {
    fn hex(self, data: &[u8]) -> String {
        let bytes = match self {
            Hash::Md5 => Md5::digest(data).to_vec(),
            Hash::Sha256 => Sha256::digest(data).to_vec(),
            Hash::Sha512_256 => Sha512_256::digest(data).to_vec(),
        };
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Adds the `Authorization: Digest …` header (replacing the user's) when username, realm and
/// nonce are set. `uri` is the encoded `path?query`; `body` is what auth-int hashes (`None`: a
/// body the runtime cannot hash, which it hashes as the text `undefined`).
pub fn sign(
    auth: &ResolvedAuth,
    method: &str,
    uri: &str,
    body: Option<&[u8]>,
    headers: &mut HeaderList,
) -> Result<(), String> {
    // `pre`: sign only with nonce and realm; `sign`: nothing without username and realm
    if !(auth.truthy("nonce") && auth.truthy("realm") && auth.truthy("username")) {
        return Ok(());
    }
    let mut algorithm = auth.text("algorithm");
    let hash = match algorithm.as_str() {
        "SHA-256" | "SHA-256-sess" => Hash::Sha256,
        "SHA-512-256" | "SHA-512-256-sess" => Hash::Sha512_256,
        "MD5" | "MD5-sess" => Hash::Md5,
        "" => {
            algorithm = "MD5".into();
            Hash::Md5
        }
        other => return Err(format!("Unsupported digest algorithm: {other}")),
    };
    headers.remove_where(|k| k.eq_ignore_ascii_case("authorization"));
    let (username, realm, password) = (
        auth.text("username"),
        auth.text("realm"),
        auth.text("password"),
    );
    let (nonce, nc, cnonce, qop, opaque) = (
        auth.text("nonce"),
        auth.text("nonceCount"),
        auth.text("clientNonce"),
        auth.text("qop"),
        auth.text("opaque"),
    );
    let a1 = if algorithm.ends_with("-sess") {
        let a0 = hash.hex(format!("{username}:{realm}:{password}").as_bytes());
        format!("{a0}:{nonce}:{cnonce}")
    } else {
        format!("{username}:{realm}:{password}")
    };
    let a2 = if qop == "auth-int" {
        let body_hash = body.map_or_else(|| "undefined".to_string(), |b| hash.hex(b));
        format!("{method}:{uri}:{body_hash}")
    } else {
        format!("{method}:{uri}")
    };
    let (ha1, ha2) = (hash.hex(a1.as_bytes()), hash.hex(a2.as_bytes()));
    let with_qop = qop == "auth" || qop == "auth-int";
    let response = if with_qop {
        hash.hex(format!("{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{ha2}").as_bytes())
    } else {
        hash.hex(format!("{ha1}:{nonce}:{ha2}").as_bytes())
    };
    let mut parts = vec![
        format!("username=\"{username}\""),
        format!("realm=\"{realm}\""),
        format!("nonce=\"{nonce}\""),
        format!("uri=\"{uri}\""),
        format!("algorithm=\"{algorithm}\""),
    ];
    if with_qop {
        parts.push(format!("qop={qop}"));
    }
    if with_qop || algorithm == "MD5-sess" {
        if !nc.is_empty() {
            parts.push(format!("nc={nc}"));
        }
        parts.push(format!("cnonce=\"{cnonce}\""));
    }
    parts.push(format!("response=\"{response}\""));
    if !opaque.is_empty() {
        parts.push(format!("opaque=\"{opaque}\""));
    }
    headers.push(
        "Authorization",
        &format!("Digest {}", parts.join(", ")),
        true,
    );
    Ok(())
}

/// The `path?query` of an encoded URL, as Node's `url.path` (`/` when there is no path).
pub fn request_uri(href: &str) -> String {
    let rest = href.split_once("://").map_or(href, |(_, r)| r);
    match rest.find(['/', '?']) {
        Some(i) if rest[i..].starts_with('?') => format!("/{}", &rest[i..]),
        Some(i) => rest[i..].to_string(),
        None => "/".to_string(),
    }
}

/// `post`: after a 401/403 carrying a Digest challenge, the auth to retry with (realm, nonce,
/// qop, opaque from the challenge; a fresh client nonce and nc 00000001 when there is a qop);
/// `None` when no retry is due (disableRetryRequest, no challenge, or nothing new in it).
pub fn challenge(auth: &ResolvedAuth, code: u16, headers: &[(String, String)]) -> Option<Auth> {
    if auth.kind != "digest" || auth.truthy("disableRetryRequest") {
        return None;
    }
    if code != 401 && code != 403 {
        return None;
    }
    let header = headers.iter().find(|(k, v)| {
        k.eq_ignore_ascii_case("www-authenticate") && v.to_lowercase().starts_with("digest ")
    })?;
    let field = |name: &str| extract(&header.1, name);
    let mut updates: Vec<(&str, String)> =
        vec![("nonce", field("nonce")), ("realm", field("realm"))];
    for name in ["opaque", "qop"] {
        let value = field(name);
        if !value.is_empty() {
            updates.push((name, value));
        }
    }
    if updates.iter().any(|(k, _)| *k == "qop") || auth.truthy("qop") {
        updates.push(("clientNonce", client_nonce()));
        updates.push(("nonceCount", "00000001".into()));
    }
    if updates.iter().all(|(k, _)| auth.truthy(k)) {
        return None;
    }
    let mut params = auth.params.clone();
    for (key, value) in updates {
        // the runtime's `auth.set` keeps a value the user gave (not empty, null or NaN)
        match params.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) if matches!(v, Value::Null) || v.as_str() == Some("") => {
                *v = Value::String(value)
            }
            Some(_) => {}
            None => params.push((key.to_string(), Value::String(value))),
        }
    }
    Some(Auth {
        kind: auth.kind.clone(),
        params,
    })
}

/// `name="value"` in a challenge, matched case-insensitively like the runtime's regexes.
fn extract(header: &str, name: &str) -> String {
    // ASCII-only lowering keeps byte offsets the same in both strings.
    let lower = header.to_ascii_lowercase();
    let needle = format!("{name}=\"");
    let mut from = 0;
    while let Some(pos) = lower[from..].find(&needle) {
        let start = from + pos + needle.len();
        // the runtime's /nonce="…"/ also matches inside cnonce="…"; keep that
        if let Some(end) = header.get(start..).and_then(|r| r.find('"')) {
            return header[start..start + end].to_string();
        }
        from = start;
    }
    String::new()
}

fn client_nonce() -> String {
    const SOURCE: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let bytes = crate::ids::uuid_v4().into_bytes();
    bytes[..8]
        .iter()
        .map(|b| char::from(SOURCE[usize::from(*b) % SOURCE.len()]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auth(params: &[(&str, &str)]) -> ResolvedAuth {
        ResolvedAuth {
            kind: "digest".into(),
            params: params
                .iter()
                .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
                .collect(),
        }
    }

    #[test]
    fn rfc2617_example() {
        let a = auth(&[
            ("username", "Mufasa"),
            ("password", "Circle Of Life"),
            ("realm", "testrealm@host.com"),
            ("nonce", "dcd98b7102dd2f0e8b11d0f600bfb0c093"),
            ("qop", "auth"),
            ("nonceCount", "00000001"),
            ("clientNonce", "0a4f113b"),
            ("opaque", "5ccc069c403ebaf9f0171e9517f40e41"),
        ]);
        let mut headers = HeaderList::default();
        sign(&a, "GET", "/dir/index.html", None, &mut headers).expect("signs");
        let value = &headers.sent()[0].value;
        assert_eq!(
            value,
            "Digest username=\"Mufasa\", realm=\"testrealm@host.com\", \
             nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/dir/index.html\", \
             algorithm=\"MD5\", qop=auth, nc=00000001, cnonce=\"0a4f113b\", \
             response=\"6629fae49393a05397450978507c4ef1\", \
             opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""
        );
    }

    #[test]
    fn no_header_without_nonce_and_challenge_fills_it() {
        let a = auth(&[("username", "u"), ("password", "p")]);
        let mut headers = HeaderList::default();
        sign(&a, "GET", "/", None, &mut headers).expect("no error");
        assert!(headers.sent().is_empty());
        let challenge_headers = vec![(
            "WWW-Authenticate".to_string(),
            "Digest realm=\"R\", qop=\"auth\", nonce=\"N\", opaque=\"O\"".to_string(),
        )];
        let next = challenge(&a, 401, &challenge_headers).expect("retry");
        assert_eq!(next.param("realm"), Some(&Value::String("R".into())));
        assert_eq!(next.param("nonce"), Some(&Value::String("N".into())));
        assert_eq!(next.param("qop"), Some(&Value::String("auth".into())));
        assert_eq!(
            next.param("nonceCount"),
            Some(&Value::String("00000001".into()))
        );
        assert!(challenge(&a, 200, &challenge_headers).is_none());
    }

    #[test]
    fn uri_is_path_and_query() {
        assert_eq!(request_uri("http://h:1/a/b?x=1"), "/a/b?x=1");
        assert_eq!(request_uri("http://h"), "/");
        assert_eq!(request_uri("http://h?x"), "/?x");
    }
}
