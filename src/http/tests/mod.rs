mod client_tests;
mod prepare_tests;
mod server;
mod tls_tests;
mod url_tests;

use super::*;
use crate::collection::model::{Collection, Item, ProtocolProfileBehavior, Request};
use crate::variables::{Scopes, VariableScope};
use server::{ok_response, RawServer};

fn options() -> HttpOptions {
    HttpOptions {
        working_dir: std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        ..HttpOptions::default()
    }
}

/// Sends every request of the collection in `POSTIE_DIFF_COLLECTION` (working dir = its folder),
/// for comparing the wire with Newman's by hand. `cargo test --lib http::tests::diff -- --ignored`
#[test]
#[ignore]
fn diff_against_newman() {
    let Ok(path) = std::env::var("POSTIE_DIFF_COLLECTION") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap();
    let col: Collection = serde_json::from_str(&text).unwrap();
    let scopes = Scopes {
        collection: VariableScope::from_variables(&col.variables),
        ..Scopes::default()
    };
    let opts = HttpOptions {
        insecure: std::env::var("POSTIE_DIFF_INSECURE").is_ok(),
        extra_ca_certs: std::env::var("POSTIE_DIFF_CA").ok().map(Into::into),
        client_cert: std::env::var("POSTIE_DIFF_CERT").ok().map(Into::into),
        client_key: std::env::var("POSTIE_DIFF_KEY").ok().map(Into::into),
        working_dir: std::path::Path::new(&path).parent().unwrap().to_path_buf(),
        timeout_request: Some(std::time::Duration::from_millis(500)),
        ..HttpOptions::default()
    };
    let client = HttpClient::new(&opts).unwrap();
    let mut queue: Vec<(
        &Item,
        Vec<Option<&crate::collection::model::Auth>>,
        ProtocolProfileBehavior,
    )> = col
        .items
        .iter()
        .rev()
        .map(|i| {
            (
                i,
                vec![col.auth.as_ref()],
                col.protocol_profile_behavior.clone().unwrap_or_default(),
            )
        })
        .collect();
    while let Some((item, auths, behavior)) = queue.pop() {
        match item {
            Item::Folder(f) => {
                let mut levels = auths.clone();
                levels.push(f.auth.as_ref());
                let b =
                    behavior.merged_with(&f.protocol_profile_behavior.clone().unwrap_or_default());
                for child in f.items.iter().rev() {
                    queue.push((child, levels.clone(), b.clone()));
                }
            }
            Item::Request(r) => {
                let behavior =
                    behavior.merged_with(&r.protocol_profile_behavior.clone().unwrap_or_default());
                let mut levels = auths.clone();
                levels.push(r.request.auth.as_ref());
                let auth = crate::auth::effective(&levels);
                match prepare(&r.request, &scopes, auth, &behavior, &opts) {
                    Ok(p) => {
                        for w in &p.warnings {
                            println!("{}: warning {w}", r.name);
                        }
                        match client.send(&p, &behavior) {
                            Ok(resp) => println!("{}: {} {}", r.name, resp.code, resp.status),
                            Err(e) => println!("{}: error {:?} {}", r.name, e.code, e.message),
                        }
                    }
                    Err(e) => println!("{}: prepare error {}", r.name, e.message),
                }
            }
        }
    }
}

/// Prints the per-request cost of prepare + send on a kept-alive local connection (no assertion).
/// `cargo test --lib http::tests::overhead -- --ignored --nocapture`
#[test]
#[ignore]
fn overhead() {
    let server = RawServer::ok();
    let client = HttpClient::new(&options()).unwrap();
    let request: Request = serde_json::from_value(serde_json::json!({"method": "POST",
        "url": format!("{}/x?a={{{{v}}}}", server.base()), "header": [{"key": "X-A", "value": "{{v}}"}],
        "body": {"mode": "raw", "raw": "{\"a\":\"{{v}}\"}"}}))
    .unwrap();
    let scopes = Scopes::default();
    let behavior = ProtocolProfileBehavior::default();
    let n = 2000;
    let start = std::time::Instant::now();
    let mut prepare_time = std::time::Duration::ZERO;
    for _ in 0..n {
        let t = std::time::Instant::now();
        let p = prepare(&request, &scopes, None, &behavior, &options()).unwrap();
        prepare_time += t.elapsed();
        let r = client.send(&p, &behavior).unwrap();
        assert_eq!(r.code, 200);
    }
    let total = start.elapsed();
    println!(
        "{n} requests: {:?} per request, of which prepare {:?}; connections: {}",
        total / n,
        prepare_time / n,
        *server.connections.lock().unwrap()
    );
}

#[test]
fn client_can_be_shared_between_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<HttpClient>();
    shareable::<PreparedRequest>();
}
