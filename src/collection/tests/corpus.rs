//! Every collection, environment, globals and data file of the peer suite and the pmdiff cases loads.

use super::shared_dir;
use crate::collection::{load_collection, load_data, load_environment, CollectionVersion};
use std::path::{Path, PathBuf};

#[derive(Debug, PartialEq)]
enum Kind {
    Collection,
    Scope,
    Data,
    NotPostman,
}

fn kind_of(path: &Path) -> Kind {
    let p = path.to_string_lossy();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let not_postman = [
        "expectations.json",
        "upload-file.json",
        "upload-file.csv",
        "outside.json",
    ];
    if not_postman.contains(&name.as_str())
        || p.contains("work-dir")
        || name.ends_with("config.json")
        || name.contains("cookie-jar")
    {
        Kind::NotPostman
    } else if name.ends_with("postman_collection.json") || name == "collection.json" {
        Kind::Collection
    } else if name.contains("environment")
        || name.contains("globals")
        || name.contains("variables")
        || name == "env.json"
    {
        Kind::Scope
    } else if name.contains("data") || name.ends_with(".csv") {
        Kind::Data
    } else {
        Kind::Collection
    }
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json" || e == "csv") {
            out.push(path);
        }
    }
}

fn corpus() -> Vec<PathBuf> {
    let shared = shared_dir();
    let mut out = Vec::new();
    files(&shared.join("peer-suite"), &mut out);
    files(&shared.join("tools").join("cases"), &mut out);
    out.sort();
    out
}

#[test]
fn every_fixture_loads() {
    let all = corpus();
    let mut counts = [0usize; 3];
    let mut failures = Vec::new();
    for path in &all {
        let result = match kind_of(path) {
            Kind::Collection => load_collection(path).map(|c| {
                counts[0] += 1;
                assert!(
                    !c.collection.items.is_empty(),
                    "{} has no items",
                    path.display()
                );
            }),
            Kind::Scope => load_environment(path).map(|_| counts[1] += 1),
            Kind::Data => load_data(path).map(|rows| {
                counts[2] += 1;
                assert!(!rows.is_empty(), "{} has no rows", path.display());
            }),
            Kind::NotPostman => Ok(()),
        };
        if let Err(e) = result {
            failures.push(e.to_string());
        }
    }
    assert!(
        failures.is_empty(),
        "failed to load:\n{}",
        failures.join("\n")
    );
    assert!(counts[0] >= 50, "only {} collections found", counts[0]);
    assert!(
        counts[1] >= 9,
        "only {} environments/globals found",
        counts[1]
    );
    assert!(counts[2] >= 7, "only {} data files found", counts[2]);
}

#[test]
fn versions_are_recognised() {
    let peer = |rel: &str| shared_dir().join("peer-suite").join(rel);
    let v = |rel: &str| {
        load_collection(&peer(rel))
            .map(|c| c.version)
            .map_err(|e| e.to_string())
    };
    assert_eq!(
        v("test/integration/multi-level-folders-v1.postman_collection.json"),
        Ok(CollectionVersion::V1)
    );
    assert_eq!(
        v("examples/v1.postman_collection.json"),
        Ok(CollectionVersion::V1)
    );
    assert_eq!(
        v("test/integration/multi-value-data.postman_collection.json"),
        Ok(CollectionVersion::V2_0)
    );
    assert_eq!(
        v("test/integration/echo-v2.postman_collection.json"),
        Ok(CollectionVersion::V2_0)
    );
    assert_eq!(
        v("test/fixtures/run/spaces/single-get-request.json"),
        Ok(CollectionVersion::V2_1)
    );
}

#[test]
fn bom_and_utf16_files_load() {
    let dir = "test/integration/bom-and-encoding/";
    let c = load_collection(&super::peer(&format!(
        "{dir}bom-in-collection-file.postman_collection.json"
    )))
    .expect("BOM collection");
    assert!(!c.collection.items.is_empty());
    for env in ["bom-in-environment-file", "utf16-le-encoding-in-env"] {
        let e = load_environment(&super::peer(&format!(
            "{dir}{env}.postman_environment.json"
        )))
        .expect("environment");
        assert!(!e.scope.vars.is_empty(), "{env} has no values");
        assert!(e.scope.name.is_some(), "{env} has no name");
    }
}

#[test]
fn only_v1_has_a_deprecation_notice() {
    let notice = CollectionVersion::V1
        .deprecation_notice()
        .unwrap_or_default();
    assert!(
        notice.starts_with("newman: Newman v4 deprecates support for the v1 collection format\n")
    );
    assert_eq!(CollectionVersion::V2_1.deprecation_notice(), None);
    assert_eq!(CollectionVersion::V2_0.deprecation_notice(), None);
}
