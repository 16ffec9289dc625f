//! AWS Signature Version 4 as postman-runtime 7.39 (Newman 6.2.2, the `aws4` module) signs a
//! request.
//!
//! The user's `Authorization`, `X-Amz-Date`, `X-Amz-Security-Token`, `X-Amz-Content-Sha256`
//! headers and `X-Amz-*` signature query parameters are dropped. With a body the runtime can
//! hash (raw, url-encoded, file, GraphQL; not empty) `X-Amz-Content-Sha256` is added; for the
//! `s3` service it is always sent (the hash of nothing without such a body). The signed headers
//! are the user's enabled ones plus `Host`, `X-Amz-Date` (from the user's `Date` header, else
//! now), `X-Amz-Security-Token` (`sessionToken`), `X-Amz-Content-Sha256`, then
//! `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`. With
//! `addAuthDataToQuery` the signature goes to `X-Amz-*` query parameters instead.
//! `service` defaults to `execute-api`, `region` to `us-east-1`.

use super::sigutil::{self, hex, Alg, Payload};
use super::ResolvedAuth;
use crate::request_text::body_text::rfc3986_escape;
use crate::request_text::headers::HeaderList;
use crate::request_text::url::{self, UrlParts};

const REMOVED_QUERY: [&str; 6] = [
    "X-Amz-Security-Token",
    "X-Amz-Date",
    "X-Amz-Algorithm",
    "X-Amz-Credential",
    "X-Amz-SignedHeaders",
    "X-Amz-Signature",
];

const IGNORED_HEADERS: [&str; 7] = [
    "authorization",
    "connection",
    "x-amzn-trace-id",
    "user-agent",
    "expect",
    "presigned-expires",
    "range",
];

/// The request parts AWS v4 reads and changes.
pub struct SigningRequest<'a> {
    pub method: &'a str,
    pub url: &'a mut UrlParts,
    pub headers: &'a mut HeaderList,
    pub payload: Payload,
}

/// What the signature covers besides the request line.
struct Signer<'a> {
    access_key: &'a str,
    secret_key: &'a str,
    region: &'a str,
    service: &'a str,
    /// `YYYYMMDDTHHMMSSZ`
    datetime: &'a str,
}

impl Signer<'_> {
    /// The first 8 characters of the datetime (`YYYYMMDD`; aws4's `substr(0, 8)`). A user's own
    /// `X-Amz-Date` may be anything, so this cuts at a character, not a byte.
    fn date(&self) -> &str {
        let end = self
            .datetime
            .char_indices()
            .nth(8)
            .map_or(self.datetime.len(), |(i, _)| i);
        &self.datetime[..end]
    }

    fn credential_scope(&self) -> String {
        format!(
            "{}/{}/{}/aws4_request",
            self.date(),
            self.region,
            self.service
        )
    }

    /// `(signed header names, signature)` for the canonical request.
    fn sign(
        &self,
        method: &str,
        path: &str,
        query: Option<&[(String, Vec<String>)]>,
        headers: &[(String, String)],
        body_hash: &str,
    ) -> (String, String) {
        let s3 = self.service == "s3";
        let mut filtered: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| (k.to_lowercase(), v.clone()))
            .filter(|(k, _)| !IGNORED_HEADERS.contains(&k.as_str()))
            .collect();
        filtered.sort_by(|a, b| a.0.cmp(&b.0));
        let canonical_headers: String = filtered
            .iter()
            .map(|(k, v)| {
                let collapsed = v.split_whitespace().collect::<Vec<_>>().join(" ");
                format!("{k}:{collapsed}\n")
            })
            .collect();
        let signed_headers = filtered
            .iter()
            .map(|(k, _)| k.as_str())
            .collect::<Vec<_>>()
            .join(";");
        let canonical = [
            method.to_string(),
            canonical_path(path, s3),
            canonical_query(query.unwrap_or(&[]), s3),
            canonical_headers,
            signed_headers.clone(),
            body_hash.to_string(),
        ]
        .join("\n");
        let string_to_sign = format!(
            "AWS4-HMAC-SHA256\n{}\n{}\n{}",
            self.datetime,
            self.credential_scope(),
            hex(&Alg::Sha256.hash(canonical.as_bytes()))
        );
        let date = self.date();
        let mut key = Alg::Sha256.hmac(
            format!("AWS4{}", self.secret_key).as_bytes(),
            date.as_bytes(),
        );
        for part in [self.region, self.service, "aws4_request"] {
            key = Alg::Sha256.hmac(&key, part.as_bytes());
        }
        let signature = hex(&Alg::Sha256.hmac(&key, string_to_sign.as_bytes()));
        (signed_headers, signature)
    }
}

