//! Building the request Postman would send from an item, and sending it.
//!
//! `prepare` resolves `{{…}}` everywhere, encodes the URL the way Postman does, builds the body,
//! applies auth and adds Newman's default headers. `HttpClient::send` sends it with a shared
//! connection pool and cookie jar.
//!
//! For the runner: `auth` passed to `prepare` is the auth in force (`auth::effective` over the
//! collection → folders → request levels); `prepare` does not look at `request.auth` itself.
//! `PreparedRequest.warnings` are Newman's console warnings (unreadable form-data/binary files).
//! A URL that is unusable after resolution (unresolved `{{host}}`, bad port, `ftp://`) is not a
//! `PrepareError`: like Newman, it fails at `send` with Node's message (`getaddrinfo ENOTFOUND …`).
//! One `HttpClient` per run (keep-alive pool, cookie jar); `export_cookie_jar` at the end.

pub(crate) mod body;
mod certs;
mod client;
mod cookies;
mod decode;
mod errors;
pub mod fetch;
mod files;
mod json_comments;
mod multipart;
mod prepare;
mod proxy;
mod resolved;
mod script_cookies;
mod tls;
mod trust;
mod wire;

pub(crate) use crate::request_text::headers::SentHeader;
pub use client::HttpClient;
pub use prepare::prepare;
pub use resolved::ResolvedJson;

use std::time::Duration;

/// Why a request could not be built (unsupported auth, empty URL…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrepareError {
    pub message: String,
}

impl PrepareError {
    pub fn new(message: impl Into<String>) -> PrepareError {
        PrepareError {
            message: message.into(),
        }
    }
}

impl std::fmt::Display for PrepareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PrepareError {}

/// The fully resolved request, exactly as it goes on the wire.
#[derive(Debug, Clone, Default)]
pub struct PreparedRequest {
    pub method: String,
    /// The final URL text, already encoded the way Postman encodes it.
    pub url: String,
    pub headers: Vec<SentHeader>,
    /// The body bytes (multipart bodies are already laid out with their boundary).
    pub body: Option<Vec<u8>>,
    /// The request as Postman's SDK would show it after resolution (v2.1 JSON), for
    /// `pm.request` in test scripts and for reports.
    pub resolved: ResolvedJson,
    /// Warnings Newman prints to the console while building the request (a form-data file
    /// that cannot be read is left out: "Form param `k`, file load error: …").
    pub warnings: Vec<String>,
}

/// A cookie as scripts and reports see it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CookieData {
    pub name: String,
    pub value: String,
    pub domain: String,
    pub path: String,
    pub expires: Option<String>,
    pub http_only: bool,
    pub secure: bool,
}

/// A received response.
#[derive(Debug, Clone, Default)]
pub struct ResponseData {
    pub code: u16,
    /// The reason phrase ("OK", "Not Found").
    pub status: String,
    pub headers: Vec<(String, String)>,
    /// The decoded body (after gzip/deflate/br).
    pub body: Vec<u8>,
    /// Milliseconds from sending to the last byte.
    pub response_time: u64,
    /// Body size in bytes, as Newman reports `responseSize`.
    pub response_size: usize,
    pub cookies: Vec<CookieData>,
    /// The timing phases of the last hop, measured with `--verbose` (as Newman measures them
    /// only then).
    pub timings: Option<Timings>,
}

/// Newman's timing phases of a request (postman-request's `timingPhases`), in nanoseconds.
/// `dns`, `tcp` and `tls` are `None` when the phase did not happen: no name lookup for an IP
/// address or through a proxy, no connection or TLS handshake on a kept-alive connection, no TLS
/// for plain http.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timings {
    pub prepare: u64,
    pub wait: u64,
    pub dns: Option<u64>,
    pub tcp: Option<u64>,
    pub tls: Option<u64>,
    pub first_byte: u64,
    pub download: u64,
    pub process: u64,
    pub total: u64,
}

/// Why a request got no response (refused, unknown host, timeout, bad URL, TLS…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestError {
    /// Node-style code where one applies: ECONNREFUSED, ENOTFOUND, ETIMEDOUT, ESOCKETTIMEDOUT…
    pub code: Option<String>,
    pub message: String,
}

impl std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Options that hold for a whole run (from the CLI).
#[derive(Debug, Clone, Default)]
pub struct HttpOptions {
    pub timeout_request: Option<Duration>,
    pub insecure: bool,
    pub ignore_redirects: bool,
    pub extra_ca_certs: Option<std::path::PathBuf>,
    pub client_cert: Option<std::path::PathBuf>,
    pub client_key: Option<std::path::PathBuf>,
    pub client_passphrase: Option<String>,
    /// `--ssl-client-cert-list`: a JSON list of certificates chosen by URL pattern.
    pub client_cert_list: Option<std::path::PathBuf>,
    pub proxy: Option<String>,
    /// A tough-cookie JSON jar to start from.
    pub cookie_jar: Option<std::path::PathBuf>,
    /// Base folder for file bodies and form-data files.
    pub working_dir: std::path::PathBuf,
    /// Refuse files outside `working_dir` (`--no-insecure-file-read`).
    pub no_insecure_file_read: bool,
    /// `--max-response-size`: the largest response body read (and decompressed), in bytes;
    /// `None`: [`DEFAULT_MAX_RESPONSE_SIZE`].
    pub max_response_size: Option<usize>,
    /// Measure the timing phases of each request (`--verbose`).
    pub timings: bool,
}

/// 512 MiB: a response body past this fails its request (the run goes on).
pub const DEFAULT_MAX_RESPONSE_SIZE: usize = 512 << 20;

impl HttpOptions {
    pub fn max_response_size(&self) -> usize {
        self.max_response_size.unwrap_or(DEFAULT_MAX_RESPONSE_SIZE)
    }
}
#[cfg(test)]
mod tests;
