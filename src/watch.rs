//! `postie run --watch`: runs again whenever one of the run's input files changes (a
//! collection file or a file in a collection directory, the environment, globals, iteration data,
//! a `--script-modules` file). Changes are
//! debounced; a change is a change of content since the last run ended, so the run's own
//! `--write-back` does not start another run, and the next run reads the written-back values.
//! postie only; Newman has no watch mode.

use crate::app::AppError;
use crate::cli::RunArgs;
use notify::{Event, EventKind, RecursiveMode, Watcher};
use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// Quiet time after the last file event before running again.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// Runs, then runs again after each change, until the process is stopped.
pub fn run(args: &RunArgs, run_once: impl Fn(&RunArgs) -> Result<i32, AppError>) -> AppError {
    let (files, trees) = watched(args);
    let (tx, rx) = mpsc::channel();
    let (wanted, wanted_trees) = (files.clone(), trees.clone());
    let mut watcher = match notify::recommended_watcher(move |event: notify::Result<Event>| {
        // reads (the run's own, or anyone's) and other files of the folders are no change
        let Ok(event) = event else { return };
        let relevant = !matches!(event.kind, EventKind::Access(_))
            && event
                .paths
                .iter()
                .any(|p| wanted.contains(p) || wanted_trees.iter().any(|d| p.starts_with(d)));
        if relevant {
            let _ = tx.send(());
        }
    }) {
        Ok(w) => w,
        Err(e) => return AppError(format!("--watch: cannot watch files: {e}")),
    };
    // Directories, not files: an editor that saves by renaming replaces the file watched.
    let mut dirs: Vec<(PathBuf, RecursiveMode)> = files
        .iter()
        .map(|f| (parent(f), RecursiveMode::NonRecursive))
        .collect();
    dirs.extend(trees.iter().map(|t| (t.clone(), RecursiveMode::Recursive)));
    dirs.sort();
    dirs.dedup();
    for (dir, mode) in &dirs {
        if let Err(e) = watcher.watch(dir, *mode) {
            return AppError(format!("--watch: cannot watch {}: {e}", dir.display()));
        }
    }
    let clear = std::io::stdout().is_terminal();
    loop {
        let ended = run_once(args);
        let before = snapshot(&files, &trees);
        // events of the run itself (--write-back) are over: only content changes count
        while rx.try_recv().is_ok() {}
        match ended {
            Ok(code) => eprintln!("postie: run ended with exit code {code}; watching for changes"),
            Err(e) => eprintln!("error: {}\npostie: watching for changes", e.0),
        }
        let changed = loop {
            let now = snapshot(&files, &trees);
            if let Some(path) = first_change(&before, &now) {
                break path;
            }
            if rx.recv().is_err() {
                return AppError("--watch: the file watcher stopped".into());
            }
            while rx.recv_timeout(DEBOUNCE).is_ok() {}
        };
        if clear {
            print!("\x1b[2J\x1b[H");
        }
        println!("postie: {} changed; running again\n", changed.display());
        let _ = std::io::stdout().flush();
    }
}

/// The run's input files, and the folders watched as a whole (collection directories and
/// `--script-modules`).
fn watched(args: &RunArgs) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let inputs = [
        args.environment.as_ref(),
        args.globals.as_ref(),
        args.iteration_data.as_ref(),
    ];
    let (trees, files): (Vec<PathBuf>, Vec<PathBuf>) = args
        .collections
        .iter()
        .chain(inputs.into_iter().flatten())
        .map(|p| absolute(p))
        .partition(|p| p.is_dir());
    let trees = trees
        .into_iter()
        .chain(args.script_modules.as_ref().map(|m| absolute(m)))
        .collect();
    (files, trees)
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

fn parent(file: &Path) -> PathBuf {
    match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Each watched file's content (None: unreadable), and every file under the watched folders.
fn snapshot(files: &[PathBuf], trees: &[PathBuf]) -> HashMap<PathBuf, Option<Vec<u8>>> {
    let mut out: HashMap<PathBuf, Option<Vec<u8>>> = files
        .iter()
        .map(|f| (f.clone(), std::fs::read(f).ok()))
        .collect();
    for dir in trees {
        let mut stack = vec![dir.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    out.insert(path.clone(), std::fs::read(&path).ok());
                }
            }
        }
    }
    out
}

fn first_change(
    before: &HashMap<PathBuf, Option<Vec<u8>>>,
    now: &HashMap<PathBuf, Option<Vec<u8>>>,
) -> Option<PathBuf> {
    let mut changed: Vec<&PathBuf> = now
        .iter()
        .filter(|(path, content)| before.get(*path) != Some(content))
        .map(|(path, _)| path)
        .chain(before.keys().filter(|path| !now.contains_key(*path)))
        .collect();
    changed.sort();
    changed.first().map(|p| (*p).clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_a_change_of_content() {
        let a = PathBuf::from("a");
        let before = HashMap::from([(a.clone(), Some(b"1".to_vec()))]);
        assert_eq!(first_change(&before, &before.clone()), None);
        let now = HashMap::from([(a.clone(), Some(b"2".to_vec()))]);
        assert_eq!(first_change(&before, &now), Some(a.clone()));
        let gone = HashMap::new();
        assert_eq!(first_change(&before, &gone), Some(a));
    }
}
