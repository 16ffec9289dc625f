//! Sending prepared requests through our own HTTP/1.1 transport (`wire`), driven on the calling
//! thread by a single-threaded runtime, so a request costs no hand-off between threads; our own
//! redirect loop and cookie jar, Node-style error messages. A proxy (`--proxy`, `HTTP_PROXY`…,
//! chosen by `proxy.rs`) gets an http request in absolute form (`GET http://host/path`), with
//! `Proxy-Authorization` when its URL has credentials; https requests go through a tunnel. Either
//! way the request's own bytes are the ones sent without a proxy.
//!
//! Verified against Newman 6.2.2: a redirect hop keeps the headers and Postman-Token, adds
//! `Referer: <previous URL>`, moves `Host` after it and appends the jar's `Cookie`; 301/302/303
//! switch to GET (not HEAD) and drop the body and its Content-Type/Length unless
//! `followOriginalHttpMethod`; Authorization is dropped when the host changes unless
//! `followAuthorizationHeader`; errors read `connect ECONNREFUSED 127.0.0.1:1`,
//! `getaddrinfo ENOTFOUND host`, `ESOCKETTIMEDOUT` (no response in time) and
//! `Exceeded maxRedirects. Probably stuck in a redirect loop <url>`.

use super::cookies::Jar;
use super::decode::decode_body;
use super::errors::{err, map_wire_error};
use super::proxy::Proxies;
use super::{
    tls, wire, CookieData, HttpOptions, PreparedRequest, RequestError, ResponseData, SentHeader,
    Timings,
};
use crate::collection::model::ProtocolProfileBehavior;
use crate::request_text::url as purl;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

/// The TLS settings of one slot (see [`HttpClient::slot`]).
type Route = Arc<rustls::ClientConfig>;

pub struct HttpClient {
    options: HttpOptions,
    /// Client certificates (`--ssl-client-cert`, `--ssl-client-cert-list`).
    certs: tls::ClientCerts,
    /// The server certificate verifiers all routes share.
    verifiers: tls::Verifiers,
    /// The TLS settings by [`HttpClient::slot`]: `-k` as given or reversed (a request's
    /// `strictSSL`), no client certificate or one of `certs`. Slot 0 (`-k` as given, no
    /// certificate) and the certificate slots are built by `new`, the others on first use.
    routes: Vec<OnceLock<Result<Route, String>>>,
    /// `--proxy` and the proxy variables of the environment.
    proxies: Proxies,
    /// Kept-alive connections of our transport (dropped before the runtime).
    pool: wire::Pool,
    jar: Mutex<Jar>,
    /// Runs the client's I/O while `send` waits for it.
    runtime: tokio::runtime::Runtime,
    /// The end of the whole run (`--timeout`): no request may last past it.
    deadline: Mutex<Option<std::time::Instant>>,
}

