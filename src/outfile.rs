//! Writing the files a run produces (reports, `--export-*`, `--write-back`, the cookie jar).
//!
//! A regular file (or a path where nothing is yet) is replaced atomically: the content goes into a
//! temporary file beside it, `.<name>.postie-<pid>-<random>.tmp`, which is flushed to disk and
//! renamed over the target, so a reader sees the old or the new content, never a mix. Stale temporary
//! files of that naming, left by a postie process that was killed, are removed on the next write of
//! the same file. The target keeps its permissions, owner and group; a file with more than one hard
//! link, or whose owner cannot be kept, is rewritten in place (from the flushed temporary copy) so
//! that every link sees the new content. A read-only file is refused unless `force` is set.
//!
//! Standard output (`-`, `/dev/stdout`), devices, pipes and sockets are written straight: they are
//! never replaced by a regular file.

use crate::collection::error::{io_reason, FileError};
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How to write one output file.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions {
    /// Replace a read-only file (`--force`).
    pub force: bool,
    /// Create missing parent folders (report files do; `--write-back` targets exist already).
    pub create_dirs: bool,
    /// Permissions of a newly created file; `None` keeps the temporary file's owner-only 0600.
    pub new_file_mode: Option<u32>,
}

/// Where the bytes go.
#[derive(Debug, PartialEq)]
enum Destination {
    Stdout,
    /// A device, pipe or socket: opened and written, never replaced.
    Stream(PathBuf),
    /// A regular file, or a path where nothing is yet: the file to replace (symbolic links followed).
    File(PathBuf),
}

/// Writes what `fill` produces to `path` (see the module documentation for how).
pub fn write_with(
    path: &Path,
    options: &WriteOptions,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), FileError> {
    let fail = |e: io::Error| FileError::new(path, format!("cannot write: {}", io_reason(&e)));
    match destination(path) {
        Destination::Stdout => {
            let stdout = io::stdout();
            let mut lock = stdout.lock();
            fill(&mut lock).and_then(|()| lock.flush()).map_err(fail)
        }
        Destination::Stream(target) => {
            let mut file = OpenOptions::new().write(true).open(target).map_err(fail)?;
            fill(&mut file).and_then(|()| file.flush()).map_err(fail)
        }
        Destination::File(target) => replace_file(path, &target, options, fill),
    }
}

/// Writes `bytes` to `path`; see [`write_with`].
pub fn write_bytes(path: &Path, options: &WriteOptions, bytes: &[u8]) -> Result<(), FileError> {
    write_with(path, options, |out| out.write_all(bytes))
}

fn destination(path: &Path) -> Destination {
    let text = path.to_string_lossy();
    if matches!(
        text.as_ref(),
        "-" | "/dev/stdout" | "/dev/fd/1" | "/proc/self/fd/1"
    ) {
        return Destination::Stdout;
    }
    if is_system_path(path) || link_chain(path).iter().any(|p| is_system_path(p)) {
        return Destination::Stream(path.to_path_buf());
    }
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => Destination::Stream(path.to_path_buf()),
        _ => Destination::File(final_target(path)),
    }
}

/// `/dev/...` and `/proc/...` are the system's: never replaced.
fn is_system_path(path: &Path) -> bool {
    path.starts_with("/dev") || path.starts_with("/proc")
}

/// The targets of the symbolic links `path` goes through (at most 40, as the kernel).
fn link_chain(path: &Path) -> Vec<PathBuf> {
    let mut chain = Vec::new();
    let mut current = path.to_path_buf();
    while chain.len() < 40 {
        let Ok(next) = std::fs::read_link(&current) else {
            break;
        };
        let next = match current.parent() {
            Some(dir) if next.is_relative() => dir.join(next),
            _ => next,
        };
        chain.push(next.clone());
        current = next;
    }
    chain
}

fn final_target(path: &Path) -> PathBuf {
    link_chain(path).pop().unwrap_or_else(|| path.to_path_buf())
}

