//! Basic auth: `Authorization: Basic base64(user:pass)`, replacing any Authorization header
//! the user set (verified against Newman 6.2.2: the user's header is dropped and the auth
//! header comes after the remaining user headers, marked system).

use super::{AuthTarget, ResolvedAuth};
use base64::Engine;

pub fn sign(auth: &ResolvedAuth, target: &mut AuthTarget) {
    let credentials = format!("{}:{}", auth.text("username"), auth.text("password"));
    let value = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(credentials)
    );
    target
        .headers
        .remove_where(|k| k.eq_ignore_ascii_case("authorization"));
    target.headers.push("Authorization", &value, true);
}
