//! `--script-modules DIR`: packages scripts may `require` from a node_modules folder.

use std::path::{Path, PathBuf};

/// A `node_modules` folder scripts may load packages from (`--script-modules`): pure-JavaScript
/// CommonJS packages, resolved the way Node resolves them but never outside the folder. Files
/// are read here, on the Rust side; the sandbox itself has no file access.
#[derive(Debug, Clone)]
pub struct ModuleFolder {
    root: PathBuf,
}

/// A module file found for a `require`: its path, and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleFile {
    pub path: PathBuf,
    pub source: String,
    /// A `.json` file: its `module.exports` is the parsed text.
    pub json: bool,
}

/// Largest module file read, in bytes.
const MAX_MODULE_BYTES: u64 = 64 * 1024 * 1024;

impl ModuleFolder {
    /// The folder, which must exist.
    pub fn open(dir: &Path) -> Result<ModuleFolder, String> {
        let root = dir
            .canonicalize()
            .map_err(|e| format!("cannot open {}: {e}", dir.display()))?;
        if !root.is_dir() {
            return Err(format!("{} is not a folder", dir.display()));
        }
        Ok(ModuleFolder { root })
    }

    #[cfg(test)]
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Finds the file `require(request)` loads when called from a module in the folder `from`
    /// (`None` for a script): a relative request (`./lib/x`, `../y`) from `from`; a package name
    /// in the `node_modules` folders above `from` (nearest first), then in the folder itself.
    pub fn resolve(&self, request: &str, from: Option<&Path>) -> Result<ModuleFile, String> {
        let not_found = || self.not_found(request);
        if request.is_empty() || request.contains('\0') {
            return Err(not_found());
        }
        let relative = request == "."
            || request == ".."
            || request.starts_with("./")
            || request.starts_with("../");
        let found = if relative {
            let base = from.unwrap_or(&self.root);
            self.load_file_or_folder(&base.join(request))
        } else if Path::new(request).is_absolute() || request.starts_with('\\') {
            None
        } else {
            self.package_folders(from)
                .into_iter()
                .find_map(|dir| self.load_file_or_folder(&dir.join(request)))
        };
        let path = found.ok_or_else(not_found)?;
        let source = read_module(&path)?;
        let json = path.extension().is_some_and(|e| e == "json");
        Ok(ModuleFile { path, source, json })
    }

    /// The sandbox's hook: `["ok", path, folder, "js"|"json", source]` or `["err", message]`.
    pub fn load_for_script(&self, request: &str, from: &str) -> Vec<String> {
        let from = (!from.is_empty()).then(|| Path::new(from));
        match self.resolve(request, from) {
            Ok(file) => {
                let dir = file
                    .path
                    .parent()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default();
                vec![
                    "ok".to_string(),
                    file.path.to_string_lossy().into_owned(),
                    dir,
                    if file.json { "json" } else { "js" }.to_string(),
                    file.source,
                ]
            }
            Err(message) => vec!["err".to_string(), message],
        }
    }

    /// Package names at the top of the folder (`@scope/name` for scoped ones), sorted.
    pub fn packages(&self) -> Vec<String> {
        let mut names = Vec::new();
        for entry in read_dir_names(&self.root) {
            if entry.starts_with('.') {
                continue;
            }
            let path = self.root.join(&entry);
            if entry.starts_with('@') && path.is_dir() {
                for inner in read_dir_names(&path) {
                    names.push(format!("{entry}/{inner}"));
                }
            } else if path.is_dir() {
                names.push(entry);
            } else if let Some(stem) = entry.strip_suffix(".js") {
                names.push(stem.to_string());
            }
        }
        names.sort();
        names
    }

    fn not_found(&self, request: &str) -> String {
        let packages = self.packages();
        let listed = if packages.is_empty() {
            "no packages".to_string()
        } else {
            packages.join(", ")
        };
        format!(
            "Cannot find module '{request}' (not built in, and not in {}, which has: {listed}; built in: {})",
            self.root.display(),
            super::names_for_messages().join(", ")
        )
    }

    /// Where a package name is looked for, from a module in `from`: each `node_modules` above
    /// it inside the folder, nearest first, then the folder itself.
    fn package_folders(&self, from: Option<&Path>) -> Vec<PathBuf> {
        let mut dirs = Vec::new();
        if let Some(from) = from {
            let mut dir = Some(from);
            while let Some(d) = dir {
                if !d.starts_with(&self.root) || d == self.root {
                    break;
                }
                if d.file_name().is_some_and(|n| n != "node_modules") {
                    dirs.push(d.join("node_modules"));
                }
                dir = d.parent();
            }
        }
        dirs.push(self.root.clone());
        dirs
    }

    /// Node's LOAD_AS_FILE then LOAD_AS_DIRECTORY, for a path that must stay inside the folder.
    fn load_file_or_folder(&self, path: &Path) -> Option<PathBuf> {
        self.load_file(path).or_else(|| self.load_folder(path))
    }

