//! Files a request body reads (form-data files, binary bodies), with Newman's access rule and
//! error messages.

use std::path::{Path, PathBuf};

/// File access rules for form-data files and binary bodies.
pub struct FileAccess<'a> {
    pub working_dir: &'a Path,
    pub no_insecure_file_read: bool,
}

impl FileAccess<'_> {
    fn resolve(&self, src: &str) -> PathBuf {
        let p = Path::new(src);
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.working_dir.join(p)
        }
    }

    /// Reads a file as Newman's SecureFS + runtime do, with their error messages.
    pub fn read(&self, src: &str) -> Result<(PathBuf, Vec<u8>), String> {
        let path = self.resolve(src);
        if self.no_insecure_file_read && !is_inside(&path, self.working_dir) {
            return Err("PPERM: insecure file access outside working directory".into());
        }
        let meta = std::fs::metadata(&path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("\"{src}\", no such file"),
            _ => format!("\"{src}\", {e}"),
        })?;
        if !meta.is_file() {
            return Err(format!("\"{src}\", is not a file"));
        }
        let bytes = std::fs::read(&path).map_err(|e| match e.kind() {
            std::io::ErrorKind::PermissionDenied => format!("\"{src}\", read permission denied"),
            _ => format!("\"{src}\", {e}"),
        })?;
        Ok((path, bytes))
    }
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn is_inside(path: &Path, dir: &Path) -> bool {
    let abs = |p: &Path| {
        if p.is_absolute() {
            normalize(p)
        } else {
            normalize(&std::env::current_dir().unwrap_or_default().join(p))
        }
    };
    abs(path).starts_with(abs(dir))
}