/// The path with `.`/`..` resolved and `//` collapsed (not for S3), each segment encoded again
/// (S3: decoded first, `/` kept).
fn canonical_path(path: &str, s3: bool) -> String {
    if path == "/" {
        return path.to_string();
    }
    let collapsed;
    let path = if s3 {
        path
    } else {
        let mut out = String::with_capacity(path.len());
        for c in path.chars() {
            if !(c == '/' && out.ends_with('/')) {
                out.push(c);
            }
        }
        collapsed = out;
        &collapsed
    };
    let mut pieces: Vec<String> = Vec::new();
    for piece in path.split('/') {
        if !s3 && piece == ".." {
            pieces.pop();
        } else if s3 || piece != "." {
            let piece = if s3 {
                sigutil::decode_component(&piece.replace('+', " ")).unwrap_or_else(|| piece.into())
            } else {
                piece.to_string()
            };
            pieces.push(rfc3986_escape(&piece));
        }
    }
    let mut out = pieces.join("/");
    if !out.starts_with('/') {
        out.insert(0, '/');
    }
    if s3 {
        out = out.replace("%2F", "/");
    }
    out
}

fn canonical_query(query: &[(String, Vec<String>)], s3: bool) -> String {
    let mut keys: Vec<(String, &Vec<String>)> = query
        .iter()
        .filter(|(k, _)| !k.is_empty())
        .map(|(k, v)| (rfc3986_escape(k), v))
        .collect();
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    keys.dedup_by(|a, b| a.0 == b.0);
    let mut pieces = Vec::new();
    for (k, values) in keys {
        if values.len() == 1 || s3 {
            pieces.push(format!(
                "{k}={}",
                rfc3986_escape(values.first().map_or("", String::as_str))
            ));
        } else {
            let mut encoded: Vec<String> = values.iter().map(|v| rfc3986_escape(v)).collect();
            encoded.sort();
            pieces.extend(encoded.into_iter().map(|v| format!("{k}={v}")));
        }
    }
    pieces.join("&")
}

/// Node's `querystring.parse`: `+` is a space, lenient percent-decoding, repeated keys
/// collected in order of first appearance.
fn parse_query(q: &str) -> Vec<(String, Vec<String>)> {
    let decode = |s: &str| {
        let s = s.replace('+', " ");
        percent_encoding::percent_decode_str(&s)
            .decode_utf8_lossy()
            .into_owned()
    };
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for seg in q.split('&').filter(|s| !s.is_empty()) {
        let (k, v) = seg.split_once('=').unwrap_or((seg, ""));
        let (k, v) = (decode(k), decode(v));
        match out.iter_mut().find(|(key, _)| *key == k) {
            Some((_, values)) => values.push(v),
            None => out.push((k, vec![v])),
        }
    }
    out
}

/// JavaScript's `new Date(text)` for the formats a `Date` header has (RFC 1123/2822, ISO 8601).
fn parse_date(text: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    let t = text.trim();
    chrono::DateTime::parse_from_rfc2822(t)
        .or_else(|_| chrono::DateTime::parse_from_rfc3339(t))
        .ok()
        .map(|d| d.with_timezone(&chrono::Utc))
}

