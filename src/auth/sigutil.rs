//! Helpers the signing auth types share (OAuth 1.0, Hawk, AWS Signature v4, Digest, JWT, NTLM…): hashes,
//! HMAC, hex/base64, `decodeURIComponent`, JavaScript truthiness of a parameter, and what
//! the runtime hashes as a request's payload.

use crate::collection::model::Body;
use crate::request_text::body_text;
use hmac::{Mac, SimpleHmac};
use serde_json::Value;
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha512};

/// The hash functions the signers use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alg {
    Md5,
    Sha1,
    Sha256,
    Sha384,
    Sha512,
}

impl Alg {
    /// Node's `crypto.createHash` name, any case (`sha1`, `SHA256`, …).
    pub fn from_name(name: &str) -> Option<Alg> {
        match name.to_ascii_lowercase().as_str() {
            "sha1" => Some(Alg::Sha1),
            "sha256" => Some(Alg::Sha256),
            "sha512" => Some(Alg::Sha512),
            _ => None,
        }
    }

    pub fn hash(self, data: &[u8]) -> Vec<u8> {
        match self {
            Alg::Md5 => md5::Md5::digest(data).to_vec(),
            Alg::Sha1 => Sha1::digest(data).to_vec(),
            Alg::Sha256 => Sha256::digest(data).to_vec(),
            Alg::Sha384 => sha2::Sha384::digest(data).to_vec(),
            Alg::Sha512 => Sha512::digest(data).to_vec(),
        }
    }

    pub fn hmac(self, key: &[u8], data: &[u8]) -> Vec<u8> {
        fn run<D: Digest + hmac::digest::core_api::BlockSizeUser>(
            key: &[u8],
            data: &[u8],
        ) -> Vec<u8> {
            match <SimpleHmac<D> as Mac>::new_from_slice(key) {
                Ok(mut mac) => {
                    mac.update(data);
                    mac.finalize().into_bytes().to_vec()
                }
                // HMAC takes keys of any length: not reached
                Err(_) => Vec::new(),
            }
        }
        match self {
            Alg::Md5 => run::<md5::Md5>(key, data),
            Alg::Sha1 => run::<Sha1>(key, data),
            Alg::Sha256 => run::<Sha256>(key, data),
            Alg::Sha384 => run::<sha2::Sha384>(key, data),
            Alg::Sha512 => run::<Sha512>(key, data),
        }
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// JavaScript's `decodeURIComponent`: `None` for a malformed escape or invalid UTF-8 (where
/// JavaScript throws a URIError).
pub fn decode_component(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let ok = bytes.len() > i + 2
                && bytes[i + 1].is_ascii_hexdigit()
                && bytes[i + 2].is_ascii_hexdigit();
            if !ok {
                return None;
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .ok()
        .map(|c| c.into_owned())
}

/// JavaScript truthiness of a JSON value.
pub fn js_truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Some(_) => true,
    }
}

/// A request body as the runtime's auth handlers hash it.
pub enum Payload {
    /// No body, or the SDK's `body.isEmpty()`.
    Empty,
    /// The bytes the handler hashes (raw text, url-encoded form, file, GraphQL JSON).
    Bytes(Vec<u8>),
    /// A body the handler does not hash (form-data, an unreadable file).
    Unhashed,
}

/// What the runtime's `computeBodyHash` sees for `body` (resolved). `read_file` reads a
/// `file` body's `src`.
pub fn payload(body: Option<&Body>, read_file: &dyn Fn(&str) -> Option<Vec<u8>>) -> Payload {
    let Some(b) = body else {
        return Payload::Empty;
    };
    match b.mode.as_str() {
        "raw" => match b.raw.as_deref() {
            None | Some("") => Payload::Empty,
            Some(raw) => Payload::Bytes(raw.as_bytes().to_vec()),
        },
        "urlencoded" if b.urlencoded.is_empty() => Payload::Empty,
        "urlencoded" => Payload::Bytes(body_text::urlencoded(&b.urlencoded).into_bytes()),
        "formdata" if b.formdata.is_empty() => Payload::Empty,
        "formdata" => Payload::Unhashed,
        "file" => {
            let Some(file) = &b.file else {
                return Payload::Empty;
            };
            match (file.src.as_deref().filter(|s| !s.is_empty()), &file.content) {
                (Some(src), _) => read_file(src).map_or(Payload::Unhashed, Payload::Bytes),
                (None, Some(c)) if !c.is_empty() => Payload::Unhashed,
                _ => Payload::Empty,
            }
        }
        "graphql" => match &b.graphql {
            None | Some(Value::Null) => Payload::Empty,
            Some(Value::Object(o)) if o.is_empty() => Payload::Empty,
            Some(g) => Payload::Bytes(body_text::graphql(g).into_bytes()),
        },
        _ => Payload::Empty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_rfc2202_and_4231() {
        assert_eq!(
            hex(&Alg::Sha1.hmac(b"Jefe", b"what do ya want for nothing?")),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
        assert_eq!(
            hex(&Alg::Sha256.hmac(b"Jefe", b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn decodes_components() {
        assert_eq!(decode_component("a%20b%C3%A9").as_deref(), Some("a bé"));
        assert_eq!(decode_component("100%"), None);
        assert_eq!(decode_component("%FF"), None);
    }
}
