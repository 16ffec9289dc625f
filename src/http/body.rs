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
use crate::request_text::body_text::{graphql, urlencoded};

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
        src: p.src.as_ref().map(|v| scopes.replace_in_json(v)),
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
        graphql: body.graphql.as_ref().map(|g| scopes.replace_in_json(g)),
        ..body.clone()
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
