//! Signing in on a terminal (authorization code, PKCE, implicit): a local listener on the
//! `redirect_uri` port, the authorization URL printed, the redirect's parameters awaited.

use super::config::{Config, Grant};
use super::grants::with_query;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

/// How long a sign-in may take.
pub const WAIT: Duration = Duration::from_secs(300);

/// The code verifier of a PKCE sign-in: the configured one, else 64 random characters.
pub fn code_verifier(c: &Config) -> String {
    if !c.code_verifier.is_empty() {
        return c.code_verifier.clone();
    }
    let a = crate::ids::uuid_v4().simple().to_string();
    let b = crate::ids::uuid_v4().simple().to_string();
    format!("{a}{b}")
}

fn challenge(c: &Config, verifier: &str) -> (String, &'static str) {
    if !c.challenge_s256 {
        return (verifier.to_string(), "plain");
    }
    let digest = Sha256::digest(verifier.as_bytes());
    let encoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest);
    (encoded, "S256")
}

/// The URL the user opens to sign in.
pub fn authorization_url(c: &Config, verifier: Option<&str>) -> String {
    let response_type = if c.grant == Grant::Implicit {
        "token"
    } else {
        "code"
    };
    let mut pairs = vec![
        ("response_type".to_string(), response_type.to_string()),
        ("client_id".to_string(), c.client_id.clone()),
        ("redirect_uri".to_string(), c.redirect_uri.clone()),
    ];
    for (k, v) in [("scope", &c.scope), ("state", &c.state)] {
        if !v.is_empty() {
            pairs.push((k.to_string(), v.clone()));
        }
    }
    if let Some(verifier) = verifier {
        let (challenge, method) = challenge(c, verifier);
        pairs.push(("code_challenge".into(), challenge));
        pairs.push(("code_challenge_method".into(), method.into()));
    }
    with_query(&c.auth_url, &pairs)
}

/// Listens on 127.0.0.1 at the port of `redirect_uri` (80 when it has none).
pub fn listen(redirect_uri: &str) -> Result<TcpListener, String> {
    let url = url::Url::parse(redirect_uri)
        .map_err(|e| format!("redirect_uri {redirect_uri:?} is not a URL: {e}"))?;
    let port = url.port_or_known_default().unwrap_or(80);
    TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen for the OAuth 2.0 redirect on port {port}: {e}"))
}

/// Waits for the browser's redirect and returns its query parameters (an implicit grant's
/// `#fragment` is sent back as a query by the page first served).
pub fn wait_for_redirect(
    listener: &TcpListener,
    wait: Duration,
) -> Result<Vec<(String, String)>, String> {
    let deadline = Instant::now() + wait;
    listener
        .set_nonblocking(true)
        .map_err(|e| format!("OAuth 2.0 redirect listener: {e}"))?;
    loop {
        match listener.accept() {
            Ok((stream, _)) => {
                if let Some(params) = answer(stream) {
                    return Ok(params);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                if Instant::now() >= deadline {
                    return Err(format!(
                        "no OAuth 2.0 sign-in within {}s (the redirect never came)",
                        wait.as_secs()
                    ));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => return Err(format!("OAuth 2.0 redirect listener: {e}")),
        }
    }
}

const FRAGMENT_PAGE: &str = "<!doctype html><script>\
if (location.hash.length > 1) location.replace(location.pathname + '?' + location.hash.slice(1));\
else document.write('postie: no sign-in parameters');</script>";

const DONE_PAGE: &str = "<!doctype html><p>postie: signed in, you can close this window.</p>";

/// Reads one request; returns its query parameters when it carries a sign-in result.
fn answer(stream: TcpStream) -> Option<Vec<(String, String)>> {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(stream);
    let mut first = String::new();
    reader.read_line(&mut first).ok()?;
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let target = first.split_whitespace().nth(1).unwrap_or("/");
    let query = target.split_once('?').map_or("", |(_, q)| q);
    let params: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let done = params
        .iter()
        .any(|(k, _)| ["code", "access_token", "error"].contains(&k.as_str()));
    let page = if done { DONE_PAGE } else { FRAGMENT_PAGE };
    let mut stream = reader.into_inner();
    let _ = write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}",
        page.len()
    );
    done.then_some(params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_redirect_gives_the_code() {
        let listener = listen("http://127.0.0.1:0/cb").expect("listen");
        let port = listener.local_addr().expect("addr").port();
        let browser = std::thread::spawn(move || {
            let get = |target: &str| {
                let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
                write!(s, "GET {target} HTTP/1.1\r\nHost: x\r\n\r\n").expect("send");
                let mut page = String::new();
                let _ = std::io::Read::read_to_string(&mut s, &mut page);
                page
            };
            (get("/favicon.ico"), get("/cb?code=c%201&state=s"))
        });
        let params = wait_for_redirect(&listener, Duration::from_secs(10)).expect("redirect");
        assert!(params.contains(&("code".into(), "c 1".into())));
        let (favicon, done) = browser.join().expect("browser");
        assert!(favicon.contains("location.hash") && done.contains("signed in"));
    }

    #[test]
    fn pkce_challenge_is_s256_of_the_verifier() {
        let mut c = crate::auth::oauth2::config::tests_support::config();
        c.grant = Grant::Pkce;
        c.auth_url = "http://a/auth".into();
        let url = authorization_url(&c, Some("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        assert!(url.starts_with("http://a/auth?response_type=code&client_id=cid&"));
        assert!(url.contains("code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        assert!(url.ends_with("code_challenge_method=S256"));
    }
}
