//! Request bodies as postman-runtime's body builders and postman-request lay them out.
//!
//! Verified against Newman 6.2.2 on the wire: raw gets `Content-Type` from `options.raw.language`
//! (text/plain when unset); urlencoded groups duplicate keys at the first one's place and encodes
//! every byte but `A-Za-z0-9-._~` (space → %20, `%` → %25); form-data parts are
//! `--BOUNDARY\r\nContent-Disposition: form-data; name="k"[; filename="f"]\r\n[Content-Type: t\r\n]\r\n<data>\r\n`
//! closed by `--BOUNDARY--\r\n`; file bodies get a Content-Type from the file's extension.

use crate::collection::model::{Body, FormParam};
use crate::variables::Scopes;
use serde_json::Value;

use super::files::FileAccess;
use super::multipart::{form_parts, mime_of};
pub use super::multipart::{multipart, random_boundary};

/// Where the body's `Content-Type` goes, mirroring who adds it in Newman.
#[derive(Debug, Clone, PartialEq)]
pub enum ContentTypeRule {
    None,
    /// Added by the runtime's body builder (raw, graphql): before the default headers, only when
    /// the user set none.
    Early(String),
    /// Set by postman-request for urlencoded/form-data: replaces a user value that does not match
    /// `pattern`, else appended after the default headers, before Content-Length.
    Forced {
        value: String,
        keep_if_prefix: String,
    },
    /// From a file body's extension: after Content-Length, only when the user set none.
    Late(String),
}

#[derive(Debug, Clone)]
pub struct BuiltBody {
    pub bytes: Vec<u8>,
    pub content_type: ContentTypeRule,
}

/// Methods whose body Newman drops unless `disableBodyPruning` is set.
pub fn prunes_body(method: &str) -> bool {
    matches!(
        method.to_ascii_lowercase().as_str(),
        "get" | "copy" | "head" | "purge" | "unlock"
    )
}

/// Node's http client sends `Content-Length: 0` for a body-less request of these methods.
pub fn sends_empty_length(method: &str) -> bool {
    !matches!(
        method.to_ascii_uppercase().as_str(),
        "GET" | "HEAD" | "DELETE" | "OPTIONS" | "TRACE" | "CONNECT"
    )
}

/// Resolves `{{…}}` in every string of a body (what the runtime's `toObjectResolved` does).
pub fn resolve_body(body: &Body, scopes: &Scopes) -> Body {
    let r = |s: &str| scopes.replace_in(s);
    let param = |p: &FormParam| FormParam {
        key: r(&p.key),
        value: p.value.as_deref().map(r),
        src: p.src.as_ref().map(|v| resolve_value(v, scopes)),
        content_type: p.content_type.as_deref().map(r),
        ..p.clone()
    };
    Body {
        raw: body.raw.as_deref().map(r),
        urlencoded: body.urlencoded.iter().map(param).collect(),
        formdata: body.formdata.iter().map(param).collect(),
        file: body
            .file
            .as_ref()
            .map(|f| crate::collection::model::FileRef {
                src: f.src.as_deref().map(r),
                content: f.content.clone(),
            }),
        graphql: body.graphql.as_ref().map(|g| resolve_value(g, scopes)),
        ..body.clone()
    }
}

