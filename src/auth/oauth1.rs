//! OAuth 1.0 as postman-runtime 7.39 (Newman 6.2.2) signs a request.
//!
//! Nothing is done without `consumerKey` and `consumerSecret` (`privateKey` for the RSA-SHA1,
//! RSA-SHA256 and RSA-SHA512 methods, PKCS#1 v1.5 signatures). The user's `Authorization` header
//! and any `oauth_*` query or url-encoded body parameters are dropped; an empty `nonce` (11
//! characters) or `timestamp` (seconds) is generated. Unless `addEmptyParamsToSign`, blank
//! parameters are left out. The base string is `METHOD&url&params` where the parameters are the
//! query (decoded form), the `oauth_*` ones and the enabled url-encoded body fields, each
//! RFC 3986-encoded, sorted. The signed parameters go to the `Authorization: OAuth …` header
//! (`addParamsToHeader`), else the url-encoded body of a PUT/POST, else the query. The query is
//! re-encoded to RFC 3986 (unless `disableUrlEncoding`).

use super::sigutil::{self, js_truthy, Alg, Payload};
use super::ResolvedAuth;
use crate::collection::model::{value_to_string, Body, FormParam};
use crate::request_text::body_text::rfc3986_escape;
use crate::request_text::headers::HeaderList;
use crate::request_text::url::{self, UrlParts};
use serde_json::Value;

const OAUTH_PARAMS: [&str; 10] = [
    "oauth_consumer_key",
    "oauth_token",
    "oauth_signature_method",
    "oauth_timestamp",
    "oauth_nonce",
    "oauth_version",
    "oauth_signature",
    "oauth_callback",
    "oauth_verifier",
    "oauth_body_hash",
];

/// The request parts OAuth 1.0 reads and changes.
pub struct SigningRequest<'a> {
    pub method: &'a str,
    pub url: &'a mut UrlParts,
    pub headers: &'a mut HeaderList,
    /// The resolved body; url-encoded fields are signed and may receive the parameters.
    pub body: Option<&'a mut Body>,
    pub disable_url_encoding: bool,
    /// What the runtime hashes for `oauth_body_hash`.
    pub payload: &'a dyn Fn(Option<&Body>) -> Payload,
}

/// The parameters after the runtime's `auth.get([...])` and blank filtering.
struct Params(Vec<(&'static str, Value)>);

impl Params {
    fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }
    fn truthy(&self, key: &str) -> bool {
        js_truthy(self.get(key))
    }
    /// `params.key || ''` as text.
    fn text(&self, key: &str) -> String {
        if self.truthy(key) {
            self.get(key).map(value_to_string).unwrap_or_default()
        } else {
            String::new()
        }
    }
    fn set(&mut self, key: &'static str, value: Value) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key, value)),
        }
    }
}

const KEYS: [&str; 16] = [
    "consumerKey",
    "consumerSecret",
    "token",
    "tokenSecret",
    "privateKey",
    "signatureMethod",
    "callback",
    "verifier",
    "timestamp",
    "nonce",
    "version",
    "realm",
    "includeBodyHash",
    "addParamsToHeader",
    "addEmptyParamsToSign",
    "disableHeaderEncoding",
];

/// Signs the request in place. `Ok(())` also when the parameters needed are missing (nothing is
/// done then, as in Newman). An error is what Newman warns of on the console before sending the
/// request unsigned (`runtime~oauth1.auth: could not sign the request: …`).
pub fn sign(auth: &ResolvedAuth, req: &mut SigningRequest) -> Result<(), String> {
    let mut params = Params(
        KEYS.iter()
            .filter_map(|k| auth.raw(k).map(|v| (*k, v.clone())))
            .collect(),
    );
    let method_name = params.text("signatureMethod");
    let (algo_part, hash_part) = match method_name.split_once('-') {
        Some((a, h)) => (
            a.to_string(),
            Some(h.split('-').next().unwrap_or(h).to_string()),
        ),
        None => (method_name.clone(), None),
    };
    let rsa = algo_part.eq_ignore_ascii_case("rsa");
    if !params.truthy("consumerKey")
        || (!rsa && !params.truthy("consumerSecret"))
        || (rsa && !params.truthy("privateKey"))
    {
        return Ok(());
    }
    // remove what an earlier signature (or the user) put there
    req.headers.remove_where(|k| k == "Authorization");
    if let Some(q) = req.url.query.as_mut() {
        q.retain(|seg| !OAUTH_PARAMS.contains(&segment_key(seg)));
    }
    let urlencoded = req.body.as_deref().is_some_and(|b| b.mode == "urlencoded");
    if let Some(b) = req.body.as_deref_mut().filter(|_| urlencoded) {
        b.urlencoded
            .retain(|p| !OAUTH_PARAMS.contains(&p.key.as_str()));
    }

    if !params.truthy("nonce") {
        params.set("nonce", Value::String(nonce()));
    }
    if !params.truthy("timestamp") {
        params.set(
            "timestamp",
            Value::String(chrono::Utc::now().timestamp().to_string()),
        );
    }
    let add_empty = params.truthy("addEmptyParamsToSign");
    if !add_empty {
        params
            .0
            .retain(|(_, v)| !matches!(v, Value::String(s) if s.trim().is_empty()));
    }

    let hash_alg = hash_part.as_deref().and_then(Alg::from_name);
    let body_hash = match hash_alg {
        Some(alg) if !urlencoded && params.truthy("includeBodyHash") => {
            match (req.payload)(req.body.as_deref()) {
                Payload::Empty => Some(sigutil::base64(&alg.hash(b""))),
                Payload::Bytes(bytes) => Some(sigutil::base64(&alg.hash(&bytes))),
                Payload::Unhashed => None,
            }
        }
        _ => None,
    };

    add_auth_data(&params, body_hash, add_empty, req)
}

