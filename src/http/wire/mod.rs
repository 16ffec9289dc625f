//! Our own HTTP/1.1 client, so that requests go out byte for byte as Newman sends them: header
//! names in the case written and in order, the request target as `prepare` encoded it (no
//! dot-segment normalisation), nothing added by the transport. Responses keep the header names
//! as received, in order, and the reason phrase as sent.
//!
//! Connections are kept alive in a pool per (scheme, host, port, TLS slot); a kept-alive
//! connection that fails before any response byte arrives (the server had closed it) is
//! replaced by a new one and the request sent again, once. `Connection: close` from either side
//! ends the connection after the response. Deadlines are the caller's (`tokio::time::timeout`
//! around [`exchange`]); [`Progress`] tells it whether the time ran out while connecting, and
//! when each phase (lookup, connect, TLS) ended; [`Response::head_at`] is the first byte's.
//!
//! Through a proxy ([`Via`]): an http URL goes to an HTTP proxy as is (the caller writes the
//! absolute-form request target); an https URL, or any URL through a SOCKS5 proxy, goes through
//! a tunnel (`tunnel.rs`) and TLS to the host runs inside it.

mod dns;
mod request;
mod response;
mod tunnel;

pub(crate) use request::{absolute_target, asks_close, request_head, request_target};
pub(crate) use response::Response;
pub(crate) use tunnel::TunnelError;

use crate::http::proxy::Proxy;

use response::ExchangeFailure;
use std::cell::Cell;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

/// An idle connection older than this is not reused.
const IDLE_TIMEOUT: Duration = Duration::from_secs(60);
const MAX_IDLE_PER_KEY: usize = 8;
/// A body up to this size is written together with the head, in one write.
const COALESCE_BODY: usize = 16 * 1024;

/// Why an exchange failed, for `errors::map_wire_error`.
pub(crate) enum WireError {
    /// A socket or TLS error (rustls errors come inside an `io::Error`).
    Io(std::io::Error),
    /// The host name did not resolve.
    NotFound,
    /// A response Node's parser would refuse.
    Parse { code: &'static str, message: String },
    /// The host is not a valid TLS server name.
    BadServerName(String),
    /// The response body is larger than the limit (in bytes).
    TooLarge(usize),
    /// The proxy could not be reached or refused the tunnel.
    Proxy(Box<ProxyFailure>),
}

/// A request that failed at its proxy.
pub(crate) struct ProxyFailure {
    /// The proxy, without credentials.
    pub url: url::Url,
    /// Whether a tunnel was asked for (https URLs, SOCKS).
    pub tunnel: bool,
    pub error: TunnelError,
}

/// How far an exchange got, and when: read by the caller after a timeout, and for the timing
/// phases of `--verbose`.
#[derive(Default)]
pub(crate) struct Progress {
    /// A new connection is being opened.
    pub connecting: Cell<bool>,
    /// The last connection was taken from the pool or began to open.
    pub socket: Cell<Option<Instant>>,
    /// The host (or the proxy) name was looked up: not for an IP address.
    pub looked_up: Cell<Option<Instant>>,
    pub connected: Cell<Option<Instant>>,
    pub secured: Cell<Option<Instant>>,
}

trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// One connection and the bytes read from it but not used yet.
pub(crate) struct Conn {
    io: Box<dyn Io>,
    buf: Vec<u8>,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    https: bool,
    host: String,
    port: u16,
    slot: usize,
    /// The proxy's URL and credentials.
    proxy: Option<String>,
}

/// Idle kept-alive connections.
#[derive(Default)]
pub(crate) struct Pool {
    idle: Mutex<HashMap<Key, Vec<(Conn, Instant)>>>,
}

impl Pool {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Key, Vec<(Conn, Instant)>>> {
        self.idle.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn take(&self, key: &Key) -> Option<Conn> {
        let mut idle = self.lock();
        let list = idle.get_mut(key)?;
        while let Some((conn, since)) = list.pop() {
            if since.elapsed() < IDLE_TIMEOUT {
                return Some(conn);
            }
        }
        None
    }

    fn put(&self, key: Key, conn: Conn) {
        let mut idle = self.lock();
        let list = idle.entry(key).or_default();
        list.retain(|(_, since)| since.elapsed() < IDLE_TIMEOUT);
        if list.len() >= MAX_IDLE_PER_KEY {
            list.remove(0);
        }
        list.push((conn, Instant::now()));
    }
}

/// Where a request goes.
pub(crate) struct Endpoint<'a> {
    /// The host as in the URL (an IPv6 address in brackets).
    pub host: &'a str,
    pub port: u16,
    /// The TLS settings for `https`, `None` for `http`.
    pub tls: Option<&'a Arc<rustls::ClientConfig>>,
    /// Which TLS settings (verification, client certificate): connections are pooled per slot.
    pub slot: usize,
    pub via: Option<Via<'a>>,
}

/// The proxy a request goes through.
pub(crate) struct Via<'a> {
    pub proxy: &'a Proxy,
    /// The TLS settings for an `https://` proxy.
    pub tls: &'a Arc<rustls::ClientConfig>,
    /// The request's headers, some of which a `CONNECT` request repeats.
    pub headers: &'a [crate::http::SentHeader],
}

impl Via<'_> {
    /// Whether the request goes through a tunnel (else the proxy gets the request itself).
    fn tunnels(&self, https: bool) -> bool {
        !self.proxy.forwards(https)
    }

    fn failure(&self, https: bool, error: TunnelError) -> WireError {
        WireError::Proxy(Box::new(ProxyFailure {
            url: self.proxy.url.clone(),
            tunnel: self.tunnels(https),
            error,
        }))
    }
}

