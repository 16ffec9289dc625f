//! Compact JWS as jose 4 (postman-runtime's JWT and ASAP) makes it:
//! `b64url(JSON header).b64url(JSON payload).b64url(signature)`, the JSON as JavaScript's
//! `JSON.stringify` writes it, signed with HMAC, RSASSA-PKCS1-v1_5, RSASSA-PSS or ECDSA.

use super::keys::PrivateKey;
use super::sigutil::Alg;
use serde_json::Value;

/// A JWS algorithm name (`HS256` … `ES512`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JwsAlg {
    Hs(Bits),
    Rs(Bits),
    Ps(Bits),
    Es(Bits),
}

/// The SHA-2 size of an algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bits {
    B256,
    B384,
    B512,
}

impl JwsAlg {
    pub fn from_name(name: &str) -> Option<JwsAlg> {
        let bits = match name.get(2..)? {
            "256" => Bits::B256,
            "384" => Bits::B384,
            "512" => Bits::B512,
            _ => return None,
        };
        match &name[..2] {
            "HS" => Some(JwsAlg::Hs(bits)),
            "RS" => Some(JwsAlg::Rs(bits)),
            "PS" => Some(JwsAlg::Ps(bits)),
            "ES" => Some(JwsAlg::Es(bits)),
            _ => None,
        }
    }

    pub fn is_hmac(self) -> bool {
        matches!(self, JwsAlg::Hs(_))
    }
}

/// The signing secret: bytes for HMAC, a private key for the others.
pub enum SigningKey {
    Secret(Vec<u8>),
    Private(PrivateKey),
}

/// The token for `header` and `payload` (JSON objects); jose's error message on failure.
pub fn sign(
    alg_name: &str,
    alg: JwsAlg,
    header: &Value,
    payload: &Value,
    key: &SigningKey,
) -> Result<String, String> {
    let input = format!(
        "{}.{}",
        b64url(js_json(header).as_bytes()),
        b64url(js_json(payload).as_bytes())
    );
    let signature = signature(alg_name, alg, input.as_bytes(), key)?;
    Ok(format!("{input}.{}", b64url(&signature)))
}

