//! URL building and encoding; expected values are what Newman 6.2.2 put on the wire.

use super::*;
use serde_json::json;

fn href(url: serde_json::Value, scopes: &Scopes) -> String {
    let request: Request = serde_json::from_value(json!({"url": url})).unwrap();
    prepare(
        &request,
        scopes,
        None,
        &ProtocolProfileBehavior::default(),
        &options(),
    )
    .unwrap()
    .url
}

#[test]
fn raw_url_encoding_matches_newman() {
    let raw = "http://127.0.0.1:18901/r/a b\"c<d>e`f{g}h|i\\j^k'l[m]n!o$p&q(r)s*t+u,v;w=x@y:z~ü%41%zz?q1=a b\"c<d>e`f{g}h|i\\j^k'l[m]n!o$p(r)s*t+u,v;w=x@y:z~ü%41%zz/?&q2=&q3#frag";
    assert_eq!(
        href(json!(raw), &Scopes::default()),
        "http://127.0.0.1:18901/r/a%20b%22c%3Cd%3Ee%60f%7Bg%7Dh|i/j^k'l[m]n!o$p&q(r)s*t+u,v;w=x@y:z~%C3%BC%41%zz?q1=a%20b%22c%3Cd%3Ee`f{g}h|i\\j^k%27l[m]n!o$p(r)s*t+u,v;w=x@y:z~%C3%BC%41%zz/?&q2=&q3"
    );
}

#[test]
fn url_object_is_joined_then_reparsed_like_newman() {
    // Newman: a `#` inside a path segment starts the hash after toString + re-parse, so the rest
    // (path variable, query) is lost; `:id` is replaced from url.variable first.
    let scopes = Scopes {
        collection: VariableScope::from_variables(&[serde_json::from_value(
            json!({"key": "idv", "value": "ID"}),
        )
        .unwrap()]),
        ..Scopes::default()
    };
    let url = json!({"raw": "ignored", "protocol": "http", "host": ["127","0","0","1"], "port": "18901",
        "path": ["o", " !\"#$", ":id"], "query": [{"key": "k", "value": "v"}],
        "variable": [{"key": "id", "value": "{{idv}}"}]});
    assert_eq!(href(url, &scopes), "http://127.0.0.1:18901/o/%20!%22");
    let url = json!({"host": ["Example","COM"], "path": ["users", ":id.json"],
        "query": [{"key": "a b", "value": "x&y"}, {"key": "off", "value": "1", "disabled": true}, {"key": "flag"}],
        "variable": [{"key": "id", "value": "{{idv}}"}], "hash": "top"});
    assert_eq!(
        href(url, &scopes),
        "http://example.com/users/ID.json?a%20b=x%26y&flag"
    );
}

#[test]
fn protocol_defaults_and_empty_query_kept() {
    let s = Scopes::default();
    assert_eq!(
        href(json!("127.0.0.1:18901/noproto"), &s),
        "http://127.0.0.1:18901/noproto"
    );
    assert_eq!(href(json!("http://h/emptyq?"), &s), "http://h/emptyq?");
    assert_eq!(
        href(json!("HTTP://LOCALHOST:1/Host"), &s),
        "http://localhost:1/Host"
    );
    assert_eq!(href(json!("http://h"), &s), "http://h/");
    assert_eq!(href(json!("http://h/a%2Fb%zz%"), &s), "http://h/a%2Fb%zz%");
}

#[test]
fn disable_url_encoding_leaves_text_alone() {
    let request: Request =
        serde_json::from_value(json!({"url": "http://h/ne/a%20b{c}?q=a\"b"})).unwrap();
    let behavior = ProtocolProfileBehavior {
        disable_url_encoding: Some(true),
        ..Default::default()
    };
    let p = prepare(&request, &Scopes::default(), None, &behavior, &options()).unwrap();
    assert_eq!(p.url, "http://h/ne/a%20b{c}?q=a\"b");
}

#[test]
fn unresolved_variable_with_separators_is_kept_whole() {
    let parts = crate::request_text::url::parse("{{base/url}}/x?{{a&b}}=1");
    assert_eq!(parts.host, Some(vec!["{{base/url}}".to_string()]));
    assert_eq!(parts.path, Some(vec!["x".to_string()]));
    assert_eq!(parts.query, Some(vec!["{{a&b}}=1".to_string()]));
}

#[test]
fn resolved_json_shape_like_newman_report() {
    let p = prepare(
        &serde_json::from_value(json!({"url": "http://127.0.0.1:9/a b/c?x=1&y#h"})).unwrap(),
        &Scopes::default(),
        None,
        &ProtocolProfileBehavior::default(),
        &options(),
    )
    .unwrap();
    assert_eq!(
        p.resolved["url"],
        json!({"protocol": "http", "port": "9", "path": ["a%20b", "c"], "hash": "h",
               "host": ["127", "0", "0", "1"],
               "query": [{"key": "x", "value": "1"}, {"key": "y", "value": null}], "variable": []})
    );
    assert_eq!(p.resolved["method"], json!("GET"));
}
