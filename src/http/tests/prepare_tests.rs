//! Headers, bodies and auth as `prepare` builds them; expectations are Newman 6.2.2's wire.

use super::*;
use crate::collection::model::Auth;
use serde_json::json;

const B: &str = "--------------------------123456789012345678901234";

fn build(request: serde_json::Value) -> PreparedRequest {
    build_with(
        request,
        None,
        &ProtocolProfileBehavior::default(),
        &options(),
    )
}

fn build_with(
    request: serde_json::Value,
    auth: Option<&Auth>,
    behavior: &ProtocolProfileBehavior,
    opts: &HttpOptions,
) -> PreparedRequest {
    let request: Request = serde_json::from_value(request).unwrap();
    let scopes = Scopes {
        environment: VariableScope::from_variables(&[serde_json::from_value(
            json!({"key": "v", "value": "ID"}),
        )
        .unwrap()]),
        ..Scopes::default()
    };
    prepare::prepare_with_boundary(&request, &scopes, auth, behavior, opts, B).unwrap()
}

/// Header names in order, with the values of those that are not random.
fn header_lines(p: &PreparedRequest) -> Vec<String> {
    p.headers
        .iter()
        .map(|h| match h.key.as_str() {
            "Postman-Token" => "Postman-Token".to_string(),
            "User-Agent" if h.system => "User-Agent".to_string(),
            _ => format!("{}: {}", h.key, h.value),
        })
        .collect()
}

fn body_text(p: &PreparedRequest) -> String {
    String::from_utf8_lossy(p.body.as_deref().unwrap_or_default()).into_owned()
}

const DEFAULTS: [&str; 7] = [
    "User-Agent",
    "Accept: */*",
    "Cache-Control: no-cache",
    "Postman-Token",
    "Host: h:1",
    "Accept-Encoding: gzip, deflate, br",
    "Connection: keep-alive",
];

#[test]
fn default_headers_in_newman_order_after_user_headers() {
    let p = build(json!({"url": "http://h:1/", "header": [
        {"key": "X-One", "value": "{{v}}"}, {"key": "x-dis", "value": "d", "disabled": true},
        {"key": "accept", "value": "text/html"}, {"key": "X-Dup", "value": "1"}, {"key": "X-Dup", "value": "2"},
        {"key": "", "value": "nameless"}]}));
    assert_eq!(
        header_lines(&p),
        [
            "X-One: ID",
            "accept: text/html",
            "X-Dup: 1",
            "X-Dup: 2",
            "User-Agent",
            "Cache-Control: no-cache",
            "Postman-Token",
            "Host: h:1",
            "Accept-Encoding: gzip, deflate, br",
            "Connection: keep-alive"
        ]
    );
    assert!(p.headers[4].system && !p.headers[0].system);
    assert_eq!(p.headers[4].value, "PostmanRuntime/7.39.1");
    assert_eq!(p.body, None);
    let token = &p.headers[6].value;
    assert_eq!(
        uuid::Uuid::parse_str(token).map(|u| u.get_version_num()),
        Ok(4)
    );
    // the report keeps the disabled header in place
    assert_eq!(
        p.resolved["header"][1],
        json!({"disabled": true, "key": "x-dis", "value": "d"})
    );
}

#[test]
fn user_agent_and_connection_from_the_user_win() {
    let p = build(json!({"url": "http://h:1/", "header": [
        {"key": "user-agent", "value": "mine"}, {"key": "Connection", "value": "close"}]}));
    assert_eq!(
        header_lines(&p)[..3],
        ["user-agent: mine", "Connection: close", "Accept: */*"]
    );
    assert!(!header_lines(&p).contains(&"Connection: keep-alive".to_string()));
}

#[test]
fn raw_bodies_get_content_type_from_language_before_defaults() {
    let p = build(
        json!({"method": "post", "url": "http://h:1/", "body": {"mode": "raw",
        "raw": "{\"a\":\"{{v}}\"}", "options": {"raw": {"language": "json"}}}}),
    );
    assert_eq!(p.method, "POST");
    assert_eq!(body_text(&p), "{\"a\":\"ID\"}");
    let mut expected = vec!["Content-Type: application/json"];
    expected.extend(DEFAULTS);
    expected.push("Content-Length: 10");
    assert_eq!(header_lines(&p), expected);
    for (lang, ct) in [
        (None, "text/plain"),
        (Some("xml"), "application/xml"),
        (Some("html"), "text/html"),
        (Some("javascript"), "application/javascript"),
        (Some("text"), "text/plain"),
    ] {
        let mut body = json!({"mode": "raw", "raw": "x"});
        if let Some(l) = lang {
            body["options"] = json!({"raw": {"language": l}});
        }
        let p = build(json!({"method": "PUT", "url": "http://h:1/", "body": body}));
        assert_eq!(p.headers[0].value, ct);
    }
    // a user Content-Type stays where it is and wins
    let p = build(
        json!({"method": "PUT", "url": "http://h:1/", "header": [{"key": "content-type", "value": "text/custom"}],
        "body": {"mode": "raw", "raw": "<a/>", "options": {"raw": {"language": "xml"}}}}),
    );
    assert_eq!(header_lines(&p)[0], "content-type: text/custom");
    assert_eq!(
        p.headers
            .iter()
            .filter(|h| h.key.eq_ignore_ascii_case("content-type"))
            .count(),
        1
    );
}