/// Signs the request in place. An error is what Newman warns about and sends unsigned (a `Date`
/// header JavaScript cannot read).
pub fn sign(auth: &ResolvedAuth, req: &mut SigningRequest) -> Result<(), String> {
    // the URL is read before the old signature parameters are removed
    let encoded = url::encode_parts(req.url.clone(), false);
    let path_query = super::request_uri(&encoded.href);
    let (path, query) = match path_query.split_once('?') {
        Some((p, q)) => (p.to_string(), Some(q.to_string())),
        None => (path_query.clone(), None),
    };

    req.headers.remove_where(|k| {
        [
            "authorization",
            "x-amz-date",
            "x-amz-security-token",
            "x-amz-content-sha256",
        ]
        .iter()
        .any(|h| k.eq_ignore_ascii_case(h))
    });
    if let Some(q) = req.url.query.as_mut() {
        q.retain(|seg| !REMOVED_QUERY.contains(&seg.split('=').next().unwrap_or(seg)));
    }

    let access_key = auth
        .param("accessKey")
        .unwrap_or_else(|| "undefined".into());
    let secret_key = auth
        .param("secretKey")
        .unwrap_or_else(|| "undefined".into());
    let session_token = auth.param("sessionToken");
    let mut service = auth
        .param("service")
        .unwrap_or_else(|| "execute-api".into());
    if service == "email" {
        service = "ses".into();
    }
    let region = auth.param("region").unwrap_or_else(|| "us-east-1".into());
    let to_query = auth.truthy("addAuthDataToQuery");
    let s3 = service == "s3";

    // the user's enabled headers, a repeated name joined with commas
    let mut signed: Vec<(String, String)> = Vec::new();
    for h in req
        .headers
        .entries
        .iter()
        .filter(|h| !h.disabled && !h.key.is_empty())
    {
        match signed.iter_mut().find(|(k, _)| *k == h.key) {
            Some((_, v)) => {
                v.push(',');
                v.push_str(&h.value);
            }
            None => signed.push((h.key.clone(), h.value.clone())),
        }
    }
    let has = |list: &[(String, String)], names: &[&str]| {
        list.iter().any(|(k, _)| names.contains(&k.as_str()))
    };

    if !to_query {
        if let Payload::Bytes(body) = &req.payload {
            let hash = hex(&Alg::Sha256.hash(body));
            req.headers.push("X-Amz-Content-Sha256", &hash, true);
            signed.push(("X-Amz-Content-Sha256".into(), hash));
        }
    }
    let mut added: Vec<(String, String)> = Vec::new();
    if !has(&signed, &["Host", "host"]) {
        added.push(("Host".into(), encoded.host_header.clone()));
    }
    let date_header = signed
        .iter()
        .find(|(k, _)| k == "Date")
        .or_else(|| signed.iter().find(|(k, _)| k == "date"))
        .map(|(_, v)| v.clone());
    let when = match &date_header {
        Some(d) => parse_date(d).ok_or_else(|| "Invalid time value".to_string())?,
        None => chrono::Utc::now(),
    };
    let mut datetime = when.format("%Y%m%dT%H%M%SZ").to_string();

    let signer_at = |datetime| Signer {
        access_key: &access_key,
        secret_key: &secret_key,
        region: &region,
        service: &service,
        datetime,
    };
    let mut query_params = query.as_deref().map(parse_query);
    if to_query {
        let q = query_params.get_or_insert_with(Vec::new);
        if let Some(t) = &session_token {
            set_param(q, "X-Amz-Security-Token", t.clone());
        }
        if s3 && !q_has(q, "X-Amz-Expires") {
            set_param(q, "X-Amz-Expires", "86400".into());
        }
        match q.iter().find(|(k, _)| k == "X-Amz-Date") {
            Some((_, v)) => datetime = v.first().cloned().unwrap_or_default(),
            None => set_param(q, "X-Amz-Date", datetime.clone()),
        }
        let signer = signer_at(&datetime);
        let all: Vec<(String, String)> = signed.iter().chain(added.iter()).cloned().collect();
        let names = signed_names(&all);
        set_param(q, "X-Amz-Algorithm", "AWS4-HMAC-SHA256".into());
        set_param(
            q,
            "X-Amz-Credential",
            format!("{}/{}", signer.access_key, signer.credential_scope()),
        );
        set_param(q, "X-Amz-SignedHeaders", names);
        let body_hash = if s3 {
            "UNSIGNED-PAYLOAD".to_string()
        } else {
            hex(&Alg::Sha256.hash(b""))
        };
        let (_, signature) = signer.sign(req.method, &path, Some(q), &all, &body_hash);
        set_param(q, "X-Amz-Signature", signature);
        let segments = req.url.query.get_or_insert_with(Vec::new);
        for (k, values) in q.iter().filter(|(k, _)| k.starts_with("X-Amz-")) {
            let present = segments
                .iter()
                .any(|s| s.split('=').next() == Some(k.as_str()));
            if !present {
                for v in values {
                    segments.push(format!("{}={}", rfc3986_escape(k), rfc3986_escape(v)));
                }
            }
        }
    } else {
        if let Some(t) = &session_token {
            added.push(("X-Amz-Security-Token".into(), t.clone()));
        }
        if s3 && !has(&signed, &["X-Amz-Content-Sha256", "x-amz-content-sha256"]) {
            added.push(("X-Amz-Content-Sha256".into(), hex(&Alg::Sha256.hash(b""))));
        }
        added.push(("X-Amz-Date".into(), datetime.clone()));
        let all: Vec<(String, String)> = signed.iter().chain(added.iter()).cloned().collect();
        let body_hash = all
            .iter()
            .find(|(k, _)| k == "X-Amz-Content-Sha256")
            .or_else(|| all.iter().find(|(k, _)| k == "x-amz-content-sha256"))
            .map_or_else(|| hex(&Alg::Sha256.hash(b"")), |(_, v)| v.clone());
        let signer = signer_at(&datetime);
        let (names, signature) =
            signer.sign(req.method, &path, query_params.as_deref(), &all, &body_hash);
        added.push((
            "Authorization".into(),
            format!(
                "AWS4-HMAC-SHA256 Credential={}/{}, SignedHeaders={names}, Signature={signature}",
                signer.access_key,
                signer.credential_scope()
            ),
        ));
    }
    // `upsertHeader` of everything aws4 returns: the user's headers keep their place
    for (k, v) in added {
        match req.headers.find(&k) {
            Some(i) => req.headers.entries[i].value = v,
            None => req.headers.push(&k, &v, true),
        }
    }
    Ok(())
}