impl HttpClient {
    /// A client for the whole run; fails on a bad CA/cert/key file, passphrase, proxy or jar.
    pub fn new(options: &HttpOptions) -> Result<HttpClient, String> {
        let certs = tls::ClientCerts::load(options)?;
        let proxies = Proxies::new(options.proxy.as_deref(), |name| std::env::var(name).ok())?;
        let verifiers = tls::Verifiers::load(options)?;
        let routes: Vec<OnceLock<Result<Route, String>>> = (0..2 * (certs.len() + 1))
            .map(|_| OnceLock::new())
            .collect();
        let main = tls::rustls_config(&verifiers, !options.insecure, None)?;
        let _ = routes[Self::slot(true, None)].set(Ok(main));
        // a certificate the TLS library refuses (key not matching, unsupported type) is an
        // error now, not at the first request that needs it
        for index in 0..certs.len() {
            let route = tls::rustls_config(&verifiers, !options.insecure, certs.identity(index))?;
            let _ = routes[Self::slot(true, Some(index))].set(Ok(route));
        }
        let jar = match &options.cookie_jar {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("unable to read cookie jar {}: {e}", path.display()))?;
                let json: serde_json::Value = serde_json::from_str(&text)
                    .map_err(|e| format!("invalid cookie jar {}: {e}", path.display()))?;
                Jar::from_tough_json(&json).map_err(|e| format!("{e} ({})", path.display()))?
            }
            None => Jar::default(),
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| format!("unable to set up the HTTP client: {e}"))?;
        Ok(HttpClient {
            options: options.clone(),
            runtime,
            certs,
            verifiers,
            routes,
            proxies,
            pool: wire::Pool::default(),
            jar: Mutex::new(jar),
            deadline: Mutex::new(None),
        })
    }

    /// Sets the end of the run (`--timeout`); requests in flight then are cut off.
    pub fn set_deadline(&self, deadline: Option<std::time::Instant>) {
        if let Ok(mut d) = self.deadline.lock() {
            *d = deadline;
        }
    }

    /// The request timeout, shortened to what is left of the run.
    fn time_left(&self, timeout: Option<std::time::Duration>) -> Option<std::time::Duration> {
        let deadline = self.deadline.lock().ok().and_then(|d| *d);
        let left = deadline.map(|d| d.saturating_duration_since(std::time::Instant::now()));
        match (timeout, left) {
            (Some(t), Some(l)) => Some(t.min(l)),
            (t, l) => t.or(l),
        }
    }

    /// Where the route for (`-k` as given or reversed, client certificate) is kept in `routes`.
    fn slot(default_verify: bool, identity: Option<usize>) -> usize {
        2 * identity.map_or(0, |i| i + 1) + usize::from(!default_verify)
    }

    /// How to send a request to `url`, and its TLS slot.
    fn route_for(
        &self,
        behavior: &ProtocolProfileBehavior,
        url: &str,
    ) -> Result<(&Route, usize), RequestError> {
        let verify = behavior.strict_ssl.unwrap_or(!self.options.insecure);
        let default_verify = verify != self.options.insecure;
        let identity = self.certs.pick(url);
        let index = Self::slot(default_verify, identity);
        let slot = self
            .routes
            .get(index)
            .ok_or_else(|| err(None, "no HTTP client for this request".to_string()))?;
        let route = slot
            .get_or_init(|| {
                tls::rustls_config(
                    &self.verifiers,
                    verify,
                    identity.and_then(|i| self.certs.identity(i)),
                )
            })
            .as_ref()
            .map_err(|e| err(None, e.clone()))?;
        Ok((route, index))
    }

    fn jar(&self) -> std::sync::MutexGuard<'_, Jar> {
        self.jar.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn has_cookies(&self) -> bool {
        !self.jar().is_empty()
    }

    /// Cookies the jar would send to `url`.
    pub fn cookies_for(&self, url: &str) -> Vec<CookieData> {
        match url::Url::parse(url) {
            Ok(u) => self.jar().cookies_for(&u),
            Err(_) => Vec::new(),
        }
    }

    /// Stores a cookie as if `url` had answered with `Set-Cookie: <set_cookie>` (for
    /// `pm.cookies.jar().set`).
    pub fn set_cookie(&self, url: &str, set_cookie: &str) -> Result<(), String> {
        let u = url::Url::parse(url).map_err(|e| format!("invalid URL {url}: {e}"))?;
        self.jar().store_response(&u, &[set_cookie.to_string()]);
        Ok(())
    }

    /// Removes the cookie `name` (or every cookie when `None`) that `url` would get.
    pub fn remove_cookies(&self, url: &str, name: Option<&str>) -> Result<(), String> {
        let u = url::Url::parse(url).map_err(|e| format!("invalid URL {url}: {e}"))?;
        self.jar().remove(&u, name);
        Ok(())
    }

    /// Empties the jar.
    #[cfg(test)]
    pub fn clear_cookies(&self) {
        self.jar().clear();
    }

    /// Writes the jar as tough-cookie JSON (write to a temp file, then rename).
    pub fn export_cookie_jar(&self, path: &std::path::Path) -> Result<(), String> {
        let json = self.jar().to_tough_json();
        let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
        let options = crate::outfile::WriteOptions {
            force: true,
            ..Default::default()
        };
        crate::outfile::write_bytes(path, &options, text.as_bytes()).map_err(|e| {
            format!(
                "unable to write cookie jar {}: {}",
                path.display(),
                e.message
            )
        })
    }

    /// Sends the request, following redirects as `behavior` and the CLI say.
    pub fn send(
        &self,
        request: &PreparedRequest,
        behavior: &ProtocolProfileBehavior,
    ) -> Result<ResponseData, RequestError> {
        self.send_meanwhile(request, behavior, &mut || {})
    }

    /// As [`HttpClient::send`]; `meanwhile` is called once, while the first answer is awaited
    /// (or not at all, when the request cannot be written).
    pub fn send_meanwhile(
        &self,
        request: &PreparedRequest,
        behavior: &ProtocolProfileBehavior,
        meanwhile: &mut dyn FnMut(),
    ) -> Result<ResponseData, RequestError> {
        let mut meanwhile = Some(meanwhile);
        // the certificate is chosen by the request's URL and kept across redirects (Newman)
        let (route, slot) = self.route_for(behavior, &request.url)?;
        let follow = behavior
            .follow_redirects
            .unwrap_or(!self.options.ignore_redirects);
        let max_redirects = behavior.max_redirects.unwrap_or(10);
        let disable_encoding = behavior.disable_url_encoding == Some(true);
        let user_cookie = request
            .headers
            .iter()
            .rev()
            .find(|h| h.key.eq_ignore_ascii_case("cookie"))
            .map(|h| h.value.clone());

        let mut hop = Hop {
            method: request.method.clone(),
            url: request.url.clone(),
            headers: request.headers.clone(),
            // one copy of the body for all hops
            body: request.body.clone().map(bytes::Bytes::from),
        };
        let started = Instant::now();
        let mut redirects = 0u32;
        loop {
            let parsed = parse_url(&hop.url)?;
            self.apply_cookies(&mut hop.headers, &parsed, user_cookie.as_deref());
            let hop_started = Instant::now();
            let HopResponse {
                code,
                status,
                headers,
                body,
                timings,
            } = self.send_hop(route, slot, &hop, &parsed, hop_started, &mut meanwhile)?;
            let set_cookies: Vec<String> = headers
                .iter()
                .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
                .map(|(_, v)| v.clone())
                .collect();
            self.jar().store_response(&parsed, &set_cookies);

            let location = headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("location"))
                .map(|(_, v)| v.clone());
            if let (true, true, Some(location)) = (follow, (300..400).contains(&code), location) {
                if redirects >= max_redirects {
                    return Err(err(
                        None,
                        format!(
                            "Exceeded maxRedirects. Probably stuck in a redirect loop {}",
                            hop.url
                        ),
                    ));
                }
                redirects += 1;
                hop = next_hop(hop, &parsed, &location, code, behavior, disable_encoding)?;
                continue;
            }
            let cookies = self.jar().cookies_for(&parsed);
            let body = decode_body(&headers, body, self.options.max_response_size())
                .map_err(super::errors::too_large)?;
            let timings = self
                .options
                .timings
                .then(|| timings.finish(started, hop_started));
            return Ok(ResponseData {
                timings,
                code,
                status,
                response_size: body.len(),
                headers,
                body,
                response_time: started.elapsed().as_millis() as u64,
                cookies,
            });
        }
    }

    /// postman-request's jar step: the jar's cookies go after a user's `Cookie` value, or in the
    /// Cookie header of an earlier hop (kept in place), or in a new header at the end.
    fn apply_cookies(&self, headers: &mut Vec<SentHeader>, url: &url::Url, user: Option<&str>) {
        let jar_cookies = self.jar().header_for(url);
        let existing = headers
            .iter()
            .rposition(|h| h.key.eq_ignore_ascii_case("cookie"));
        match (jar_cookies, existing, user) {
            (Some(jar), Some(i), Some(user)) => headers[i].value = format!("{user}; {jar}"),
            (Some(jar), Some(i), None) => headers[i].value = jar,
            (Some(jar), None, _) => headers.push(SentHeader {
                key: "Cookie".into(),
                value: jar,
                system: true,
            }),
            (None, Some(i), Some(user)) => headers[i].value = user.to_string(),
            (None, Some(i), None) => {
                headers.remove(i);
            }
            (None, None, _) => {}
        }
    }

    /// One request through our own transport (and the proxy for its URL), exactly as `hop`
    /// says.
    fn send_hop(
        &self,
        tls: &Route,
        slot: usize,
        hop: &Hop,
        url: &url::Url,
        hop_started: Instant,
        meanwhile: &mut Option<&mut dyn FnMut()>,
    ) -> Result<HopResponse, RequestError> {
        let https = url.scheme() == "https";
        let proxy = self.proxies.for_url(url);
        let forward = proxy.filter(|p| p.forwards(https));
        let head = match forward {
            Some(proxy) => {
                let target = wire::absolute_target(&hop.url)?;
                match proxy.authorization() {
                    Some(value) => {
                        let mut headers = hop.headers.clone();
                        headers.push(SentHeader {
                            key: "Proxy-Authorization".into(),
                            value: value.to_string(),
                            system: true,
                        });
                        wire::request_head(&hop.method, &target, &headers)?
                    }
                    None => wire::request_head(&hop.method, &target, &hop.headers)?,
                }
            }
            None => {
                let target = wire::request_target(&hop.url)?;
                wire::request_head(&hop.method, &target, &hop.headers)?
            }
        };
        let endpoint = wire::Endpoint {
            host: url.host_str().unwrap_or_default(),
            port: super::errors::default_port(url),
            tls: https.then_some(tls),
            slot,
            via: proxy.map(|proxy| wire::Via {
                proxy,
                tls,
                headers: &hop.headers,
            }),
        };
        let outgoing = wire::Outgoing {
            head: &head,
            body: hop.body.as_deref(),
            is_head: hop.method == "HEAD",
            max_body: self.options.max_response_size(),
            close: wire::asks_close(&hop.headers),
        };
        let timeout = self.time_left(self.options.timeout_request.filter(|d| !d.is_zero()));
        let progress = wire::Progress::default();
        let result = self.runtime.block_on(async {
            let exchange = wire::exchange(&self.pool, &endpoint, &outgoing, &progress, meanwhile);
            match timeout {
                Some(t) => tokio::time::timeout(t, exchange).await.ok(),
                None => Some(exchange.await),
            }
        });
        let received = Instant::now();
        let response = match result {
            Some(r) => r.map_err(|e| map_wire_error(e, url))?,
            None if progress.connecting.get() => return Err(err(Some("ETIMEDOUT"), "ETIMEDOUT")),
            None => return Err(err(Some("ESOCKETTIMEDOUT"), "ESOCKETTIMEDOUT")),
        };
        let status = if response.reason.is_empty() {
            hyper::StatusCode::from_u16(response.code)
                .ok()
                .and_then(|s| s.canonical_reason())
                .unwrap_or_default()
                .to_string()
        } else {
            response.reason
        };
        Ok(HopResponse {
            code: response.code,
            status,
            headers: response.headers,
            body: response.body,
            timings: HopTimings {
                started: hop_started,
                socket: progress.socket.get(),
                looked_up: progress.looked_up.get(),
                connected: progress.connected.get(),
                secured: progress.secured.get(),
                head_at: response.head_at,
                received,
            },
        })
    }
}

