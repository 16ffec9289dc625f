//! Atlassian ASAP as postman-runtime 7.39 signs a request: a JWT (`alg`, RS256 by default, and
//! `kid` in the header) whose claims are the user's `claims` JSON with `iat`, `iss`, `sub`
//! (the issuer when unset), `jti` (a UUID when unset), `aud` and `exp` (`iat`-time + `exp`
//! seconds, 3600 by default) set, each taken from `claims` before the parameter of that name.
//! `privateKey` is a PKCS#8 PEM (new lines ignored) or a `data:application/pkcs8;kid=…;base64,…`
//! URI. The token goes in `Authorization: Bearer …`; a failure is a warning.

use super::jws::{self, JwsAlg, SigningKey};
use super::keys::{self, PrivateKey};
use super::sigutil::{self, js_truthy};
use super::{AuthTarget, ResolvedAuth};
use serde_json::{Map, Value};

pub fn sign(auth: &ResolvedAuth, target: &mut AuthTarget) -> Result<(), String> {
    let now = chrono::Utc::now().timestamp();
    let token = token(auth, now, &crate::ids::uuid_v4().to_string())?;
    super::set_authorization(target.headers, &format!("Bearer {token}"));
    Ok(())
}

/// A parameter read as `params.x || …`: `None` unless truthy.
fn raw<'a>(auth: &'a ResolvedAuth, key: &str) -> Option<&'a Value> {
    auth.raw(key).filter(|v| js_truthy(Some(v)))
}

/// The token at time `now` (seconds) with `uuid` as the default `jti`.
fn token(auth: &ResolvedAuth, now: i64, uuid: &str) -> Result<String, String> {
    let claims = match raw(auth, "claims") {
        None => Value::Object(Map::new()),
        Some(Value::String(s)) if s.trim().is_empty() => Value::String(String::new()),
        Some(Value::String(s)) => {
            serde_json::from_str(s.trim()).map_err(|_| "Failed to parse claims".to_string())?
        }
        Some(other) => other.clone(),
    };
    // `claims.x || params.x`
    let claim = |name: &str| claims.get(name).filter(|v| js_truthy(Some(v))).cloned();
    let either = |name: &str| claim(name).or_else(|| raw(auth, name).cloned());
    let issuer = either("iss");
    let subject = either("sub").or_else(|| issuer.clone());
    let audience = either("aud");
    let jti = claim("jti").unwrap_or_else(|| Value::String(uuid.into()));
    let issued_at = claim("iat").unwrap_or_else(|| now.into());
    let expiry = raw(auth, "exp")
        .and_then(parse_int)
        .filter(|n| *n != 0)
        .unwrap_or(3600);
    let expires = claim("exp")
        .as_ref()
        .and_then(parse_int)
        .filter(|n| *n != 0)
        .unwrap_or(now + expiry);
    let kid = either("kid");
    let private_key = raw(auth, "privateKey");
    let alg_name = match raw(auth, "alg") {
        Some(v) => crate::collection::model::value_to_string(v),
        None => "RS256".into(),
    };

    let (Some(kid), Some(issuer), Some(audience), Some(private_key)) =
        (kid, issuer, audience, private_key)
    else {
        return Err("One or more of required claims missing".into());
    };
    let alg = JwsAlg::from_name(&alg_name)
        .filter(|a| !a.is_hmac())
        .ok_or("invalid algorithm")?;
    let Value::String(private_key) = private_key else {
        return Err("privateKey must be a string".into());
    };
    let key = parse_private_key(&kid, &private_key.replace('\n', ""))
        .ok_or("Failed to parse private key.")?;
    let key = match key {
        ParsedKey::Pem(pem) => keys::import_pkcs8(&pem),
        ParsedKey::Key(key) => Ok(key),
    }
    .map_err(|_| "Failed to sign request with key.".to_string())?;

    let Value::Object(mut payload) = claims else {
        return Err("Failed to sign request with key.".into());
    };
    for (name, value) in [
        ("iat", issued_at),
        ("iss", issuer),
        ("sub", subject.unwrap_or_default()),
        ("jti", jti),
        ("aud", audience),
        ("exp", expires.into()),
    ] {
        payload.insert(name.into(), value);
    }
    let mut header = Map::new();
    header.insert("alg".into(), Value::String(alg_name.clone()));
    header.insert("kid".into(), kid);
    jws::sign(
        &alg_name,
        alg,
        &Value::Object(header),
        &Value::Object(payload),
        &SigningKey::Private(key),
    )
    .map_err(|_| "Failed to sign request with key.".to_string())
}

