//! The sample auth collection (`collections/`) and its environment (`fixtures/`), as tests use them.

use serde_json::Value;
use std::path::{Path, PathBuf};

/// A path inside the repository.
pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The `access_token` of the first saved example of the request named `name`.
pub fn example_token(collection: &Value, name: &str) -> String {
    fn find<'a>(items: &'a [Value], name: &str) -> Option<&'a Value> {
        items.iter().find_map(|i| {
            if i["name"] == name && i.get("request").is_some() {
                Some(i)
            } else {
                i["item"].as_array().and_then(|sub| find(sub, name))
            }
        })
    }
    let items = collection["item"].as_array().expect("items");
    let item = find(items, name).expect("request exists");
    let body = item["response"][0]["body"].as_str().expect("example body");
    let body: Value = serde_json::from_str(body).expect("example body is JSON");
    body["access_token"]
        .as_str()
        .expect("access_token")
        .to_string()
}
