//! The run's tokens, one per auth configuration, kept in the environment too (so
//! `--write-back` and `--export-environment` carry them to the next run).

use super::config::{Config, Grant};
use super::grants::{now_ms, read_response, refresh_request, token_request, Token, TokenRequest};
use super::listener;
use crate::collection::model::value_to_string;
use crate::variables::VariableScope;
use serde_json::Value;
use std::collections::HashMap;

/// Sends a token request (and reports it); answers the status and the body, or why nothing came.
pub type Post<'a> = dyn FnMut(&TokenRequest) -> Result<(u16, Vec<u8>), String> + 'a;

#[derive(Debug, Default)]
pub struct TokenStore {
    tokens: HashMap<Config, Token>,
}

/// How a token may be got beyond the token endpoint.
pub struct Fetch<'a, 'b> {
    /// A person can sign in in a browser (stdin and stderr are a terminal).
    pub interactive: bool,
    pub post: &'a mut Post<'b>,
}

impl TokenStore {
    /// The access token for `c`: the run's, else the environment's while it is valid, else a
    /// refreshed or new one. `renew` (after a 401) skips the one at hand.
    pub fn token(
        &mut self,
        c: &Config,
        env: &mut VariableScope,
        renew: bool,
        fetch: &mut Fetch<'_, '_>,
    ) -> Result<String, String> {
        let current = self.tokens.get(c).cloned().or_else(|| from_env(c, env));
        if let Some(t) = current.as_ref().filter(|t| !renew && !t.expired(now_ms())) {
            self.tokens.insert(c.clone(), t.clone());
            return Ok(t.access.clone());
        }
        let refresh = current.and_then(|t| t.refresh);
        let token = match &refresh {
            Some(r) => match exchange(fetch.post, &refresh_request(c, r)) {
                Ok(mut t) => {
                    t.refresh = t.refresh.or(refresh.clone());
                    t
                }
                Err(e) => new_token(c, fetch).map_err(|again| format!("{e}; then {again}"))?,
            },
            None => new_token(c, fetch)?,
        };
        save(c, env, &token);
        self.tokens.insert(c.clone(), token.clone());
        Ok(token.access)
    }
}

fn exchange(post: &mut Post<'_>, request: &TokenRequest) -> Result<Token, String> {
    let (code, body) = post(request)
        .map_err(|e| format!("OAuth 2.0 token request to {} failed: {e}", request.url))?;
    read_response(&request.url, code, &body)
}

fn new_token(c: &Config, fetch: &mut Fetch<'_, '_>) -> Result<Token, String> {
    if !c.grant.needs_user() {
        return exchange(fetch.post, &token_request(c, None, None));
    }
    if !fetch.interactive {
        return Err(seed_message(c));
    }
    let verifier = (c.grant == Grant::Pkce).then(|| listener::code_verifier(c));
    let socket = listener::listen(&c.redirect_uri)?;
    eprintln!(
        "postie: OAuth 2.0 sign-in ({}): open this URL in a browser; waiting up to {}s for the \
         redirect to {}\n  {}",
        c.grant.name(),
        listener::WAIT.as_secs(),
        c.redirect_uri,
        listener::authorization_url(c, verifier.as_deref())
    );
    let params = listener::wait_for_redirect(&socket, listener::WAIT)?;
    let param = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    if let Some(error) = param("error") {
        let detail = param("error_description").unwrap_or_default();
        return Err(format!("OAuth 2.0 sign-in refused: {error} {detail}"));
    }
    if !c.state.is_empty() && param("state").as_deref() != Some(c.state.as_str()) {
        return Err("OAuth 2.0 sign-in: the redirect's state does not match".into());
    }
    if c.grant == Grant::Implicit {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&params)
            .finish();
        return read_response(&c.redirect_uri, 200, query.as_bytes());
    }
    let code = param("code").unwrap_or_default();
    exchange(
        fetch.post,
        &token_request(c, Some(&code), verifier.as_deref()),
    )
}

