//! `pm.request` across an item's scripts, as in Newman: a change made by an outer test script
//! (collection, then folder) is what the next test script of the same item sees.

mod support;

use serde_json::json;
use support::TestServer;

fn test_script(line: &str) -> serde_json::Value {
    json!([{"listen": "test", "script": {"exec": [line]}}])
}

#[test]
fn test_scripts_hand_request_changes_to_the_next_one() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let collection = json!({
        "info": {"name": "c", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "event": test_script("pm.request.headers.add({key: 'X-Collection', value: 'c'});"),
        "item": [{
            "name": "F",
            "event": test_script("pm.request.headers.add({key: 'X-Folder', value: pm.request.headers.get('X-Collection') + 'f'});"),
            "item": [{
                "name": "R",
                "request": {"method": "GET", "url": format!("{}/get", server.base_url())},
                "event": test_script(
                    "pm.test('sees the outer changes', () => pm.expect(pm.request.headers.get('X-Folder')).to.equal('cf'));"
                )
            }]
        }]
    });
    let out = support::runner::run_collection(dir.path(), &collection);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("sees the outer changes"), "{stdout}");
    let sent = server.requests();
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0].header("x-collection"),
        None,
        "test scripts run after the request"
    );
}
