//! Hawk as postman-runtime 7.39 (Newman 6.2.2, postman-request's `lib/hawk`) signs a request.
//!
//! Nothing is done without `authId` and `authKey`. An empty `nonce` (6 characters) or
//! `timestamp` (seconds) is generated; a non-numeric one is used as written. The MAC covers
//! `hawk.1.header\nts\nnonce\nMETHOD\n/path?query\nhost\nport\nhash\next\n[app\ndlg\n]`; the
//! header is `Hawk id="…", ts="…", nonce="…"[, hash="…"][, ext="…"], mac="…"[, app="…"[, dlg="…"]]`.
//! The payload hash (`includePayloadHash`) covers the user's Content-Type and the body.
//! An algorithm other than `sha1`/`sha256` gives an empty header, as in Newman.

use super::sigutil::{self, Alg, Payload};
use super::ResolvedAuth;
use crate::request_text::headers::HeaderList;

/// The request parts Hawk reads.
pub struct SigningRequest<'a> {
    pub method: &'a str,
    /// The encoded URL (`protocol://host[:port]/path?query`).
    pub href: &'a str,
    pub protocol: &'a str,
    pub hostname: &'a str,
    pub port: Option<&'a str>,
    /// What the runtime hashes for the payload.
    pub payload: Payload,
}

fn random_nonce() -> String {
    const SOURCE: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    (0..6)
        .map(|_| char::from(SOURCE[rand::random_range(0..SOURCE.len())]))
        .collect()
}

/// Adds the `Authorization: Hawk …` header (the user's removed first).
pub fn sign(auth: &ResolvedAuth, req: SigningRequest, headers: &mut HeaderList) {
    let (Some(id), Some(key)) = (auth.param("authId"), auth.param("authKey")) else {
        return;
    };
    let nonce = auth.param("nonce").unwrap_or_else(random_nonce);
    // `pre` generates a timestamp when parseInt gives none, but `auth.set` keeps a value the
    // user gave: only an empty one is replaced
    let ts = auth
        .param("timestamp")
        .unwrap_or_else(|| chrono::Utc::now().timestamp().to_string());
    let algorithm = auth.param("algorithm").unwrap_or_default();
    let content_type = headers
        .find("Content-Type")
        .map(|i| headers.entries[i].value.clone());
    headers.remove_where(|k| k.eq_ignore_ascii_case("authorization"));

    let alg = match algorithm.as_str() {
        "sha1" => Alg::Sha1,
        "sha256" => Alg::Sha256,
        _ => {
            headers.push("Authorization", "", true);
            return;
        }
    };
    let hash = match (&req.payload, auth.param("includePayloadHash")) {
        (Payload::Bytes(body), Some(_)) => {
            let ct = content_type
                .as_deref()
                .map(|c| c.split(';').next().unwrap_or("").trim().to_lowercase())
                .unwrap_or_default();
            let mut data = format!("hawk.1.payload\n{ct}\n").into_bytes();
            data.extend_from_slice(body);
            data.push(b'\n');
            Some(sigutil::base64(&alg.hash(&data)))
        }
        _ => None,
    };
    let resource = super::request_uri(req.href);
    let port = req
        .port
        .map(str::to_string)
        .unwrap_or_else(|| if req.protocol == "http" { "80" } else { "443" }.to_string());
    let ext = auth.param("extraData");
    let app = auth.param("app");
    let dlg = auth.param("delegation");

    let mut normalized = format!(
        "hawk.1.header\n{ts}\n{nonce}\n{}\n{resource}\n{}\n{port}\n{}\n",
        req.method.to_uppercase(),
        req.hostname.to_lowercase(),
        hash.as_deref().unwrap_or("")
    );
    if let Some(e) = &ext {
        // String.replace with a string pattern: the first occurrence only
        normalized.push_str(&e.replacen('\\', "\\\\", 1).replacen('\n', "\\n", 1));
    }
    normalized.push('\n');
    if let Some(a) = &app {
        normalized.push_str(&format!("{a}\n{}\n", dlg.as_deref().unwrap_or("")));
    }
    let mac = sigutil::base64(&alg.hmac(key.as_bytes(), normalized.as_bytes()));

    let mut header = format!("Hawk id=\"{id}\", ts=\"{ts}\", nonce=\"{nonce}\"");
    if let Some(h) = &hash {
        header.push_str(&format!(", hash=\"{h}\""));
    }
    if let Some(e) = &ext {
        let escaped = e.replace('\\', "\\\\").replace('"', "\\\"");
        header.push_str(&format!(", ext=\"{escaped}\""));
    }
    header.push_str(&format!(", mac=\"{mac}\""));
    if let Some(a) = &app {
        header.push_str(&format!(", app=\"{a}\""));
        if let Some(d) = &dlg {
            header.push_str(&format!(", dlg=\"{d}\""));
        }
    }
    headers.push("Authorization", &header, true);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// The example of the Hawk README (id dh37fgj492je, ts 1353832234, nonce j4h3g2, ext some-app-ext-data).
    #[test]
    fn hawk_readme_example() {
        let auth = ResolvedAuth {
            kind: "hawk".into(),
            params: [
                ("authId", "dh37fgj492je"),
                ("authKey", "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn"),
                ("algorithm", "sha256"),
                ("timestamp", "1353832234"),
                ("nonce", "j4h3g2"),
                ("extraData", "some-app-ext-data"),
            ]
            .iter()
            .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
            .collect(),
        };
        let mut headers = HeaderList::default();
        sign(
            &auth,
            SigningRequest {
                method: "GET",
                href: "http://example.com:8000/resource/1?b=1&a=2",
                protocol: "http",
                hostname: "example.com",
                port: Some("8000"),
                payload: Payload::Empty,
            },
            &mut headers,
        );
        assert_eq!(
            headers.sent()[0].value,
            "Hawk id=\"dh37fgj492je\", ts=\"1353832234\", nonce=\"j4h3g2\", \
             ext=\"some-app-ext-data\", mac=\"6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=\""
        );
    }
}
