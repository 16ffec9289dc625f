//! Sending: wire bytes, connection reuse, redirects, cookies, decoding and errors, against a raw
//! server on 127.0.0.1. Behaviour checked against Newman 6.2.2 is noted per test.

use super::*;
use serde_json::json;
use std::io::Write;

fn get(url: &str) -> PreparedRequest {
    let request: Request = serde_json::from_value(json!({"url": url})).unwrap();
    prepare(
        &request,
        &Scopes::default(),
        None,
        &ProtocolProfileBehavior::default(),
        &options(),
    )
    .unwrap()
}

fn send(client: &HttpClient, req: &PreparedRequest) -> Result<ResponseData, RequestError> {
    client.send(req, &ProtocolProfileBehavior::default())
}

/// The request bytes with the random Postman-Token masked.
fn masked(raw: &str) -> String {
    raw.lines()
        .map(|l| {
            if l.starts_with("Postman-Token: ") {
                "Postman-Token: X"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn wire_bytes_in_newman_order_and_one_connection_reused() {
    let server = RawServer::ok();
    let client = HttpClient::new(&options()).unwrap();
    let request: Request = serde_json::from_value(
        json!({"method": "POST", "url": format!("{}/p a?q=\"", server.base()),
        "header": [{"key": "X-One", "value": "1"}],
        "body": {"mode": "raw", "raw": "{}", "options": {"raw": {"language": "json"}}}}),
    )
    .unwrap();
    let prepared = prepare(
        &request,
        &Scopes::default(),
        None,
        &ProtocolProfileBehavior::default(),
        &options(),
    )
    .unwrap();
    for _ in 0..3 {
        let response = send(&client, &prepared).unwrap();
        assert_eq!(
            (
                response.code,
                response.status.as_str(),
                response.body.as_slice()
            ),
            (200, "OK", &b"ok"[..])
        );
    }
    let expected = format!(
        "POST /p%20a?q=%22 HTTP/1.1\nX-One: 1\nContent-Type: application/json\nUser-Agent: PostmanRuntime/7.39.1\nAccept: */*\n\
         Cache-Control: no-cache\nPostman-Token: X\nHost: 127.0.0.1:{}\nAccept-Encoding: gzip, deflate, br\n\
         Connection: keep-alive\nContent-Length: 2\n\n{{}}",
        server.port
    );
    assert_eq!(masked(&server.request(0)), expected);
    assert_eq!(server.count(), 3);
    assert_eq!(
        *server.connections.lock().unwrap(),
        1,
        "keep-alive connection reused"
    );
}

#[test]
fn disable_url_encoding_sends_the_target_as_written() {
    // Newman 6.2.2 sends `/ne/a%20b{c}?q=a"b` as written with disableUrlEncoding (checked with a
    // raw TCP server; `/ne/a%20b%7Bc%7D?q=a%22b` without it).
    let server = RawServer::ok();
    let client = HttpClient::new(&options()).unwrap();
    let request: Request =
        serde_json::from_value(json!({"url": format!("{}/ne/a%20b{{c}}?q=a\"b", server.base())}))
            .unwrap();
    let behavior = ProtocolProfileBehavior {
        disable_url_encoding: Some(true),
        ..Default::default()
    };
    let p = prepare(&request, &Scopes::default(), None, &behavior, &options()).unwrap();
    client.send(&p, &behavior).unwrap();
    assert!(server
        .request(0)
        .starts_with("GET /ne/a%20b{c}?q=a\"b HTTP/1.1\r\n"));
}

#[test]
fn response_keeps_reason_header_order_and_encoding_headers() {
    let gz = {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(b"hello gzip").unwrap();
        e.finish().unwrap()
    };
    let zlib = {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(b"hello deflate").unwrap();
        e.finish().unwrap()
    };
    let raw_deflate: Vec<u8> = vec![43, 74, 44, 87, 72, 73, 77, 203, 73, 44, 73, 5, 0];
    let br: Vec<u8> = vec![
        139, 5, 128, 104, 101, 108, 108, 111, 32, 98, 114, 111, 116, 108, 105, 3,
    ];
    let server = RawServer::start(move |path| match path {
        "/gzip" => ok_response(&gz, &[("Content-Encoding", "gzip")]),
        "/deflate" => ok_response(&zlib, &[("Content-Encoding", "deflate")]),
        "/rawdeflate" => ok_response(&raw_deflate, &[("Content-Encoding", "deflate")]),
        "/br" => ok_response(&br, &[("Content-Encoding", "br")]),
        _ => b"HTTP/1.1 201 Made It\r\nX-B: 1\r\nx-a: 2\r\nX-B: 3\r\nContent-Length: 0\r\n\r\n"
            .to_vec(),
    });
    let client = HttpClient::new(&options()).unwrap();
    for (path, text) in [
        ("/gzip", "hello gzip"),
        ("/deflate", "hello deflate"),
        ("/rawdeflate", "raw deflate"),
        ("/br", "hello brotli"),
    ] {
        let r = send(&client, &get(&format!("{}{path}", server.base()))).unwrap();
        assert_eq!(String::from_utf8_lossy(&r.body), text, "{path}");
        assert_eq!(r.response_size, text.len());
        assert!(
            r.headers.iter().any(|(k, _)| k == "Content-Encoding"),
            "{path}"
        );
    }
    let r = send(&client, &get(&format!("{}/other", server.base()))).unwrap();
    assert_eq!((r.code, r.status.as_str()), (201, "Made It"));
    let names: Vec<(&str, &str)> = r
        .headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    // as Newman 6.2.2 reports them: names as received, in the order received
    assert_eq!(
        names,
        [
            ("X-B", "1"),
            ("x-a", "2"),
            ("X-B", "3"),
            ("Content-Length", "0")
        ]
    );
}

fn redirect_server() -> RawServer {
    RawServer::start(|path| {
        if let Some(n) = path.strip_prefix("/r/") {
            let n: u32 = n.parse().unwrap_or(0);
            if n > 0 {
                return format!("HTTP/1.1 302 Found\r\nLocation: /r/{}\r\nSet-Cookie: hop{n}=v; Path=/\r\nContent-Length: 0\r\n\r\n", n - 1).into_bytes();
            }
        }
        if path.starts_with("/307") {
            return b"HTTP/1.1 307 Temporary Redirect\r\nLocation: /r/0\r\nContent-Length: 0\r\n\r\n".to_vec();
        }
        ok_response(b"done", &[])
    })
}

#[test]
fn redirects_are_followed_with_referer_host_and_cookies_like_newman() {
    let server = redirect_server();
    let client = HttpClient::new(&options()).unwrap();
    let r = send(&client, &get(&format!("{}/r/2", server.base()))).unwrap();
    assert_eq!((r.code, r.body.as_slice()), (200, &b"done"[..]));
    assert_eq!(server.count(), 3);
    let last = masked(&server.request(2));
    // Newman 6.2.2 on /r/2 → /r/1 → /r/0: same Postman-Token; Referer set in place, the Cookie
    // header of the previous hop kept in place, Host moved to the end.
    let tail: Vec<&str> = last.lines().skip(5).collect();
    assert_eq!(
        tail,
        [
            "Accept-Encoding: gzip, deflate, br",
            "Connection: keep-alive",
            &format!("Referer: {}/r/1", server.base()),
            "Cookie: hop2=v; hop1=v",
            &format!("Host: 127.0.0.1:{}", server.port),
        ]
    );
    let names: Vec<String> = r.cookies.iter().map(|c| c.name.clone()).collect();
    assert_eq!(names, ["hop2", "hop1"]);
    // cookies stay for later requests
    send(&client, &get(&format!("{}/r/0", server.base()))).unwrap();
    assert!(server.request(3).contains("\r\nCookie: hop2=v; hop1=v\r\n"));
    assert_eq!(client.cookies_for(&format!("{}/x", server.base())).len(), 2);
}

#[test]
fn redirects_not_followed_when_disabled_and_limited_by_max_redirects() {
    let server = redirect_server();
    let no_follow = ProtocolProfileBehavior {
        follow_redirects: Some(false),
        ..Default::default()
    };
    let client = HttpClient::new(&options()).unwrap();
    let r = client
        .send(&get(&format!("{}/r/3", server.base())), &no_follow)
        .unwrap();
    assert_eq!(r.code, 302);
    let ignoring = HttpClient::new(&HttpOptions {
        ignore_redirects: true,
        ..options()
    })
    .unwrap();
    assert_eq!(
        send(&ignoring, &get(&format!("{}/r/3", server.base())))
            .unwrap()
            .code,
        302
    );
    let max2 = ProtocolProfileBehavior {
        max_redirects: Some(2),
        ..Default::default()
    };
    let e = client
        .send(&get(&format!("{}/r/5", server.base())), &max2)
        .unwrap_err();
    assert_eq!(
        e.message,
        format!(
            "Exceeded maxRedirects. Probably stuck in a redirect loop {}/r/3",
            server.base()
        )
    );
}

#[test]
fn post_redirect_becomes_get_but_307_keeps_method_and_body() {
    let server = redirect_server();
    let client = HttpClient::new(&options()).unwrap();
    let post = |url: String| {
        let request: Request = serde_json::from_value(json!({"method": "POST", "url": url,
            "body": {"mode": "raw", "raw": "data"}}))
        .unwrap();
        prepare(
            &request,
            &Scopes::default(),
            None,
            &ProtocolProfileBehavior::default(),
            &options(),
        )
        .unwrap()
    };
    send(&client, &post(format!("{}/r/1", server.base()))).unwrap();
    let second = server.request(1);
    assert!(second.starts_with("GET /r/0 "));
    assert!(
        !second.contains("Content-Type")
            && !second.contains("Content-Length")
            && second.ends_with("\r\n\r\n")
    );
    send(&client, &post(format!("{}/307", server.base()))).unwrap();
    let second = server.request(3);
    assert!(second.starts_with("POST /r/0 "));
    assert!(second.contains("Content-Length: 4\r\n") && second.ends_with("\r\n\r\ndata"));
}

#[test]
fn timeout_is_esockettimedout() {
    let server = RawServer::start(|_| {
        std::thread::sleep(std::time::Duration::from_secs(3));
        Vec::new()
    });
    let opts = HttpOptions {
        timeout_request: Some(std::time::Duration::from_millis(150)),
        ..options()
    };
    let client = HttpClient::new(&opts).unwrap();
    let e = send(&client, &get(&server.base())).unwrap_err();
    assert_eq!(
        (e.code.as_deref(), e.message.as_str()),
        (Some("ESOCKETTIMEDOUT"), "ESOCKETTIMEDOUT")
    );
}

#[test]
fn refused_and_unknown_host_errors_read_like_node() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let client = HttpClient::new(&options()).unwrap();
    let e = send(&client, &get(&format!("http://127.0.0.1:{port}/x"))).unwrap_err();
    assert_eq!(e.code.as_deref(), Some("ECONNREFUSED"));
    assert_eq!(e.message, format!("connect ECONNREFUSED 127.0.0.1:{port}"));
    // Newman: an unresolved `{{var}}` host is sent and fails name resolution
    let e = send(&client, &get("{{undefinedvar}}/x")).unwrap_err();
    assert_eq!(e.message, "getaddrinfo ENOTFOUND {{undefinedvar}}");
    assert_eq!(e.code.as_deref(), Some("ENOTFOUND"));
}

#[test]
fn cookie_jar_exports_tough_cookie_json_and_loads_back() {
    let server = RawServer::start(|path| {
        if path == "/set" {
            b"HTTP/1.1 200 OK\r\nSet-Cookie: a=1; Path=/\r\nSet-Cookie: x=y; Max-Age=3600; HttpOnly; Path=/p\r\nContent-Length: 0\r\n\r\n".to_vec()
        } else {
            ok_response(b"ok", &[])
        }
    });
    let client = HttpClient::new(&options()).unwrap();
    send(&client, &get(&format!("{}/set", server.base()))).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jar.json");
    client.export_cookie_jar(&path).unwrap();
    let jar: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(jar["version"], json!("tough-cookie@4.1.3-postman.1"));
    assert_eq!(jar["storeType"], json!("MemoryCookieStore"));
    let mut cookies = jar["cookies"].as_array().unwrap().clone();
    cookies.sort_by_key(|c| c["key"].as_str().unwrap().to_string());
    let keys: Vec<Vec<String>> = cookies
        .iter()
        .map(|c| c.as_object().unwrap().keys().cloned().collect())
        .collect();
    assert_eq!(
        keys[0],
        [
            "key",
            "value",
            "domain",
            "path",
            "hostOnly",
            "creation",
            "lastAccessed"
        ]
    );
    assert_eq!(
        keys[1],
        [
            "key",
            "value",
            "maxAge",
            "domain",
            "path",
            "httpOnly",
            "hostOnly",
            "creation",
            "lastAccessed"
        ]
    );
    assert_eq!(cookies[1]["maxAge"], json!(3600));
    assert_eq!(cookies[0]["domain"], json!("127.0.0.1"));

    let loaded = HttpClient::new(&HttpOptions {
        cookie_jar: Some(path),
        ..options()
    })
    .unwrap();
    send(&loaded, &get(&format!("{}/p/q", server.base()))).unwrap();
    let sent = server.request(1);
    assert!(
        sent.contains("\r\nCookie: x=y; a=1\r\n") || sent.contains("\r\nCookie: a=1; x=y\r\n"),
        "{sent}"
    );
}

#[test]
fn bad_tls_and_jar_files_are_clear_errors() {
    let missing = std::path::PathBuf::from("/nonexistent/ca.pem");
    let e = HttpClient::new(&HttpOptions {
        extra_ca_certs: Some(missing),
        ..options()
    })
    .err()
    .unwrap();
    assert!(
        e.contains("unable to read extra CA certificates file /nonexistent/ca.pem"),
        "{e}"
    );
    let dir = tempfile::tempdir().unwrap();
    let p12 = dir.path().join("client.p12");
    std::fs::write(&p12, b"\x30\x82binary").unwrap();
    let e = HttpClient::new(&HttpOptions {
        client_cert: Some(p12),
        ..options()
    })
    .err()
    .unwrap();
    assert!(e.contains("not a readable PFX/P12 file"), "{e}");
    let jar = dir.path().join("jar.json");
    std::fs::write(&jar, "not json").unwrap();
    let e = HttpClient::new(&HttpOptions {
        cookie_jar: Some(jar),
        ..options()
    })
    .err()
    .unwrap();
    assert!(e.starts_with("invalid cookie jar"), "{e}");
    let e = HttpClient::new(&HttpOptions {
        proxy: Some("::bad::".into()),
        ..options()
    })
    .err()
    .unwrap();
    assert!(e.starts_with("invalid proxy"), "{e}");
}

#[test]
fn server_closing_without_answer_is_socket_hang_up() {
    // Newman 6.2.2: requestError {code: ECONNRESET}, message "socket hang up"
    let server = RawServer::start(|_| Vec::new());
    let client = HttpClient::new(&options()).unwrap();
    let e = send(&client, &get(&server.base())).unwrap_err();
    assert_eq!(
        (e.code.as_deref(), e.message.as_str()),
        (Some("ECONNRESET"), "socket hang up")
    );
}

#[test]
fn script_cookie_helpers_change_what_is_sent() {
    let server = RawServer::ok();
    let client = HttpClient::new(&options()).unwrap();
    let base = server.base();
    client.set_cookie(&base, "a=1; Path=/").unwrap();
    client.set_cookie(&base, "b=2; Path=/").unwrap();
    send(&client, &get(&format!("{base}/x"))).unwrap();
    assert!(server.request(0).contains("\r\nCookie: a=1; b=2\r\n"));
    client.remove_cookies(&base, Some("a")).unwrap();
    send(&client, &get(&format!("{base}/x"))).unwrap();
    assert!(server.request(1).contains("\r\nCookie: b=2\r\n"));
    client.clear_cookies();
    send(&client, &get(&format!("{base}/x"))).unwrap();
    assert!(!server.request(2).contains("Cookie"));
}

#[test]
fn requests_go_through_the_configured_proxy() {
    let proxy = RawServer::ok();
    let client = HttpClient::new(&HttpOptions {
        proxy: Some(proxy.base()),
        ..options()
    })
    .unwrap();
    let r = send(&client, &get("http://service.invalid/x?q=1")).unwrap();
    assert_eq!(r.code, 200);
    let sent = proxy.request(0);
    assert!(
        sent.starts_with("GET http://service.invalid/x?q=1 HTTP/1.1\r\n"),
        "{sent}"
    );
    assert!(sent.contains("\r\nHost: service.invalid\r\n"));
}

#[test]
fn urls_node_refuses_get_its_messages() {
    // Newman 6.2.2's messages for these URLs
    let client = HttpClient::new(&options()).unwrap();
    for (url, code, message) in [
        (
            "http://127.0.0.1:abc/x",
            Some("ERR_SOCKET_BAD_PORT"),
            "Port should be >= 0 and < 65536. Received type string ('abc').",
        ),
        (
            "http://a b/x",
            Some("ENOTFOUND"),
            "getaddrinfo ENOTFOUND a b",
        ),
        ("ftp://127.0.0.1:1/x", None, "Invalid protocol: ftp:"),
        ("/just/path", None, "Invalid URI \"http:///just/path\""),
    ] {
        let e = send(&client, &get(url)).unwrap_err();
        assert_eq!(
            (e.code.as_deref(), e.message.as_str()),
            (code, message),
            "{url}"
        );
    }
}

#[test]
fn header_values_go_out_as_latin1_and_bad_ones_fail_like_node() {
    // Newman 6.2.2: `ü` is sent as the byte 0xFC; `€`, a newline or a space in a name are errors
    let server = RawServer::ok();
    let client = HttpClient::new(&options()).unwrap();
    let with_header = |key: &str, value: &str| {
        let request: Request = serde_json::from_value(
            json!({"url": server.base(), "header": [{"key": key, "value": value}]}),
        )
        .unwrap();
        prepare(
            &request,
            &Scopes::default(),
            None,
            &ProtocolProfileBehavior::default(),
            &options(),
        )
        .unwrap()
    };
    send(&client, &with_header("X-U", "ü")).unwrap();
    let raw = server.requests.lock().unwrap()[0].clone();
    assert!(
        raw.windows(8).any(|w| w == b"X-U: \xFC\r\n"),
        "{:?}",
        String::from_utf8_lossy(&raw)
    );
    for (key, value, code, message) in [
        (
            "X-E",
            "€",
            "ERR_INVALID_CHAR",
            "Invalid character in header content [\"X-E\"]",
        ),
        (
            "X-N",
            "a\nb",
            "ERR_INVALID_CHAR",
            "Invalid character in header content [\"X-N\"]",
        ),
        (
            "X N",
            "v",
            "ERR_INVALID_HTTP_TOKEN",
            "Header name must be a valid HTTP token [\"X N\"]",
        ),
    ] {
        let e = send(&client, &with_header(key, value)).unwrap_err();
        assert_eq!(
            (e.code.as_deref(), e.message.as_str()),
            (Some(code), message)
        );
    }
}

#[test]
fn loads_a_jar_exported_by_newman() {
    // newman-jar.json was written by `newman run --export-cookie-jar` (Newman 6.2.2); x's maxAge
    // was raised to 100 years so the fixture does not expire
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/http/tests/newman-jar.json");
    let client = HttpClient::new(&HttpOptions {
        cookie_jar: Some(path),
        ..options()
    })
    .unwrap();
    let names = |url: &str| -> Vec<String> {
        client
            .cookies_for(url)
            .into_iter()
            .map(|c| c.name)
            .collect()
    };
    assert_eq!(names("http://127.0.0.1:18902/"), ["a", "b", "r"]);
    assert_eq!(names("http://127.0.0.1:1/p/q"), ["x", "a", "b", "r"]);
    let x = client
        .cookies_for("http://127.0.0.1/p")
        .into_iter()
        .find(|c| c.name == "x")
        .unwrap();
    assert!(x.http_only && !x.secure && x.expires.is_some());
    assert_eq!(names("http://localhost/"), Vec::<String>::new());
}

#[test]
fn a_jar_with_extreme_max_ages_loads() {
    // i64::MIN used to overflow the time left ("attempt to subtract with overflow"); found by tests/fuzz
    let jar = serde_json::json!({"cookies": [
        {"key": "gone", "value": "1", "domain": "127.0.0.1", "path": "/", "hostOnly": true,
         "maxAge": i64::MIN, "creation": "2020-01-01T00:00:00Z"},
        {"key": "kept", "value": "1", "domain": "127.0.0.1", "path": "/", "hostOnly": true,
         "maxAge": i64::MAX, "creation": "2020-01-01T00:00:00Z"},
    ]});
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jar.json");
    std::fs::write(&path, jar.to_string()).unwrap();
    let client = HttpClient::new(&HttpOptions {
        cookie_jar: Some(path),
        ..options()
    })
    .unwrap();
    let names: Vec<String> = client
        .cookies_for("http://127.0.0.1/")
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names, ["kept"]);
}

#[test]
fn authorization_is_dropped_when_a_redirect_changes_host() {
    let server = RawServer::start(|path| {
        if let Some(port) = path.strip_prefix("/to-localhost/") {
            return format!("HTTP/1.1 302 Found\r\nLocation: http://localhost:{port}/landed\r\nContent-Length: 0\r\n\r\n").into_bytes();
        }
        ok_response(b"ok", &[])
    });
    let client = HttpClient::new(&options()).unwrap();
    let request: Request = serde_json::from_value(
        json!({"url": format!("{}/to-localhost/{}", server.base(), server.port),
        "header": [{"key": "Authorization", "value": "Bearer t"}]}),
    )
    .unwrap();
    let p = prepare(
        &request,
        &Scopes::default(),
        None,
        &ProtocolProfileBehavior::default(),
        &options(),
    )
    .unwrap();
    send(&client, &p).unwrap();
    let landed = server.request(1);
    assert!(
        landed.contains(&format!("\r\nHost: localhost:{}\r\n", server.port)),
        "{landed}"
    );
    assert!(!landed.contains("Authorization"));
    let keep = ProtocolProfileBehavior {
        follow_authorization_header: Some(true),
        remove_referer_header_on_redirect: Some(true),
        ..Default::default()
    };
    client.send(&p, &keep).unwrap();
    let landed = server.request(3);
    assert!(
        landed.contains("\r\nAuthorization: Bearer t\r\n") && !landed.contains("Referer"),
        "{landed}"
    );
}

#[test]
fn malformed_responses_are_node_parse_errors() {
    let big = format!(
        "HTTP/1.1 200 OK\r\nX-Big: {}\r\nContent-Length: 0\r\n\r\n",
        "a".repeat(20 * 1024)
    );
    let server = RawServer::start(move |path| match path {
        "/garbage" => b"garbage\r\n\r\n".to_vec(),
        "/big" => big.clone().into_bytes(),
        "/badlength" => b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n".to_vec(),
        "/badchunk" => b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".to_vec(),
        "/continue" => {
            b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok".to_vec()
        }
        _ => ok_response(b"ok", &[]),
    });
    let client = HttpClient::new(&options()).unwrap();
    for (path, code, message) in [
        (
            "/garbage",
            "HPE_INVALID_CONSTANT",
            "Parse Error: Expected HTTP/",
        ),
        (
            "/big",
            "HPE_HEADER_OVERFLOW",
            "Parse Error: Header overflow",
        ),
        (
            "/badlength",
            "HPE_INVALID_CONTENT_LENGTH",
            "Parse Error: Invalid character in Content-Length",
        ),
        (
            "/badchunk",
            "HPE_INVALID_CHUNK_SIZE",
            "Parse Error: Invalid character in chunk size",
        ),
    ] {
        let e = send(&client, &get(&format!("{}{path}", server.base()))).unwrap_err();
        assert_eq!(
            (e.code.as_deref(), e.message.as_str()),
            (Some(code), message),
            "{path}"
        );
    }
    // an interim 100 is skipped; a status line without a reason gets the usual one
    let r = send(&client, &get(&format!("{}/continue", server.base()))).unwrap();
    assert_eq!(
        (r.code, r.status.as_str(), r.body.as_slice()),
        (200, "OK", &b"ok"[..])
    );
}

#[test]
fn meanwhile_runs_once_while_the_first_answer_is_awaited() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use std::time::{Duration, Instant};
    // the server answers only once `meanwhile` lets it; then redirects once
    let released = Arc::new(AtomicBool::new(false));
    let gate = released.clone();
    let server = RawServer::start(move |path| {
        let waited = Instant::now();
        while !gate.load(Ordering::SeqCst) && waited.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(1));
        }
        match path {
            "/a" => b"HTTP/1.1 302 Found\r\nLocation: /b\r\nContent-Length: 0\r\n\r\n".to_vec(),
            _ => ok_response(b"done", &[]),
        }
    });
    let client = HttpClient::new(&options()).unwrap();
    let mut calls = 0;
    let mut seen_by_server = 0;
    let response = client
        .send_meanwhile(
            &get(&format!("{}/a", server.base())),
            &ProtocolProfileBehavior::default(),
            &mut || {
                calls += 1;
                // the request is written before `meanwhile` runs
                let waited = Instant::now();
                while server.count() == 0 && waited.elapsed() < Duration::from_secs(5) {
                    std::thread::sleep(Duration::from_millis(1));
                }
                seen_by_server = server.count();
                released.store(true, Ordering::SeqCst);
            },
        )
        .unwrap();
    assert_eq!(response.body, b"done");
    assert_eq!((calls, seen_by_server), (1, 1));
    assert_eq!(server.count(), 2);
}
