//! Secret masking for every report: values that must not appear in output are replaced by `********`.
//!
//! A value is secret when it is
//! - the value of a variable whose `type` is `secret` (any scope),
//! - the value of a variable whose name looks like a secret (see [`DEFAULT_SECRET_NAMES`]; more names
//!   with `--reporter-secret-names a,b`), such as a token a test script captures,
//! - an auth parameter that holds a credential (passwords, tokens, client secrets, API key values) in
//!   the collection, a folder or an item, after variable resolution,
//! - the credential in a sent `Authorization` header (not the scheme, nor a signature's parameter
//!   list), or a header, query parameter, form or JSON body field whose name looks like a secret
//!   (in requests and responses, so a token is masked in the very response that issued it; bodies
//!   over [`LEARN_BODY_MAX`] bytes are not read for this).
//!
//! Only values worth masking count (see [`worth_masking`]): at least [`MIN_SECRET_LEN`] characters,
//! not a plain short word or number, not a placeholder such as `YOUR_TOKEN_HERE`, never `{{…}}`
//! template text. A value is masked only where it stands as a whole occurrence, never inside a
//! `{{…}}` template. Auth blocks shown in reports (the JSON report's collection and requests) also
//! have their credential parameters masked in place, the basic-auth username among them.
//!
//! The mask learns values as the run goes (from the variables after every script), so a token a test
//! script captures is masked in everything shown after it, and in every report written at the end.
//! `--reveal-secrets` turns masking off. Files written on purpose (environment write-back,
//! `--export-environment`) are not reports and keep the real values.
//!
//! Files: this one decides what is a secret ([`SecretMask`]); `matcher.rs` finds the learned values
//! in text; `sharing.rs` shares one mask between the run's reporters ([`MaskLearner`],
//! [`MaskHandle`], [`MaskingWriter`]).

mod json_fields;
mod matcher;
mod sharing;

use super::ReportConfig;
use crate::collection::model::{value_to_string, Auth, Collection, Item};
use crate::http::PreparedRequest;
use crate::runner::events::RunEvent;
use crate::variables::{Scopes, VariableScope};
use matcher::SecretMatcher;
pub use matcher::MASK;
use serde_json::Value;
pub use sharing::{MaskHandle, MaskLearner, MaskingWriter, SharedMask};
use std::borrow::Cow;

/// Shorter values are never masked.
pub const MIN_SECRET_LEN: usize = 5;

/// A value of only letters and word separators (`-`, `_`, `.`, space) shorter than this is a word
/// or phrase (`password`, `invalidToken`, `wrong-password`), not masked: masking it would blot out
/// the same word everywhere in the report.
const WORDS_BELOW: usize = 16;

/// A value of only digits shorter than this is a number, not masked.
const NUMBER_BELOW: usize = 10;

/// Bodies longer than this are not searched for secret-named fields: learning costs nothing for
/// the large bodies that no reporter prints.
const LEARN_BODY_MAX: usize = 64 * 1024;

/// Variable, header, field and parameter names treated as secret. A name matches when, lower-cased
/// and without `-`, `_`, `.` and spaces, it ends with one of these (so `adminPassword`,
/// `refresh_token`, `X-Api-Key` and `pipe_token` match, `token_type` does not).
pub const DEFAULT_SECRET_NAMES: &[&str] = &[
    "token",
    "password",
    "passwd",
    "pwd",
    "secret",
    "apikey",
    "authorization",
    "session",
    "sessionid",
    "privatekey",
    "secretkey",
    "authkey",
    "credentials",
];

/// The header Newman adds to every request: a random id, not a credential, though its name ends
/// in "token". Never learned from.
const REQUEST_ID: &str = "postman-token";

