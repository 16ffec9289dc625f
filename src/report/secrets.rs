//! Secret masking for every report: values that must not appear in output are replaced by `********`.
//!
//! A value is secret when it is
//! - the value of a variable whose `type` is `secret` (any scope),
//! - the value of a variable whose name looks like a secret (see [`DEFAULT_SECRET_NAMES`]; more names
//!   with `--reporter-secret-names a,b`),
//! - an auth parameter that holds a credential (passwords, tokens, client secrets, API key values) in
//!   the collection, a folder or an item, after variable resolution,
//! - the credential in a sent `Authorization` header, or a header, query parameter, form field or JSON
//!   field whose name looks like a secret (in requests and responses, so a token is masked in the
//!   very response that issued it).
//!
//! The mask learns values as the run goes (from the variables after every script), so a token a test
//! script captures is masked in everything shown after it, and in every report written at the end.
//! Values shorter than [`MIN_SECRET_LEN`] characters are not masked (they would blot out ordinary text),
//! values shorter than [`WHOLE_WORD_BELOW`] only where they stand as a whole word, and the start of
//! a secret that an assertion message shortened with `…` is masked too.
//! `--reveal-secrets` turns masking off. Files written on purpose (environment write-back,
//! `--export-environment`) are not reports and keep the real values.

use super::ReportConfig;
use crate::collection::model::{value_to_string, Auth, Collection, Item};
use crate::http::PreparedRequest;
use crate::runner::events::RunEvent;
use crate::variables::{Scopes, VariableScope};
use serde_json::Value;
use std::borrow::Cow;

pub const MASK: &str = "********";

/// Shorter values are never masked.
pub const MIN_SECRET_LEN: usize = 4;

/// Values shorter than this are masked only as whole words (not inside `collection` for `coll`).
pub const WHOLE_WORD_BELOW: usize = 8;

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

/// Auth parameters that are credentials, whatever their name says.
const AUTH_SECRET_PARAMS: &[&str] = &["value", "consumerSecret", "tokenSecret", "clientToken"];

fn normalise(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '-' | '_' | '.' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}