pub fn resolve_value(v: &Value, scopes: &Scopes) -> Value {
    match v {
        Value::String(s) => Value::String(scopes.replace_in(s)),
        Value::Array(a) => Value::Array(a.iter().map(|x| resolve_value(x, scopes)).collect()),
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, x)| (k.clone(), resolve_value(x, scopes)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// SDK `RequestBody.isEmpty()` plus the runtime's "all params disabled" rule.
pub(crate) fn is_empty(body: &Body) -> bool {
    match body.mode.as_str() {
        "raw" => body.raw.as_deref().unwrap_or("").is_empty(),
        "urlencoded" => body.urlencoded.iter().all(|p| p.disabled),
        "formdata" => body.formdata.iter().all(|p| p.disabled),
        "file" => body
            .file
            .as_ref()
            .is_none_or(|f| f.src.as_deref().unwrap_or("").is_empty() && f.content.is_none()),
        // the SDK gives a graphql body query/operationName/variables keys (even when it has none
        // of them): never empty
        "graphql" => false,
        _ => true,
    }
}

/// Builds the (already resolved) body; `None` when Newman sends no body.
pub fn build(
    body: &Body,
    method: &str,
    prune: bool,
    files: &FileAccess,
    boundary: &str,
    warnings: &mut Vec<String>,
) -> Option<BuiltBody> {
    if body.disabled || is_empty(body) || (prune && prunes_body(method)) {
        return None;
    }
    match body.mode.as_str() {
        "raw" => Some(BuiltBody {
            bytes: body.raw.clone().unwrap_or_default().into_bytes(),
            content_type: ContentTypeRule::Early(raw_content_type(body.raw_language()).into()),
        }),
        "urlencoded" => Some(BuiltBody {
            bytes: urlencoded(&body.urlencoded).into_bytes(),
            content_type: ContentTypeRule::Forced {
                value: "application/x-www-form-urlencoded".into(),
                keep_if_prefix: "application/x-www-form-urlencoded".into(),
            },
        }),
        "formdata" => {
            let parts = form_parts(&body.formdata, files, warnings);
            // every row left out (files that cannot be read): the runtime sends no body
            if parts.is_empty() {
                return None;
            }
            Some(BuiltBody {
                bytes: multipart(&parts, boundary),
                content_type: ContentTypeRule::Forced {
                    value: format!("multipart/form-data; boundary={boundary}"),
                    // a user header is kept only when it names this boundary
                    keep_if_prefix: "multipart/form-data;".into(),
                },
            })
        }
        "file" => file_body(body, files, warnings),
        "graphql" => Some(BuiltBody {
            bytes: graphql(body.graphql.as_ref().unwrap_or(&Value::Null)).into_bytes(),
            content_type: ContentTypeRule::Early("application/json".into()),
        }),
        _ => None,
    }
}

pub fn raw_content_type(language: Option<&str>) -> &'static str {
    match language.unwrap_or("text") {
        "html" => "text/html",
        "json" => "application/json",
        "javascript" => "application/javascript",
        "xml" => "application/xml",
        _ => "text/plain",
    }
}

/// Node's `querystring.escape` followed by request's RFC 3986 pass.
pub fn form_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// JavaScript orders integer-like object keys first, ascending.
fn array_index(key: &str) -> Option<u32> {
    if key.is_empty() || (key.len() > 1 && key.starts_with('0')) {
        return None;
    }
    key.parse::<u32>().ok().filter(|n| *n < u32::MAX)
}

pub fn urlencoded(params: &[FormParam]) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for p in params.iter().filter(|p| !p.disabled) {
        let value = p.value.clone().unwrap_or_default();
        match groups.iter_mut().find(|(k, _)| *k == p.key) {
            Some((_, values)) => values.push(value),
            None => groups.push((p.key.clone(), vec![value])),
        }
    }
    let (mut indexed, named): (Vec<_>, Vec<_>) = groups
        .into_iter()
        .partition(|(k, _)| array_index(k).is_some());
    indexed.sort_by_key(|(k, _)| array_index(k));
    indexed
        .iter()
        .chain(named.iter())
        .flat_map(|(k, values)| {
            values
                .iter()
                .map(move |v| format!("{}={}", form_escape(k), form_escape(v)))
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn file_body(body: &Body, files: &FileAccess, warnings: &mut Vec<String>) -> Option<BuiltBody> {
    let file = body.file.as_ref()?;
    match file.src.as_deref().filter(|s| !s.is_empty()) {
        Some(src) => match files.read(src) {
            Ok((path, bytes)) => Some(BuiltBody {
                bytes,
                content_type: ContentTypeRule::Late(
                    mime_of(&path).unwrap_or_else(|| "application/octet-stream".into()),
                ),
            }),
            Err(e) => {
                warnings.push(format!("Binary file load error: {e}"));
                None
            }
        },
        None => {
            use base64::Engine;
            let content = file.content.as_deref()?;
            Some(BuiltBody {
                bytes: base64::engine::general_purpose::STANDARD
                    .decode(content)
                    .unwrap_or_default(),
                content_type: ContentTypeRule::None,
            })
        }
    }
}

/// The GraphQL body: `{"query","operationName","variables"}`; a `variables` string is inserted
/// as written (the runtime does not parse it), an empty one left out.
pub fn graphql(g: &Value) -> String {
    let get = |k: &str| g.get(k);
    if !matches!(get("variables"), Some(Value::String(_))) {
        let mut obj = serde_json::Map::new();
        for key in ["query", "operationName", "variables"] {
            if let Some(v) = get(key) {
                obj.insert(key.into(), v.clone());
            }
        }
        return Value::Object(obj).to_string();
    }
    let mut fields = Vec::new();
    for key in ["query", "operationName"] {
        if let Some(Value::String(s)) = get(key) {
            fields.push(format!("\"{key}\":{}", Value::String(s.clone())));
        }
    }
    if let Some(Value::String(v)) = get("variables") {
        if !v.is_empty() {
            fields.push(format!("\"variables\":{v}"));
        }
    }
    format!("{{{}}}", fields.join(","))
}