/// The length of `"postman-token"` (any case, quotes included) when `text` starts with it.
fn request_id_key_at(text: &[u8]) -> Option<usize> {
    let len = REQUEST_ID.len() + 2;
    let key = text.get(..len)?;
    let quoted = key[0] == b'"' && key[len - 1] == b'"';
    (quoted && key[1..len - 1].eq_ignore_ascii_case(REQUEST_ID.as_bytes())).then_some(len)
}

/// Auth parameters that are credentials, whatever their name says.
const AUTH_SECRET_PARAMS: &[&str] = &["value", "consumerSecret", "tokenSecret", "clientToken"];

/// `Authorization` schemes whose credential is a parameter list with a signature, not a secret.
const SIGNATURE_SCHEMES: &[&str] = &["digest", "oauth", "hawk", "eg1-hmac-sha256", "ntlm"];

/// `normalise(name).ends_with(suffix)` for an ASCII name, without allocating.
fn ascii_ends_with_name(name: &str, suffix: &str) -> bool {
    let mut kept = name
        .bytes()
        .rev()
        .filter(|&b| !is_separator(char::from(b)))
        .map(|b| b.to_ascii_lowercase());
    suffix.bytes().rev().all(|s| kept.next() == Some(s))
}

/// Finds any of `names` (normalised) in ASCII text, ignoring case; none when a name is not ASCII.
fn name_finder(names: &[String]) -> Option<aho_corasick::AhoCorasick> {
    if !names.iter().all(|n| n.is_ascii()) {
        return None;
    }
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(names)
        .ok()
}

