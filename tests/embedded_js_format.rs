//! The JavaScript embedded in postie (`src/**/*.js`) keeps one format: no tabs, no trailing
//! whitespace, lines of at most 120 characters. Files that had longer lines when this check came
//! are listed in `tests/embedded-js-long-lines.txt` with their count of long lines: a count may
//! only go down, and must be lowered (or the entry removed) when it does, so the list stays true.
//! The recorded library vectors (`src/script/modules/tests/newman/*.js`, one case per line as
//! Newman ran them) are data, not code, and are not checked.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const MAX_LINE: usize = 120;

fn js_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if !path.ends_with("tests/newman") {
                js_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "js") {
            out.push(path);
        }
    }
}

fn allowed_long_lines(root: &Path) -> BTreeMap<String, usize> {
    let list = root.join("tests/embedded-js-long-lines.txt");
    let text = std::fs::read_to_string(&list).unwrap_or_else(|e| panic!("{}: {e}", list.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (path, count) = l
                .split_once(' ')
                .unwrap_or_else(|| panic!("{}: `path count` expected: {l}", list.display()));
            let count = count
                .trim()
                .parse()
                .unwrap_or_else(|_| panic!("bad count: {l}"));
            (path.to_string(), count)
        })
        .collect()
}

#[test]
fn embedded_javascript_is_formatted() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    js_files(&root.join("src"), &mut files);
    assert!(!files.is_empty(), "no JavaScript found under src/");
    let mut allowed = allowed_long_lines(root);
    let mut problems = Vec::new();
    for path in &files {
        let name = path
            .strip_prefix(root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut long = 0;
        for (i, line) in text.lines().enumerate() {
            let at = format!("{name}:{}", i + 1);
            if line.contains('\t') {
                problems.push(format!("{at}: a tab"));
            }
            if line != line.trim_end() {
                problems.push(format!("{at}: trailing whitespace"));
            }
            if line.chars().count() > MAX_LINE {
                long += 1;
            }
        }
        let listed = allowed.remove(&name).unwrap_or(0);
        if long > listed {
            problems.push(format!(
                "{name}: {long} line(s) longer than {MAX_LINE} characters ({listed} allowed)"
            ));
        } else if long < listed {
            problems.push(format!(
                "{name}: {long} long line(s) now; lower its count in tests/embedded-js-long-lines.txt (from {listed})"
            ));
        }
    }
    for name in allowed.into_keys() {
        problems.push(format!(
            "{name}: listed in tests/embedded-js-long-lines.txt but not found"
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
