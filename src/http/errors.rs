//! Node-style request errors (`connect ECONNREFUSED 127.0.0.1:1`, `getaddrinfo ENOTFOUND h`,
//! `ESOCKETTIMEDOUT`, `socket hang up`, certificate errors) from our transport's errors (socket,
//! rustls, response parsing, proxies). A failed tunnel reads as postman-request's
//! `tunneling socket could not be established, statusCode=407` (or `cause=<error>`).

use super::wire::{ProxyFailure, TunnelError, WireError};
use super::RequestError;

pub(crate) fn err(code: Option<&str>, message: impl Into<String>) -> RequestError {
    RequestError {
        code: code.map(str::to_string),
        message: message.into(),
    }
}

pub(crate) fn default_port(url: &url::Url) -> u16 {
    url.port_or_known_default().unwrap_or(80)
}

/// The address Node would name in `connect ECONNREFUSED <addr>:<port>`.
fn connect_address(url: &url::Url) -> String {
    let host = url.host_str().unwrap_or_default();
    let port = default_port(url);
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.parse::<std::net::IpAddr>().is_ok() {
        return format!("{host}:{port}");
    }
    if host == "localhost" || host.ends_with(".localhost") {
        return format!("127.0.0.1:{port}");
    }
    use std::net::ToSocketAddrs;
    match (host, port)
        .to_socket_addrs()
        .ok()
        .and_then(|mut a| a.next())
    {
        Some(addr) => format!("{}:{}", addr.ip(), port),
        None => format!("{host}:{port}"),
    }
}

/// The error of a request our transport sent.
pub(crate) fn map_wire_error(e: WireError, url: &url::Url) -> RequestError {
    match e {
        WireError::Io(io) => map_io_error(&io, url),
        WireError::NotFound => not_found(url),
        WireError::Parse { code, message } => err(Some(code), message),
        WireError::TooLarge(limit) => too_large(limit),
        WireError::Proxy(failure) => proxy_error(*failure, url),
        WireError::BadServerName(host) => err(
            Some("ERR_TLS_CERT_ALTNAME_INVALID"),
            format!(
                "Hostname/IP does not match certificate's altnames: Host: {host}. is not in the cert's altnames"
            ),
        ),
    }
}

/// A request that failed at its proxy: a connection error names the proxy's address; through a
/// tunnel, it is postman-request's `tunneling socket could not be established, …` (code
/// ECONNRESET).
fn proxy_error(failure: ProxyFailure, url: &url::Url) -> RequestError {
    let ProxyFailure {
        url: proxy,
        tunnel,
        error,
    } = failure;
    let cause = match error {
        TunnelError::Status(code) if tunnel => format!("statusCode={code}"),
        TunnelError::Status(code) => format!("proxy answered {code}"),
        TunnelError::Socks(message) => format!("cause={message}"),
        TunnelError::Wire(wire) => {
            // a connection error names the proxy's address
            let e = match wire {
                WireError::Io(io) => map_io_error(&io, &proxy),
                WireError::NotFound => not_found(&proxy),
                other => map_wire_error(other, url),
            };
            if !tunnel {
                return e;
            }
            format!("cause={}", e.message)
        }
    };
    err(
        Some("ECONNRESET"),
        format!("tunneling socket could not be established, {cause}"),
    )
}

/// A response body past `--max-response-size`.
pub(crate) fn too_large(limit: usize) -> RequestError {
    let size = if limit.is_multiple_of(1 << 20) {
        format!("{} MiB", limit >> 20)
    } else {
        format!("{limit} bytes")
    };
    err(
        Some("ERR_RESPONSE_TOO_LARGE"),
        format!("response body larger than {size} (raise it with --max-response-size)"),
    )
}

fn not_found(url: &url::Url) -> RequestError {
    err(
        Some("ENOTFOUND"),
        format!(
            "getaddrinfo ENOTFOUND {}",
            url.host_str().unwrap_or_default()
        ),
    )
}

pub(crate) fn map_io_error(e: &std::io::Error, url: &url::Url) -> RequestError {
    use std::io::ErrorKind::*;
    if let Some(inner) = e.get_ref() {
        if let Some(tls) = inner.downcast_ref::<rustls::Error>() {
            let text = tls.to_string();
            let lower = format!("{tls:?} {text}").to_lowercase();
            return tls_error(&lower, url, text);
        }
    }
    match e.kind() {
        ConnectionRefused => err(
            Some("ECONNREFUSED"),
            format!("connect ECONNREFUSED {}", connect_address(url)),
        ),
        ConnectionReset | UnexpectedEof | BrokenPipe => err(Some("ECONNRESET"), "socket hang up"),
        TimedOut => err(Some("ESOCKETTIMEDOUT"), "ESOCKETTIMEDOUT"),
        _ => err(None, e.to_string()),
    }
}

fn tls_error(lower: &str, url: &url::Url, text: String) -> RequestError {
    if lower.contains("causedasendentity") {
        // a self-signed certificate as `openssl req -x509` makes it (verified with Newman 6.2.2)
        err(
            Some("DEPTH_ZERO_SELF_SIGNED_CERT"),
            "self-signed certificate",
        )
    } else if lower.contains("unknownissuer") || lower.contains("unknown issuer") {
        // a leaf signed by a CA that is not trusted (verified with Newman 6.2.2)
        err(
            Some("UNABLE_TO_VERIFY_LEAF_SIGNATURE"),
            "unable to verify the first certificate",
        )
    } else if lower.contains("notvalidforname") || lower.contains("not valid for name") {
        err(
            Some("ERR_TLS_CERT_ALTNAME_INVALID"),
            format!(
                "Hostname/IP does not match certificate's altnames: Host: {}. is not in the cert's altnames",
                url.host_str().unwrap_or_default()
            ),
        )
    } else if lower.contains("expired") {
        err(Some("CERT_HAS_EXPIRED"), "certificate has expired")
    } else {
        err(None, text)
    }
}
