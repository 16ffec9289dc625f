//! JWT bearer auth as postman-runtime 7.39 (jose 4) makes it.
//!
//! `algorithm` (HS/RS/PS/ES 256/384/512) is also the header's `alg` (kept where the user's
//! `header` JSON puts it, else last); `payload` is a JSON object (`{}` when empty). HS signs with
//! `secret` (UTF-8, or base64 with `isSecretBase64Encoded`), the others with a PKCS#8 PEM
//! `privateKey`. The token goes in `Authorization: <headerPrefix> <token>` (`Bearer` when no
//! prefix is set, no prefix when it is empty) or, with `addTokenTo: queryParam`, in the
//! `queryParamKey` (`token`) query parameter. A failure leaves the request unsigned (a warning).

use super::jws::{self, JwsAlg, SigningKey};
use super::keys;
use super::{AuthTarget, ResolvedAuth};
use serde_json::{Map, Value};

pub fn sign(auth: &ResolvedAuth, target: &mut AuthTarget) -> Result<(), String> {
    let token = token(auth)?;
    add_token(auth, target, &token);
    Ok(())
}

/// A text parameter that must be a non-empty string (`!v || !_.isString(v)` fails).
fn non_empty_string<'a>(auth: &'a ResolvedAuth, key: &str) -> Option<&'a str> {
    match auth.raw(key) {
        Some(Value::String(s)) if !s.is_empty() => Some(s),
        _ => None,
    }
}

fn token(auth: &ResolvedAuth) -> Result<String, String> {
    let alg_name = match auth.raw("algorithm") {
        Some(Value::String(s)) => s.as_str(),
        _ => "",
    };
    let alg = JwsAlg::from_name(alg_name).ok_or("invalid algorithm")?;
    let secret = non_empty_string(auth, "secret");
    let private_key_pem = non_empty_string(auth, "privateKey");
    if alg.is_hmac() && secret.is_none() {
        return Err("Invalid secret key. Enter a valid key.".into());
    }
    if !alg.is_hmac() && private_key_pem.is_none() {
        return Err("Invalid private key. Enter a valid key.".into());
    }
    let header = header(auth.raw("header"), alg_name)?;
    let payload = match auth.raw("payload") {
        Some(Value::String(s)) if s.trim().is_empty() => Value::Object(Map::new()),
        Some(Value::String(s)) => parse_json(s.trim())?,
        Some(other) => other.clone(),
        None => Value::Null,
    };
    // jose reads the key before it checks the claims, and the key's type when it signs
    let key = match (secret, private_key_pem) {
        (Some(secret), _) if alg.is_hmac() => {
            SigningKey::Secret(if auth.truthy("isSecretBase64Encoded") {
                keys::node_base64(secret)
            } else {
                secret.as_bytes().to_vec()
            })
        }
        (_, pem) => SigningKey::Private(keys::import_pkcs8(pem.unwrap_or_default())?),
    };
    if !payload.is_object() {
        return Err("JWT Claims Set MUST be an object".into());
    }
    jws::sign(alg_name, alg, &header, &payload, &key)
}

/// The protected header: the user's (a JSON text or an object) with `alg` set.
fn header(raw: Option<&Value>, alg: &str) -> Result<Value, String> {
    let parsed = match raw {
        Some(Value::String(s)) if s.trim().is_empty() => Value::Null,
        Some(Value::String(s)) => parse_json(s.trim())?,
        Some(other) => other.clone(),
        None => Value::Null,
    };
    // `{...header, alg}`: an object's fields, an array's indexes; other values add nothing
    let mut fields = match parsed {
        Value::Object(map) => map,
        Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| (i.to_string(), v))
            .collect(),
        _ => Map::new(),
    };
    fields.insert("alg".into(), Value::String(alg.into()));
    Ok(Value::Object(fields))
}

fn parse_json(text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| format!("{e} in JSON"))
}