#[test]
fn urlencoded_groups_duplicates_and_encodes_like_querystring() {
    let s = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ü%41%zz";
    let p = build(
        json!({"method": "POST", "url": "http://h:1/", "body": {"mode": "urlencoded", "urlencoded": [
        {"key": "a", "value": "1"}, {"key": "s k", "value": s}, {"key": "a", "value": "3"},
        {"key": "d", "value": "x", "disabled": true}, {"key": "nv"}]}}),
    );
    assert_eq!(body_text(&p), "a=1&a=3&s%20k=%20%21%22%23%24%25%26%27%28%29%2A%2B%2C-.%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E_%60%7B%7C%7D~%C3%BC%2541%25zz&nv=");
    let mut expected: Vec<&str> = DEFAULTS.to_vec();
    expected.push("Content-Type: application/x-www-form-urlencoded");
    expected.push("Content-Length: 125");
    assert_eq!(header_lines(&p), expected);
    // Newman's report leaves the form Content-Type out
    assert!(!p.resolved["header"]
        .to_string()
        .contains("x-www-form-urlencoded"));
    // a different user Content-Type is replaced in place
    let p = build(
        json!({"method": "POST", "url": "http://h:1/", "header": [{"key": "Content-Type", "value": "text/plain"}],
        "body": {"mode": "urlencoded", "urlencoded": [{"key": "a", "value": "1"}]}}),
    );
    assert_eq!(
        header_lines(&p)[0],
        "Content-Type: application/x-www-form-urlencoded"
    );
    // integer-like keys come first, as in a JavaScript object
    assert_eq!(
        urlencoded_of(&[("b", "1"), ("2", "x"), ("1", "y")]),
        "1=y&2=x&b=1"
    );
}

fn urlencoded_of(pairs: &[(&str, &str)]) -> String {
    let params: Vec<crate::collection::model::FormParam> = pairs
        .iter()
        .map(|(k, v)| serde_json::from_value(json!({"key": k, "value": v})).unwrap())
        .collect();
    crate::request_text::body_text::urlencoded(&params)
}

#[test]
fn formdata_layout_is_byte_for_byte_newmans() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("up.txt"), "hello file\n").unwrap();
    std::fs::write(dir.path().join("data.bin"), b"\x00\x01bin").unwrap();
    std::fs::write(dir.path().join("x.json"), "{\"a\":1}\n").unwrap();
    let opts = HttpOptions {
        working_dir: dir.path().to_path_buf(),
        ..HttpOptions::default()
    };
    let p = build_with(
        json!({"method": "POST", "url": "http://h:1/form", "body": {"mode": "formdata", "formdata": [
        {"key": "t", "value": "v1 {{v}}", "type": "text"},
        {"key": "ct", "value": "{\"j\":1}", "type": "text", "contentType": "application/json"},
        {"key": "f", "type": "file", "src": "up.txt"}, {"key": "b", "type": "file", "src": "data.bin"},
        {"key": "j", "type": "file", "src": "x.json", "contentType": "text/x"},
        {"key": "dis", "value": "x", "disabled": true}, {"key": "missing", "type": "file", "src": "nope.txt"},
        {"key": "ü name", "value": "ü"}]}}),
        None,
        &ProtocolProfileBehavior::default(),
        &opts,
    );
    let expected = format!(
        "--{B}\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\nv1 ID\r\n\
         --{B}\r\nContent-Disposition: form-data; name=\"ct\"\r\nContent-Type: application/json\r\n\r\n{{\"j\":1}}\r\n\
         --{B}\r\nContent-Disposition: form-data; name=\"f\"; filename=\"up.txt\"\r\nContent-Type: text/plain\r\n\r\nhello file\n\r\n\
         --{B}\r\nContent-Disposition: form-data; name=\"b\"; filename=\"data.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n\x00\x01bin\r\n\
         --{B}\r\nContent-Disposition: form-data; name=\"j\"; filename=\"x.json\"\r\nContent-Type: text/x\r\n\r\n{{\"a\":1}}\n\r\n\
         --{B}\r\nContent-Disposition: form-data; name=\"ü name\"\r\n\r\nü\r\n\
         --{B}--\r\n"
    );
    assert_eq!(body_text(&p), expected);
    assert_eq!(p.body.as_ref().unwrap().len(), 880 - 2 * 6 + 2 * 6); // Newman's Content-Length for this form
    assert_eq!(
        p.warnings,
        ["Form param `missing`, file load error: \"nope.txt\", no such file"]
    );
    let lines = header_lines(&p);
    assert_eq!(
        lines[7],
        format!("Content-Type: multipart/form-data; boundary={B}")
    );
    assert_eq!(lines[8], "Content-Length: 880");
}

