//! Akamai EdgeGrid (`EG1-HMAC-SHA256`) as postman-runtime 7.39 signs a request.
//!
//! Nothing is done without `accessToken`, `clientToken` and `clientSecret`. An empty `nonce` is
//! a UUID, an empty `timestamp` the current UTC time as `yyyyMMddTHH:mm:ss+0000`. The signing
//! key is `HMAC(clientSecret, timestamp)`; the signature covers, tab-separated, the method, the
//! protocol, the host (`baseURL`'s host when set), the path and query, the `headersToSign`
//! (`name:value`, values trimmed and inner white space folded), the body hash (POST only: SHA-256
//! of at most `maxBodySize`, 131072, bytes) and the header so far.

use super::sigutil::{self, Alg, Payload};
use super::ResolvedAuth;
use crate::request_text::headers::HeaderList;
use serde_json::Value;

/// The request parts EdgeGrid reads.
pub struct SigningRequest<'a> {
    pub method: &'a str,
    /// The encoded URL (`protocol://host[:port]/path?query`).
    pub href: &'a str,
    pub protocol: &'a str,
    /// `host[:port]`.
    pub host: &'a str,
    pub payload: Payload,
}

/// What goes into the signature besides the request.
struct Params {
    client_token: String,
    access_token: String,
    client_secret: String,
    timestamp: String,
    nonce: String,
    base_host: Option<String>,
    headers_to_sign: Vec<String>,
}

/// Adds `Authorization: EG1-HMAC-SHA256 …` (the user's removed first).
pub fn sign(auth: &ResolvedAuth, req: SigningRequest, headers: &mut HeaderList) {
    let (Some(access_token), Some(client_token), Some(client_secret)) = (
        auth.param("accessToken"),
        auth.param("clientToken"),
        auth.param("clientSecret"),
    ) else {
        return;
    };
    headers.remove_where(|k| k.eq_ignore_ascii_case("authorization"));
    let params = Params {
        client_token,
        access_token,
        client_secret,
        timestamp: auth.param("timestamp").unwrap_or_else(timestamp),
        nonce: auth
            .param("nonce")
            .unwrap_or_else(|| crate::ids::uuid_v4().to_string()),
        base_host: auth
            .param("baseURL")
            .map(|u| crate::request_text::url::encode(&u, false).host_header),
        headers_to_sign: headers_to_sign(auth),
    };
    let max_body = match auth.params.iter().find(|(k, _)| k == "maxBodySize") {
        Some((_, v)) if sigutil::js_truthy(Some(v)) => js_to_number(v),
        _ => 131072.0,
    };
    let body_hash = match (&req.payload, req.method) {
        (Payload::Bytes(body), "POST") => {
            Some(sigutil::base64(&Alg::Sha256.hash(limit(body, max_body))))
        }
        _ => None,
    };
    let value = header(&params, &req, headers, body_hash.as_deref());
    headers.push("Authorization", &value, true);
}

/// `headersToSign`: a comma-separated text or a list; other values sign no header.
fn headers_to_sign(auth: &ResolvedAuth) -> Vec<String> {
    match auth.params.iter().find(|(k, _)| k == "headersToSign") {
        Some((_, Value::String(s))) => s.split(',').map(str::to_string).collect(),
        Some((_, Value::Array(items))) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// The body bytes hashed: at most `size` of them, none when `size` is not positive.
fn limit(body: &[u8], size: f64) -> &[u8] {
    if size <= 0.0 {
        return &[];
    }
    if (body.len() as f64) > size {
        // `subarray` truncates a fractional end
        return &body[..size as usize];
    }
    body
}

/// JavaScript's `Number(v)` for a parameter (NaN for text that is not a number).
fn js_to_number(v: &Value) -> f64 {
    match v {
        Value::Number(n) => n.as_f64().unwrap_or(f64::NAN),
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::String(s) => crate::collection::data::js_number(s),
        _ => f64::NAN,
    }
}

fn timestamp() -> String {
    chrono::Utc::now()
        .format("%Y%m%dT%H:%M:%S+0000")
        .to_string()
}

fn header(
    params: &Params,
    req: &SigningRequest,
    headers: &HeaderList,
    body_hash: Option<&str>,
) -> String {
    let auth_header = format!(
        "EG1-HMAC-SHA256 client_token={};access_token={};timestamp={};nonce={};",
        params.client_token, params.access_token, params.timestamp, params.nonce
    );
    let data = [
        req.method.to_string(),
        req.protocol.trim_end_matches(':').to_string(),
        params
            .base_host
            .clone()
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| req.host.to_string()),
        super::request_uri(req.href),
        canonical_headers(&params.headers_to_sign, headers),
        body_hash.unwrap_or("").to_string(),
        auth_header.clone(),
    ]
    .join("\t");
    let signing_key = sigutil::base64(
        &Alg::Sha256.hmac(params.client_secret.as_bytes(), params.timestamp.as_bytes()),
    );
    let signature = sigutil::base64(&Alg::Sha256.hmac(signing_key.as_bytes(), data.as_bytes()));
    format!("{auth_header}signature={signature}")
}

/// `name:value` for each header to sign that the request has exactly once, non-empty.
fn canonical_headers(names: &[String], headers: &HeaderList) -> String {
    names
        .iter()
        .filter_map(|name| {
            let name = name.trim().to_lowercase();
            let mut found = headers
                .entries
                .iter()
                .filter(|h| !h.disabled && h.key.to_lowercase() == name);
            let value = match (found.next(), found.next()) {
                (Some(h), None) if !h.value.is_empty() => &h.value,
                _ => return None,
            };
            let folded = value.split_whitespace().collect::<Vec<_>>().join(" ");
            Some(format!("{name}:{folded}"))
        })
        .collect::<Vec<_>>()
        .join("\t")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_limit_and_header_canonicalization() {
        assert_eq!(limit(b"abcdef", 4.0), b"abcd");
        assert_eq!(limit(b"abcdef", 0.0), b"");
        assert_eq!(limit(b"abc", f64::NAN), b"abc");
        let mut headers = HeaderList::default();
        headers.push("X-A", "  one \t two  ", false);
        headers.push("X-Dup", "1", false);
        headers.push("x-dup", "2", false);
        headers.push("X-Empty", "", false);
        let names = [" x-a", "x-dup", "x-empty", "x-missing"].map(String::from);
        assert_eq!(canonical_headers(&names, &headers), "x-a:one two");
    }
}
