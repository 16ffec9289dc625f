//! `prepare`: from a collection request to the exact request Newman would send.

use super::body::{self, BuiltBody, ContentTypeRule};
use super::files::FileAccess;
use super::json_comments;
use super::resolved::{Parts, ResolvedJson};
use super::{HttpOptions, PrepareError, PreparedRequest};
use crate::auth::{self, AuthTarget, ResolvedAuth};
use crate::collection::model::{Auth, ProtocolProfileBehavior, Request};
use crate::request_text::headers::{HeaderEntry, HeaderList};
use crate::request_text::url;
use crate::variables::Scopes;

/// The User-Agent sent unless the request sets one: Newman 6.2.2's, so that servers (and their
/// firewalls) treat a switched CI job as they treated Newman.
pub fn user_agent() -> String {
    "PostmanRuntime/7.39.1".to_string()
}

/// Resolve `{{vars}}` in url/headers/body/auth params, encode the URL as Postman does, build the
/// body, apply auth, add default headers. `behavior` is the merged protocolProfileBehavior.
pub fn prepare(
    request: &Request,
    scopes: &Scopes,
    auth: Option<&Auth>,
    behavior: &ProtocolProfileBehavior,
    options: &HttpOptions,
) -> Result<PreparedRequest, PrepareError> {
    prepare_with_boundary(
        request,
        scopes,
        auth,
        behavior,
        options,
        &body::random_boundary(),
    )
}

pub(crate) fn prepare_with_boundary(
    request: &Request,
    scopes: &Scopes,
    auth: Option<&Auth>,
    behavior: &ProtocolProfileBehavior,
    options: &HttpOptions,
    boundary: &str,
) -> Result<PreparedRequest, PrepareError> {
    let disable_encoding = behavior.disable_url_encoding == Some(true);
    let url_text = scopes.replace_in(&url::unresolved_string(&request.url));
    if url_text.trim().is_empty() {
        return Err(PrepareError::new(
            "runtime:extensions~request: request url is empty",
        ));
    }
    let mut parts = url::parse(&url_text);
    let method = scopes.replace_in(&request.method).to_uppercase();

    let mut headers = HeaderList::default();
    for h in &request.headers {
        headers.entries.push(HeaderEntry {
            key: scopes.replace_in(&h.key),
            value: scopes.replace_in(&h.value),
            disabled: h.disabled,
            system: false,
            hidden: false,
        });
    }

    let mut warnings = Vec::new();
    let mut resolved_body = request.body.as_ref().map(|b| body::resolve_body(b, scopes));
    let prune = behavior.disable_body_pruning != Some(true);
    // The runtime builds the raw body once to look for comments, which adds its Content-Type even
    // when nothing is left to send.
    let mut comment_content_type = None;
    if let Some(b) = resolved_body.as_mut().filter(|b| {
        json_comments::applies(b, &headers)
            && !body::is_empty(b)
            && !(prune && body::prunes_body(&method))
    }) {
        comment_content_type = Some(body::raw_content_type(b.raw_language()));
        b.raw = b.raw.as_deref().map(json_comments::strip);
    }
    let files = FileAccess {
        working_dir: &options.working_dir,
        no_insecure_file_read: options.no_insecure_file_read,
    };
    let read_file = |src: &str| files.read(src).ok().map(|(_, bytes)| bytes);
    let payload =
        |b: Option<&crate::collection::model::Body>| auth::sigutil::payload(b, &read_file);

    let resolved_auth = auth.map(|a| ResolvedAuth::resolve(a, scopes));
    if let Some(a) = &resolved_auth {
        let mut target = AuthTarget {
            headers: &mut headers,
            query: &mut parts.query,
            warnings: &mut warnings,
        };
        auth::apply(a, &mut target).map_err(|e| PrepareError::new(e.to_string()))?;
    }
    if let Some(a) = resolved_auth.as_ref().filter(|a| a.kind == "oauth1") {
        let mut req = auth::oauth1::SigningRequest {
            method: &method,
            url: &mut parts,
            headers: &mut headers,
            body: resolved_body.as_mut(),
            disable_url_encoding: disable_encoding,
            payload: &payload,
        };
        if let Err(e) = auth::oauth1::sign(a, &mut req) {
            warnings.push(auth::sign_warning("oauth1", &e));
        }
    }
    if let Some(a) = resolved_auth.as_ref().filter(|a| a.kind == "awsv4") {
        let mut req = auth::awsv4::SigningRequest {
            method: &method,
            url: &mut parts,
            headers: &mut headers,
            payload: payload(resolved_body.as_ref()),
        };
        if let Err(e) = auth::awsv4::sign(a, &mut req) {
            warnings.push(auth::sign_warning("awsv4", &e));
        }
    }
    let encoded = url::encode_parts(parts, disable_encoding);
    let user_boundary = headers
        .find("Content-Type")
        .and_then(|i| multipart_boundary(&headers.entries[i].value));
    let boundary = user_boundary.as_deref().unwrap_or(boundary);
    let built = resolved_body
        .as_ref()
        .and_then(|b| body::build(b, &method, prune, &files, boundary, &mut warnings));

    if let Some(a) = resolved_auth.as_ref().filter(|a| a.kind == "digest") {
        // what auth-int hashes: nothing for form-data (the runtime hashes `undefined`)
        let mode = resolved_body.as_ref().map(|b| b.mode.as_str());
        let hashed: Option<&[u8]> = match (mode, &built) {
            (Some("formdata"), _) => None,
            (_, Some(b)) => Some(&b.bytes),
            (_, None) => Some(b""),
        };
        let uri = auth::request_uri(&encoded.href);
        auth::digest::sign(a, &method, &uri, hashed, &mut headers).map_err(PrepareError::new)?;
    }
    if let Some(a) = resolved_auth.as_ref().filter(|a| a.kind == "hawk") {
        let req = auth::hawk::SigningRequest {
            method: &method,
            href: &encoded.href,
            protocol: &encoded.protocol,
            hostname: &encoded.hostname,
            port: encoded.parts.port.as_deref(),
            payload: payload(resolved_body.as_ref()),
        };
        auth::hawk::sign(a, req, &mut headers);
    }
    if let Some(a) = resolved_auth.as_ref().filter(|a| a.kind == "edgegrid") {
        let req = auth::edgegrid::SigningRequest {
            method: &method,
            href: &encoded.href,
            protocol: &encoded.protocol,
            host: &encoded.host_header,
            payload: payload(resolved_body.as_ref()),
        };
        auth::edgegrid::sign(a, req, &mut headers);
    }
    if let Some(BuiltBody {
        content_type: ContentTypeRule::Early(ct),
        ..
    }) = &built
    {
        headers.add_default("Content-Type", ct);
    } else if let Some(ct) = comment_content_type {
        headers.add_default("Content-Type", ct);
    }
    add_default_headers(&mut headers, &encoded.host_header, behavior);
    add_body_headers(&mut headers, built.as_ref(), &method, &encoded);

    Ok(PreparedRequest {
        url: encoded.href.clone(),
        headers: headers.sent(),
        body: built.map(|b| b.bytes),
        resolved: ResolvedJson::of(Parts {
            url: encoded,
            disable_encoding,
            headers,
            method: method.clone(),
            body: resolved_body,
            auth: resolved_auth.as_ref().map(ResolvedAuth::to_json),
        }),
        method,
        warnings,
    })
}