fn set_param(q: &mut Vec<(String, Vec<String>)>, key: &str, value: String) {
    match q.iter_mut().find(|(k, _)| k == key) {
        Some((_, values)) => *values = vec![value],
        None => q.push((key.to_string(), vec![value])),
    }
}

fn q_has(q: &[(String, Vec<String>)], key: &str) -> bool {
    q.iter().any(|(k, _)| k == key)
}

fn signed_names(headers: &[(String, String)]) -> String {
    let mut names: Vec<String> = headers
        .iter()
        .map(|(k, _)| k.to_lowercase())
        .filter(|k| !IGNORED_HEADERS.contains(&k.as_str()))
        .collect();
    names.sort();
    names.join(";")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// AWS's published Signature Version 4 test suite (aws-sig-v4-test-suite): credentials
    /// AKIDEXAMPLE, 20150830T123600Z, us-east-1, service `service`.
    fn suite_signer() -> Signer<'static> {
        Signer {
            access_key: "AKIDEXAMPLE",
            secret_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            region: "us-east-1",
            service: "service",
            datetime: "20150830T123600Z",
        }
    }

    fn headers(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// A user's `X-Amz-Date` with a multi-byte character where the date ends signs, no panic.
    #[test]
    fn a_datetime_cut_inside_a_character_still_signs() {
        let signer = Signer {
            datetime: "2015083\u{e9}T1",
            ..suite_signer()
        };
        assert_eq!(signer.date(), "2015083\u{e9}");
        assert!(signer
            .credential_scope()
            .starts_with("2015083\u{e9}/us-east-1/"));
        let (_, sig) = signer.sign("GET", "/", None, &[], "");
        assert_eq!(sig.len(), 64);
    }

    const EMPTY_HASH: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    #[test]
    fn get_vanilla() {
        let h = headers(&[
            ("Host", "example.amazonaws.com"),
            ("X-Amz-Date", "20150830T123600Z"),
        ]);
        let (names, sig) = suite_signer().sign("GET", "/", None, &h, EMPTY_HASH);
        assert_eq!(names, "host;x-amz-date");
        assert_eq!(
            sig,
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        );
    }

    #[test]
    fn get_vanilla_query_order_key_case() {
        let h = headers(&[
            ("Host", "example.amazonaws.com"),
            ("X-Amz-Date", "20150830T123600Z"),
        ]);
        let q = parse_query("Param2=value2&Param1=value1");
        let (_, sig) = suite_signer().sign("GET", "/", Some(&q), &h, EMPTY_HASH);
        assert_eq!(
            sig,
            "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"
        );
    }

    #[test]
    fn post_x_www_form_urlencoded() {
        let body = b"Param1=value1";
        let h = headers(&[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Host", "example.amazonaws.com"),
            ("X-Amz-Date", "20150830T123600Z"),
        ]);
        let (names, sig) =
            suite_signer().sign("POST", "/", None, &h, &hex(&Alg::Sha256.hash(body)));
        assert_eq!(names, "content-type;host;x-amz-date");
        assert_eq!(
            sig,
            "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"
        );
    }

    #[test]
    fn paths_normalised_and_encoded_again() {
        assert_eq!(canonical_path("/a//b/./c/../d", false), "/a/b/d");
        assert_eq!(canonical_path("/a%20b", false), "/a%2520b");
        assert_eq!(canonical_path("/a%20b/c%2Fd", true), "/a%20b/c/d");
    }

    #[test]
    fn dates_like_javascript() {
        let d = parse_date("Sun, 30 Aug 2015 12:36:00 GMT").expect("a date");
        assert_eq!(d.format("%Y%m%dT%H%M%SZ").to_string(), "20150830T123600Z");
        assert!(parse_date("not a date").is_none());
    }
}
