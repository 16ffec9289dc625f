//! OAuth 2.0 as postman-runtime 7.39 (Newman 6.2.2) uses an access token it already has (no token
//! is fetched): with `accessToken` set and a `tokenType` other than `mac`, the user's
//! `Authorization` header and `access_token` query parameters are dropped and the token is sent
//! as `Authorization: <headerPrefix> <token>` (`addTokenTo` `header`, the default; prefix
//! `Bearer` unless set, trimmed, none when empty) or as the `access_token` query parameter
//! (`addTokenTo` `queryParams`).
//!
//! postie also gets the token itself when `accessToken` is empty and the block says where from
//! (see [`to_fetch`] and [`TokenStore`]).

mod cache;
pub mod config;
pub mod grants;
pub mod listener;

pub use cache::{Fetch, TokenStore};
pub use config::Config;

use super::{AuthTarget, ResolvedAuth};
use crate::request_text::url::normalize_param;

/// The configuration to get a token for: an oauth2 auth whose `accessToken` is empty and that
/// says where to get one.
pub fn to_fetch(auth: &ResolvedAuth) -> Option<Config> {
    if auth.kind != "oauth2" || !auth.text("accessToken").is_empty() {
        return None;
    }
    Config::read(auth)
}

pub fn sign(auth: &ResolvedAuth, target: &mut AuthTarget) {
    let token = auth.text("accessToken");
    if token.is_empty() {
        return;
    }
    let add_to = auth
        .get("addTokenTo")
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "header".into());
    let token_type = auth
        .get("tokenType")
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "bearer".into());
    if token_type.to_lowercase() == "mac" {
        return;
    }
    let mut prefix = auth
        .get("headerPrefix")
        .map_or_else(|| "Bearer".to_string(), |p| p.trim().to_string());
    if !prefix.is_empty() {
        prefix.push(' ');
    }
    target
        .headers
        .remove_where(|k| k.eq_ignore_ascii_case("authorization"));
    if let Some(query) = target.query.as_mut() {
        query.retain(|seg| seg.split('=').next() != Some("access_token"));
    }
    match add_to.as_str() {
        "queryParams" => target
            .query
            .get_or_insert_with(Vec::new)
            .push(format!("access_token={}", normalize_param(&token, false))),
        "header" => target
            .headers
            .push("Authorization", &format!("{prefix}{token}"), true),
        _ => {}
    }
}
