//! The Postman collection v2.0/v2.1 data model, as Postman exports it.
//!
//! Deserialisation is lenient in the ways Postman's own SDK is: a request may be a plain URL
//! string, a URL may be a string or an object, headers may be a list or a header block string,
//! auth parameters may be a v2.1 list or a v2.0 object. Unknown fields are ignored.
//! Every type serialises back to v2.1 JSON (used by scripts, reports and `--export-collection`).

use super::lenient::Shape;
pub use crate::variables::value_to_string;
use crate::variables::{Var, VariableScope};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Collection {
    #[serde(default)]
    pub info: Info,
    #[serde(default, rename = "item")]
    pub items: Vec<Item>,
    #[serde(default, rename = "event", skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    #[serde(default, rename = "variable", skip_serializing_if = "Vec::is_empty")]
    pub variables: Vec<Variable>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "auth_opt"
    )]
    pub auth: Option<Auth>,
    #[serde(
        default,
        rename = "protocolProfileBehavior",
        skip_serializing_if = "Option::is_none"
    )]
    pub protocol_profile_behavior: Option<ProtocolProfileBehavior>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Info {
    #[serde(
        default,
        rename = "_postman_id",
        skip_serializing_if = "String::is_empty"
    )]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Box<Value>>,
    #[serde(default)]
    pub schema: String,
}

/// A folder (has a list of `item`s) or a request item, read in one pass by `item_fields.rs`.
/// Boxed: a collection holds thousands of items, and an item is mostly empty optional parts.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Item {
    Folder(Box<Folder>),
    Request(Box<RequestItem>),
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Folder {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    #[serde(default, deserialize_with = "string_lenient")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Box<Value>>,
    #[serde(default, rename = "item")]
    pub items: Vec<Item>,
    #[serde(default, rename = "event", skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "auth_opt"
    )]
    pub auth: Option<Auth>,
    #[serde(default, rename = "variable", skip_serializing_if = "Vec::is_empty")]
    pub variables: Vec<Variable>,
    #[serde(
        default,
        rename = "protocolProfileBehavior",
        skip_serializing_if = "Option::is_none"
    )]
    pub protocol_profile_behavior: Option<ProtocolProfileBehavior>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct RequestItem {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    #[serde(default, deserialize_with = "string_lenient")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Box<Value>>,
    #[serde(default)]
    pub request: Request,
    /// Saved examples. Kept as JSON: only the mock server and reports read them.
    #[serde(default, rename = "response", skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<Value>,
    #[serde(default, rename = "event", skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    #[serde(default, rename = "variable", skip_serializing_if = "Vec::is_empty")]
    pub variables: Vec<Variable>,
    #[serde(
        default,
        rename = "protocolProfileBehavior",
        skip_serializing_if = "Option::is_none"
    )]
    pub protocol_profile_behavior: Option<ProtocolProfileBehavior>,
}

/// A request. Deserialises from a full object or from a plain URL string (then a GET).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(from = "RequestRepr")]
pub struct Request {
    pub url: Url,
    pub method: String,
    #[serde(rename = "header")]
    pub headers: Vec<Header>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<Box<Body>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth: Option<Auth>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Box<Value>>,
}

impl Default for Request {
    fn default() -> Self {
        Request {
            url: Url::default(),
            method: "GET".into(),
            headers: Vec::new(),
            body: None,
            auth: None,
            description: None,
        }
    }
}

#[allow(clippy::large_enum_variant)]
enum RequestRepr {
    Plain(String),
    Full(RequestFull),
}