/// When the phases of a hop ended.
struct HopTimings {
    started: Instant,
    /// A connection was taken from the pool or began to open.
    socket: Option<Instant>,
    looked_up: Option<Instant>,
    connected: Option<Instant>,
    secured: Option<Instant>,
    head_at: Instant,
    received: Instant,
}

impl HopTimings {
    /// Newman's timing phases of the last hop (postman-request's `timingPhases`); `prepare`
    /// counts from the start of the first hop.
    fn finish(&self, started: Instant, hop_started: Instant) -> Timings {
        let done = Instant::now();
        let nanos =
            |from: Instant, to: Instant| to.saturating_duration_since(from).as_nanos() as u64;
        let socket = self.socket.unwrap_or(self.started);
        let lookup = self.looked_up.unwrap_or(socket);
        let connect = self.connected.unwrap_or(lookup);
        let secure = self.secured.unwrap_or(connect);
        Timings {
            prepare: nanos(started, hop_started),
            wait: nanos(self.started, socket),
            dns: self.looked_up.map(|_| nanos(socket, lookup)),
            tcp: self.connected.map(|_| nanos(lookup, connect)),
            tls: self.secured.map(|_| nanos(connect, secure)),
            first_byte: nanos(secure, self.head_at),
            download: nanos(self.head_at, self.received),
            process: nanos(self.received, done),
            total: nanos(started, done),
        }
    }
}