/// Newman's system headers, in its order, each only when the user set none and
/// `disabledSystemHeaders` does not turn it off (Host and Connection always go: HTTP/1.1 needs them).
fn add_default_headers(headers: &mut HeaderList, host: &str, behavior: &ProtocolProfileBehavior) {
    let token = crate::ids::uuid_v4().to_string();
    let defaults = [
        ("User-Agent", user_agent(), true),
        ("Accept", "*/*".into(), true),
        ("Cache-Control", "no-cache".into(), true),
        ("Postman-Token", token, true),
        ("Host", host.to_string(), false),
        ("Accept-Encoding", "gzip, deflate, br".into(), true),
        ("Connection", "keep-alive".into(), false),
    ];
    for (name, value, optional) in defaults {
        if !(optional && behavior.system_header_disabled(&name.to_ascii_lowercase())) {
            headers.add_default(name, &value);
        }
    }
}

/// postman-request turns `user:pass@` in the URL into a Basic Authorization header when the
/// request has none (not shown in Newman's report).
fn add_userinfo_auth(headers: &mut HeaderList, encoded: &url::EncodedUrl) {
    let Some((user, pass)) = &encoded.parts.auth else {
        return;
    };
    if headers.has("Authorization") {
        return;
    }
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(s)
            .decode_utf8_lossy()
            .into_owned()
    };
    let credentials = format!("{}:{}", decode(user), decode(pass.as_deref().unwrap_or("")));
    use base64::Engine;
    let value = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(credentials)
    );
    headers.push("authorization", &value, true);
    if let Some(last) = headers.entries.last_mut() {
        last.hidden = true;
    }
}

/// The headers postman-request and Node add after the SDK's: the form Content-Type,
/// Content-Length, a file body's Content-Type.
fn add_body_headers(
    headers: &mut HeaderList,
    built: Option<&BuiltBody>,
    method: &str,
    encoded: &url::EncodedUrl,
) {
    let Some(built) = built else {
        add_userinfo_auth(headers, encoded);
        if body::sends_empty_length(method) && !headers.has("Content-Length") {
            headers.push("Content-Length", "0", true);
        }
        return;
    };
    if let ContentTypeRule::Forced {
        value,
        keep_if_prefix,
    } = &built.content_type
    {
        match headers.find("Content-Type") {
            Some(i) => {
                let current = &headers.entries[i].value;
                let keep = if keep_if_prefix.starts_with("multipart/") {
                    multipart_boundary(current).is_some()
                } else {
                    current.starts_with(keep_if_prefix.as_str())
                };
                if !keep {
                    headers.entries[i].value = value.clone();
                }
            }
            None => {
                headers.push("Content-Type", value, true);
                if let Some(last) = headers.entries.last_mut() {
                    last.hidden = true;
                }
            }
        }
    }
    add_userinfo_auth(headers, encoded);
    if !headers.has("Content-Length") {
        headers.push("Content-Length", &built.bytes.len().to_string(), true);
    }
    if let ContentTypeRule::Late(ct) = &built.content_type {
        if !headers.has("Content-Type") {
            headers.push("Content-Type", ct, true);
            if let Some(last) = headers.entries.last_mut() {
                last.hidden = true;
            }
        }
    }
}

/// The boundary of a user's `multipart/form-data; boundary=…` header, which postman-request keeps.
fn multipart_boundary(content_type: &str) -> Option<String> {
    let rest = content_type.strip_prefix("multipart/form-data;")?;
    let start = rest.find("boundary=")? + "boundary=".len();
    let value = &rest[start..];
    let b = match value.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next()?,
        None => value.split(';').next()?,
    };
    (!b.is_empty()).then(|| b.to_string())
}