/// By the JSON type, reading the object once (an untagged enum would buffer the whole request
/// first, body included).
impl<'de> Deserialize<'de> for RequestRepr {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Repr;
        impl<'de> serde::de::Visitor<'de> for Repr {
            type Value = RequestRepr;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a request object or a URL string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RequestRepr, E> {
                Ok(RequestRepr::Plain(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<RequestRepr, A::Error> {
                RequestFull::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(RequestRepr::Full)
            }
        }
        d.deserialize_any(Repr)
    }
}

#[derive(Deserialize)]
struct RequestFull {
    #[serde(default)]
    url: Url,
    #[serde(default)]
    method: Option<String>,
    #[serde(default, rename = "header", deserialize_with = "headers_lenient")]
    headers: Vec<Header>,
    #[serde(default, deserialize_with = "body_opt")]
    body: Option<Body>,
    #[serde(default, deserialize_with = "auth_opt")]
    auth: Option<Auth>,
    #[serde(default)]
    description: Option<Box<Value>>,
}

impl From<RequestRepr> for Request {
    fn from(r: RequestRepr) -> Self {
        match r {
            RequestRepr::Plain(s) => Request {
                url: Url::from_raw(&s),
                ..Request::default()
            },
            RequestRepr::Full(f) => Request {
                url: f.url,
                method: f
                    .method
                    .filter(|m| !m.is_empty())
                    .unwrap_or_else(|| "GET".into()),
                headers: f.headers,
                body: f.body.map(Box::new),
                auth: f.auth,
                description: f.description,
            },
        }
    }
}

/// A URL as Postman stores it. When `host` or `path` are present they are what is sent
/// (Postman rebuilds the URL from its parts); otherwise `raw` is parsed.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "UrlRepr")]
pub struct Url {
    pub raw: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub query: Vec<QueryParam>,
    #[serde(rename = "variable", skip_serializing_if = "Vec::is_empty")]
    pub variables: Vec<Variable>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
}

impl Url {
    /// A URL known only by its raw text; parts are derived later by `request_text::url`.
    pub fn from_raw(raw: &str) -> Url {
        Url {
            raw: raw.to_string(),
            ..Url::default()
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum UrlRepr {
    Plain(String),
    Full(UrlFull),
    Other(serde::de::IgnoredAny),
}

#[derive(Deserialize)]
struct UrlFull {
    #[serde(default, deserialize_with = "string_lenient")]
    raw: String,
    #[serde(default)]
    protocol: Option<String>,
    #[serde(default, deserialize_with = "segments_opt")]
    host: Option<Vec<String>>,
    #[serde(default, deserialize_with = "string_opt_lenient")]
    port: Option<String>,
    #[serde(default, deserialize_with = "segments_opt")]
    path: Option<Vec<String>>,
    #[serde(default, deserialize_with = "list_lenient")]
    query: Vec<QueryParam>,
    #[serde(default, rename = "variable", deserialize_with = "list_lenient")]
    variables: Vec<Variable>,
    #[serde(default)]
    hash: Option<String>,
}

impl From<UrlRepr> for Url {
    fn from(r: UrlRepr) -> Self {
        match r {
            UrlRepr::Plain(s) => Url::from_raw(&s),
            UrlRepr::Full(f) => Url {
                raw: f.raw,
                protocol: f.protocol,
                host: f.host,
                port: f.port,
                path: f.path,
                query: f.query,
                variables: f.variables,
                hash: f.hash,
            },
            UrlRepr::Other(_) => Url::default(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct QueryParam {
    #[serde(default, deserialize_with = "query_key")]
    pub key: Option<String>,
    #[serde(default, deserialize_with = "query_value")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Box<Value>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Header {
    #[serde(default, deserialize_with = "string_lenient")]
    pub key: String,
    #[serde(default, deserialize_with = "text_of_value")]
    pub value: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Box<Value>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Body {
    #[serde(default)]
    pub mode: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "string_opt_lenient"
    )]
    pub raw: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "urlencoded_lenient"
    )]
    pub urlencoded: Vec<FormParam>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "list_lenient"
    )]
    pub formdata: Vec<FormParam>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<FileRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub graphql: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Value>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub disabled: bool,
}

impl Body {
    /// `options.raw.language` (json, xml, text, html, javascript), if set.
    pub fn raw_language(&self) -> Option<&str> {
        self.options.as_ref()?.get("raw")?.get("language")?.as_str()
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FormParam {
    #[serde(default, deserialize_with = "string_lenient")]
    pub key: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "string_opt_lenient"
    )]
    pub value: Option<String>,
    /// `text` (default) or `file`.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// File source(s) for `type: file`: a path or a list of paths.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src: Option<Value>,
    #[serde(
        default,
        rename = "contentType",
        skip_serializing_if = "Option::is_none"
    )]
    pub content_type: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Box<Value>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FileRef {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "string_opt_lenient"
    )]
    pub src: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

/// Auth of any type. `params` holds the parameters of `kind` in order, whichever of the
/// v2.0 (object) or v2.1 (list of `{key, value}`) layouts the file used.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Auth {
    pub kind: String,
    pub params: Vec<(String, Value)>,
}

#[cfg(test)]
impl Auth {
    pub fn param(&self, key: &str) -> Option<&Value> {
        self.params.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    /// The parameter as text the way JavaScript's `String(v)` shows it; empty when absent.
    pub fn param_str(&self, key: &str) -> String {
        self.param(key).map(value_to_string).unwrap_or_default()
    }
}

impl Serialize for Auth {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("type", &self.kind)?;
        if self.kind != "noauth" {
            let list: Vec<Value> = self
                .params
                .iter()
                .map(|(k, v)| {
                    let kind = if v.is_string() { "string" } else { "any" };
                    serde_json::json!({"key": k, "value": v, "type": kind})
                })
                .collect();
            m.serialize_entry(&self.kind, &list)?;
        }
        m.end()
    }
}

impl Auth {
    pub fn from_json(v: &Value) -> Option<Auth> {
        let kind = v.get("type")?.as_str()?.to_string();
        let params = match v.get(&kind) {
            Some(Value::Array(list)) => list
                .iter()
                .filter_map(|p| {
                    let key = p.get("key")?.as_str()?.to_string();
                    let value = p.get("value").cloned().unwrap_or(Value::Null);
                    Some((
                        key,
                        cast_auth_value(value, p.get("type").and_then(Value::as_str)),
                    ))
                })
                .collect(),
            Some(Value::Object(map)) => map.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            _ => Vec::new(),
        };
        Some(Auth { kind, params })
    }
}

/// The SDK's Variable cast of an auth parameter by its `type` (`string`: `String(v)`, so `false`
/// becomes the truthy text "false"; `boolean`: JavaScript truthiness; `number`: `Number(v)`);
/// other types and null values are kept as they are.
fn cast_auth_value(value: Value, kind: Option<&str>) -> Value {
    match (kind, value) {
        (_, Value::Null) => Value::Null,
        (Some("string"), v @ (Value::Bool(_) | Value::Number(_))) => {
            Value::String(value_to_string(&v))
        }
        (Some("boolean"), v) => Value::Bool(match &v {
            Value::Bool(b) => *b,
            Value::String(s) => !s.is_empty(),
            Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
            _ => true,
        }),
        (Some("number"), Value::String(s)) => {
            let t = s.trim();
            if t.is_empty() {
                serde_json::json!(0)
            } else if let Ok(i) = t.parse::<i64>() {
                serde_json::json!(i)
            } else {
                t.parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                    .map_or(Value::String(s), Value::Number)
            }
        }
        (_, v) => v,
    }
}

impl<'de> Deserialize<'de> for Auth {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        Auth::from_json(&v).ok_or_else(|| serde::de::Error::custom("auth needs a string `type`"))
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Event {
    #[serde(default)]
    pub listen: String,
    /// None when the event has no script (absent, null, or not an object, array or string):
    /// Newman neither runs nor counts such an event.
    #[serde(
        default,
        deserialize_with = "event_script",
        skip_serializing_if = "Option::is_none"
    )]
    pub script: Option<Script>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub disabled: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Script {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The source lines; a string source is split into lines.
    #[serde(default, deserialize_with = "super::lenient::exec_lines")]
    pub exec: Vec<String>,
}

impl Script {
    pub fn source(&self) -> String {
        self.exec.join("\n")
    }
}

/// A variable of a collection, folder, URL path, environment or globals file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Variable {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "string_lenient")]
    pub key: String,
    #[serde(default)]
    pub value: Value,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Box<Value>>,
}

