//! Digest auth end to end: without realm and nonce the first request goes out bare, the test
//! server's 401 challenge gives them, and the retry carries a response hash the server checks.

mod support;

use serde_json::json;
use support::TestServer;

#[test]
fn digest_auth_answers_the_challenge() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let collection = json!({
        "info": {"name": "digest", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{
            "name": "DigestAuth",
            "request": {
                "method": "GET",
                "url": format!("{}/digest-auth?x=1", server.base_url()),
                "auth": {"type": "digest", "digest": [
                    {"key": "username", "value": "postman"},
                    {"key": "password", "value": "password"}
                ]}
            },
            "event": [{"listen": "test", "script": {"exec": [
                "pm.test('authenticated', () => pm.expect(pm.response.json().authenticated).to.eql(true));"
            ]}}]
        }]
    });
    let out = support::runner::run_collection(dir.path(), &collection);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");

    let requests = server.requests();
    assert_eq!(requests.len(), 2, "{stdout}");
    assert_eq!(requests[0].header("authorization"), None);
    let token = |i: usize| requests[i].header("postman-token").map(str::to_string);
    assert_eq!(token(0), token(1), "the retry keeps the Postman-Token");
    let header = requests[1].header("authorization").expect("retry signed");
    let without_response = header.split(", response=").next().expect("has a response");
    assert_eq!(
        without_response,
        "Digest username=\"postman\", realm=\"Users\", nonce=\"ni1LiL0O37PRRhofWdCLmwFsnEtH1lew\", \
         uri=\"/digest-auth?x=1\", algorithm=\"MD5\""
    );
}
