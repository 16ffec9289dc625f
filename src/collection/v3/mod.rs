//! Postman collection schema v3 ("git-native" YAML): a collection is a directory.
//!
//! Layout and field names follow Postman's documentation page "Postman Collections schemas"
//! (learning.postman.com/docs/collections/collections-schemas) and the `collection-schema-v3`
//! reference Postman publishes with its agent plugin (postmanlabs/postman-plugin,
//! `skills/collection-schema-v3/SKILL.md` and `reference/other_entities.md`):
//!
//! - every `*.request.yaml` (or `.yml`) file is a request (`$kind: http-request`), every
//!   subdirectory whose name does not start with `.` a folder;
//! - `.resources/definition.yaml` holds a collection's or folder's `name`, `description`, `auth`,
//!   `variables`, `scripts` and `order`;
//! - a request's saved examples are `.resources/<request>.resources/examples/*.example.yaml`
//!   (or the directory its `examples` field names);
//! - siblings (folders and requests together) run in ascending `order`; the schema says nothing
//!   of entries without one, so they come after, by file name.
//!
//! Reading turns the directory into v2.1 JSON ([`read::load_dir`]), which then goes through the
//! same loader as a v2.1 file: a v3 collection runs exactly as its v2.1 equivalent.
//! [`write::write_dir`] is the other direction (`postie convert --to v3`).

pub mod convert;
pub mod environment;
mod from_v21;
pub mod read;
mod to_v21;
pub mod write;
mod yaml;

use std::path::Path;

/// Whether `path` names a v3 collection directory: one with a `.resources` folder or
/// `*.request.yaml` files, or at least without the `*.json` files of a folder of collections
/// (`postie run dir/` runs each of those).
pub fn is_collection_dir(path: &Path) -> bool {
    if !path.is_dir() {
        return false;
    }
    if path.join(".resources").is_dir() {
        return true;
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        // unreadable: the v3 loader names the error
        return true;
    };
    let names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_ascii_lowercase())
        .collect();
    let is_request = |n: &String| n.ends_with(".request.yaml") || n.ends_with(".request.yml");
    names.iter().any(is_request) || !names.iter().any(|n| n.ends_with(".json"))
}

/// Whether `path` is a YAML file by its extension (`.yaml`, `.yml`).
pub fn is_yaml_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}