impl Variable {
    pub fn is_enabled(&self) -> bool {
        !self.disabled && self.enabled != Some(false)
    }
}

// Built here so that `variables` does not depend on the collection model.
impl VariableScope {
    pub fn from_variables(vars: &[Variable]) -> VariableScope {
        VariableScope {
            name: None,
            id: None,
            vars: vars
                .iter()
                .map(|v| Var {
                    key: v.key.clone(),
                    value: v.value.clone(),
                    kind: v.kind.clone(),
                    enabled: v.is_enabled(),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProtocolProfileBehavior {
    #[serde(
        default,
        rename = "followRedirects",
        skip_serializing_if = "Option::is_none"
    )]
    pub follow_redirects: Option<bool>,
    #[serde(
        default,
        rename = "maxRedirects",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_redirects: Option<u32>,
    #[serde(default, rename = "strictSSL", skip_serializing_if = "Option::is_none")]
    pub strict_ssl: Option<bool>,
    #[serde(
        default,
        rename = "disableBodyPruning",
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_body_pruning: Option<bool>,
    #[serde(
        default,
        rename = "disableUrlEncoding",
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_url_encoding: Option<bool>,
    #[serde(
        default,
        rename = "followOriginalHttpMethod",
        skip_serializing_if = "Option::is_none"
    )]
    pub follow_original_http_method: Option<bool>,
    #[serde(
        default,
        rename = "followAuthorizationHeader",
        skip_serializing_if = "Option::is_none"
    )]
    pub follow_authorization_header: Option<bool>,
    #[serde(
        default,
        rename = "removeRefererHeaderOnRedirect",
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_referer_header_on_redirect: Option<bool>,
    /// `{"accept": true, …}`: system headers not to send (lower-case names, as Postman writes them).
    #[serde(
        default,
        rename = "disabledSystemHeaders",
        skip_serializing_if = "Option::is_none"
    )]
    pub disabled_system_headers: Option<Value>,
}