/// JavaScript's `parseInt(String(v), 10)`: the leading integer, `None` for NaN.
fn parse_int(v: &Value) -> Option<i64> {
    let text = crate::collection::model::value_to_string(v);
    let text = text.trim_start();
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, text.strip_prefix('+').unwrap_or(text)),
    };
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    digits[..end].parse::<i64>().ok().map(|n| sign * n)
}

enum ParsedKey {
    Pem(String),
    Key(PrivateKey),
}

/// The runtime's `parsePrivateKey`: surrounding double quotes dropped, URI-decoded; a data URI
/// must name `kid` and hold an RSA key (PKCS#8 or PKCS#1 DER). `None` where it throws.
fn parse_private_key(kid: &Value, text: &str) -> Option<ParsedKey> {
    let unquoted = match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(inner) if !inner.contains(['\r', '\u{2028}', '\u{2029}']) => inner,
        _ => text,
    };
    let decoded = sigutil::decode_component(unquoted)?;
    let Some(uri) = decoded.strip_prefix("data:") else {
        return Some(ParsedKey::Pem(decoded));
    };
    let rest = uri.strip_prefix("application/pkcs8;kid=")?;
    let (key_id, data) = rest.split_once(";base64,")?;
    let id_ok = !key_id.is_empty()
        && key_id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-+/".contains(c));
    let data_ok = !data.is_empty()
        && data
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+/=".contains(c));
    if !id_ok || !data_ok || Value::String(key_id.into()) != *kid {
        return None;
    }
    let der = keys::node_base64(data);
    let key = PrivateKey::from_pkcs8_der(&der)
        .filter(|k| matches!(k, PrivateKey::Rsa(_)))
        .or_else(|| {
            use rsa::pkcs1::DecodeRsaPrivateKey;
            rsa::RsaPrivateKey::from_pkcs1_der(&der)
                .ok()
                .map(|k| PrivateKey::Rsa(Box::new(k)))
        })?;
    Some(ParsedKey::Key(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auth(params: &[(&str, &str)]) -> ResolvedAuth {
        ResolvedAuth {
            kind: "asap".into(),
            params: params
                .iter()
                .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
                .collect(),
        }
    }

    fn payload(token: &str) -> String {
        use base64::Engine;
        let part = token.split('.').nth(1).unwrap_or_default();
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(part)
            .unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }

    #[test]
    fn claims_come_before_parameters() {
        let pem = include_str!("../../fixtures/keys/rsa-2048.pem");
        let a = auth(&[
            ("kid", "k1"),
            ("iss", "param-iss"),
            ("aud", "param-aud"),
            ("exp", "60"),
            ("privateKey", pem),
            ("claims", r#"{"aud":"claim-aud","x":1}"#),
        ]);
        let token = token(&a, 1000, "U").unwrap_or_default();
        assert_eq!(
            payload(&token),
            r#"{"aud":"claim-aud","x":1,"iat":1000,"iss":"param-iss","sub":"param-iss","jti":"U","exp":1060}"#
        );
    }

    #[test]
    fn failures_as_the_runtime_words_them() {
        let err = |p: &[(&str, &str)]| token(&auth(p), 0, "U").err().unwrap_or_default();
        let full = [
            ("kid", "k"),
            ("iss", "i"),
            ("aud", "a"),
            ("privateKey", "x"),
        ];
        assert_eq!(err(&full[1..]), "One or more of required claims missing");
        assert_eq!(
            err(&[full.as_slice(), &[("claims", "{")]].concat()),
            "Failed to parse claims"
        );
        assert_eq!(
            err(&[full.as_slice(), &[("alg", "HS256")]].concat()),
            "invalid algorithm"
        );
        assert_eq!(
            err(&[&full[..3], &[("privateKey", "%E0")]].concat()),
            "Failed to parse private key."
        );
        assert_eq!(
            err(&[
                &full[..3],
                &[("privateKey", "data:application/pkcs8;kid=other;base64,AA==")]
            ]
            .concat()),
            "Failed to parse private key."
        );
        assert_eq!(err(&full), "Failed to sign request with key.");
    }

    #[test]
    fn data_uri_key_with_matching_kid() {
        use base64::Engine;
        let pem = include_str!("../../fixtures/keys/rsa-2048-pkcs1.pem");
        let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
        let der = base64::engine::general_purpose::STANDARD
            .decode(body)
            .unwrap_or_default();
        let uri = format!(
            "data:application/pkcs8;kid=team/key-1;base64,{}",
            sigutil::base64(&der)
        );
        let parsed = parse_private_key(&Value::String("team/key-1".into()), &uri);
        assert!(matches!(parsed, Some(ParsedKey::Key(PrivateKey::Rsa(_)))));
    }
}
