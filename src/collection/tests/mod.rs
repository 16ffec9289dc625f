mod corpus;
mod data_files;
mod errors;
mod exports;
mod fast_load;
mod item_shapes;
mod request_shapes;
mod v1_conversion;
mod v3_conversion;
mod write_back;
mod write_back_safety;

use std::path::{Path, PathBuf};

/// The shared fixtures folder (`shared/`, beside the repository or one of its parents).
pub fn shared_dir() -> PathBuf {
    if let Ok(dir) = std::env::var("POSTIE_SHARED") {
        return PathBuf::from(dir);
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .map(|a| a.join("shared"))
        .find(|d| d.join("peer-suite").is_dir())
        .unwrap_or_else(|| {
            panic!(
                "no shared/peer-suite folder above {}; set POSTIE_SHARED",
                manifest.display()
            )
        })
}

pub fn peer(rel: &str) -> PathBuf {
    shared_dir().join("peer-suite").join(rel)
}

/// Writes `bytes` to `name` in a fresh temporary folder (kept alive by the returned guard).
pub fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    (dir, path)
}