#[test]
fn files_outside_working_dir_are_refused_with_no_insecure_file_read() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::NamedTempFile::new().unwrap();
    let opts = HttpOptions {
        working_dir: dir.path().to_path_buf(),
        no_insecure_file_read: true,
        ..HttpOptions::default()
    };
    let src = outside.path().to_string_lossy().into_owned();
    let p = build_with(
        json!({"method": "POST", "url": "http://h:1/", "body": {"mode": "file", "file": {"src": src}}}),
        None,
        &ProtocolProfileBehavior::default(),
        &opts,
    );
    assert_eq!(p.body, None);
    assert_eq!(
        p.warnings,
        ["Binary file load error: PPERM: insecure file access outside working directory"]
    );
    assert_eq!(header_lines(&p).last().unwrap(), "Content-Length: 0");
}

#[test]
fn file_body_gets_length_then_type_from_extension() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("up.txt"), "hello file\n").unwrap();
    let opts = HttpOptions {
        working_dir: dir.path().to_path_buf(),
        ..HttpOptions::default()
    };
    let p = build_with(
        json!({"method": "POST", "url": "http://h:1/", "body": {"mode": "file", "file": {"src": "up.txt"}}}),
        None,
        &ProtocolProfileBehavior::default(),
        &opts,
    );
    assert_eq!(body_text(&p), "hello file\n");
    assert_eq!(
        header_lines(&p)[7..],
        ["Content-Length: 11", "Content-Type: text/plain"]
    );
}

#[test]
fn graphql_bodies() {
    let p = build(
        json!({"method": "POST", "url": "http://h:1/", "body": {"mode": "graphql",
        "graphql": {"query": "query { x }", "variables": "{\"a\": {{n}} }"}}}),
    );
    assert_eq!(
        body_text(&p),
        "{\"query\":\"query { x }\",\"variables\":{\"a\": {{n}} }}"
    );
    assert_eq!(header_lines(&p)[0], "Content-Type: application/json");
    let p = build(
        json!({"method": "POST", "url": "http://h:1/", "body": {"mode": "graphql",
        "graphql": {"query": "q", "variables": {"a": 1}}}}),
    );
    assert_eq!(body_text(&p), "{\"query\":\"q\",\"variables\":{\"a\":1}}");
}

#[test]
fn body_pruning_and_empty_bodies() {
    let raw = json!({"mode": "raw", "raw": "x"});
    for method in ["GET", "HEAD", "COPY", "PURGE", "UNLOCK"] {
        let p = build(json!({"method": method, "url": "http://h:1/", "body": raw}));
        assert_eq!(p.body, None, "{method}");
        assert!(
            !header_lines(&p)
                .iter()
                .any(|h| h.starts_with("Content-Type")),
            "{method}"
        );
    }
    for method in ["DELETE", "OPTIONS", "POST"] {
        let p = build(json!({"method": method, "url": "http://h:1/", "body": raw}));
        assert_eq!(body_text(&p), "x", "{method}");
    }
    let keep = ProtocolProfileBehavior {
        disable_body_pruning: Some(true),
        ..Default::default()
    };
    let p = build_with(
        json!({"url": "http://h:1/", "body": raw}),
        None,
        &keep,
        &options(),
    );
    assert_eq!(body_text(&p), "x");
    // no body: Content-Length 0 for POST/PUT (Node), nothing for GET/DELETE
    let p = build(
        json!({"method": "POST", "url": "http://h:1/", "body": {"mode": "raw", "raw": "x", "disabled": true}}),
    );
    assert_eq!(
        (p.body.clone(), header_lines(&p).last().unwrap().as_str()),
        (None, "Content-Length: 0")
    );
    let p =
        build(json!({"method": "PUT", "url": "http://h:1/", "body": {"mode": "raw", "raw": ""}}));
    assert_eq!(header_lines(&p).last().unwrap(), "Content-Length: 0");
    let p = build(json!({"method": "DELETE", "url": "http://h:1/"}));
    assert_eq!(header_lines(&p).last().unwrap(), "Connection: keep-alive");
}

