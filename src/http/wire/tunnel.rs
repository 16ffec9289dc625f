//! Opening a tunnel through a proxy to the request's host: HTTP `CONNECT` or SOCKS5 (RFC 1928, no
//! authentication or user name and password, RFC 1929).
//!
//! The `CONNECT` request is postman-request's (checked with Newman 6.2.2): the request's headers
//! that its list lets through (`User-Agent`, `Accept`, `Accept-Encoding`, `Cache-Control`,
//! `Connection`…), names as written and in order, then `host: <host>:<port>`, then
//! `Proxy-Authorization: Basic …` when the proxy URL has credentials.

use super::{Io, WireError};
use crate::http::proxy::{Proxy, ProxyKind};
use crate::http::SentHeader;
use std::net::IpAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The largest CONNECT response head read.
const MAX_CONNECT_HEAD: usize = 16 * 1024;

/// The request headers postman-request copies into a `CONNECT` request.
const CONNECT_HEADERS: [&str; 21] = [
    "accept",
    "accept-charset",
    "accept-encoding",
    "accept-language",
    "accept-ranges",
    "cache-control",
    "content-encoding",
    "content-language",
    "content-location",
    "content-md5",
    "content-range",
    "content-type",
    "connection",
    "date",
    "expect",
    "max-forwards",
    "pragma",
    "referer",
    "te",
    "user-agent",
    "via",
];

/// Why a tunnel could not be opened.
pub(crate) enum TunnelError {
    /// The proxy answered CONNECT with this status.
    Status(u16),
    /// The SOCKS proxy refused, or spoke something else.
    Socks(String),
    /// The connection to the proxy failed.
    Wire(WireError),
}

impl From<std::io::Error> for TunnelError {
    fn from(e: std::io::Error) -> TunnelError {
        TunnelError::Wire(WireError::Io(e))
    }
}

/// Asks `proxy`, over `io`, for a tunnel to `host:port` (`host` without brackets) for a request
/// with these headers.
pub(crate) async fn open(
    io: &mut Box<dyn Io>,
    proxy: &Proxy,
    (host, port): (&str, u16),
    headers: &[SentHeader],
) -> Result<(), TunnelError> {
    match proxy.kind {
        ProxyKind::Http | ProxyKind::Https => connect(io, proxy, (host, port), headers).await,
        ProxyKind::Socks5 { remote_dns } => socks5(io, proxy, host, port, remote_dns).await,
    }
}

async fn connect(
    io: &mut Box<dyn Io>,
    proxy: &Proxy,
    (host, port): (&str, u16),
    headers: &[SentHeader],
) -> Result<(), TunnelError> {
    let authority = if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    };
    let mut sent: Vec<SentHeader> = headers
        .iter()
        .filter(|h| {
            CONNECT_HEADERS
                .iter()
                .any(|n| h.key.eq_ignore_ascii_case(n))
        })
        .cloned()
        .collect();
    let mut add = |key: &str, value: String| {
        sent.push(SentHeader {
            key: key.into(),
            value,
            system: true,
        })
    };
    add("host", authority.clone());
    if let Some(auth) = proxy.authorization() {
        add("Proxy-Authorization", auth.to_string());
    }
    let head = super::request_head("CONNECT", authority.as_bytes(), &sent)
        .map_err(|e| TunnelError::Socks(e.message))?;
    io.write_all(&head).await?;
    io.flush().await?;
    // byte by byte: nothing after the head may be taken from the tunnel
    let mut buf = Vec::with_capacity(256);
    while !buf.ends_with(b"\r\n\r\n") {
        if buf.len() >= MAX_CONNECT_HEAD {
            return Err(TunnelError::Socks("proxy response head too large".into()));
        }
        let byte = io.read_u8().await?;
        buf.push(byte);
    }
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut response = httparse::Response::new(&mut headers);
    let code = match response.parse(&buf) {
        Ok(httparse::Status::Complete(_)) => response.code.unwrap_or(0),
        _ => {
            return Err(TunnelError::Socks(
                "invalid proxy response to CONNECT".into(),
            ))
        }
    };
    if (200..300).contains(&code) {
        Ok(())
    } else {
        Err(TunnelError::Status(code))
    }
}

