//! Bearer auth: `Authorization: Bearer <token>`; nothing when the token is empty.

use super::{AuthTarget, ResolvedAuth};

pub fn sign(auth: &ResolvedAuth, target: &mut AuthTarget) -> Result<(), String> {
    let token = auth.text("token");
    if token.is_empty() {
        return Ok(());
    }
    target
        .headers
        .remove_where(|k| k.eq_ignore_ascii_case("authorization"));
    target
        .headers
        .push("Authorization", &format!("Bearer {token}"), true);
    Ok(())
}
