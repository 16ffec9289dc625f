//! The oauth2 auth block as Postman stores it, read for getting a token: grant, endpoints,
//! client, extra parameters. Values arrive with their `{{…}}` already resolved.

use crate::auth::ResolvedAuth;
use crate::collection::model::value_to_string;
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grant {
    ClientCredentials,
    Password,
    AuthorizationCode,
    Pkce,
    Implicit,
}

impl Grant {
    /// A grant that needs a person to sign in in a browser.
    pub fn needs_user(self) -> bool {
        matches!(
            self,
            Grant::AuthorizationCode | Grant::Pkce | Grant::Implicit
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            Grant::ClientCredentials => "client_credentials",
            Grant::Password => "password_credentials",
            Grant::AuthorizationCode => "authorization_code",
            Grant::Pkce => "authorization_code_with_pkce",
            Grant::Implicit => "implicit",
        }
    }
}

/// Where an extra token or refresh parameter goes (`send_as`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SendAs {
    Body,
    Header,
    Url,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ExtraParam {
    pub key: String,
    pub value: String,
    pub send_as: SendAs,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Config {
    pub grant: Grant,
    pub access_token_url: String,
    pub auth_url: String,
    /// `refreshTokenUrl`, else the access token URL.
    pub refresh_token_url: String,
    pub client_id: String,
    pub client_secret: String,
    pub scope: String,
    pub username: String,
    pub password: String,
    /// `client_authentication` `header` (HTTP Basic, the default) rather than `body`.
    pub basic_auth: bool,
    pub redirect_uri: String,
    pub state: String,
    pub code_verifier: String,
    /// `challengeAlgorithm` `S256` (the default) rather than `plain`.
    pub challenge_s256: bool,
    pub token_name: String,
    pub token_params: Vec<ExtraParam>,
    pub refresh_params: Vec<ExtraParam>,
}

/// Where postie keeps a configuration's token in the environment: `postie.oauth2.<name>.`
/// followed by `access_token`, `refresh_token` or `expires_at`.
pub const ENV_PREFIX: &str = "postie.oauth2.";

impl Config {
    /// The block's settings, `None` when it says nowhere to get a token from (no access token
    /// URL, nor an authorization URL for the implicit grant): then only Newman's behaviour applies.
    pub fn read(auth: &ResolvedAuth) -> Option<Config> {
        let grant = match auth.text("grant_type").as_str() {
            "client_credentials" => Grant::ClientCredentials,
            "password_credentials" | "password" => Grant::Password,
            "authorization_code_with_pkce" => Grant::Pkce,
            "implicit" => Grant::Implicit,
            _ => Grant::AuthorizationCode,
        };
        let access_token_url = auth.text("accessTokenUrl").trim().to_string();
        let auth_url = auth.text("authUrl").trim().to_string();
        let usable = match grant {
            Grant::Implicit => !auth_url.is_empty(),
            _ => !access_token_url.is_empty(),
        };
        if !usable {
            return None;
        }
        let refresh_token_url = Some(auth.text("refreshTokenUrl").trim().to_string())
            .filter(|u| !u.is_empty())
            .unwrap_or_else(|| access_token_url.clone());
        Some(Config {
            grant,
            access_token_url,
            auth_url,
            refresh_token_url,
            client_id: auth.text("clientId"),
            client_secret: auth.text("clientSecret"),
            scope: auth.text("scope"),
            username: auth.text("username"),
            password: auth.text("password"),
            basic_auth: auth.text("client_authentication") != "body",
            redirect_uri: auth.text("redirect_uri"),
            state: auth.text("state"),
            code_verifier: auth.text("code_verifier"),
            challenge_s256: !auth
                .text("challengeAlgorithm")
                .eq_ignore_ascii_case("plain"),
            token_name: auth.text("tokenName"),
            token_params: extra_params(auth.raw("tokenRequestParams")),
            refresh_params: extra_params(auth.raw("refreshRequestParams")),
        })
    }

    /// The environment name of one of the token's parts (`access_token`, `refresh_token`,
    /// `expires_at`): `postie.oauth2.<tokenName, else clientId, else "token">.<part>`.
    pub fn env_name(&self, part: &str) -> String {
        let name = [&self.token_name, &self.client_id]
            .into_iter()
            .map(|s| s.trim())
            .find(|s| !s.is_empty())
            .unwrap_or("token");
        format!("{ENV_PREFIX}{name}.{part}")
    }
}

/// `[{key, value, enabled, send_as: request_body|request_header|request_url}]`; disabled and
/// nameless entries are left out.
fn extra_params(raw: Option<&Value>) -> Vec<ExtraParam> {
    let Some(Value::Array(list)) = raw else {
        return Vec::new();
    };
    list.iter()
        .filter(|p| p.get("enabled") != Some(&Value::Bool(false)))
        .filter_map(|p| {
            let key = p.get("key").map(value_to_string).unwrap_or_default();
            let value = p.get("value").map(value_to_string).unwrap_or_default();
            let send_as = match p.get("send_as").and_then(Value::as_str) {
                Some("request_header") => SendAs::Header,
                Some("request_url") => SendAs::Url,
                _ => SendAs::Body,
            };
            (!key.is_empty()).then_some(ExtraParam {
                key,
                value,
                send_as,
            })
        })
        .collect()
}

#[cfg(test)]
pub mod tests_support {
    use super::*;

    pub fn config() -> Config {
        Config {
            grant: Grant::ClientCredentials,
            access_token_url: "http://a/token".into(),
            auth_url: String::new(),
            refresh_token_url: "http://a/refresh".into(),
            client_id: "cid".into(),
            client_secret: "sec".into(),
            scope: "read".into(),
            username: "u".into(),
            password: "p".into(),
            basic_auth: true,
            redirect_uri: "http://127.0.0.1:1/cb".into(),
            state: String::new(),
            code_verifier: String::new(),
            challenge_s256: true,
            token_name: String::new(),
            token_params: vec![ExtraParam {
                key: "aud".into(),
                value: "a b".into(),
                send_as: SendAs::Url,
            }],
            refresh_params: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn auth(params: Value) -> ResolvedAuth {
        let params = params
            .as_object()
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        ResolvedAuth {
            kind: "oauth2".into(),
            params,
        }
    }

    #[test]
    fn reads_postman_fields() {
        let c = Config::read(&auth(json!({
            "grant_type": "password_credentials",
            "accessTokenUrl": " http://a/token ",
            "client_authentication": "body",
            "challengeAlgorithm": "plain",
            "tokenName": "api",
            "tokenRequestParams": [
                {"key": "audience", "value": "x", "send_as": "request_url"},
                {"key": "h", "value": "1", "send_as": "request_header"},
                {"key": "off", "value": "1", "enabled": false},
                {"key": "b", "value": 2}
            ]
        })))
        .expect("usable");
        assert_eq!(c.grant, Grant::Password);
        assert_eq!(c.access_token_url, "http://a/token");
        assert_eq!(c.refresh_token_url, "http://a/token");
        assert!(!c.basic_auth && !c.challenge_s256);
        let sends: Vec<_> = c
            .token_params
            .iter()
            .map(|p| (p.key.as_str(), p.value.as_str(), p.send_as))
            .collect();
        assert_eq!(
            sends,
            [
                ("audience", "x", SendAs::Url),
                ("h", "1", SendAs::Header),
                ("b", "2", SendAs::Body)
            ]
        );
        assert_eq!(c.env_name("access_token"), "postie.oauth2.api.access_token");
    }

    #[test]
    fn nothing_to_fetch_from() {
        assert!(Config::read(&auth(json!({"accessToken": ""}))).is_none());
        assert!(Config::read(&auth(
            json!({"grant_type": "implicit", "accessTokenUrl": "x"})
        ))
        .is_none());
        let c = Config::read(&auth(json!({"accessTokenUrl": "u", "clientId": "cid"})));
        assert_eq!(
            c.map(|c| c.env_name("expires_at")).as_deref(),
            Some("postie.oauth2.cid.expires_at")
        );
    }
}