fn socks_error(reply: u8) -> TunnelError {
    let why = match reply {
        1 => "general SOCKS server failure",
        2 => "connection not allowed by ruleset",
        3 => "network unreachable",
        4 => "host unreachable",
        5 => "connection refused",
        6 => "TTL expired",
        7 => "command not supported",
        8 => "address type not supported",
        _ => "unknown SOCKS error",
    };
    TunnelError::Socks(format!("Socks5 proxy rejected connection - {why}"))
}

async fn socks5(
    io: &mut Box<dyn Io>,
    proxy: &Proxy,
    host: &str,
    port: u16,
    remote_dns: bool,
) -> Result<(), TunnelError> {
    let methods: &[u8] = if proxy.credentials.is_some() {
        &[0, 2]
    } else {
        &[0]
    };
    let mut hello = vec![5, methods.len() as u8];
    hello.extend_from_slice(methods);
    io.write_all(&hello).await?;
    let mut choice = [0u8; 2];
    io.read_exact(&mut choice).await?;
    match (choice, &proxy.credentials) {
        ([5, 0], _) => {}
        ([5, 2], Some((user, password))) => {
            let (user, password) = (user.as_bytes(), password.as_bytes());
            if user.len() > 255 || password.len() > 255 {
                return Err(TunnelError::Socks(
                    "SOCKS5 user name or password too long".into(),
                ));
            }
            let mut auth = vec![1, user.len() as u8];
            auth.extend_from_slice(user);
            auth.push(password.len() as u8);
            auth.extend_from_slice(password);
            io.write_all(&auth).await?;
            let mut status = [0u8; 2];
            io.read_exact(&mut status).await?;
            if status[1] != 0 {
                return Err(TunnelError::Socks("Socks5 Authentication failed".into()));
            }
        }
        ([5, _], _) => {
            return Err(TunnelError::Socks(
                "Socks5 proxy accepts none of the offered authentication methods".into(),
            ))
        }
        _ => return Err(TunnelError::Socks("not a SOCKS5 proxy".into())),
    }
    let mut request = vec![5, 1, 0];
    let ip = match host.parse::<IpAddr>() {
        Ok(ip) => Some(ip),
        Err(_) if remote_dns => None,
        Err(_) => {
            let addrs = super::dns::lookup(host, port)
                .await
                .ok_or(TunnelError::Wire(WireError::NotFound))?;
            addrs.first().map(|a| a.ip())
        }
    };
    match ip {
        Some(IpAddr::V4(v4)) => {
            request.push(1);
            request.extend_from_slice(&v4.octets());
        }
        Some(IpAddr::V6(v6)) => {
            request.push(4);
            request.extend_from_slice(&v6.octets());
        }
        None => {
            if host.len() > 255 {
                return Err(TunnelError::Socks("host name too long for SOCKS5".into()));
            }
            request.push(3);
            request.push(host.len() as u8);
            request.extend_from_slice(host.as_bytes());
        }
    }
    request.extend_from_slice(&port.to_be_bytes());
    io.write_all(&request).await?;
    let mut reply = [0u8; 4];
    io.read_exact(&mut reply).await?;
    if reply[0] != 5 {
        return Err(TunnelError::Socks("not a SOCKS5 proxy".into()));
    }
    if reply[1] != 0 {
        return Err(socks_error(reply[1]));
    }
    let skip = match reply[3] {
        1 => 4,
        4 => 16,
        3 => usize::from(io.read_u8().await?),
        _ => return Err(TunnelError::Socks("invalid SOCKS5 reply".into())),
    };
    let mut bound = vec![0u8; skip + 2];
    io.read_exact(&mut bound).await?;
    Ok(())
}
