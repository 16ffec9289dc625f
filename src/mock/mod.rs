//! `postie mock`: serves a collection's saved example responses on 127.0.0.1.
//!
//! A request is answered by the example whose original request has the same method and path
//! (`{{var}}` and `:param` segments match any one segment; the host is ignored), then by the
//! `x-mock-response-name` / `x-mock-response-code` / `x-mock-response-id` headers, then by the
//! best query match, then the first. `x-mock-match-request-body: true` and
//! `x-mock-match-request-headers: A, B` additionally require the example's original request to
//! have that body / those header values. No match gives a 404 `mockRequestNotFoundError` listing
//! the known routes. A `{{var}}` host may hide a path prefix: when no example fits the whole
//! path, such examples may match its last segments.

mod error;
mod matching;
mod pattern;
mod routes;
mod server;
mod strict;

#[cfg(test)]
mod tests;

use std::net::TcpListener;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use std::thread::JoinHandle;

use tokio::sync::watch;

use crate::collection::model::Collection;
pub use error::MockError;

use routes::RouteTable;
use server::Shared;

/// A mock server running in a background thread; stops on `stop` or when dropped.
pub struct MockServer {
    pub port: u16,
    #[cfg_attr(not(test), allow(dead_code))]
    routes: Vec<String>,
    shutdown: watch::Sender<bool>,
    thread: Option<JoinHandle<Result<(), MockError>>>,
    #[cfg_attr(not(test), allow(dead_code))]
    connections: Arc<AtomicU64>,
}

impl MockServer {
    /// Starts serving in a background thread (its own tokio runtime); returns once listening.
    /// `port` 0 picks any free port.
    pub fn start(collection: &Collection, port: u16) -> Result<MockServer, MockError> {
        let listener = bind(port)?;
        let port = local_port(&listener)?;
        let runtime = runtime()?;
        let table = RouteTable::from_collection(collection);
        let routes = table.routes();
        let shared = Arc::new(Shared {
            table,
            log_requests: false,
        });
        let (shutdown, stop_signal) = watch::channel(false);
        let connections = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&connections);
        let thread = std::thread::Builder::new()
            .name("postie-mock".into())
            .spawn(move || runtime.block_on(server::run(listener, shared, stop_signal, counter)))
            .map_err(MockError::Thread)?;
        Ok(MockServer {
            port,
            routes,
            shutdown,
            thread: Some(thread),
            connections,
        })
    }

    /// "http://127.0.0.1:PORT"
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The routes served ("POST /oauth2/token"), in collection order.
    #[cfg(test)]
    pub fn routes(&self) -> &[String] {
        &self.routes
    }

    /// How many TCP connections the server has accepted so far.
    #[cfg(test)]
    pub fn connections_accepted(&self) -> u64 {
        self.connections.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Stops serving and waits for the server thread to end.
    pub fn stop(self) {}

    fn shut_down(&mut self) {
        let _ = self.shutdown.send(true);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.shut_down();
    }
}

/// `postie mock <collection> --port N`: serves until Ctrl-C, printing the routes and the URL.
pub fn serve_forever(collection: &Collection, port: u16) -> Result<(), MockError> {
    let listener = bind(port)?;
    let port = local_port(&listener)?;
    let table = RouteTable::from_collection(collection);
    print_banner(collection, &table, port);
    let shared = Arc::new(Shared {
        table,
        log_requests: true,
    });
    let runtime = runtime()?;
    let (shutdown, stop_signal) = watch::channel(false);
    runtime.block_on(async move {
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                let _ = shutdown.send(true);
            }
        });
        server::run(listener, shared, stop_signal, Arc::new(AtomicU64::new(0))).await
    })
}

/// Prints the URL and routes. Output errors (a closed pipe) are ignored: serving goes on.
fn print_banner(collection: &Collection, table: &RouteTable, port: u16) {
    use std::fmt::Write as _;
    let name = &collection.info.name;
    let mut text = format!(
        "postie mock: {} saved example(s) of \"{name}\" at http://127.0.0.1:{port}\n",
        table.examples.len()
    );
    for route in table.routes() {
        let names: Vec<String> = table
            .examples
            .iter()
            .filter(|e| e.route() == route)
            .map(|e| format!("{} \"{}\"", e.code, e.name))
            .collect();
        let _ = writeln!(text, "  {route}  ({})", names.join(", "));
    }
    if table.examples.is_empty() {
        text.push_str("  (no saved examples: every request will get a 404)\n");
    }
    text.push_str("Press Ctrl-C to stop.\n");
    let mut out = std::io::stdout();
    let _ = std::io::Write::write_all(&mut out, text.as_bytes());
    let _ = std::io::Write::flush(&mut out);
}

fn bind(port: u16) -> Result<TcpListener, MockError> {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .map_err(|source| MockError::Listen { port, source })?;
    listener.set_nonblocking(true).map_err(MockError::Socket)?;
    Ok(listener)
}

fn local_port(listener: &TcpListener) -> Result<u16, MockError> {
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(MockError::Port)
}

fn runtime() -> Result<tokio::runtime::Runtime, MockError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(MockError::Runtime)
}
