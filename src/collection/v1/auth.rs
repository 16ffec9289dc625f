//! v1 auth: `currentHelper` + `helperAttributes` renamed to a v2 `auth` object.

use serde_json::{json, Map, Value};

/// v2 `auth` as it is, or the v1 `currentHelper` + `helperAttributes` pair renamed to v2.
pub fn auth(entity: &Value) -> Option<Value> {
    if let Some(a) = entity.get("auth").filter(|a| a.get("type").is_some()) {
        return Some(a.clone());
    }
    let helper = entity.get("currentHelper")?.as_str()?;
    let kind = match helper {
        "normal" | "" => return None,
        "apikeyAuth" => "apikey",
        "basicAuth" => "basic",
        "bearerAuth" => "bearer",
        "digestAuth" => "digest",
        "hawkAuth" => "hawk",
        "oAuth1" => "oauth1",
        "oAuth2" => "oauth2",
        "ntlmAuth" => "ntlm",
        "awsSigV4" => "awsv4",
        other => other,
    };
    let attrs = match entity.get("helperAttributes") {
        Some(Value::String(s)) => serde_json::from_str(s).ok()?,
        Some(v) => v.clone(),
        None => Value::Null,
    };
    let renames: &[(&str, &str)] = match helper {
        "basicAuth" => &[("username", "username"), ("password", "password")],
        "bearerAuth" => &[("token", "token")],
        "apikeyAuth" => &[("key", "key"), ("value", "value"), ("in", "in")],
        "digestAuth" => &[
            ("algorithm", "algorithm"),
            ("username", "username"),
            ("realm", "realm"),
            ("password", "password"),
            ("nonce", "nonce"),
            ("nonceCount", "nonceCount"),
            ("clientNonce", "clientNonce"),
            ("opaque", "opaque"),
            ("qop", "qop"),
            ("disableRetryRequest", "disableRetryRequest"),
        ],
        "oAuth1" => &[
            ("consumerKey", "consumerKey"),
            ("consumerSecret", "consumerSecret"),
            ("token", "token"),
            ("tokenSecret", "tokenSecret"),
            ("signatureMethod", "signatureMethod"),
            ("timestamp", "timestamp"),
            ("nonce", "nonce"),
            ("version", "version"),
            ("realm", "realm"),
            ("header", "addParamsToHeader"),
            ("auto", "autoAddParam"),
            ("includeEmpty", "addEmptyParamsToSign"),
        ],
        "hawkAuth" => &[
            ("hawk_id", "authId"),
            ("hawk_key", "authKey"),
            ("algorithm", "algorithm"),
            ("user", "user"),
            ("nonce", "nonce"),
            ("ext", "extraData"),
            ("app", "appId"),
            ("dlg", "delegation"),
            ("timestamp", "timestamp"),
        ],
        "ntlmAuth" => &[
            ("username", "username"),
            ("password", "password"),
            ("domain", "domain"),
            ("workstation", "workstation"),
            ("disableRetryRequest", "disableRetryRequest"),
        ],
        "awsSigV4" => &[
            ("accessKey", "accessKey"),
            ("secretKey", "secretKey"),
            ("region", "region"),
            ("service", "service"),
        ],
        _ => &[],
    };
    let params: Vec<Value> = match (&attrs, renames.is_empty()) {
        (Value::Object(map), true) => map
            .iter()
            .filter(|(k, _)| k.as_str() != "id")
            .map(|(k, v)| param(k, v))
            .collect(),
        (Value::Object(map), false) => renames
            .iter()
            .filter_map(|(old, new)| Some(param(new, map.get(*old).filter(|v| !v.is_null())?)))
            .collect(),
        _ => Vec::new(),
    };
    let mut out = Map::new();
    out.insert("type".into(), json!(kind));
    if !params.is_empty() {
        out.insert(kind.into(), Value::Array(params));
    }
    Some(Value::Object(out))
}

fn param(key: &str, value: &Value) -> Value {
    let kind = match value {
        Value::String(_) => "string",
        Value::Bool(_) => "boolean",
        _ => "any",
    };
    json!({"key": key, "value": value, "type": kind})
}
