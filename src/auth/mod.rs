//! Request authorization: which auth applies to an item (inheritance) and applying it.

use crate::collection::model::Auth;

/// The auth in force for a request: the innermost level that sets one, where `inherit`
/// (or no auth) defers to the parent and `noauth` stops the search. `levels` runs from the
/// collection to the request.
pub fn effective<'a>(levels: &[Option<&'a Auth>]) -> Option<&'a Auth> {
    for auth in levels.iter().rev().flatten() {
        match auth.kind.as_str() {
            "inherit" => continue,
            "noauth" => return None,
            _ => return Some(auth),
        }
    }
    None
}

mod apikey;
mod asap;
pub mod awsv4;
mod basic;
mod bearer;
pub mod digest;
pub mod edgegrid;
pub mod hawk;
mod jws;
mod jwt;
pub mod keys;
pub mod ntlm;
pub mod oauth1;
pub mod oauth2;
pub mod sigutil;

pub use digest::request_uri;

use crate::request_text::headers::HeaderList;
use crate::variables::Scopes;
use serde_json::Value;

/// What an auth type may change on the request being built.
pub struct AuthTarget<'a> {
    pub headers: &'a mut HeaderList,
    /// The URL's query segments (`k=v`), `None` when the URL has no `?`.
    pub query: &'a mut Option<Vec<String>>,
    /// Where a signing failure goes: the runtime sends such a request unsigned, with a warning.
    pub warnings: &'a mut Vec<String>,
}

/// Replaces the user's `Authorization` header (any case) with `value`.
pub fn set_authorization(headers: &mut HeaderList, value: &str) {
    headers.remove_where(|k| k.eq_ignore_ascii_case("authorization"));
    headers.push("Authorization", value, true);
}

/// The runtime's warning for an auth that could not sign the request.
pub fn sign_warning(kind: &str, error: &str) -> String {
    format!("runtime~{kind}.auth: could not sign the request: {error}")
}

/// An auth with its parameters' `{{…}}` resolved; a parameter read as the runtime's
/// `auth.get(key)`: absent or null is `None`.
pub struct ResolvedAuth {
    pub kind: String,
    pub params: Vec<(String, Value)>,
}

impl ResolvedAuth {
    pub fn resolve(auth: &Auth, scopes: &Scopes) -> ResolvedAuth {
        ResolvedAuth {
            kind: auth.kind.clone(),
            params: auth
                .params
                .iter()
                .map(|(k, v)| (k.clone(), scopes.replace_in_json(v)))
                .collect(),
        }
    }

    pub fn get(&self, key: &str) -> Option<String> {
        match self.params.iter().find(|(k, _)| k == key).map(|(_, v)| v)? {
            Value::Null => None,
            v => Some(crate::collection::model::value_to_string(v)),
        }
    }

    /// The parameter as stored (`auth.get(key)`), `None` when absent or null.
    pub fn raw(&self, key: &str) -> Option<&Value> {
        self.params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| !v.is_null())
    }

    /// A text parameter, `''` when absent (`auth.get(k) || ''` for text values).
    pub fn text(&self, key: &str) -> String {
        self.get(key).unwrap_or_default()
    }

    /// JavaScript truthiness of the parameter as `auth.get(key)` returns it.
    pub fn truthy(&self, key: &str) -> bool {
        sigutil::js_truthy(self.params.iter().find(|(k, _)| k == key).map(|(_, v)| v))
    }

    /// The parameter as text when it is truthy (`auth.get(key) || default` in the runtime).
    pub fn param(&self, key: &str) -> Option<String> {
        self.truthy(key).then(|| self.text(key))
    }

    /// The auth as Newman's report shows it.
    pub fn to_json(&self) -> Value {
        let list: Vec<Value> = self
            .params
            .iter()
            .map(|(k, v)| serde_json::json!({"type": "any", "value": v, "key": k}))
            .collect();
        serde_json::json!({"type": self.kind, (self.kind.clone()): list})
    }
}

/// An auth type postie does not know: the request cannot be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsupportedAuth {
    pub kind: String,
}

impl std::fmt::Display for UnsupportedAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "auth type {} is not supported yet", self.kind)
    }
}

impl std::error::Error for UnsupportedAuth {}

/// Applies the auth in force to the request; the types that sign the final URL and body (digest,
/// oauth1, hawk, awsv4, edgegrid) are signed by `prepare` later. A JWT or ASAP signing failure is
/// a warning, as in Newman; only a type postie does not know is an error.
pub fn apply(auth: &ResolvedAuth, target: &mut AuthTarget) -> Result<(), UnsupportedAuth> {
    let signed = match auth.kind.as_str() {
        "jwt" => jwt::sign(auth, target),
        "asap" => asap::sign(auth, target),
        _ => return apply_unsigned(auth, target),
    };
    if let Err(e) = signed {
        let warning = sign_warning(&auth.kind, &e);
        target.warnings.push(warning);
    }
    Ok(())
}

/// The types that cannot fail to sign, or are signed later.
fn apply_unsigned(auth: &ResolvedAuth, target: &mut AuthTarget) -> Result<(), UnsupportedAuth> {
    match auth.kind.as_str() {
        "noauth" | "inherit" | "" => {}
        "basic" => basic::sign(auth, target),
        "bearer" => bearer::sign(auth, target),
        "apikey" => apikey::sign(auth, target),
        "oauth2" => oauth2::sign(auth, target),
        "ntlm" => ntlm::sign(auth, target),
        // signed by `prepare` once the URL and body are final (`digest::sign`, `oauth1::sign`, …)
        "digest" | "oauth1" | "hawk" | "awsv4" | "edgegrid" => {}
        other => {
            return Err(UnsupportedAuth {
                kind: other.to_string(),
            })
        }
    }
    Ok(())
}