fn add_token(auth: &ResolvedAuth, target: &mut AuthTarget, token: &str) {
    let add_to = auth.param("addTokenTo").unwrap_or_else(|| "header".into());
    if add_to == "header" {
        // `_.isNil(prefix) ? 'Bearer' : prefix`, then a space when the prefix is truthy
        let prefix = match auth.raw("headerPrefix") {
            None => "Bearer ".to_string(),
            Some(v) if super::sigutil::js_truthy(Some(v)) => {
                format!("{} ", auth.text("headerPrefix"))
            }
            Some(_) => auth.text("headerPrefix"),
        };
        super::set_authorization(target.headers, &format!("{prefix}{token}"));
    } else if add_to == "queryParam" {
        let key = auth
            .param("queryParamKey")
            .unwrap_or_else(|| "token".into());
        let query = target.query.get_or_insert_with(Vec::new);
        query.retain(|seg| seg.split('=').next() != Some(key.as_str()));
        query.push(format!(
            "{}={token}",
            crate::request_text::url::normalize_param(&key, true)
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request_text::headers::HeaderList;

    fn auth(params: &[(&str, Value)]) -> ResolvedAuth {
        ResolvedAuth {
            kind: "jwt".into(),
            params: params
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        }
    }

    fn s(v: &str) -> Value {
        Value::String(v.into())
    }

    /// Splits a token and checks its signature with the public half of the fixture key.
    fn verify(token: &str, alg: &str, pem: &str) {
        use base64::Engine;
        use rsa::signature::Verifier;
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let (input, sig) = token.rsplit_once('.').unwrap_or_default();
        let sig = b64.decode(sig).unwrap_or_default();
        let key = keys::import_pkcs8(pem)
            .ok()
            .unwrap_or_else(|| panic!("fixture key"));
        let ok = match (alg, key) {
            ("PS256", keys::PrivateKey::Rsa(k)) => {
                let vk = rsa::pss::VerifyingKey::<sha2::Sha256>::new(k.to_public_key());
                rsa::pss::Signature::try_from(sig.as_slice())
                    .is_ok_and(|s| vk.verify(input.as_bytes(), &s).is_ok())
            }
            ("ES256", keys::PrivateKey::P256(k)) => {
                let vk = p256::ecdsa::VerifyingKey::from(k.public_key());
                p256::ecdsa::Signature::from_slice(&sig)
                    .is_ok_and(|s| vk.verify(input.as_bytes(), &s).is_ok())
            }
            ("ES384", keys::PrivateKey::P384(k)) => {
                let vk = p384::ecdsa::VerifyingKey::from(k.public_key());
                p384::ecdsa::Signature::from_slice(&sig)
                    .is_ok_and(|s| vk.verify(input.as_bytes(), &s).is_ok())
            }
            ("ES512", keys::PrivateKey::P521(k)) => {
                let vk = p521::ecdsa::VerifyingKey::from_sec1_bytes(
                    k.public_key().to_sec1_bytes().as_ref(),
                );
                let sig = p521::ecdsa::Signature::from_slice(&sig);
                match (vk, sig) {
                    (Ok(vk), Ok(s)) => vk.verify(input.as_bytes(), &s).is_ok(),
                    _ => false,
                }
            }
            _ => false,
        };
        assert!(ok, "{alg} signature of {token} does not verify");
    }

    #[test]
    fn randomized_signatures_verify_with_the_public_key() {
        for (alg, pem) in [
            ("PS256", include_str!("../../fixtures/keys/rsa-2048.pem")),
            ("ES256", include_str!("../../fixtures/keys/ec-p256.pem")),
            ("ES384", include_str!("../../fixtures/keys/ec-p384.pem")),
            ("ES512", include_str!("../../fixtures/keys/ec-p521.pem")),
        ] {
            let a = auth(&[
                ("algorithm", s(alg)),
                ("privateKey", s(pem)),
                ("payload", s(r#"{"sub":"x"}"#)),
            ]);
            let token = token(&a).unwrap_or_else(|e| panic!("{alg}: {e}"));
            assert!(token.starts_with(&format!(
                "{}.",
                base64::Engine::encode(
                    &base64::engine::general_purpose::URL_SAFE_NO_PAD,
                    format!(r#"{{"alg":"{alg}"}}"#)
                )
            )));
            verify(&token, alg, pem);
        }
    }

    #[test]
    fn failures_as_the_runtime_words_them() {
        let err = |params: &[(&str, Value)]| token(&auth(params)).err().unwrap_or_default();
        assert_eq!(err(&[("algorithm", s("HS1"))]), "invalid algorithm");
        assert_eq!(
            err(&[("algorithm", s("HS256")), ("secret", s(""))]),
            "Invalid secret key. Enter a valid key."
        );
        assert_eq!(
            err(&[("algorithm", s("RS256"))]),
            "Invalid private key. Enter a valid key."
        );
        let p256 = include_str!("../../fixtures/keys/ec-p256.pem");
        assert_eq!(
            err(&[("algorithm", s("ES384")), ("privateKey", s("x"))]),
            "\"pkcs8\" must be PKCS#8 formatted string"
        );
        assert_eq!(
            err(&[("algorithm", s("ES384")), ("privateKey", s(p256))]),
            "JWT Claims Set MUST be an object"
        );
        let err = |params: &[(&str, Value)]| {
            let with_payload = [params, &[("payload", s("{}"))]].concat();
            token(&auth(&with_payload)).err().unwrap_or_default()
        };
        assert_eq!(
            err(&[("algorithm", s("ES384")), ("privateKey", s(p256))]),
            "Invalid key curve for the algorithm, its curve must be P-384, got P-256"
        );
        assert_eq!(
            err(&[("algorithm", s("RS256")), ("privateKey", s(p256))]),
            "Invalid key for this operation, its asymmetricKeyType must be rsa"
        );
        let small = include_str!("../../fixtures/keys/rsa-1024.pem");
        assert_eq!(
            err(&[("algorithm", s("RS256")), ("privateKey", s(small))]),
            "RS256 requires key modulusLength to be 2048 bits or larger"
        );
        assert_eq!(
            err(&[
                ("algorithm", s("HS256")),
                ("secret", s("k")),
                ("payload", s("[1]"))
            ]),
            "JWT Claims Set MUST be an object"
        );
    }

    #[test]
    fn header_prefix_and_query_param() {
        let add = |params: &[(&str, Value)]| {
            let mut headers = HeaderList::default();
            headers.push("authorization", "old", false);
            let mut query = Some(vec!["jwt=old".to_string(), "a=1".to_string()]);
            let mut warnings = Vec::new();
            let mut target = AuthTarget {
                headers: &mut headers,
                query: &mut query,
                warnings: &mut warnings,
            };
            add_token(&auth(params), &mut target, "T");
            let sent: Vec<String> = headers.sent().into_iter().map(|h| h.value).collect();
            (sent, query.unwrap_or_default())
        };
        assert_eq!(add(&[]).0, ["Bearer T"]);
        assert_eq!(add(&[("headerPrefix", s(""))]).0, ["T"]);
        assert_eq!(add(&[("headerPrefix", s("JWT"))]).0, ["JWT T"]);
        assert_eq!(add(&[("headerPrefix", Value::Bool(false))]).0, ["falseT"]);
        let (sent, query) = add(&[("addTokenTo", s("queryParam")), ("queryParamKey", s("jwt"))]);
        assert_eq!(sent, ["old"]);
        assert_eq!(query, ["a=1", "jwt=T"]);
    }
}
