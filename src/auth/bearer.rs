//! Bearer auth: `Authorization: Bearer <token>`; nothing when the token is empty.

use super::{AuthTarget, ResolvedAuth};

pub fn sign(auth: &ResolvedAuth, target: &mut AuthTarget) -> Result<(), String> {
    let token = auth.text("token");
    if token.is_empty() {
        return Ok(());
    }
    super::set_authorization(target.headers, &format!("Bearer {token}"));
    Ok(())
}