/// The key of a raw query segment (`k=v`, `k`).
fn segment_key(seg: &str) -> &str {
    seg.split_once('=').map_or(seg, |(k, _)| k)
}

/// `oAuth1.nonce(11)`: the library's alphabet (with its `XTZ` typo).
fn nonce() -> String {
    const CHARS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXTZabcdefghiklmnopqrstuvwxyz";
    (0..11)
        .map(|_| char::from(CHARS[rand::random_range(0..CHARS.len())]))
        .collect()
}

/// node-oauth1's `decodeForm`: `&`-separated, empty segments skipped, `+` is a space; a
/// segment without `=` has no value.
fn decode_form(form: &str) -> Result<Vec<(String, Option<String>)>, String> {
    let decode = |s: &str| {
        sigutil::decode_component(&s.replace('+', " ")).ok_or_else(|| "URI malformed".to_string())
    };
    form.split('&')
        .filter(|s| !s.is_empty())
        .map(|seg| match seg.split_once('=') {
            Some((k, v)) => Ok((decode(k)?, Some(decode(v)?))),
            None => Ok((decode(seg)?, None)),
        })
        .collect()
}

/// The signature parameter list: `(name, value)` with `None` for an absent value.
type SigParams = Vec<(&'static str, Option<Value>)>;

fn add_auth_data(
    params: &Params,
    body_hash: Option<String>,
    add_empty: bool,
    req: &mut SigningRequest,
) -> Result<(), String> {
    let encoded = url::encode_parts(req.url.clone(), false);
    let path_query = super::request_uri(&encoded.href);
    let query = path_query.split_once('?').map(|(_, q)| q.to_string());
    let path = path_query.split('?').next().unwrap_or("/").to_string();
    let host = match encoded.parts.port.as_deref() {
        None | Some("80") | Some("443") => encoded.hostname.clone(),
        Some(_) => encoded.host_header.clone(),
    };
    let base_url = format!(
        "{}://{}{}",
        encoded.protocol.to_lowercase(),
        host.to_lowercase(),
        if path.is_empty() { "/" } else { &path }
    );

    let mut sig: SigParams = vec![
        ("oauth_consumer_key", params.get("consumerKey").cloned()),
        ("oauth_token", params.get("token").cloned()),
        (
            "oauth_signature_method",
            params.get("signatureMethod").cloned(),
        ),
        ("oauth_timestamp", params.get("timestamp").cloned()),
        ("oauth_nonce", params.get("nonce").cloned()),
        ("oauth_version", params.get("version").cloned()),
    ];
    // extensions: only when set, whatever addEmptyParamsToSign says
    if let Some(h) = body_hash {
        sig.push(("oauth_body_hash", Some(Value::String(h))));
    }
    for (name, key) in [
        ("oauth_callback", "callback"),
        ("oauth_verifier", "verifier"),
    ] {
        if params.truthy(key) {
            sig.push((name, params.get(key).cloned()));
        }
    }
    sig.retain(|(_, v)| add_empty || js_truthy(v.as_ref()));

    let text = |v: &Option<Value>| v.as_ref().map(value_to_string);
    // what is signed: the query, the oauth parameters, the enabled url-encoded body fields
    let mut signed: Vec<(String, Option<String>)> = match &query {
        Some(q) => decode_form(q)?,
        None => Vec::new(),
    };
    let mut method_name = params
        .get("signatureMethod")
        .filter(|v| add_empty || js_truthy(Some(v)))
        .map(value_to_string);
    if method_name.as_deref().is_none_or(str::is_empty) {
        method_name = Some("HMAC-SHA1".into());
        if !sig.iter().any(|(k, _)| *k == "oauth_signature_method") {
            signed.push(("oauth_signature_method".into(), method_name.clone()));
        }
    }
    for (k, v) in &sig {
        let v = if *k == "oauth_signature_method" {
            method_name.clone()
        } else {
            text(v)
        };
        signed.push((k.to_string(), v));
    }
    let urlencoded = req
        .body
        .as_deref()
        .filter(|b| b.mode == "urlencoded")
        .map(|b| b.urlencoded.clone());
    if let Some(fields) = &urlencoded {
        for p in fields.iter().filter(|p| !p.disabled) {
            signed.push((p.key.clone(), p.value.clone()));
        }
    }
    let method_name = method_name.unwrap_or_default();
    let base_method = method_name
        .strip_suffix("-Accessor")
        .unwrap_or(&method_name);
    let key = format!(
        "{}&{}",
        rfc3986_escape(&params.text("consumerSecret")),
        rfc3986_escape(&params.text("tokenSecret"))
    );
    let base = base_string(req.method, &base_url, &signed);
    let signature = match base_method {
        "PLAINTEXT" => key,
        "HMAC-SHA1" => sigutil::base64(&Alg::Sha1.hmac(key.as_bytes(), base.as_bytes())),
        "HMAC-SHA256" => sigutil::base64(&Alg::Sha256.hmac(key.as_bytes(), base.as_bytes())),
        "HMAC-SHA512" => sigutil::base64(&Alg::Sha512.hmac(key.as_bytes(), base.as_bytes())),
        "RSA-SHA1" => rsa_signature::<sha1::Sha1>(&params.text("privateKey"), &base)?,
        "RSA-SHA256" => rsa_signature::<sha2::Sha256>(&params.text("privateKey"), &base)?,
        "RSA-SHA512" => rsa_signature::<sha2::Sha512>(&params.text("privateKey"), &base)?,
        _ => return Err("Unsupported signature method".into()),
    };

    if !req.disable_url_encoding {
        if let (Some(q), Some(segments)) = (query.filter(|q| !q.is_empty()), req.url.query.as_mut())
        {
            *segments = decode_form(&q)?
                .into_iter()
                .map(|(k, v)| match v {
                    Some(v) => format!("{}={}", rfc3986_escape(&k), rfc3986_escape(&v)),
                    None => rfc3986_escape(&k),
                })
                .collect();
        }
    }

    sig.push(("oauth_signature", Some(Value::String(signature))));
    let is_put_post = req.method.contains("PUT") || req.method.contains("POST");
    if params.truthy("addParamsToHeader") {
        let header = authorization_header(
            &params.text("realm"),
            &sig,
            params.truthy("disableHeaderEncoding"),
        );
        req.headers.push("Authorization", &header, true);
    } else if let Some(b) = req
        .body
        .as_deref_mut()
        .filter(|_| is_put_post && urlencoded.is_some())
    {
        for (k, v) in &sig {
            b.urlencoded.push(FormParam {
                key: k.to_string(),
                value: text(v),
                ..FormParam::default()
            });
        }
    } else {
        let segments = req.url.query.get_or_insert_with(Vec::new);
        for (k, v) in &sig {
            let seg = match (text(v), req.disable_url_encoding) {
                (Some(v), true) => format!("{k}={v}"),
                (Some(v), false) => format!("{k}={}", rfc3986_escape(&v)),
                (None, _) => k.to_string(),
            };
            segments.push(seg);
        }
    }
    Ok(())
}

/// Node's `crypto.createSign('RSA-SHA…').update(base).sign(pem, 'base64')` with an RSA key.
fn rsa_signature<D>(pem: &str, base: &str) -> Result<String, String>
where
    D: sha2::Digest + rsa::pkcs8::AssociatedOid,
{
    use rsa::signature::{SignatureEncoding, Signer};
    match super::keys::PrivateKey::from_pem(pem) {
        Some(super::keys::PrivateKey::Rsa(key)) => {
            let signer = rsa::pkcs1v15::SigningKey::<D>::new(*key);
            Ok(sigutil::base64(&signer.sign(base.as_bytes()).to_vec()))
        }
        _ => Err(super::keys::UNDECODABLE.into()),
    }
}

/// `METHOD&encoded-url&encoded-normalized-params` (the parameters RFC 3986-encoded, sorted,
/// `oauth_signature` left out).
fn base_string(method: &str, base_url: &str, params: &[(String, Option<String>)]) -> String {
    let mut pairs: Vec<(String, String)> = params
        .iter()
        .filter(|(k, _)| k != "oauth_signature")
        .map(|(k, v)| {
            (
                rfc3986_escape(k),
                rfc3986_escape(v.as_deref().unwrap_or("")),
            )
        })
        .collect();
    // sorted on "key value" (a space sorts before every encoded character); stable
    pairs.sort_by(|a, b| format!("{} {}", a.0, a.1).cmp(&format!("{} {}", b.0, b.1)));
    let normalized = pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    format!(
        "{}&{}&{}",
        rfc3986_escape(&method.to_uppercase()),
        rfc3986_escape(base_url),
        rfc3986_escape(&normalized)
    )
}

/// `OAuth realm="…",oauth_consumer_key="…",…`: parameters without a value left out, values
/// trimmed, names and values RFC 3986-encoded unless `disable_encoding`.
fn authorization_header(realm: &str, params: &SigParams, disable_encoding: bool) -> String {
    let enc = |s: &str| {
        if disable_encoding {
            s.to_string()
        } else {
            rfc3986_escape(s)
        }
    };
    let mut parts = Vec::new();
    if !realm.trim().is_empty() {
        parts.push(format!("realm=\"{}\"", enc(realm)));
    }
    for (k, v) in params {
        if !js_truthy(v.as_ref()) {
            continue;
        }
        let value = v.as_ref().map(value_to_string).unwrap_or_default();
        parts.push(format!("{}=\"{}\"", enc(k), enc(value.trim())));
    }
    format!("OAuth {}", parts.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of RFC 5849 section 3.4.1 (printer.example.com / photos).
    #[test]
    fn rfc5849_signature() {
        let auth = ResolvedAuth {
            kind: "oauth1".into(),
            params: [
                ("consumerKey", "dpf43f3p2l4k3l03"),
                ("consumerSecret", "kd94hf93k423kf44"),
                ("token", "nnch734d00sl2jdk"),
                ("tokenSecret", "pfkkdhi9sl3r4s00"),
                ("signatureMethod", "HMAC-SHA1"),
                ("timestamp", "1191242096"),
                ("nonce", "kllo9940pd9333jh"),
                ("version", "1.0"),
            ]
            .iter()
            .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
            .chain([("addParamsToHeader".to_string(), Value::Bool(true))])
            .collect(),
        };
        let mut parts =
            url::parse("http://photos.example.net/photos?file=vacation.jpg&size=original");
        let mut headers = HeaderList::default();
        let none = |_: Option<&Body>| Payload::Empty;
        sign(
            &auth,
            &mut SigningRequest {
                method: "GET",
                url: &mut parts,
                headers: &mut headers,
                body: None,
                disable_url_encoding: false,
                payload: &none,
            },
        )
        .expect("signs");
        let value = &headers.sent()[0].value;
        assert!(value.starts_with("OAuth oauth_consumer_key=\"dpf43f3p2l4k3l03\",oauth_token="));
        assert!(
            value.ends_with(",oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\""),
            "{value}"
        );
    }

    #[test]
    fn bad_rsa_key_and_method_warn_and_missing_secret_is_a_no_op() {
        let mk = |m: &str, secret: &str| ResolvedAuth {
            kind: "oauth1".into(),
            params: vec![
                ("consumerKey".into(), Value::String("k".into())),
                ("consumerSecret".into(), Value::String(secret.into())),
                ("privateKey".into(), Value::String("pem".into())),
                ("signatureMethod".into(), Value::String(m.into())),
            ],
        };
        let none = |_: Option<&Body>| Payload::Empty;
        let mut parts = url::parse("http://h/p");
        let mut headers = HeaderList::default();
        let mut req = SigningRequest {
            method: "GET",
            url: &mut parts,
            headers: &mut headers,
            body: None,
            disable_url_encoding: false,
            payload: &none,
        };
        assert_eq!(
            sign(&mk("RSA-SHA1", "s"), &mut req),
            Err(super::super::keys::UNDECODABLE.into())
        );
        assert_eq!(
            sign(&mk("HMAC-MD5", "s"), &mut req),
            Err("Unsupported signature method".into())
        );
        assert_eq!(sign(&mk("HMAC-SHA1", ""), &mut req), Ok(()));
    }
}