fn auth(v: serde_json::Value) -> Auth {
    Auth::from_json(&v).unwrap()
}

#[test]
fn basic_auth_replaces_the_users_authorization_header() {
    let a = auth(
        json!({"type": "basic", "basic": [{"key": "username", "value": "{{v}}"}, {"key": "password", "value": "p:w"}]}),
    );
    let p = build_with(
        json!({"url": "http://h:1/", "header": [{"key": "authorization", "value": "mine"}, {"key": "X-After", "value": "1"}]}),
        Some(&a),
        &ProtocolProfileBehavior::default(),
        &options(),
    );
    assert_eq!(
        header_lines(&p)[..3],
        ["X-After: 1", "Authorization: Basic SUQ6cDp3", "User-Agent"]
    );
    assert!(p.headers[1].system);
    assert_eq!(
        p.resolved["auth"]["basic"][0],
        json!({"type": "any", "value": "ID", "key": "username"})
    );
}

#[test]
fn bearer_and_apikey() {
    let a = auth(json!({"type": "bearer", "bearer": [{"key": "token", "value": "tok{{v}}"}]}));
    let p = build_with(
        json!({"url": "http://h:1/"}),
        Some(&a),
        &ProtocolProfileBehavior::default(),
        &options(),
    );
    assert_eq!(header_lines(&p)[0], "Authorization: Bearer tokID");
    let a = auth(json!({"type": "bearer", "bearer": [{"key": "token", "value": ""}]}));
    let p = build_with(
        json!({"url": "http://h:1/"}),
        Some(&a),
        &ProtocolProfileBehavior::default(),
        &options(),
    );
    assert_eq!(header_lines(&p)[0], "User-Agent");

    let a = auth(
        json!({"type": "apikey", "apikey": [{"key": "key", "value": "X-API-Key"}, {"key": "value", "value": "v"}]}),
    );
    let p = build_with(
        json!({"method": "POST", "url": "http://h:1/", "header": [{"key": "x-api-key", "value": "old"}],
        "body": {"mode": "raw", "raw": "r"}}),
        Some(&a),
        &ProtocolProfileBehavior::default(),
        &options(),
    );
    assert_eq!(
        header_lines(&p)[..2],
        ["X-API-Key: v", "Content-Type: text/plain"]
    );

    let a = auth(
        json!({"type": "apikey", "apikey": [{"key": "key", "value": "k"}, {"key": "value", "value": "v v"}, {"key": "in", "value": "query"}]}),
    );
    let p = build_with(
        json!({"url": "http://h:1/apikeyq?k=old&z=1"}),
        Some(&a),
        &ProtocolProfileBehavior::default(),
        &options(),
    );
    assert_eq!(p.url, "http://h:1/apikeyq?z=1&k=v%20v");
}

#[test]
fn unsupported_auth_is_a_prepare_error() {
    let request: Request = serde_json::from_value(json!({"url": "http://h/"})).unwrap();
    for kind in ["akamai", "kerberos"] {
        let a = auth(json!({"type": kind}));
        let e = prepare(
            &request,
            &Scopes::default(),
            Some(&a),
            &ProtocolProfileBehavior::default(),
            &options(),
        )
        .unwrap_err();
        assert_eq!(e.message, format!("auth type {kind} is not supported yet"));
    }
}

#[test]
fn empty_url_is_a_prepare_error() {
    let request: Request = serde_json::from_value(json!({"url": "{{nothing}}"})).unwrap();
    let scopes = Scopes {
        environment: VariableScope::from_variables(&[serde_json::from_value(
            json!({"key": "nothing", "value": ""}),
        )
        .unwrap()]),
        ..Scopes::default()
    };
    let e = prepare(
        &request,
        &scopes,
        None,
        &ProtocolProfileBehavior::default(),
        &options(),
    )
    .unwrap_err();
    assert!(e.message.contains("request url is empty"), "{}", e.message);
}

#[test]
fn url_credentials_become_basic_auth_after_the_form_content_type() {
    // Newman 6.2.2 wire for POST http://us%20er:p:w@host/ui with a urlencoded body
    let p = build(json!({"method": "POST", "url": "http://us%20er:p:w@h:1/ui",
        "body": {"mode": "urlencoded", "urlencoded": [{"key": "a", "value": "b"}]}}));
    assert_eq!(
        header_lines(&p)[7..],
        [
            "Content-Type: application/x-www-form-urlencoded",
            "authorization: Basic dXMgZXI6cDp3",
            "Content-Length: 3"
        ]
    );
}