#[derive(Debug, Clone)]
pub struct SecretMask {
    enabled: bool,
    names: Vec<String>,
    /// Longest first, no duplicates.
    values: Vec<String>,
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
            names,
            values: Vec::new(),
            templated_auth: Vec::new(),
        }
    }

    /// A mask that never masks anything.
    pub fn disabled() -> SecretMask {
        SecretMask {
            enabled: false,
            names: Vec::new(),
            values: Vec::new(),
            templated_auth: Vec::new(),
        }
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    pub fn is_secret_name(&self, name: &str) -> bool {
        let name = normalise(name);
        !name.is_empty() && self.names.iter().any(|n| name.ends_with(n.as_str()))
    }

    /// Remembers `value` (and its percent-encoded form) as secret.
    pub fn learn(&mut self, value: &str) {
        // `null`: what a variable holding null substitutes as, never a credential
        if !self.enabled || value.chars().count() < MIN_SECRET_LEN || value == "null" {
            return;
        }
        const QUERY: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
            .remove(b'-')
            .remove(b'.')
            .remove(b'_')
            .remove(b'~');
        let encoded = percent_encoding::utf8_percent_encode(value, QUERY).to_string();
        for candidate in [value.to_string(), encoded] {
            if candidate == MASK || self.values.contains(&candidate) {
                continue;
            }
            let at = self
                .values
                .iter()
                .position(|v| v.len() < candidate.len())
                .unwrap_or(self.values.len());
            self.values.insert(at, candidate);
        }
    }

    /// `text` with every known secret replaced by `********`, longest secret first.
    pub fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if !self.enabled {
            return Cow::Borrowed(text);
        }
        let mut out = Cow::Borrowed(text);
        for value in &self.values {
            if !out.contains(value.as_str()) {
                continue;
            }
            out = if value.chars().count() < WHOLE_WORD_BELOW {
                match replace_whole_words(&out, value) {
                    Some(replaced) => Cow::Owned(replaced),
                    None => out,
                }
            } else {
                Cow::Owned(out.replace(value.as_str(), MASK))
            };
        }
        if out.contains('…') {
            if let Some(cut) = self.mask_truncated(&out) {
                out = Cow::Owned(cut);
            }
        }
        out
    }

    /// Assertion messages shorten long values (`expected 'sk_live_0123…' to …`): a secret's start
    /// followed by `…` is masked too, when at least [`WHOLE_WORD_BELOW`] characters of it show.
    fn mask_truncated(&self, text: &str) -> Option<String> {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for (at, _) in text.match_indices('…') {
            let before = &text[last..at];
            let longest = self
                .values
                .iter()
                .filter_map(|value| {
                    let mut best = None;
                    for (end, c) in value.char_indices().skip(WHOLE_WORD_BELOW - 1) {
                        let prefix = &value[..end + c.len_utf8()];
                        if before.ends_with(prefix) {
                            best = Some(prefix.len());
                        }
                    }
                    best
                })
                .max();
            if let Some(len) = longest {
                out.push_str(&before[..before.len() - len]);
                out.push_str(MASK);
                last = at;
            }
        }
        (last > 0).then(|| {
            out.push_str(&text[last..]);
            out
        })
    }

    /// Bytes that are UTF-8 text are masked as text; other bytes are left alone.
    pub fn apply_bytes<'a>(&self, bytes: &'a [u8]) -> Cow<'a, [u8]> {
        if !self.enabled || self.values.is_empty() {
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

    /// Masks every string (and object key) inside a JSON value.
    pub fn apply_json(&self, value: &mut Value) {
        if !self.enabled || self.values.is_empty() {
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
                if let Cow::Owned(masked) = self.apply_bytes(&bytes) {
                    map.insert("data".into(), Value::from(masked));
                }
            }
            Value::Object(map) => {
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
            if !(self.is_secret_name(key) || AUTH_SECRET_PARAMS.contains(&key.as_str())) {
                continue;
            }
            let text = value_to_string(value);
            if text.contains("{{") {
                match scopes {
                    Some(scopes) => self.learn(&scopes.replace_in(&text)),
                    None if !self.templated_auth.iter().any(|a| a == auth) => {
                        self.templated_auth.push(auth.clone())
                    }
                    None => {}
                }
            } else {
                self.learn(&text);
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
                self.learn(&value_to_string(&var.value));
            }
        }
    }

    fn learn_named(&mut self, name: &str, value: &str) {
        // A random id per request, not a credential.
        if !self.is_secret_name(name) || name.eq_ignore_ascii_case("postman-token") {
            return;
        }
        self.learn(value);
        // "Bearer abc", "Basic dXNlcjpwYXNz": the credential alone, and a basic password.
        if !normalise(name).ends_with("authorization") {
            return;
        }
        if let Some((scheme, credential)) = value.trim().split_once(' ') {
            let credential = credential.trim();
            self.learn(credential);
            if scheme.eq_ignore_ascii_case("basic") {
                use base64::Engine;
                if let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(credential) {
                    if let Some((_, password)) = String::from_utf8_lossy(&decoded).split_once(':') {
                        self.learn(password);
                    }
                }
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
                self.learn(password);
            }
        }
        if let Some(body) = &request.body {
            self.learn_body(body);
        }
    }

    /// Secret-named fields of a JSON or URL-encoded body.
    fn learn_body(&mut self, body: &[u8]) {
        if body.len() > 4 * 1024 * 1024 {
            return;
        }
        let trimmed = body.trim_ascii_start();
        if trimmed.starts_with(b"{") || trimmed.starts_with(b"[") {
            if let Ok(value) = serde_json::from_slice::<Value>(body) {
                self.learn_json_fields(&value);
            }
        } else if let Ok(text) = std::str::from_utf8(body) {
            if text.contains('=') && !text.contains(['\n', '<']) {
                for (key, value) in url::form_urlencoded::parse(text.as_bytes()) {
                    self.learn_named(&key, &value);
                }
            }
        }
    }

    fn learn_json_fields(&mut self, value: &Value) {
        match value {
            Value::Object(map) => {
                for (key, value) in map {
                    match value {
                        Value::String(s) if self.is_secret_name(key) => self.learn_named(key, s),
                        Value::Object(_) | Value::Array(_) => self.learn_json_fields(value),
                        _ => {}
                    }
                }
            }
            Value::Array(list) => list.iter().for_each(|v| self.learn_json_fields(v)),
            _ => {}
        }
    }
}

/// `text` with each occurrence of `value` that is not part of a longer word masked; None when none is.
fn replace_whole_words(text: &str, value: &str) -> Option<String> {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut changed = false;
    for (at, _) in text.match_indices(value) {
        if at < last {
            continue;
        }
        let before = text[..at].chars().next_back();
        let after = text[at + value.len()..].chars().next();
        if is_word(before) || is_word(after) {
            continue;
        }
        out.push_str(&text[last..at]);
        out.push_str(MASK);
        last = at + value.len();
        changed = true;
    }
    changed.then(|| {
        out.push_str(&text[last..]);
        out
    })
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
    }
    pub fn learn_header_for_test(&mut self, name: &str, value: &str) {
        self.learn_named(name, value);
    }
}