impl ProtocolProfileBehavior {
    /// `inner` overrides `self` field by field (collection → folder → request).
    pub fn merged_with(&self, inner: &ProtocolProfileBehavior) -> ProtocolProfileBehavior {
        ProtocolProfileBehavior {
            follow_redirects: inner.follow_redirects.or(self.follow_redirects),
            max_redirects: inner.max_redirects.or(self.max_redirects),
            strict_ssl: inner.strict_ssl.or(self.strict_ssl),
            disable_body_pruning: inner.disable_body_pruning.or(self.disable_body_pruning),
            disable_url_encoding: inner.disable_url_encoding.or(self.disable_url_encoding),
            follow_original_http_method: inner
                .follow_original_http_method
                .or(self.follow_original_http_method),
            follow_authorization_header: inner
                .follow_authorization_header
                .or(self.follow_authorization_header),
            remove_referer_header_on_redirect: inner
                .remove_referer_header_on_redirect
                .or(self.remove_referer_header_on_redirect),
            disabled_system_headers: inner
                .disabled_system_headers
                .clone()
                .or_else(|| self.disabled_system_headers.clone()),
        }
    }

    /// Whether the system header `lower_name` is turned off.
    pub fn system_header_disabled(&self, lower_name: &str) -> bool {
        self.disabled_system_headers
            .as_ref()
            .and_then(|d| d.get(lower_name))
            .and_then(Value::as_bool)
            .unwrap_or(false)
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

pub(super) fn string_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => String::new(),
        v => value_to_string(&v),
    })
}

/// A value as JavaScript's `String()` shows it where null is sent as `null` (a header's value; a
/// missing one is empty).
fn text_of_value<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => "null".into(),
        v => value_to_string(&v),
    })
}

fn string_opt_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => None,
        v => Some(value_to_string(&v)),
    })
}

/// A query parameter's key that is not a string is empty (`=v` on the wire), as in Newman.
fn query_key<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => None,
        Value::String(s) => Some(s),
        _ => Some(String::new()),
    })
}