fn replace_file(
    path: &Path,
    target: &Path,
    options: &WriteOptions,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), FileError> {
    let error = |message: String| FileError::new(path, message);
    let fail = |e: io::Error| error(format!("cannot write: {}", io_reason(&e)));
    if target.is_dir() {
        return Err(error("cannot write: is a directory".into()));
    }
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if options.create_dirs {
        std::fs::create_dir_all(&dir).map_err(fail)?;
    } else if !dir.is_dir() {
        return Err(error(format!(
            "cannot write: folder {} does not exist",
            dir.display()
        )));
    }
    let existing = std::fs::metadata(target).ok();
    if let Some(meta) = &existing {
        if meta.permissions().readonly() && !options.force {
            return Err(error(
                "cannot write: the file is read-only; make it writable, or pass --force to replace it"
                    .into(),
            ));
        }
    }
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    remove_stale_temporaries(&dir, &name);
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}.postie-{}-", std::process::id()))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| {
            error(format!(
                "cannot write: cannot create a file in {}: {}",
                dir.display(),
                io_reason(&e)
            ))
        })?;
    {
        let mut out = io::BufWriter::new(temp.as_file_mut());
        fill(&mut out).and_then(|()| out.flush()).map_err(fail)?;
    }
    temp.as_file().sync_all().map_err(fail)?;
    let in_place = match &existing {
        Some(meta) => {
            temp.as_file()
                .set_permissions(meta.permissions())
                .map_err(fail)?;
            !keep_owner(temp.as_file(), meta) || link_count(meta) > 1
        }
        None => {
            if let Some(mode) = options.new_file_mode {
                set_mode(temp.as_file(), mode).map_err(fail)?;
            }
            false
        }
    };
    if in_place {
        let mut source = File::open(temp.path()).map_err(fail)?;
        let mut file = OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(target)
            .map_err(fail)?;
        io::copy(&mut source, &mut file).map_err(fail)?;
        file.sync_all().map_err(fail)?;
        drop(temp); // removes the temporary copy
    } else {
        temp.persist(target).map_err(|e| fail(e.error))?;
    }
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Removes `.<name>.postie-<pid>-*.tmp` files in `dir` whose process no longer runs.
fn remove_stale_temporaries(dir: &Path, name: &str) {
    let prefix = format!(".{name}.postie-");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let Some(rest) = file_name
            .strip_prefix(&prefix)
            .filter(|_| file_name.ends_with(".tmp"))
        else {
            continue;
        };
        let pid = rest.split('-').next().and_then(|p| p.parse::<u32>().ok());
        if pid.is_some_and(|pid| !process_runs(pid, &entry.path())) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether process `pid` still runs; where that cannot be known, whether `file` is recent.
fn process_runs(pid: u32, file: &Path) -> bool {
    if pid == std::process::id() {
        return true;
    }
    if Path::new("/proc/self").exists() {
        return Path::new(&format!("/proc/{pid}")).exists();
    }
    let age = std::fs::metadata(file)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok());
    age.is_none_or(|a| a < std::time::Duration::from_secs(600))
}

#[cfg(unix)]
fn keep_owner(file: &File, meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(mine) = file.metadata() else {
        return false;
    };
    if mine.uid() == meta.uid() && mine.gid() == meta.gid() {
        return true;
    }
    std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid())).is_ok()
}

#[cfg(not(unix))]
fn keep_owner(_: &File, _: &std::fs::Metadata) -> bool {
    true
}

#[cfg(unix)]
fn link_count(meta: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(meta)
}

#[cfg(not(unix))]
fn link_count(_: &std::fs::Metadata) -> u64 {
    1
}

#[cfg(unix)]
fn set_mode(file: &File, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_: &File, _: u32) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destinations() {
        assert_eq!(destination(Path::new("-")), Destination::Stdout);
        assert_eq!(destination(Path::new("/dev/stdout")), Destination::Stdout);
        assert_eq!(
            destination(Path::new("/dev/null")),
            Destination::Stream("/dev/null".into())
        );
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("a.json");
        assert_eq!(destination(&file), Destination::File(file.clone()));
        #[cfg(unix)]
        {
            let link = dir.path().join("out");
            std::os::unix::fs::symlink("/proc/self/fd/1", &link).expect("symlink");
            assert_eq!(destination(&link), Destination::Stream(link.clone()));
            let to_file = dir.path().join("to-file");
            std::os::unix::fs::symlink(&file, &to_file).expect("symlink");
            assert_eq!(destination(&to_file), Destination::File(file));
        }
    }

    #[test]
    fn stale_temporaries_of_dead_processes_are_removed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("env.json");
        // pid 0 never names a process we could be; a pid past the kernel's limit never runs
        let stale = dir.path().join(".env.json.postie-4294967295-abc123.tmp");
        let mine = dir
            .path()
            .join(format!(".env.json.postie-{}-x.tmp", std::process::id()));
        let other = dir.path().join(".other.json.postie-4294967295-abc.tmp");
        for p in [&stale, &mine, &other] {
            std::fs::write(p, "secret").expect("write");
        }
        write_bytes(&target, &WriteOptions::default(), b"{}").expect("written");
        assert!(
            !stale.exists(),
            "a dead process's temporary file is removed"
        );
        assert!(mine.exists(), "a running process's temporary file is kept");
        assert!(other.exists(), "another file's temporary file is kept");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "{}");
    }
}
