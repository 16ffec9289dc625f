//! OAuth 2.0 tokens postie gets itself: before an item's request whose oauth2 auth has an empty
//! `accessToken`, and once more after a 401. Token requests are reported as a script's
//! `pm.sendRequest` calls are.

use super::events::{Cursor, ItemRef, RequestOrigin};
use super::item::{prepare_request, Phase};
use super::RunContext;
use crate::auth::oauth2::{self, grants::TokenRequest, Fetch};
use crate::auth::ResolvedAuth;
use crate::collection::model::{Auth, ProtocolProfileBehavior, Request};
use crate::http::{PreparedRequest, RequestError, ResponseData};
use crate::variables::Scopes;
use serde_json::{json, Value};
use std::io::IsTerminal;

/// Whether postie gets OAuth 2.0 tokens (`--oauth2-fetch`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OAuth2Fetch {
    /// When `accessToken` is empty and the auth says where to get one.
    #[default]
    Auto,
    /// Newman's behaviour: only a token already in the auth is sent.
    Never,
}

/// `auth` with the token postie got in its `accessToken`, or `None` when postie gets no token
/// for it; an error when the token could not be got.
pub(crate) fn with_token(
    ctx: &mut RunContext<'_>,
    cursor: &Cursor,
    item: ItemRef<'_>,
    auth: Option<&Auth>,
    scopes: &mut Scopes,
    renew: bool,
) -> Result<Option<Auth>, String> {
    let fetching = ctx.options.oauth2_fetch == OAuth2Fetch::Auto;
    let Some(auth) = auth.filter(|a| fetching && a.kind == "oauth2") else {
        return Ok(None);
    };
    let Some(config) = oauth2::to_fetch(&ResolvedAuth::resolve(auth, scopes)) else {
        return Ok(None);
    };
    let mut tokens = std::mem::take(&mut ctx.oauth2_tokens);
    let mut post = |request: &TokenRequest| post(ctx, cursor, item, request);
    let mut fetch = Fetch {
        interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
        post: &mut post,
    };
    let token = tokens.token(&config, &mut scopes.environment, renew, &mut fetch);
    ctx.oauth2_tokens = tokens;
    let mut filled = auth.clone();
    filled.params.retain(|(k, _)| k != "accessToken");
    filled
        .params
        .push(("accessToken".into(), Value::String(token?)));
    Ok(Some(filled))
}

/// Sends a token request with the run's client (to the mock under `--mock`) and reports it.
fn post(
    ctx: &mut RunContext<'_>,
    cursor: &Cursor,
    item: ItemRef<'_>,
    token: &TokenRequest,
) -> Result<(u16, Vec<u8>), String> {
    let header: Vec<Value> = token
        .headers
        .iter()
        .map(|(k, v)| json!({"key": k, "value": v}))
        .collect();
    let form: Vec<Value> = token
        .form
        .iter()
        .map(|(k, v)| json!({"key": k, "value": v}))
        .collect();
    let request: Request = serde_json::from_value(json!({
        "method": "POST",
        "url": token.url,
        "header": header,
        "body": {"mode": "urlencoded", "urlencoded": form},
    }))
    .map_err(|e| e.to_string())?;
    let behavior = ProtocolProfileBehavior::default();
    let prepared = prepare_request(ctx, &request, &Scopes::default(), None, &behavior)
        .map_err(|e| e.message)?;
    let response = ctx.http.send(&prepared, &behavior);
    ctx.emit_request(
        cursor,
        item,
        &prepared,
        response.as_ref(),
        RequestOrigin::Script,
    );
    response.map(|r| (r.code, r.body)).map_err(|e| e.message)
}

/// After a 401 to a request that carried a token postie got: a new token (refreshed when a
/// refresh token is known) and the request once more. The 401 is reported as an attempt of
/// its own; a token that cannot be got is the request's error.
#[allow(clippy::too_many_arguments)]
pub(super) fn retry_on_401(
    ctx: &mut RunContext<'_>,
    phase: &Phase<'_>,
    request: &Request,
    scopes: &mut Scopes,
    auth: Option<&Auth>,
    behavior: &ProtocolProfileBehavior,
    sent: PreparedRequest,
    outcome: Result<ResponseData, RequestError>,
) -> (PreparedRequest, Result<ResponseData, RequestError>) {
    if !matches!(&outcome, Ok(r) if r.code == 401) {
        return (sent, outcome);
    }
    phase.report_attempt(ctx, &sent, &outcome, RequestOrigin::Item);
    let failed = |message: String| RequestError {
        code: None,
        message,
    };
    let again = with_token(ctx, phase.cursor, phase.item, auth, scopes, true).and_then(|filled| {
        prepare_request(ctx, request, scopes, filled.as_ref(), behavior).map_err(|e| e.message)
    });
    match again {
        Ok(prepared) => {
            let outcome = ctx.http.send(&prepared, behavior);
            (prepared, outcome)
        }
        Err(e) => (sent, Err(failed(e))),
    }
}
