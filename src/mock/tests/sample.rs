//! The sample collection `collections/auth-flow.postman_collection.json` and its environment,
//! served by the mock.

use std::collections::BTreeSet;

use super::client::Client;
use serde_json::Value;

use crate::collection::model::{Collection, Item, RequestItem};
use crate::mock::routes::{url_path, url_query};
use crate::mock::MockServer;

const COLLECTION: &str = include_str!("../../../collections/auth-flow.postman_collection.json");
const ENVIRONMENT: &str = include_str!("../../../fixtures/auth-flow.postman_environment.json");

fn collection() -> Collection {
    serde_json::from_str(COLLECTION).unwrap()
}

fn environment() -> Vec<(String, String)> {
    let env: Value = serde_json::from_str(ENVIRONMENT).unwrap();
    env["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            let key = v["key"].as_str().unwrap().to_string();
            (key, v["value"].as_str().unwrap().to_string())
        })
        .collect()
}

fn requests(items: &[Item], out: &mut Vec<RequestItem>) {
    for item in items {
        match item {
            Item::Folder(f) => requests(&f.items, out),
            Item::Request(r) => out.push((**r).clone()),
        }
    }
}

fn all_requests() -> Vec<RequestItem> {
    let mut out = Vec::new();
    requests(&collection().items, &mut out);
    out
}

fn resolve(text: &str, env: &[(String, String)]) -> String {
    env.iter().fold(text.to_string(), |t, (k, v)| {
        t.replace(&format!("{{{{{k}}}}}"), v)
    })
}

/// Sends `item`'s request to the mock the way the runner would: path, resolved query, body.
fn send(client: &Client, server: &MockServer, item: &RequestItem) -> super::client::Response {
    let env = environment();
    let request = &item.request;
    let path = url_path(&request.url).join("/");
    let query: Vec<(String, String)> = url_query(&request.url)
        .into_iter()
        .map(|(k, v)| (k, resolve(&v, &env)))
        .collect();
    let mut builder = client
        .request(&request.method, format!("{}/{path}", server.url()))
        .query(&query);
    if let Some(raw) = request.body.as_ref().and_then(|b| b.raw.clone()) {
        builder = builder.header("content-type", "application/json").body(raw);
    }
    builder.send().unwrap()
}

#[test]
fn the_mock_serves_each_request_its_first_example() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let client = Client::new();
    let items = all_requests();
    let names: Vec<&str> = items.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Request token",
            "Request pipe token",
            "List shares",
            "Create share"
        ]
    );
    for item in &items {
        let example = &item.responses[0];
        let response = send(&client, &server, item);
        assert_eq!(
            response.status(),
            example["code"].as_u64().unwrap() as u16,
            "{}",
            item.name
        );
        assert_eq!(
            response.text().unwrap(),
            example["body"].as_str().unwrap(),
            "{}",
            item.name
        );
    }
}

#[test]
fn token_examples_differ_by_grant_type_and_password() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let client = Client::new();
    let token_url = format!("{}/oauth2/token", server.url());
    let grant = |grant: &str, password: &str| -> Value {
        let response = client
            .post(&token_url)
            .query(&[
                ("username", "demo@example.com"),
                ("password", password),
                ("client_id", "key"),
                ("grant_type", grant),
                ("scope", "ALL:ALL"),
            ])
            .send()
            .unwrap();
        serde_json::from_str(&response.text().unwrap()).unwrap()
    };
    let user = grant("password", "secret");
    assert_eq!(user["expires_in"], 172800);
    assert!(user["access_token"].as_str().unwrap().starts_with("mock-"));
    let pipe = grant("pipe", "secret");
    assert_eq!(pipe["expires_in"], -1);
    assert_eq!(pipe["scope"], "SHARE:CREATE");
    assert_eq!(
        grant("password", "wrong-password")["error"],
        "invalid_grant"
    );
}

#[test]
fn the_sample_uses_only_the_agreed_variables() {
    let allowed = [
        "authHostname",
        "apiHostname",
        "username",
        "password",
        "apikey",
        "token",
        "pipe_token",
    ];
    let reference = regex::Regex::new(r"\{\{([^{}]+)\}\}").unwrap();
    let used: BTreeSet<&str> = reference
        .captures_iter(COLLECTION)
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str())
        .collect();
    let unknown: Vec<&&str> = used.iter().filter(|v| !allowed.contains(v)).collect();
    assert!(unknown.is_empty(), "unexpected variables {unknown:?}");
    let env = environment();
    let keys: Vec<&str> = env.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, allowed);
    // The tokens start empty and hold what README's first command captured once it has run.
    let empty: Vec<&str> = env
        .iter()
        .filter(|(k, v)| v.is_empty() && k != "token" && k != "pipe_token")
        .map(|(k, _)| k.as_str())
        .collect();
    assert!(empty.is_empty(), "variables without a value: {empty:?}");
}

#[test]
fn shares_use_folder_bearer_auth_and_create_uses_the_pipe_token() {
    let collection = collection();
    let Item::Folder(shares) = &collection.items[1] else {
        panic!("second item should be the Shares folder");
    };
    let folder_auth = shares.auth.as_ref().unwrap();
    assert_eq!(folder_auth.kind, "bearer");
    assert_eq!(folder_auth.param_str("token"), "{{token}}");
    let Item::Request(create) = &shares.items[1] else {
        panic!("Create share should be a request");
    };
    let own = create.request.auth.as_ref().unwrap();
    assert_eq!(own.param_str("token"), "{{pipe_token}}");
    assert_eq!(
        create.request.body.as_ref().unwrap().raw_language(),
        Some("json")
    );
    for item in all_requests() {
        assert!(!item.responses.is_empty(), "{} has no example", item.name);
        assert!(!item.events.is_empty(), "{} has no test script", item.name);
    }
}

#[test]
fn an_expired_token_example_is_served_on_request() {
    let server = MockServer::start(&collection(), 0).unwrap();
    let response = Client::new()
        .get(format!(
            "{}/share/io.microshare.demo.sensor.unpacked",
            server.url()
        ))
        .header("x-mock-response-code", "401")
        .send()
        .unwrap();
    assert_eq!(response.status(), 401);
    assert_eq!(
        response.headers()["www-authenticate"],
        "Bearer error=\"invalid_token\""
    );
    let body: Value = serde_json::from_str(&response.text().unwrap()).unwrap();
    assert_eq!(body["error"], "Unauthorized");
}
