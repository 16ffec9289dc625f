//! Proxies and trusted certificates end to end, the postie binary against a recording proxy
//! (`support::proxy`: CONNECT, absolute-form, SOCKS5) and HTTPS servers with the certificates of
//! `fixtures/tls` (a private CA, a self-signed one). The proxy and trust variables are set for
//! the postie process only. What the proxy and the servers received is checked byte for byte:
//! through a proxy, header names keep their case and the path its dot segments.

mod support;

use serde_json::{json, Value};
use std::process::Output;
use support::proxy::RecordingProxy;
use support::tls::{fixture, TlsServer};

/// A one-request collection: GET `url` with `X-Case-Kept: 1`, and a test that the body is
/// `body`.
fn collection(url: &str, body: &str) -> Value {
    json!({
        "info": {"name": "network", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{
            "name": "one",
            "request": {
                "method": "GET",
                "url": url,
                "header": [{"key": "X-Case-Kept", "value": "1"}, {"key": "lower-case", "value": "2"}]
            },
            "event": [{"listen": "test", "script": {"exec": [
                format!("pm.test('body', () => pm.expect(pm.response.text()).to.eql({body:?}));")
            ]}}]
        }]
    })
}

fn run(url: &str, body: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let dir = support::temp_dir();
    let path = dir.path().join("c.json");
    std::fs::write(&path, collection(url, body).to_string()).expect("write the collection");
    let mut all = vec!["run", "c.json"];
    all.extend_from_slice(args);
    support::runner::run_postie_env(&all, dir.path(), env)
}