/// What is sent.
pub(crate) struct Outgoing<'a> {
    /// From [`request_head`].
    pub head: &'a [u8],
    pub body: Option<&'a [u8]>,
    /// A HEAD request: the response has no body whatever its headers say.
    pub is_head: bool,
    /// The largest response body to read, in bytes.
    pub max_body: usize,
    /// The request says `Connection: close`.
    pub close: bool,
}

/// Sends the request and reads the response, on a kept-alive connection when there is one;
/// `meanwhile` is called once the request is written, while the answer is on its way.
pub(crate) async fn exchange(
    pool: &Pool,
    endpoint: &Endpoint<'_>,
    outgoing: &Outgoing<'_>,
    progress: &Progress,
    meanwhile: &mut Option<&mut dyn FnMut()>,
) -> Result<Response, WireError> {
    let key = Key {
        https: endpoint.tls.is_some(),
        host: endpoint.host.to_string(),
        port: endpoint.port,
        slot: endpoint.slot,
        proxy: endpoint.via.as_ref().map(|v| v.proxy.pool_key.clone()),
    };
    let mut fresh_only = false;
    loop {
        let pooled = if fresh_only { None } else { pool.take(&key) };
        let reused = pooled.is_some();
        progress.socket.set(Some(Instant::now()));
        let mut conn = match pooled {
            Some(conn) => conn,
            None => {
                progress.connecting.set(true);
                let conn = connect(endpoint, progress).await;
                progress.connecting.set(false);
                conn?
            }
        };
        match round_trip(&mut conn, outgoing, meanwhile).await {
            Ok((response, reusable)) => {
                if reusable && !outgoing.close {
                    pool.put(key, conn);
                }
                return Ok(response);
            }
            Err(ExchangeFailure {
                before_response: true,
                ..
            }) if reused => fresh_only = true,
            Err(failure) => return Err(failure.error),
        }
    }
}

async fn round_trip(
    conn: &mut Conn,
    outgoing: &Outgoing<'_>,
    meanwhile: &mut Option<&mut dyn FnMut()>,
) -> Result<(Response, bool), ExchangeFailure> {
    let written = async {
        match outgoing.body.filter(|b| !b.is_empty()) {
            Some(body) if body.len() <= COALESCE_BODY => {
                let mut all = Vec::with_capacity(outgoing.head.len() + body.len());
                all.extend_from_slice(outgoing.head);
                all.extend_from_slice(body);
                conn.io.write_all(&all).await?;
            }
            Some(body) => {
                conn.io.write_all(outgoing.head).await?;
                conn.io.write_all(body).await?;
            }
            None => conn.io.write_all(outgoing.head).await?,
        }
        conn.io.flush().await
    }
    .await;
    if let Err(e) = written {
        return Err(ExchangeFailure {
            error: WireError::Io(e),
            before_response: true,
        });
    }
    if let Some(work) = meanwhile.take() {
        work();
    }
    response::read(conn, outgoing.is_head, outgoing.max_body).await
}

async fn connect_tcp(host: &str, port: u16, progress: &Progress) -> Result<TcpStream, WireError> {
    let addrs = match host.parse::<IpAddr>() {
        Ok(ip) => vec![std::net::SocketAddr::new(ip, port)],
        Err(_) => {
            let addrs = dns::lookup(host, port).await.ok_or(WireError::NotFound)?;
            progress.looked_up.set(Some(Instant::now()));
            addrs
        }
    };
    let mut last = None;
    for addr in addrs {
        match TcpStream::connect(addr).await {
            Ok(stream) => {
                progress.connected.set(Some(Instant::now()));
                return Ok(stream);
            }
            Err(e) => last = Some(e),
        }
    }
    Err(last.map_or(WireError::NotFound, WireError::Io))
}

/// TLS over `io` to `host` (without brackets).
async fn secure(
    io: Box<dyn Io>,
    host: &str,
    config: &Arc<rustls::ClientConfig>,
) -> Result<Box<dyn Io>, WireError> {
    let name = rustls::pki_types::ServerName::try_from(host.to_string())
        .map_err(|_| WireError::BadServerName(host.to_string()))?;
    let tls = tokio_rustls::TlsConnector::from(Arc::clone(config))
        .connect(name, io)
        .await
        .map_err(WireError::Io)?;
    Ok(Box::new(tls))
}

/// A TCP connection (Node sets no delay on HTTP sockets).
async fn open(host: &str, port: u16, progress: &Progress) -> Result<Box<dyn Io>, WireError> {
    let tcp = connect_tcp(host, port, progress).await?;
    let _ = tcp.set_nodelay(true);
    Ok(Box::new(tcp))
}

async fn connect(endpoint: &Endpoint<'_>, progress: &Progress) -> Result<Conn, WireError> {
    let host = endpoint.host.trim_start_matches('[').trim_end_matches(']');
    let https = endpoint.tls.is_some();
    let mut io = match &endpoint.via {
        None => open(host, endpoint.port, progress).await?,
        Some(via) => {
            let proxy = via.proxy;
            let failed = |e: WireError| via.failure(https, TunnelError::Wire(e));
            let mut io = open(&proxy.host, proxy.port, progress)
                .await
                .map_err(failed)?;
            if proxy.kind == crate::http::proxy::ProxyKind::Https {
                io = secure(io, &proxy.host, via.tls).await.map_err(failed)?;
            }
            if via.tunnels(https) {
                tunnel::open(&mut io, proxy, (host, endpoint.port), via.headers)
                    .await
                    .map_err(|e| via.failure(https, e))?;
            }
            io
        }
    };
    if let Some(config) = endpoint.tls {
        io = secure(io, host, config).await?;
        progress.secured.set(Some(Instant::now()));
    }
    Ok(Conn {
        io,
        buf: Vec::new(),
    })
}
