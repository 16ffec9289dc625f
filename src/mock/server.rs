//! The HTTP side of the mock: one axum fallback handler answering every request from the
//! route table.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use super::error::MockError;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;
use axum::serve::ListenerExt;
use axum::Router;
use tokio::sync::watch;

use super::matching::{select, Pick};
use super::routes::{MockExample, RouteTable};

pub(crate) struct Shared {
    pub table: RouteTable,
    /// Print one line per request to stderr (`postie mock`).
    pub log_requests: bool,
}

/// Headers of an example the server sets itself (or that would break the connection).
const SERVER_SET_HEADERS: &[&str] = &[
    "content-length",
    "transfer-encoding",
    "content-encoding",
    "connection",
    "keep-alive",
];

/// Serves until `shutdown` turns true; then lets open connections finish for up to a second.
pub(crate) async fn run(
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
    shutdown: watch::Receiver<bool>,
    connections: Arc<AtomicU64>,
) -> Result<(), MockError> {
    let listener = tokio::net::TcpListener::from_std(listener)
        .map_err(MockError::Socket)?
        .tap_io(move |tcp| {
            connections.fetch_add(1, Ordering::Relaxed);
            let _ = tcp.set_nodelay(true);
        });
    let app = Router::new()
        .fallback(answer)
        .layer(DefaultBodyLimit::disable())
        .with_state(shared);
    let mut graceful = shutdown.clone();
    let server = std::future::IntoFuture::into_future(
        axum::serve(listener, app).with_graceful_shutdown(async move {
            let _ = graceful.wait_for(|stop| *stop).await;
        }),
    );
    let mut hard_stop = shutdown;
    tokio::select! {
        result = server => result.map_err(MockError::Serve),
        _ = async {
            let _ = hard_stop.wait_for(|stop| *stop).await;
            tokio::time::sleep(Duration::from_secs(1)).await;
        } => Ok(()),
    }
}

async fn answer(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let pick = pick_from(&headers, &body);
    let chosen = select(
        &shared.table,
        method.as_str(),
        uri.path(),
        uri.query(),
        &pick,
    );
    if shared.log_requests {
        match &chosen {
            Ok(example) => log(format!(
                "{method} {uri} -> {} \"{}\"",
                example.code, example.name
            )),
            Err(_) => log(format!("{method} {uri} -> 404 (no example)")),
        }
    }
    match chosen {
        Ok(example) => example_response(example),
        Err(message) => not_found(&shared.table, &message),
    }
}

fn pick_from(headers: &HeaderMap, body: &[u8]) -> Pick {
    let match_body = header_text(headers, "x-mock-match-request-body")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        .then(|| String::from_utf8_lossy(body).into_owned());
    let match_headers = header_text(headers, "x-mock-match-request-headers")
        .map(|names| {
            names
                .split(',')
                .map(|n| n.trim().to_ascii_lowercase())
                .filter(|n| !n.is_empty())
                .map(|n| {
                    let value = header_text(headers, &n);
                    (n, value)
                })
                .collect()
        })
        .unwrap_or_default();
    Pick {
        name: header_text(headers, "x-mock-response-name"),
        code: header_text(headers, "x-mock-response-code"),
        id: header_text(headers, "x-mock-response-id"),
        match_body,
        match_headers,
    }
}

fn header_text(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

fn example_response(example: &MockExample) -> Response {
    let mut response = Response::new(Body::from(example.body.clone()));
    *response.status_mut() = StatusCode::from_u16(example.code).unwrap_or(StatusCode::OK);
    let headers = response.headers_mut();
    for (key, value) in &example.headers {
        if SERVER_SET_HEADERS.contains(&key.to_ascii_lowercase().as_str()) {
            continue;
        }
        let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(key.trim().as_bytes()),
            HeaderValue::from_str(value.trim()),
        ) else {
            continue;
        };
        headers.append(name, value);
    }
    if !headers.contains_key(header::CONTENT_TYPE) {
        if let Some(content_type) = content_type_for(example.preview_language.as_deref()) {
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        }
    }
    let canonical = response.status().canonical_reason().unwrap_or_default();
    let reason = example.status.trim();
    if !reason.is_empty() && reason != canonical {
        if let Ok(phrase) = hyper::ext::ReasonPhrase::try_from(reason.as_bytes().to_vec()) {
            response.extensions_mut().insert(phrase);
        }
    }
    response
}

fn content_type_for(preview_language: Option<&str>) -> Option<&'static str> {
    match preview_language? {
        "json" => Some("application/json; charset=utf-8"),
        "html" => Some("text/html; charset=utf-8"),
        "xml" => Some("application/xml; charset=utf-8"),
        "javascript" => Some("application/javascript; charset=utf-8"),
        "text" => Some("text/plain; charset=utf-8"),
        _ => None,
    }
}

fn not_found(table: &RouteTable, message: &str) -> Response {
    let body = serde_json::json!({
        "error": {
            "name": "mockRequestNotFoundError",
            "message": message,
            "header": "No matching requests",
            "routes": table.routes(),
        }
    });
    let mut response = Response::new(Body::from(body.to_string()));
    *response.status_mut() = StatusCode::NOT_FOUND;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    response
}

/// One line of the request log on stderr; a closed stderr does not stop the server.
fn log(line: String) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{line}");
}