    fn load_file(&self, path: &Path) -> Option<PathBuf> {
        let name = path.file_name()?.to_string_lossy().into_owned();
        let candidates = [
            path.to_path_buf(),
            path.with_file_name(format!("{name}.js")),
            path.with_file_name(format!("{name}.json")),
            path.with_file_name(format!("{name}.cjs")),
        ];
        candidates.iter().find_map(|p| self.inside(p))
    }

    fn load_folder(&self, path: &Path) -> Option<PathBuf> {
        if !path.is_dir() {
            return None;
        }
        let main = std::fs::read_to_string(path.join("package.json"))
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .and_then(|json| json.get("main")?.as_str().map(str::to_string))
            .filter(|m| !m.is_empty());
        if let Some(main) = main {
            let target = path.join(&main);
            if let Some(found) = self.load_file(&target).or_else(|| self.load_index(&target)) {
                return Some(found);
            }
        }
        self.load_index(path)
    }

    fn load_index(&self, dir: &Path) -> Option<PathBuf> {
        ["index.js", "index.json", "index.cjs"]
            .iter()
            .find_map(|f| self.inside(&dir.join(f)))
    }

    /// The canonical path of an existing file inside the folder.
    fn inside(&self, path: &Path) -> Option<PathBuf> {
        let real = path.canonicalize().ok()?;
        (real.is_file() && real.starts_with(&self.root)).then_some(real)
    }
}

fn read_module(path: &Path) -> Result<String, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?
        .len();
    if size > MAX_MODULE_BYTES {
        return Err(format!(
            "{} is too large to load ({size} bytes)",
            path.display()
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let text =
        String::from_utf8(bytes).map_err(|_| format!("{} is not UTF-8 text", path.display()))?;
    // A byte-order mark or a `#!` line would not parse as a function body.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(if text.starts_with("#!") {
        format!("//{text}")
    } else {
        text.to_string()
    })
}

fn read_dir_names(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod folder_tests {
    use super::*;

    fn write(root: &Path, path: &str, text: &str) {
        let file = root.join(path);
        std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
        std::fs::write(file, text).expect("write");
    }

    fn name_of(folder: &ModuleFolder, file: &ModuleFile) -> String {
        file.path
            .strip_prefix(folder.root())
            .expect("inside")
            .to_string_lossy()
            .replace('\\', "/")
    }

    #[test]
    fn resolves_like_node_inside_the_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("node_modules");
        write(&root, "a/package.json", r#"{"main": "dist"}"#);
        write(&root, "a/dist/index.js", "a");
        write(&root, "a/lib/x.json", "{}");
        write(&root, "a/node_modules/b/index.js", "nested b");
        write(&root, "b/index.js", "top b");
        write(&root, "c.js", "c");
        write(&root, "d/package.json", "not json");
        write(&root, "d/index.json", "[1]");
        write(&root, "@s/p/index.js", "scoped");
        let folder = ModuleFolder::open(&root).expect("open");
        let resolve = |request: &str, from: Option<&Path>| {
            folder.resolve(request, from).map(|f| name_of(&folder, &f))
        };
        assert_eq!(resolve("a", None).as_deref(), Ok("a/dist/index.js"));
        assert_eq!(resolve("a/lib/x", None).as_deref(), Ok("a/lib/x.json"));
        assert_eq!(resolve("c", None).as_deref(), Ok("c.js"));
        assert_eq!(resolve("d", None).as_deref(), Ok("d/index.json"));
        assert_eq!(resolve("@s/p", None).as_deref(), Ok("@s/p/index.js"));
        let a_dist = folder.root().join("a/dist");
        assert_eq!(
            resolve("b", Some(&a_dist)).as_deref(),
            Ok("a/node_modules/b/index.js")
        );
        assert_eq!(resolve("b", None).as_deref(), Ok("b/index.js"));
        assert_eq!(
            resolve("../lib/x.json", Some(&a_dist)).as_deref(),
            Ok("a/lib/x.json")
        );
        assert!(folder.resolve("./c", None).is_ok());
        assert!(folder.resolve("/etc/passwd", None).is_err());
        assert!(folder.resolve("../../x", None).is_err());
        let file = folder.resolve("d", None).expect("d");
        assert!(file.json);
        assert_eq!(file.source, "[1]");
        assert_eq!(folder.packages(), ["@s/p", "a", "b", "c", "d"]);
        let message = folder.resolve("zzz", None).expect_err("missing");
        assert!(
            message.starts_with("Cannot find module 'zzz' ("),
            "{message}"
        );
        assert!(
            message.contains("which has: @s/p, a, b, c, d;"),
            "{message}"
        );
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert!(ModuleFolder::open(&dir.path().join("none")).is_err());
        let file = dir.path().join("f");
        std::fs::write(&file, "x").expect("write");
        assert!(ModuleFolder::open(&file).is_err());
    }
}