struct HopResponse {
    code: u16,
    status: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    timings: HopTimings,
}

struct Hop {
    method: String,
    url: String,
    headers: Vec<SentHeader>,
    body: Option<bytes::Bytes>,
}

/// The URL for the wire; what Node/postman-request refuse gets their messages (checked with
/// Newman 6.2.2).
fn parse_url(href: &str) -> Result<url::Url, RequestError> {
    let parts = purl::parse(href);
    let protocol = parts.protocol.as_deref().unwrap_or("http").to_lowercase();
    if protocol != "http" && protocol != "https" {
        return Err(err(None, format!("Invalid protocol: {protocol}:")));
    }
    let host = parts.host.as_ref().map(|h| h.join(".")).unwrap_or_default();
    let after_scheme = href.split_once("://").map_or(href, |(_, rest)| rest);
    if host.is_empty() || after_scheme.starts_with('/') {
        return Err(err(None, format!("Invalid URI \"{href}\"")));
    }
    if let Some(port) = &parts.port {
        if !port.is_empty() && port.parse::<u16>().is_err() {
            return Err(err(
                Some("ERR_SOCKET_BAD_PORT"),
                format!("Port should be >= 0 and < 65536. Received type string ('{port}')."),
            ));
        }
    }
    url::Url::parse(href)
        .map_err(|_| err(Some("ENOTFOUND"), format!("getaddrinfo ENOTFOUND {host}")))
}