fn b64url(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn signature(
    alg_name: &str,
    alg: JwsAlg,
    data: &[u8],
    key: &SigningKey,
) -> Result<Vec<u8>, String> {
    use rsa::signature::{RandomizedSigner, SignatureEncoding, Signer};
    use sha2::{Sha256, Sha384, Sha512};
    let key = match (alg, key) {
        (JwsAlg::Hs(bits), SigningKey::Secret(secret)) => {
            return Ok(match bits {
                Bits::B256 => Alg::Sha256.hmac(secret, data),
                Bits::B384 => Alg::Sha384.hmac(secret, data),
                Bits::B512 => Alg::Sha512.hmac(secret, data),
            })
        }
        (_, SigningKey::Private(key)) => key,
        (_, SigningKey::Secret(_)) => return Err(format!("{alg_name} needs a private key")),
    };
    let rsa_key = |key: &PrivateKey| match key {
        PrivateKey::Rsa(k) if rsa::traits::PublicKeyParts::size(k.as_ref()) * 8 < 2048 => Err(
            format!("{alg_name} requires key modulusLength to be 2048 bits or larger"),
        ),
        PrivateKey::Rsa(k) => Ok(k.as_ref().clone()),
        _ => Err("Invalid key for this operation, its asymmetricKeyType must be rsa".to_string()),
    };
    let mut rng = rsa::rand_core::OsRng;
    Ok(match alg {
        // jose: a private key is not a symmetric key
        JwsAlg::Hs(_) => {
            return Err(
                "KeyObject instances for symmetric algorithms must be of type \"secret\"".into(),
            )
        }
        JwsAlg::Rs(bits) => {
            let k = rsa_key(key)?;
            match bits {
                Bits::B256 => rsa::pkcs1v15::SigningKey::<Sha256>::new(k)
                    .sign(data)
                    .to_vec(),
                Bits::B384 => rsa::pkcs1v15::SigningKey::<Sha384>::new(k)
                    .sign(data)
                    .to_vec(),
                Bits::B512 => rsa::pkcs1v15::SigningKey::<Sha512>::new(k)
                    .sign(data)
                    .to_vec(),
            }
        }
        JwsAlg::Ps(bits) => {
            let k = rsa_key(key).map_err(|e| e.replace("must be rsa", "must be rsa or rsa-pss"))?;
            match bits {
                Bits::B256 => rsa::pss::SigningKey::<Sha256>::new(k)
                    .sign_with_rng(&mut rng, data)
                    .to_vec(),
                Bits::B384 => rsa::pss::SigningKey::<Sha384>::new(k)
                    .sign_with_rng(&mut rng, data)
                    .to_vec(),
                Bits::B512 => rsa::pss::SigningKey::<Sha512>::new(k)
                    .sign_with_rng(&mut rng, data)
                    .to_vec(),
            }
        }
        JwsAlg::Es(bits) => {
            let expected = match bits {
                Bits::B256 => "P-256",
                Bits::B384 => "P-384",
                Bits::B512 => "P-521",
            };
            match (bits, key) {
                (Bits::B256, PrivateKey::P256(k)) => {
                    let s: p256::ecdsa::Signature = p256::ecdsa::SigningKey::from(k).sign(data);
                    s.to_vec()
                }
                (Bits::B384, PrivateKey::P384(k)) => {
                    let s: p384::ecdsa::Signature = p384::ecdsa::SigningKey::from(k).sign(data);
                    s.to_vec()
                }
                (Bits::B512, PrivateKey::P521(k)) => {
                    let signer = p521::ecdsa::SigningKey::from_slice(&k.to_bytes())
                        .map_err(|e| e.to_string())?;
                    let s: p521::ecdsa::Signature = signer.sign(data);
                    s.to_vec()
                }
                (_, other) => {
                    return Err(match other.curve() {
                        Some(actual) => format!(
                            "Invalid key curve for the algorithm, its curve must be {expected}, got {actual}"
                        ),
                        None => {
                            "Invalid key for this operation, its asymmetricKeyType must be ec"
                                .into()
                        }
                    })
                }
            }
        }
    })
}

/// JavaScript's `JSON.stringify`: integer-like keys first in numeric order, numbers as
/// `Number.prototype.toString` writes them.
pub fn js_json(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let (mut indexed, named): (Vec<_>, Vec<_>) =
                map.iter().partition(|(k, _)| array_index(k).is_some());
            indexed.sort_by_key(|(k, _)| array_index(k));
            let fields: Vec<String> = indexed
                .into_iter()
                .chain(named)
                .map(|(k, v)| format!("{}:{}", Value::String(k.clone()), js_json(v)))
                .collect();
            format!("{{{}}}", fields.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(js_json).collect();
            format!("[{}]", items.join(","))
        }
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) if i.unsigned_abs() <= 1 << 53 => i.to_string(),
            (_, Some(f)) => js_number(f),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

fn array_index(key: &str) -> Option<u32> {
    if key.is_empty() || (key.len() > 1 && key.starts_with('0')) {
        return None;
    }
    key.parse::<u32>().ok().filter(|n| *n != u32::MAX)
}

/// `Number.prototype.toString()` of a finite number (`null` in JSON otherwise).
fn js_number(f: f64) -> String {
    if !f.is_finite() {
        return "null".into();
    }
    if f == 0.0 {
        return "0".into();
    }
    let sign = if f < 0.0 { "-" } else { "" };
    // shortest round-trip digits and the decimal exponent: `d.ddde±x`
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let k = digits.len() as i32;
    let n = exp.parse::<i32>().unwrap_or(0) + 1;
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let e = if e >= 0 {
            format!("+{e}")
        } else {
            e.to_string()
        };
        match digits.len() {
            1 => format!("{digits}e{e}"),
            _ => format!("{}.{}e{e}", &digits[..1], &digits[1..]),
        }
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn stringifies_as_javascript() {
        let v: Value = serde_json::from_str(
            r#"{"b":1.0,"10":2,"a":[1.5e300,1e21,123456789012345678901,0.000001,1e-7],"2":"x\u0001"}"#,
        )
        .unwrap_or_default();
        assert_eq!(
            js_json(&v),
            r#"{"2":"x\u0001","10":2,"b":1,"a":[1.5e+300,1e+21,123456789012345680000,0.000001,1e-7]}"#
        );
        assert_eq!(js_json(&json!(-2.5)), "-2.5");
    }

    #[test]
    fn hs256_matches_rfc7515_style_token() {
        // jose: new SignJWT({sub:'1234567890',name:'John Doe',iat:1516239022})
        //   .setProtectedHeader({alg:'HS256',typ:'JWT'}).sign(utf8 'your-256-bit-secret')
        let token = sign(
            "HS256",
            JwsAlg::Hs(Bits::B256),
            &json!({"alg": "HS256", "typ": "JWT"}),
            &json!({"sub": "1234567890", "name": "John Doe", "iat": 1516239022}),
            &SigningKey::Secret(b"your-256-bit-secret".to_vec()),
        );
        assert_eq!(
            token.as_deref(),
            Ok("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
        );
    }
}