fn seed_message(c: &Config) -> String {
    let (part, what) = match c.grant {
        Grant::Implicit => ("access_token", "an access token"),
        _ => ("refresh_token", "a refresh token"),
    };
    format!(
        "OAuth 2.0 {} needs someone to sign in in a browser, and postie is not running on a \
         terminal: run it once on a terminal with -e <file> --write-back to keep {what}, or give \
         one: --env-var {}=<token>",
        c.grant.name(),
        c.env_name(part)
    )
}

fn from_env(c: &Config, env: &VariableScope) -> Option<Token> {
    let text = |part: &str| {
        env.get(&c.env_name(part))
            .map(value_to_string)
            .filter(|s| !s.is_empty())
    };
    let (access, refresh) = (text("access_token"), text("refresh_token"));
    if access.is_none() && refresh.is_none() {
        return None;
    }
    Some(Token {
        access: access.unwrap_or_default(),
        refresh,
        expires_at: text("expires_at")
            .and_then(|s| s.trim().parse::<f64>().ok())
            .map(|secs| (secs * 1000.0) as u64),
    })
}

fn save(c: &Config, env: &mut VariableScope, t: &Token) {
    let mut set = |part: &str, value: Value, secret: bool| {
        let name = c.env_name(part);
        env.set(&name, value);
        if let Some(var) = env.vars.iter_mut().rev().find(|v| v.key == name) {
            if secret && var.kind.is_none() {
                var.kind = Some("secret".into());
            }
        }
    };
    set("access_token", Value::from(t.access.clone()), true);
    if let Some(r) = &t.refresh {
        set("refresh_token", Value::from(r.clone()), true);
    }
    match t.expires_at {
        Some(at) => set("expires_at", Value::from(at / 1000), false),
        None => env.unset(&c.env_name("expires_at")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::oauth2::config::tests_support::config;

    fn answer(body: &str) -> Result<(u16, Vec<u8>), String> {
        Ok((200, body.as_bytes().to_vec()))
    }

    #[test]
    fn one_request_per_configuration_and_refresh_when_expired() {
        let mut store = TokenStore::default();
        let mut env = VariableScope::default();
        let mut sent: Vec<TokenRequest> = Vec::new();
        let mut post = |r: &TokenRequest| {
            sent.push(r.clone());
            match sent.len() {
                1 => answer(r#"{"access_token":"t1","refresh_token":"r1","expires_in":0}"#),
                _ => answer(r#"{"access_token":"t2","expires_in":3600}"#),
            }
        };
        let mut fetch = Fetch {
            interactive: false,
            post: &mut post,
        };
        let c = config();
        assert_eq!(
            store.token(&c, &mut env, false, &mut fetch).as_deref(),
            Ok("t1")
        );
        assert_eq!(
            store.token(&c, &mut env, false, &mut fetch).as_deref(),
            Ok("t2")
        );
        assert_eq!(
            store.token(&c, &mut env, false, &mut fetch).as_deref(),
            Ok("t2")
        );
        let grants: Vec<_> = sent.iter().map(|r| r.form[0].1.clone()).collect();
        assert_eq!(grants, ["client_credentials", "refresh_token"]);
        let kept = |k: &str| env.get(&format!("postie.oauth2.cid.{k}")).cloned();
        assert_eq!(kept("refresh_token"), Some(Value::from("r1")));
        assert_eq!(kept("access_token"), Some(Value::from("t2")));
    }

    #[test]
    fn code_grant_without_terminal_says_how_to_seed() {
        let mut c = config();
        c.grant = Grant::AuthorizationCode;
        let mut post = |_: &TokenRequest| answer("{}");
        let mut fetch = Fetch {
            interactive: false,
            post: &mut post,
        };
        let err = TokenStore::default()
            .token(&c, &mut VariableScope::default(), false, &mut fetch)
            .expect_err("no terminal");
        assert!(
            err.contains("--env-var postie.oauth2.cid.refresh_token=<token>"),
            "{err}"
        );
    }
}