/// A query parameter's value that is not a string (`true`, `5`) is no value: Newman sends
/// the key alone.
fn query_value<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => Some(s),
        _ => None,
    })
}

/// `host` and `path` may be a list of segments or one string ("a.b.c" / "a/b/c").
fn segments_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<String>>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => None,
        Value::Array(list) => Some(
            list.iter()
                .map(|v| match v {
                    Value::Object(o) => o.get("value").map(value_to_string).unwrap_or_default(),
                    v => value_to_string(v),
                })
                .collect(),
        ),
        Value::String(s) => Some(vec![s]),
        other => Some(vec![value_to_string(&other)]),
    })
}

/// A list whose malformed entries are skipped rather than failing the whole collection.
fn list_lenient<'de, D: Deserializer<'de>, T: serde::de::DeserializeOwned>(
    d: D,
) -> Result<Vec<T>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Array(list) => list
            .into_iter()
            .filter_map(|v| serde_json::from_value(v).ok())
            .collect(),
        _ => Vec::new(),
    })
}

/// urlencoded params as a list, or as a query string (`pm.sendRequest({body: {mode: 'urlencoded',
/// urlencoded: 'a=1&b'}})`, split as postman-collection's `QueryParam.parse`: no decoding, a
/// name without `=` has no value).
fn urlencoded_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<FormParam>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(query) => query
            .split('&')
            .map(|pair| {
                let (key, value) = match pair.split_once('=') {
                    Some((k, v)) => (k, Some(v.to_string())),
                    None => (pair, None),
                };
                FormParam {
                    key: key.to_string(),
                    value,
                    ..FormParam::default()
                }
            })
            .collect(),
        Value::Array(list) => list
            .into_iter()
            .filter_map(|v| serde_json::from_value(v).ok())
            .collect(),
        _ => Vec::new(),
    })
}

/// Headers as a list of `{key, value}` or as a header block string ("K: v\nK2: v2").
fn headers_lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Header>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Array(list) => list
            .into_iter()
            .flat_map(|v| match v {
                Value::String(line) => parse_header_block(&line),
                v => serde_json::from_value(v).into_iter().collect(),
            })
            .collect(),
        Value::String(s) => parse_header_block(&s),
        // `pm.sendRequest({header: {"X-Key": "v"}})`: a plain object of names to values.
        Value::Object(map) => map
            .into_iter()
            .map(|(key, value)| Header {
                key,
                value: value_to_string(&value),
                disabled: false,
                description: None,
            })
            .collect(),
        _ => Vec::new(),
    })
}

/// Parses "Key: value" lines; a line starting with `//` is a disabled header (Postman's v1 form).
pub fn parse_header_block(s: &str) -> Vec<Header> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|line| {
            let (disabled, line) = match line.trim_start().strip_prefix("//") {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            let (k, v) = line.split_once(':')?;
            Some(Header {
                key: k.trim().to_string(),
                value: v.trim().to_string(),
                disabled,
                description: None,
            })
        })
        .collect()
}

fn body_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Body>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Object(o) => serde_json::from_value(Value::Object(o)).ok(),
        // `pm.sendRequest({body: 'text'})`: the SDK's RequestBody takes a string as raw text
        Value::String(raw) => Some(Body {
            mode: "raw".into(),
            raw: Some(raw),
            ..Body::default()
        }),
        _ => None,
    })
}

pub(super) fn auth_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Auth>, D::Error> {
    Ok(Auth::from_json(&Value::deserialize(d)?))
}

/// An event's `script`: an object, or its `exec` alone (a list of lines or a string); `None`
/// for anything else (Newman neither runs nor counts such an event).
fn event_script<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Script>, D::Error> {
    Ok(match Shape::<Script>::deserialize(d)? {
        Shape::Object(script) => Some(script),
        Shape::Lines(exec) => Some(Script {
            exec,
            ..Script::default()
        }),
        Shape::Other => None,
    })
}
