//! Token requests for each grant and for a refresh, and reading the token server's answer.

use super::config::{Config, ExtraParam, Grant, SendAs};
use base64::Engine;
use serde_json::Value;

/// A POST of form fields to a token endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRequest {
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub form: Vec<(String, String)>,
}

/// What a token endpoint (or an implicit redirect) gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub access: String,
    pub refresh: Option<String>,
    /// Unix time in milliseconds, from `expires_in`.
    pub expires_at: Option<u64>,
}

impl Token {
    pub fn expired(&self, now_ms: u64) -> bool {
        self.access.is_empty() || self.expires_at.is_some_and(|at| now_ms >= at)
    }
}

pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// The token request of a grant that posts to the token endpoint: `code` (and the PKCE
/// `verifier`) for the authorization code grants.
pub fn token_request(c: &Config, code: Option<&str>, verifier: Option<&str>) -> TokenRequest {
    let mut form: Vec<(String, String)> = Vec::new();
    let mut add = |k: &str, v: &str| form.push((k.to_string(), v.to_string()));
    match c.grant {
        Grant::ClientCredentials => add("grant_type", "client_credentials"),
        Grant::Password => {
            add("grant_type", "password");
            add("username", &c.username);
            add("password", &c.password);
        }
        Grant::AuthorizationCode | Grant::Pkce | Grant::Implicit => {
            add("grant_type", "authorization_code");
            add("code", code.unwrap_or_default());
            add("redirect_uri", &c.redirect_uri);
            if let Some(v) = verifier {
                add("code_verifier", v);
            }
        }
    }
    if !c.scope.is_empty() && !matches!(c.grant, Grant::AuthorizationCode | Grant::Pkce) {
        add("scope", &c.scope);
    }
    build(c, &c.access_token_url, form, &c.token_params)
}

pub fn refresh_request(c: &Config, refresh_token: &str) -> TokenRequest {
    let form = vec![
        ("grant_type".to_string(), "refresh_token".to_string()),
        ("refresh_token".to_string(), refresh_token.to_string()),
    ];
    build(c, &c.refresh_token_url, form, &c.refresh_params)
}

/// Adds the client's credentials (HTTP Basic or form fields) and the extra parameters.
fn build(
    c: &Config,
    url: &str,
    mut form: Vec<(String, String)>,
    extra: &[ExtraParam],
) -> TokenRequest {
    let mut headers = Vec::new();
    if c.basic_auth && !c.client_id.is_empty() {
        let pair = format!("{}:{}", c.client_id, c.client_secret);
        let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
        headers.push(("Authorization".to_string(), format!("Basic {encoded}")));
    } else {
        form.push(("client_id".to_string(), c.client_id.clone()));
        if !c.client_secret.is_empty() {
            form.push(("client_secret".to_string(), c.client_secret.clone()));
        }
    }
    let mut query = Vec::new();
    for p in extra {
        let pair = (p.key.clone(), p.value.clone());
        match p.send_as {
            SendAs::Body => form.push(pair),
            SendAs::Header => headers.push(pair),
            SendAs::Url => query.push(pair),
        }
    }
    TokenRequest {
        url: with_query(url, &query),
        headers,
        form,
    }
}

/// `url` with `pairs` appended to its query, percent-encoded.
pub fn with_query(url: &str, pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        return url.to_string();
    }
    let encoded = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    let joiner = if url.contains('?') { '&' } else { '?' };
    format!("{url}{joiner}{encoded}")
}

/// The token in a token endpoint's answer (JSON, or a form body as some servers send), or why
/// there is none: the URL, the status and the server's `error` / `error_description`.
pub fn read_response(url: &str, code: u16, body: &[u8]) -> Result<Token, String> {
    let fields = fields_of(body);
    let field = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let access = field("access_token").filter(|t| !t.is_empty());
    match access {
        Some(access) if (200..300).contains(&code) => Ok(Token {
            access,
            refresh: field("refresh_token").filter(|t| !t.is_empty()),
            expires_at: field("expires_in")
                .and_then(|s| s.trim().parse::<f64>().ok())
                .filter(|s| s.is_finite() && *s >= 0.0)
                .map(|s| now_ms() + (s * 1000.0) as u64),
        }),
        _ => {
            let mut reason = String::new();
            for part in [field("error"), field("error_description")]
                .into_iter()
                .flatten()
            {
                reason.push_str(if reason.is_empty() { ": " } else { " - " });
                reason.push_str(&part);
            }
            if reason.is_empty() && (200..300).contains(&code) {
                reason = ": the answer has no access_token".into();
            }
            Err(format!(
                "OAuth 2.0 token request to {url} failed: status {code}{reason}"
            ))
        }
    }
}

fn fields_of(body: &[u8]) -> Vec<(String, String)> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => map
            .into_iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k, crate::collection::model::value_to_string(&v)))
            .collect(),
        Ok(_) => Vec::new(),
        Err(_) => url::form_urlencoded::parse(body.trim_ascii())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(grant: Grant, basic: bool) -> Config {
        let mut c = crate::auth::oauth2::config::tests_support::config();
        c.grant = grant;
        c.basic_auth = basic;
        c
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn password_grant_in_the_body() {
        let r = token_request(&config(Grant::Password, false), None, None);
        assert_eq!(r.url, "http://a/token?aud=a+b");
        assert!(r.headers.is_empty());
        let expected = [
            ("grant_type", "password"),
            ("username", "u"),
            ("password", "p"),
            ("scope", "read"),
            ("client_id", "cid"),
            ("client_secret", "sec"),
        ];
        assert_eq!(r.form, pairs(&expected));
    }

    #[test]
    fn refresh_with_basic_client_auth() {
        let r = refresh_request(&config(Grant::ClientCredentials, true), "rt");
        assert_eq!(r.url, "http://a/refresh");
        assert_eq!(r.headers, pairs(&[("Authorization", "Basic Y2lkOnNlYw==")]));
        let expected = [("grant_type", "refresh_token"), ("refresh_token", "rt")];
        assert_eq!(r.form, pairs(&expected));
    }

    #[test]
    fn errors_name_url_status_and_reason() {
        let body = br#"{"error":"invalid_client","error_description":"bad secret"}"#;
        assert_eq!(
            read_response("http://a/token", 401, body),
            Err("OAuth 2.0 token request to http://a/token failed: status 401: invalid_client - bad secret".into())
        );
        let token = read_response("u", 200, b"access_token=t1&expires_in=60").expect("form");
        assert_eq!(token.access, "t1");
        assert!(token.expires_at.is_some_and(|at| at > now_ms()));
    }
}
