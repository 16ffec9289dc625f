//! Bearer auth: `Authorization: Bearer <token>`; nothing when the token is empty.

use super::{AuthTarget, ResolvedAuth};

pub fn sign(auth: &ResolvedAuth, target: &mut AuthTarget) {
    let token = auth.text("token");
    if token.is_empty() {
        return;
    }
    super::set_authorization(target.headers, &format!("Bearer {token}"));
}