fn normalise(name: &str) -> String {
    name.chars()
        .filter(|&c| !is_separator(c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether masking `value` hides a secret rather than ordinary text: long enough, not a word,
/// phrase or number, not template text, not a placeholder.
pub fn worth_masking(value: &str) -> bool {
    let len = value.chars().count();
    let words = value.chars().all(|c| c.is_alphabetic() || is_separator(c));
    let number = value.chars().all(|c| c.is_ascii_digit());
    let ordinary = len < MIN_SECRET_LEN
        || (words && len < WORDS_BELOW)
        || (number && len < NUMBER_BELOW)
        || value.contains("{{");
    !ordinary && !is_placeholder(value)
}

/// `Bearer abc` stored in a variable: the scheme is not part of the secret.
fn without_scheme(value: &str) -> &str {
    match value.split_once(' ') {
        Some((scheme, credential))
            if ["bearer", "basic", "token"].contains(&scheme.to_ascii_lowercase().as_str()) =>
        {
            credential.trim()
        }
        _ => value,
    }
}

/// The characters a secret name may have between its words (`api-key`, `API_KEY`, `api.key`).
fn is_separator(c: char) -> bool {
    matches!(c, '-' | '_' | '.' | ' ')
}

/// `YOUR_TOKEN_HERE`, `MUST-BE-SET`, `Your access token`, `baseToken_example`, `<api-key>`, `{secretKey}`,
/// `sample-token-12345`, `xxxxxx`, `00000000-0000-0000-0000-000000000000`.
fn is_placeholder(value: &str) -> bool {
    let lower = value.to_lowercase();
    let screaming = value.contains(is_separator)
        && value
            .chars()
            .all(|c| c.is_ascii_uppercase() || is_separator(c));
    let mut significant = value.chars().filter(|c| !is_separator(*c));
    let first = significant.next();
    let repeated = significant.all(|c| Some(c) == first);
    let wrapped = [('<', '>'), ('{', '}'), ('[', ']')]
        .iter()
        .any(|(open, close)| value.starts_with(*open) && value.ends_with(*close));
    lower.starts_with("your")
        || [
            "example",
            "placeholder",
            "changeme",
            "change_me",
            "replace_me",
            "sample",
            "dummy",
        ]
        .iter()
        .any(|word| lower.contains(word))
        || wrapped
        || screaming
        || repeated
}

#[derive(Debug, Clone)]
pub struct SecretMask {
    enabled: bool,
    names: Vec<String>,
    /// The names, to skip bodies that cannot hold a secret-named field without parsing them.
    name_finder: Option<aho_corasick::AhoCorasick>,
    matcher: SecretMatcher,
    /// Auth blocks of the collection whose parameters use variables, resolved again at every step.
    templated_auth: Vec<Auth>,
}

impl SecretMask {
    pub fn new(config: &ReportConfig) -> SecretMask {
        let mut names: Vec<String> = DEFAULT_SECRET_NAMES.iter().map(|n| n.to_string()).collect();
        if let Some(extra) = config.option("secret", "names") {
            names.extend(extra.split(',').map(normalise).filter(|n| !n.is_empty()));
        }
        SecretMask {
            enabled: !config.reveal_secrets,
            name_finder: name_finder(&names),
            names,
            matcher: SecretMatcher::default(),
            templated_auth: Vec::new(),
        }
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    pub fn is_secret_name(&self, name: &str) -> bool {
        if name.is_ascii() {
            // The name's last letters, separators dropped and lower-cased, last first.
            let mut tail = [0u8; 32];
            let mut kept = 0;
            for b in name.bytes().rev() {
                if kept == tail.len() {
                    break;
                }
                if !is_separator(char::from(b)) {
                    tail[kept] = b.to_ascii_lowercase();
                    kept += 1;
                }
            }
            return self.names.iter().any(|n| match tail.get(..n.len()) {
                Some(end) if n.len() <= kept => n.bytes().rev().eq(end.iter().copied()),
                _ => kept == tail.len() && ascii_ends_with_name(name, n),
            });
        }
        let name = normalise(name);
        !name.is_empty() && self.names.iter().any(|n| name.ends_with(n.as_str()))
    }

    /// Whether a field in `body` may have a secret name; false only when no key in it can
    /// (an ASCII body in which no name shows once separators are dropped and [`REQUEST_ID`]
    /// keys, never learned from, are left out: echo services send it back). Only escapes that
    /// can spell a letter hide a name: `\u` in JSON, `%` and `+` in a form body.
    fn may_name_a_secret(&self, body: &[u8], json: bool) -> bool {
        let Some(finder) = &self.name_finder else {
            return true;
        };
        let escaped = if json {
            body.windows(2).any(|w| w == b"\\u")
        } else {
            body.iter().any(|b| matches!(b, b'%' | b'+'))
        };
        if !body.is_ascii() || escaped {
            return true;
        }
        let mut joined = Vec::with_capacity(body.len());
        let mut at = 0;
        while let Some(&b) = body.get(at) {
            if let Some(key_len) = (b == b'"')
                .then(|| request_id_key_at(&body[at..]))
                .flatten()
            {
                at += key_len;
                continue;
            }
            if !is_separator(char::from(b)) {
                joined.push(b);
            }
            at += 1;
        }
        finder.is_match(&joined)
    }

    /// Remembers `value` (and its percent-encoded form) as secret, when it is worth masking.
    #[cfg(test)]
    pub fn learn(&mut self, value: &str) {
        self.remember(value);
        self.matcher.rebuild();
    }

    /// [`SecretMask::learn`] without rebuilding the matcher (callers rebuild once at the end).
    fn remember(&mut self, value: &str) {
        let value = without_scheme(value.trim());
        if !self.enabled || self.matcher.contains(value) || !worth_masking(value) {
            return;
        }
        const QUERY: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
            .remove(b'-')
            .remove(b'.')
            .remove(b'_')
            .remove(b'~');
        let encoded = percent_encoding::utf8_percent_encode(value, QUERY).to_string();
        self.matcher.insert(value.to_string());
        self.matcher.insert(encoded);
    }

    /// `text` with every whole occurrence of a known secret replaced by `********`.
    pub fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if !self.enabled {
            return Cow::Borrowed(text);
        }
        self.matcher.apply(text)
    }

    /// Bytes that are UTF-8 text are masked as text; other bytes are left alone.
    pub fn apply_bytes<'a>(&self, bytes: &'a [u8]) -> Cow<'a, [u8]> {
        if !self.enabled || self.matcher.is_empty() {
            return Cow::Borrowed(bytes);
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => match self.apply(text) {
                Cow::Borrowed(_) => Cow::Borrowed(bytes),
                Cow::Owned(masked) => Cow::Owned(masked.into_bytes()),
            },
            Err(_) => Cow::Borrowed(bytes),
        }
    }

    /// Masks every string (and object key) inside a JSON value, and the credentials of every
    /// auth block in it.
    pub fn apply_json(&self, value: &mut Value) {
        if !self.enabled {
            return;
        }
        match value {
            Value::String(s) => {
                if let Cow::Owned(masked) = self.apply(s) {
                    *s = masked;
                }
            }
            Value::Array(list) => list.iter_mut().for_each(|v| self.apply_json(v)),
            Value::Object(map) if is_buffer(map) => {
                if let Some(masked) = self.masked_buffer(map) {
                    map.insert("data".into(), Value::from(masked));
                }
            }
            Value::Object(map) => {
                self.mask_auth_block(map);
                let needs_key_change = map.keys().any(|k| matches!(self.apply(k), Cow::Owned(_)));
                if needs_key_change {
                    let old = std::mem::take(map);
                    for (k, mut v) in old {
                        self.apply_json(&mut v);
                        map.insert(self.apply(&k).into_owned(), v);
                    }
                } else {
                    map.values_mut().for_each(|v| self.apply_json(v));
                }
            }
            _ => {}
        }
    }

    /// Whether [`SecretMask::apply_json`] would change anything in `value` (so a shared value
    /// need not be copied to be masked).
    pub fn changes_json(&self, value: &Value) -> bool {
        if !self.enabled {
            return false;
        }
        let changes = |text: &str| matches!(self.apply(text), Cow::Owned(_));
        match value {
            Value::String(s) => changes(s),
            Value::Array(list) => list.iter().any(|v| self.changes_json(v)),
            Value::Object(map) if is_buffer(map) => self.masked_buffer(map).is_some(),
            Value::Object(map) => {
                self.auth_block_credentials(map).next().is_some()
                    || map.iter().any(|(k, v)| changes(k) || self.changes_json(v))
            }
            _ => false,
        }
    }

    /// The bytes of a `Buffer.toJSON()` object, masked; `None` when masking leaves them as they are.
    fn masked_buffer(&self, map: &serde_json::Map<String, Value>) -> Option<Vec<u8>> {
        if self.matcher.is_empty() {
            return None;
        }
        let bytes: Vec<u8> = map
            .get("data")
            .and_then(Value::as_array)
            .map(|data| {
                data.iter()
                    .filter_map(|b| b.as_u64())
                    .map(|b| b as u8)
                    .collect()
            })
            .unwrap_or_default();
        match self.apply_bytes(&bytes) {
            Cow::Owned(masked) => Some(masked),
            Cow::Borrowed(_) => None,
        }
    }

    /// In an auth block (`{"type": "basic", "basic": [{"key": "username", "value": …}, …]}`),
    /// credential parameters and the username show as `********`.
    fn mask_auth_block(&self, map: &mut serde_json::Map<String, Value>) {
        let shown: Vec<usize> = self.auth_block_credentials(map).collect();
        if shown.is_empty() {
            return;
        }
        let Some(kind) = map.get("type").and_then(Value::as_str).map(str::to_string) else {
            return;
        };
        let Some(Value::Array(params)) = map.get_mut(&kind) else {
            return;
        };
        for at in shown {
            if let Some(param) = params.get_mut(at).and_then(Value::as_object_mut) {
                param.insert("value".into(), Value::from(MASK));
            }
        }
    }

    /// Where an auth block (`{type, <type>: [{key, value}…]}`) shows a credential in clear.
    fn auth_block_credentials<'a>(
        &'a self,
        map: &'a serde_json::Map<String, Value>,
    ) -> impl Iterator<Item = usize> + 'a {
        let kind = map.get("type").and_then(Value::as_str);
        let params = kind.and_then(|k| map.get(k)).and_then(Value::as_array);
        params
            .into_iter()
            .flatten()
            .enumerate()
            .filter_map(|(at, param)| {
                let param = param.as_object()?;
                let credential = param
                    .get("key")
                    .and_then(Value::as_str)
                    .is_some_and(|key| key == "username" || self.is_auth_credential(key));
                let shown = param.get("value").and_then(Value::as_str).is_some_and(|v| {
                    !v.is_empty() && v != MASK && !v.contains("{{") && !is_placeholder(v)
                });
                (credential && shown).then_some(at)
            })
    }

    fn is_auth_credential(&self, key: &str) -> bool {
        self.is_secret_name(key) || AUTH_SECRET_PARAMS.contains(&key)
    }

    /// Learns whatever secrets the event shows.
    pub fn observe(&mut self, event: &RunEvent<'_>) {
        if !self.enabled {
            return;
        }
        match event {
            RunEvent::Start { collection, .. } => self.learn_collection(collection),
            RunEvent::ItemStart { item, scopes, .. } => {
                if let Some(auth) = &item.item.request.auth {
                    self.learn_auth(auth, Some(scopes));
                }
                self.learn_scopes(scopes);
            }
            RunEvent::Script { scopes, .. } => self.learn_scopes(scopes),
            RunEvent::Request {
                request, response, ..
            } => {
                self.learn_request(request);
                // So a token is masked in the very response that issued it.
                if let Ok(response) = response {
                    for (key, value) in &response.headers {
                        self.learn_named(key, value);
                    }
                    self.learn_body(&response.body);
                }
            }
            RunEvent::Done {
                environment,
                globals,
                collection_variables,
                ..
            } => {
                for scope in [*environment, *globals, *collection_variables] {
                    self.learn_scope(scope);
                }
            }
            _ => {}
        }
        self.matcher.rebuild();
    }

    fn learn_collection(&mut self, collection: &Collection) {
        for variable in &collection.variables {
            let scope = VariableScope::from_variables(std::slice::from_ref(variable));
            self.learn_scope(&scope);
        }
        if let Some(auth) = &collection.auth {
            self.learn_auth(auth, None);
        }
        fn walk(mask: &mut SecretMask, items: &[Item]) {
            for item in items {
                match item {
                    Item::Folder(folder) => {
                        if let Some(auth) = &folder.auth {
                            mask.learn_auth(auth, None);
                        }
                        walk(mask, &folder.items);
                    }
                    Item::Request(request) => {
                        if let Some(auth) = &request.request.auth {
                            mask.learn_auth(auth, None);
                        }
                    }
                }
            }
        }
        walk(self, &collection.items);
    }

    /// Learns an auth block's credentials; with no scopes, a templated block is kept to be
    /// resolved at every later step.
    fn learn_auth(&mut self, auth: &Auth, scopes: Option<&Scopes>) {
        for (key, value) in &auth.params {
            if !self.is_auth_credential(key) {
                continue;
            }
            let text = value_to_string(value);
            if text.contains("{{") {
                match scopes {
                    Some(scopes) => self.remember(&scopes.replace_in(&text)),
                    None if !self.templated_auth.iter().any(|a| a == auth) => {
                        self.templated_auth.push(auth.clone())
                    }
                    None => {}
                }
            } else {
                self.remember(&text);
            }
        }
    }

    fn learn_scopes(&mut self, scopes: &Scopes) {
        for scope in [
            &scopes.globals,
            &scopes.environment,
            &scopes.collection,
            &scopes.data,
            &scopes.local,
        ] {
            self.learn_scope(scope);
        }
        for auth in std::mem::take(&mut self.templated_auth) {
            self.learn_auth(&auth, Some(scopes));
            self.templated_auth.push(auth);
        }
    }

    fn learn_scope(&mut self, scope: &VariableScope) {
        for var in &scope.vars {
            if var.kind.as_deref() == Some("secret") || self.is_secret_name(&var.key) {
                self.remember(&value_to_string(&var.value));
            }
        }
    }

    fn learn_named(&mut self, name: &str, value: &str) {
        if !self.is_secret_name(name) || name.eq_ignore_ascii_case(REQUEST_ID) {
            return;
        }
        if !normalise(name).ends_with("authorization") {
            self.remember(value);
            return;
        }
        // "Bearer abc", "Basic dXNlcjpwYXNz": the credential alone, and a basic password; a bare
        // API key whole. Not the scheme, nor a signed scheme's parameter list.
        let Some((scheme, credential)) = value.trim().split_once(' ') else {
            self.remember(value);
            return;
        };
        let credential = credential.trim();
        let signed = SIGNATURE_SCHEMES.contains(&scheme.to_ascii_lowercase().as_str())
            || scheme.to_ascii_lowercase().starts_with("aws4-")
            || credential.contains([' ', ',']);
        if signed {
            return;
        }
        if !scheme.eq_ignore_ascii_case("basic") {
            self.remember(credential);
            return;
        }
        // `user:password` in base64: a secret when the password is one.
        use base64::Engine;
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(credential)
            .unwrap_or_default();
        if let Some((_, password)) = String::from_utf8_lossy(&decoded).split_once(':') {
            if worth_masking(password) {
                self.remember(password);
                self.remember(credential);
            }
        }
    }

    fn learn_request(&mut self, request: &PreparedRequest) {
        for header in &request.headers {
            self.learn_named(&header.key, &header.value);
        }
        if let Ok(url) = url::Url::parse(&request.url) {
            for (key, value) in url.query_pairs() {
                self.learn_named(&key, &value);
            }
            if let Some(password) = url.password() {
                self.remember(password);
            }
        }
        if let Some(body) = &request.body {
            self.learn_body(body);
        }
    }

    /// Secret-named fields of a JSON or URL-encoded body.
    fn learn_body(&mut self, body: &[u8]) {
        let json = looks_like_json(body);
        if body.len() > LEARN_BODY_MAX || !self.may_name_a_secret(body, json) {
            return;
        }
        if json {
            for (name, value) in json_fields::secret_fields(self, body).unwrap_or_default() {
                self.learn_named(&name, &value);
            }
        } else if let Ok(text) = std::str::from_utf8(body) {
            if text.contains('=') && !text.contains(['\n', '<']) {
                for (key, value) in url::form_urlencoded::parse(text.as_bytes()) {
                    self.learn_named(&key, &value);
                }
            }
        }
    }
}

/// A body read as JSON for its secret-named fields (else as a form, if anything).
fn looks_like_json(body: &[u8]) -> bool {
    let trimmed = body.trim_ascii_start();
    trimmed.starts_with(b"{") || trimmed.starts_with(b"[")
}

/// Node's `Buffer.toJSON()` shape, `{type: "Buffer", data: [bytes]}`.
fn is_buffer(map: &serde_json::Map<String, Value>) -> bool {
    map.len() == 2
        && map.get("type").and_then(Value::as_str) == Some("Buffer")
        && map.get("data").is_some_and(Value::is_array)
}

#[cfg(test)]
impl SecretMask {
    pub fn learn_body_for_test(&mut self, body: &[u8]) {
        self.learn_body(body);
        self.matcher.rebuild();
    }
    pub fn reads_body_for_test(&self, body: &[u8]) -> bool {
        self.may_name_a_secret(body, looks_like_json(body))
    }
    pub fn learn_header_for_test(&mut self, name: &str, value: &str) {
        self.learn_named(name, value);
        self.matcher.rebuild();
    }
}
