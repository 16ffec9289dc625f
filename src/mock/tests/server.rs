//! The mock server over real HTTP on 127.0.0.1.

use std::io::{Read, Write};
use std::net::TcpStream;

use super::client::Client;
use serde_json::{json, Value};

use crate::collection::model::Collection;
use crate::mock::MockServer;

fn example(name: &str, method: &str, url: Value, code: u16, status: &str, body: &str) -> Value {
    json!({
        "name": name,
        "originalRequest": {"method": method, "header": [], "url": url},
        "status": status,
        "code": code,
        "_postman_previewlanguage": "json",
        "header": [],
        "cookie": [],
        "body": body
    })
}

fn collection() -> Collection {
    let mut listed = example(
        "All users",
        "GET",
        json!("{{baseUrl}}/users"),
        200,
        "OK",
        r#"{"users":[1,2]}"#,
    );
    listed["header"] = json!([
        {"key": "Content-Type", "value": "application/vnd.users+json"},
        {"key": "Content-Length", "value": "99999"},
        {"key": "Content-Encoding", "value": "gzip"},
        {"key": "Connection", "value": "close"},
        {"key": "X-Request-Id", "value": "abc-123"},
        {"key": "Set-Cookie", "value": "a=1"},
        {"key": "Set-Cookie", "value": "b=2"}
    ]);
    serde_json::from_value(json!({
        "info": {"name": "Users", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "Users", "item": [
            {"name": "List users", "request": {"method": "GET", "url": "{{baseUrl}}/users"}, "response": [
                listed,
                example("Second page", "GET", json!({
                    "raw": "{{baseUrl}}/users?page=2&size={{size}}",
                    "host": ["{{baseUrl}}"], "path": ["users"],
                    "query": [{"key": "page", "value": "2"}, {"key": "size", "value": "{{size}}"}]
                }), 200, "OK", r#"{"users":[3]}"#)
            ]},
            {"name": "Get user", "request": {"method": "GET", "url": "https://api.example.com/users/:id"}, "response": [
                example("Found", "GET", json!("https://api.example.com/users/:id"), 200, "All Good", r#"{"id":"{{id}}"}"#),
                example("Gone", "GET", json!("https://api.example.com/users/:id"), 410, "Gone", r#"{"error":"gone"}"#)
            ]},
            {"name": "Create user", "request": {"method": "POST", "url": "{{baseUrl}}/users"}, "response": [
                example("Created", "POST", json!("{{baseUrl}}/users"), 201, "Created", r#"{"id":7}"#)
            ]}
        ]}]
    }))
    .unwrap()
}

fn get(client: &Client, url: String) -> (u16, String) {
    let response = client.get(url).send().unwrap();
    let code = response.status();
    (code, response.text().unwrap())
}

#[test]
fn matches_by_method_path_and_query() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let client = Client::new();
    let base = server.url();
    assert_eq!(
        get(&client, format!("{base}/users")),
        (200, r#"{"users":[1,2]}"#.into())
    );
    assert_eq!(
        get(&client, format!("{base}/users?size=5&page=2")),
        (200, r#"{"users":[3]}"#.into())
    );
    assert_eq!(
        get(&client, format!("{base}/users/42")),
        (200, r#"{"id":"{{id}}"}"#.into())
    );
    let created = client
        .post(format!("{base}/users"))
        .body("{\"name\":\"x\"}")
        .send()
        .unwrap();
    assert_eq!(created.status(), 201);
    assert_eq!(created.text().unwrap(), r#"{"id":7}"#);
}

#[test]
fn mock_headers_pick_an_example() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let client = Client::new();
    let url = format!("{}/users/42", server.url());
    let by_code = client
        .get(&url)
        .header("x-mock-response-code", "410")
        .send()
        .unwrap();
    assert_eq!(by_code.status(), 410);
    assert_eq!(by_code.text().unwrap(), r#"{"error":"gone"}"#);
    let by_name = client
        .get(format!("{}/users", server.url()))
        .header("x-mock-response-name", "Second page")
        .send()
        .unwrap();
    assert_eq!(by_name.text().unwrap(), r#"{"users":[3]}"#);
    let unknown = client
        .get(&url)
        .header("x-mock-response-code", "500")
        .send()
        .unwrap();
    assert_eq!(unknown.status(), 404);
}

#[test]
fn unknown_routes_get_a_404_listing_the_routes() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let response = Client::new()
        .delete(format!("{}/users/1", server.url()))
        .send()
        .unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.headers()["content-type"],
        "application/json; charset=utf-8"
    );
    let body: Value = serde_json::from_str(&response.text().unwrap()).unwrap();
    assert_eq!(body["error"]["name"], "mockRequestNotFoundError");
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("DELETE /users/1"));
    assert_eq!(
        body["error"]["routes"],
        json!(["GET /users", "GET /users/:id", "POST /users"])
    );
}

#[test]
fn example_headers_are_sent_except_transport_ones() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let response = Client::new()
        .get(format!("{}/users", server.url()))
        .send()
        .unwrap();
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "application/vnd.users+json");
    assert_eq!(headers["x-request-id"], "abc-123");
    assert_eq!(headers["content-length"], "15");
    assert!(headers.get("content-encoding").is_none());
    assert!(headers.get("connection").is_none());
    let cookies = headers.get_all("set-cookie");
    assert_eq!(cookies, ["a=1", "b=2"]);
    let second = Client::new()
        .get(format!("{}/users/1", server.url()))
        .send()
        .unwrap();
    assert_eq!(
        second.headers()["content-type"],
        "application/json; charset=utf-8"
    );
}

#[test]
fn keep_alive_reuses_one_connection() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let client = Client::new();
    for i in 0..5 {
        assert_eq!(get(&client, format!("{}/users", server.url())).0, 200);
        let posted = client
            .post(format!("{}/users", server.url()))
            .body(format!("{{\"n\":{i}}}"))
            .send()
            .unwrap();
        assert_eq!(posted.text().unwrap(), r#"{"id":7}"#);
    }
    assert_eq!(server.connections_accepted(), 1);
}

#[test]
fn serves_concurrent_clients() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let base = server.url();
    let workers: Vec<_> = (0..8)
        .map(|_| {
            let base = base.clone();
            std::thread::spawn(move || {
                let client = Client::new();
                (0..10)
                    .map(|_| get(&client, format!("{base}/users/9")))
                    .filter(|r| *r == (200, r#"{"id":"{{id}}"}"#.to_string()))
                    .count()
            })
        })
        .collect();
    let ok: usize = workers.into_iter().map(|w| w.join().unwrap()).sum();
    assert_eq!(ok, 80);
    assert_eq!(server.connections_accepted(), 8);
}

#[test]
fn sends_the_example_reason_phrase() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .write_all(b"GET /users/3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 200 All Good\r\n"), "{reply}");
}

#[test]
fn stop_closes_the_port_and_busy_ports_are_errors() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let port = server.port;
    let busy = MockServer::start(&collection(), port).err().unwrap();
    assert!(
        matches!(busy, crate::mock::MockError::Listen { port: p, .. } if p == port),
        "{busy:?}"
    );
    assert!(
        busy.to_string()
            .starts_with(&format!("mock server cannot listen on 127.0.0.1:{port}")),
        "{busy}"
    );
    assert_eq!(server.url(), format!("http://127.0.0.1:{port}"));
    assert_eq!(
        server.routes(),
        ["GET /users", "GET /users/:id", "POST /users"]
    );
    server.stop();
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err());
}