/// [`run`] of `url`, whose test expects the body a recording proxy answers (`proxied <url>`);
/// it must pass.
fn run_proxied(url: &str, args: &[&str], env: &[(&str, &str)]) {
    assert_ok(&run(url, &format!("proxied {url}"), args, env));
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn assert_ok(out: &Output) {
    assert!(out.status.success(), "{}", text(out));
}

/// The run printed `what` (on stdout or stderr).
fn assert_says(out: &Output, what: &str) {
    assert!(text(out).contains(what), "{}", text(out));
}

fn path_of(name: &str) -> String {
    fixture(name).display().to_string()
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address").port()
}

#[test]
fn http_proxy_gets_the_request_in_absolute_form() {
    let proxy = RecordingProxy::start(None);
    let url = "http://service.test:8080/a/./b?q=1";
    run_proxied(url, &[], &[("http_proxy", &proxy.url())]);
    let received = proxy.received();
    assert_eq!(received.len(), 1, "{received:?}");
    let head = &received[0];
    assert!(
        head.starts_with(&format!("GET {url} HTTP/1.1\r\n")),
        "{head}"
    );
    assert!(
        head.contains("\r\nX-Case-Kept: 1\r\nlower-case: 2\r\n"),
        "{head}"
    );
    assert!(head.contains("\r\nHost: service.test:8080\r\n"), "{head}");
    assert!(!head.contains("Proxy-Authorization"), "{head}");
}

#[test]
fn proxy_flag_wins_and_sends_its_credentials() {
    let proxy = RecordingProxy::start(Some("user:p@ss"));
    let flag = format!("http://user:p%40ss@127.0.0.1:{}", proxy.port);
    let dead = format!("http://127.0.0.1:{}", closed_port());
    let url = "http://service.test/x";
    run_proxied(url, &["--proxy", &flag], &[("HTTP_PROXY", &dead)]);
    let head = &proxy.received()[0];
    assert!(
        head.ends_with("\r\nProxy-Authorization: Basic dXNlcjpwQHNz\r\n\r\n"),
        "{head}"
    );
}

#[test]
fn https_goes_through_a_connect_tunnel_and_trusts_ssl_cert_file() {
    let proxy = RecordingProxy::start(Some("user:secret"));
    let server = TlsServer::start("server");
    let url = format!("https://localhost:{}/a/./b?y=1", server.port);
    let proxy_url = format!("http://user:secret@127.0.0.1:{}", proxy.port);
    let out = run(
        &url,
        "secure",
        &[],
        &[
            ("HTTPS_PROXY", &proxy_url),
            ("SSL_CERT_FILE", &path_of("ca.pem")),
        ],
    );
    assert_ok(&out);
    // postman-request's CONNECT: the request's headers from its list, `host`, the credentials
    let authority = format!("localhost:{}", server.port);
    let connect = &proxy.received()[0];
    assert!(
        connect.starts_with(&format!(
            "CONNECT {authority} HTTP/1.1\r\nUser-Agent: PostmanRuntime/7.39.1\r\nAccept: */*\r\n\
             Cache-Control: no-cache\r\n"
        )),
        "{connect}"
    );
    assert!(
        connect.ends_with(&format!(
            "\r\nConnection: keep-alive\r\nhost: {authority}\r\n\
             Proxy-Authorization: Basic dXNlcjpzZWNyZXQ=\r\n\r\n"
        )),
        "{connect}"
    );
    assert!(!connect.contains("X-Case-Kept"), "{connect}");
    let head = &server.received()[0];
    assert!(head.starts_with("GET /a/./b?y=1 HTTP/1.1\r\n"), "{head}");
    assert!(
        head.contains("\r\nX-Case-Kept: 1\r\nlower-case: 2\r\n"),
        "{head}"
    );
    assert!(!head.contains("Proxy-Authorization"), "{head}");
}

#[test]
fn an_https_proxy_is_reached_over_tls() {
    let proxy = RecordingProxy::start(None);
    let front = support::tls::tls_front("server", proxy.port);
    let server = TlsServer::start("server");
    let proxy_url = format!("https://localhost:{front}");
    let ca = path_of("ca.pem");
    let out = run(
        &format!("https://localhost:{}/t", server.port),
        "secure",
        &["--proxy", &proxy_url],
        &[("SSL_CERT_FILE", &ca)],
    );
    assert_ok(&out);
    let url = "http://service.test/u";
    run_proxied(url, &["--proxy", &proxy_url], &[("SSL_CERT_FILE", &ca)]);
    let received = proxy.received();
    assert!(
        received[0].starts_with("CONNECT localhost:"),
        "{received:?}"
    );
    assert!(
        received[1].starts_with("GET http://service.test/u HTTP/1.1\r\n"),
        "{received:?}"
    );
    assert!(server.received()[0].starts_with("GET /t HTTP/1.1\r\n"));
}

#[test]
fn no_proxy_hosts_are_reached_directly() {
    let proxy = RecordingProxy::start(None);
    let server = support::TestServer::start();
    let url = format!("{}/direct", server.base_url());
    let dir = support::temp_dir();
    std::fs::write(dir.path().join("c.json"), collection(&url, "").to_string()).expect("write");
    for no_proxy in [
        "localhost,127.0.0.1",
        ".example.com, 127.0.0.1:*, 127.0.0.1",
        "*",
    ] {
        let out = support::runner::run_postie_env(
            &["run", "c.json"],
            dir.path(),
            &[("HTTP_PROXY", &proxy.url()), ("no_proxy", no_proxy)],
        );
        assert_says(&out, "GET");
    }
    assert!(proxy.received().is_empty(), "{:?}", proxy.received());
    assert_eq!(server.requests().len(), 3);
    let out = support::runner::run_postie_env(
        &["run", "c.json"],
        dir.path(),
        &[("HTTP_PROXY", &proxy.url()), ("no_proxy", "example.com")],
    );
    assert_says(&out, "GET");
    assert_eq!(proxy.received().len(), 1);
}

#[test]
fn a_proxy_that_refuses_is_a_request_error() {
    let proxy = RecordingProxy::start(Some("user:secret"));
    let server = TlsServer::start("server");
    let url = format!("https://localhost:{}/", server.port);
    let out = run(&url, "secure", &[], &[("HTTPS_PROXY", &proxy.url())]);
    assert!(!out.status.success());
    assert_says(
        &out,
        "tunneling socket could not be established, statusCode=407",
    );
    let port = closed_port();
    let dead = format!("http://127.0.0.1:{port}");
    let out = run(&url, "secure", &[], &[("HTTPS_PROXY", &dead)]);
    let expected = format!(
        "tunneling socket could not be established, cause=connect ECONNREFUSED 127.0.0.1:{port}"
    );
    assert_says(&out, &expected);
    let out = run("http://service.test/", "", &[], &[("HTTP_PROXY", &dead)]);
    let expected = format!("connect ECONNREFUSED 127.0.0.1:{port}");
    assert_says(&out, &expected);
    assert!(server.received().is_empty());
}

#[test]
fn socks5_proxies_with_and_without_remote_names() {
    let proxy = RecordingProxy::start(Some("u:p"));
    let server = TlsServer::start("server");
    let url = format!("https://localhost:{}/s", server.port);
    let socks = format!("socks5h://u:p@127.0.0.1:{}", proxy.port);
    let ca = path_of("ca.pem");
    let out = run(
        &url,
        "secure",
        &[],
        &[("ALL_PROXY", &socks), ("SSL_CERT_FILE", &ca)],
    );
    assert_ok(&out);
    let open = RecordingProxy::start(None);
    let plain = support::TestServer::start();
    let socks = format!("socks5://127.0.0.1:{}", open.port);
    let out = run(
        &format!("{}/p", plain.base_url()),
        "",
        &["--proxy", &socks],
        &[],
    );
    assert_says(&out, "GET");
    assert_eq!(
        proxy.received(),
        vec![format!("SOCKS5 localhost:{} u:p", server.port)]
    );
    assert_eq!(
        open.received(),
        vec![format!("SOCKS5 127.0.0.1:{}", plain.port)]
    );
    assert!(server.received()[0].starts_with("GET /s HTTP/1.1\r\n"));
    assert_eq!(plain.requests()[0].target, "/p");
}

#[test]
fn a_private_ca_is_trusted_from_node_extra_ca_certs_or_ssl_cert_dir_only() {
    let server = TlsServer::start("server");
    let url = format!("https://localhost:{}/", server.port);
    let out = run(&url, "secure", &[], &[]);
    assert_says(&out, "unable to verify the first certificate");
    let out = run(
        &url,
        "secure",
        &[],
        &[("NODE_EXTRA_CA_CERTS", &path_of("ca.pem"))],
    );
    assert_ok(&out);
    let dir = support::temp_dir();
    std::fs::copy(fixture("ca.pem"), dir.path().join("ca.pem")).expect("copy the CA");
    let folder = dir.path().display().to_string();
    let out = run(&url, "secure", &[], &[("SSL_CERT_DIR", &folder)]);
    assert_ok(&out);
    let out = run(
        &url,
        "secure",
        &[],
        &[("NODE_EXTRA_CA_CERTS", "/nonexistent/ca.pem")],
    );
    assert_says(
        &out,
        "Warning: Ignoring extra certs from `/nonexistent/ca.pem`",
    );
}

#[test]
fn a_self_signed_server_certificate_is_trusted_when_given_as_a_ca() {
    let server = TlsServer::start("self-signed");
    let url = format!("https://localhost:{}/", server.port);
    let out = run(&url, "secure", &[], &[]);
    assert_says(&out, "self-signed certificate");
    let extra = path_of("self-signed.pem");
    let out = run(&url, "secure", &["--ssl-extra-ca-certs", &extra], &[]);
    assert_ok(&out);
    // a CA does not make a certificate it did not sign trusted
    let out = run(
        &url,
        "secure",
        &["--ssl-extra-ca-certs", &path_of("ca.pem")],
        &[],
    );
    assert_says(&out, "self-signed certificate");
}
