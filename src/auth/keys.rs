//! Private keys as Node reads them for the signing auth types (JWT, ASAP, OAuth 1.0 RSA):
//! PEM text decoded with Node's lenient base64, PKCS#8 DER holding an RSA or a P-256/384/521
//! key, PKCS#1 (`RSA PRIVATE KEY`) and SEC1 (`EC PRIVATE KEY`).

use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs8::DecodePrivateKey;
use rsa::RsaPrivateKey;

/// OpenSSL's message for a key it cannot decode, as Node reports it.
pub const UNDECODABLE: &str = "error:1E08010C:DECODER routines::unsupported";

pub enum PrivateKey {
    Rsa(Box<RsaPrivateKey>),
    P256(p256::SecretKey),
    P384(p384::SecretKey),
    P521(p521::SecretKey),
}

impl PrivateKey {
    /// A PKCS#8 `PrivateKeyInfo` (DER).
    pub fn from_pkcs8_der(der: &[u8]) -> Option<PrivateKey> {
        if let Ok(k) = RsaPrivateKey::from_pkcs8_der(der) {
            return Some(PrivateKey::Rsa(Box::new(k)));
        }
        if let Ok(k) = p256::SecretKey::from_pkcs8_der(der) {
            return Some(PrivateKey::P256(k));
        }
        if let Ok(k) = p384::SecretKey::from_pkcs8_der(der) {
            return Some(PrivateKey::P384(k));
        }
        p521::SecretKey::from_pkcs8_der(der)
            .ok()
            .map(PrivateKey::P521)
    }

    /// A PEM key as `crypto.createPrivateKey` reads it (PKCS#8, PKCS#1 or SEC1).
    pub fn from_pem(pem: &str) -> Option<PrivateKey> {
        let label = pem_label(pem)?;
        let der = node_base64(&pem_body(pem, &label));
        match label.as_str() {
            "PRIVATE KEY" => PrivateKey::from_pkcs8_der(&der),
            "RSA PRIVATE KEY" => RsaPrivateKey::from_pkcs1_der(&der)
                .ok()
                .map(|k| PrivateKey::Rsa(Box::new(k))),
            "EC PRIVATE KEY" => p256::SecretKey::from_sec1_der(&der)
                .map(PrivateKey::P256)
                .or_else(|_| p384::SecretKey::from_sec1_der(&der).map(PrivateKey::P384))
                .or_else(|_| p521::SecretKey::from_sec1_der(&der).map(PrivateKey::P521))
                .ok(),
            _ => None,
        }
    }

    /// The curve name Node gives an EC key (`None` for RSA).
    pub fn curve(&self) -> Option<&'static str> {
        match self {
            PrivateKey::Rsa(_) => None,
            PrivateKey::P256(_) => Some("P-256"),
            PrivateKey::P384(_) => Some("P-384"),
            PrivateKey::P521(_) => Some("P-521"),
        }
    }
}

/// The label of the first `-----BEGIN <label>-----` line.
fn pem_label(pem: &str) -> Option<String> {
    let start = pem.find("-----BEGIN ")? + "-----BEGIN ".len();
    let len = pem[start..].find("-----")?;
    Some(pem[start..start + len].to_string())
}

/// What lies between the BEGIN and END lines of `label`.
fn pem_body(pem: &str, label: &str) -> String {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let after = pem.find(&begin).map_or(pem, |i| &pem[i + begin.len()..]);
    after.split(end.as_str()).next().unwrap_or("").to_string()
}

/// jose's `importPKCS8`: the text must begin with `-----BEGIN PRIVATE KEY-----`; the markers and
/// all white space are removed and the rest decoded as base64 DER.
pub fn import_pkcs8(pem: &str) -> Result<PrivateKey, String> {
    if !pem.starts_with("-----BEGIN PRIVATE KEY-----") {
        return Err("\"pkcs8\" must be PKCS#8 formatted string".into());
    }
    let body = pem
        .replace("-----BEGIN PRIVATE KEY-----", "")
        .replace("-----END PRIVATE KEY-----", "");
    PrivateKey::from_pkcs8_der(&node_base64(&body)).ok_or_else(|| UNDECODABLE.to_string())
}

/// Node's `Buffer.from(text, 'base64')`: the standard and URL-safe alphabets, other characters
/// skipped, decoding stops at the first `=`.
pub fn node_base64(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_as_node_decodes_it() {
        // Node: Buffer.from('ab-_c d\nef=gh!!ij', 'base64') is 69bfbf71d79f
        assert_eq!(
            super::super::sigutil::hex(&node_base64("ab-_c d\nef=gh!!ij")),
            "69bfbf71d79f"
        );
        assert_eq!(node_base64("YWJj=ZGVm"), b"abc");
        assert_eq!(node_base64("YQ"), b"a");
    }

    #[test]
    fn reads_the_fixture_keys() {
        let rsa = include_str!("../../fixtures/keys/rsa-2048.pem");
        assert!(matches!(import_pkcs8(rsa), Ok(PrivateKey::Rsa(_))));
        let ec = include_str!("../../fixtures/keys/ec-p384.pem");
        assert_eq!(import_pkcs8(ec).ok().and_then(|k| k.curve()), Some("P-384"));
        let pkcs1 = include_str!("../../fixtures/keys/rsa-2048-pkcs1.pem");
        assert!(matches!(
            PrivateKey::from_pem(pkcs1),
            Some(PrivateKey::Rsa(_))
        ));
        assert_eq!(
            import_pkcs8(pkcs1).err().as_deref(),
            Some("\"pkcs8\" must be PKCS#8 formatted string")
        );
        assert!(import_pkcs8("-----BEGIN PRIVATE KEY-----AAAA").is_err());
    }
}