fn next_hop(
    hop: Hop,
    current: &url::Url,
    location: &str,
    code: u16,
    behavior: &ProtocolProfileBehavior,
    disable_encoding: bool,
) -> Result<Hop, RequestError> {
    let target = current
        .join(location)
        .map_err(|e| err(None, format!("invalid redirect location {location}: {e}")))?;
    let encoded = purl::encode(target.as_str(), disable_encoding);
    let mut headers = hop.headers;
    let mut method = hop.method;
    let mut body = hop.body;
    let same_host = encoded.hostname == current.host_str().unwrap_or_default();
    if !same_host && behavior.follow_authorization_header != Some(true) {
        headers.retain(|h| !h.key.eq_ignore_ascii_case("authorization"));
    }
    if behavior.follow_original_http_method != Some(true) && code != 307 && code != 308 {
        if method != "HEAD" {
            method = "GET".into();
        }
        body = None;
        headers.retain(|h| {
            !h.key.eq_ignore_ascii_case("content-type")
                && !h.key.eq_ignore_ascii_case("content-length")
        });
    }
    let user_host = headers
        .iter()
        .find(|h| h.key.eq_ignore_ascii_case("host") && !h.system)
        .map(|h| h.value.clone())
        .filter(|_| same_host);
    headers.retain(|h| !h.key.eq_ignore_ascii_case("host"));
    if behavior.remove_referer_header_on_redirect != Some(true) {
        match headers
            .iter_mut()
            .find(|h| h.key.eq_ignore_ascii_case("referer"))
        {
            Some(h) => h.value = current.to_string(),
            None => headers.push(SentHeader {
                key: "Referer".into(),
                value: hop.url.clone(),
                system: true,
            }),
        }
    }
    headers.push(SentHeader {
        key: "Host".into(),
        value: user_host.clone().unwrap_or(encoded.host_header.clone()),
        system: user_host.is_none(),
    });
    Ok(Hop {
        method,
        url: encoded.href,
        headers,
        body,
    })
}