#[test]
fn stop_returns_while_a_client_keeps_an_idle_connection() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let client = Client::new();
    let url = format!("{}/users", server.url());
    assert_eq!(get(&client, url.clone()).0, 200);
    server.stop();
    assert!(client.get(url).send().is_err());
}

#[test]
fn head_requests_fall_back_to_get_examples_without_a_body() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let response = Client::new()
        .head(format!("{}/users/5", server.url()))
        .send()
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-length"], "15");
    assert_eq!(response.text().unwrap(), "");
}

fn login_collection() -> Collection {
    let login = |name: &str, body: Value, header: Value, code: u16| {
        json!({
            "name": name,
            "originalRequest": {"method": "POST", "header": header, "body": body, "url": "{{baseUrl}}/login"},
            "code": code,
            "body": name
        })
    };
    serde_json::from_value(json!({"item": [{
        "name": "Login",
        "request": {"method": "POST", "url": "{{baseUrl}}/login"},
        "response": [
            login("admin", json!({"mode": "raw", "raw": "{\"user\": \"admin\"}"}), json!([]), 200),
            login("guest", json!({"mode": "raw", "raw": "{\"user\": \"guest\"}"}), json!([]), 200),
            login("form", json!({"mode": "urlencoded", "urlencoded": [
                {"key": "user", "value": "form user"}, {"key": "off", "value": "x", "disabled": true}
            ]}), json!([{"key": "X-Tenant", "value": "{{tenant}}"}]), 200),
            login("french", json!({"mode": "raw", "raw": "{\"user\": \"admin\"}"}),
                json!([{"key": "Accept-Language", "value": "fr"}]), 200),
        ]
    }]}))
    .unwrap()
}

#[test]
fn request_body_and_headers_match_on_demand() {
    let server = MockServer::start(&login_collection(), 0).unwrap();
    let client = Client::new();
    let url = format!("{}/login", server.url());
    let login = |body: &str, headers: &[(&str, &str)]| {
        let mut request = client.post(&url).body(body.to_string());
        for (k, v) in headers {
            request = request.header(k, v);
        }
        let response = request.send().unwrap();
        let code = response.status();
        (code, response.text().unwrap())
    };
    let by_body = [("x-mock-match-request-body", "true")];
    assert_eq!(login(r#"{"user":"guest"}"#, &[]).1, "admin");
    assert_eq!(login(r#"{"user":"guest"}"#, &by_body).1, "guest");
    assert_eq!(login("user=form+user", &by_body).1, "form");
    assert_eq!(login(r#"{"user":"nobody"}"#, &by_body).0, 404);
    let by_language = [
        ("x-mock-match-request-headers", "Accept-Language"),
        ("accept-language", "fr"),
    ];
    assert_eq!(login("", &by_language).1, "french");
    let by_tenant = [
        ("x-mock-match-request-headers", "x-tenant, accept-language"),
        ("x-tenant", "acme"),
    ];
    assert_eq!(login("", &by_tenant).1, "form");
}
