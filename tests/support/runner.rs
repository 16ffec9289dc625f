//! Running the postie binary (or a stand-in named by POSTIE_BIN, e.g. Newman, to validate the harness).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Safety net only: a run that hangs this long is killed so the test suite cannot hang.
const RUN_LIMIT: Duration = Duration::from_secs(180);

/// The binary under test: `POSTIE_BIN` when set (any `newman run`-compatible command), else cargo's postie.
pub fn postie_bin() -> PathBuf {
    match std::env::var_os("POSTIE_BIN") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_postie")),
    }
}

pub fn runner_is_overridden() -> bool {
    std::env::var_os("POSTIE_BIN").is_some_and(|p| !p.is_empty())
}

/// Run `postie <args>` in `cwd`, capturing stdout and stderr.
pub fn run_postie<S: AsRef<std::ffi::OsStr>>(args: &[S], cwd: &Path) -> Output {
    run_command(&postie_bin(), args, cwd)
}

/// `postie <args>` in the test's own working directory and environment (plus `NO_COLOR`).
pub fn postie(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_postie"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the postie binary runs")
}

pub fn run_command<S: AsRef<std::ffi::OsStr>>(program: &Path, args: &[S], cwd: &Path) -> Output {
    run_command_env(program, args, cwd, &[])
}

/// The proxy and trust variables a run must not inherit from the test's environment.
const NETWORK_VARS: [&str; 11] = [
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "NODE_EXTRA_CA_CERTS",
];

/// `postie <args>` in `cwd` with these environment variables set for it alone (the proxy and
/// trust variables of the test's own environment are not passed on).
pub fn run_postie_env<S: AsRef<std::ffi::OsStr>>(
    args: &[S],
    cwd: &Path,
    env: &[(&str, &str)],
) -> Output {
    run_command_env(&postie_bin(), args, cwd, env)
}

pub fn run_command_env<S: AsRef<std::ffi::OsStr>>(
    program: &Path,
    args: &[S],
    cwd: &Path,
    env: &[(&str, &str)],
) -> Output {
    let dir = temp_dir();
    let (out_p, err_p) = (dir.path().join("stdout"), dir.path().join("stderr"));
    let spawned = (|| -> std::io::Result<std::process::Child> {
        let mut command = Command::new(program);
        for name in NETWORK_VARS {
            command.env_remove(name);
        }
        command
            .envs(env.iter().copied())
            .args(args)
            .current_dir(cwd)
            .env("NO_COLOR", "1")
            .env("FORCE_COLOR", "0")
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&out_p)?)
            .stderr(std::fs::File::create(&err_p)?)
            .spawn()
    })();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => panic!("cannot start {}: {e}", program.display()),
    };
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > RUN_LIMIT => {
                let _ = child.kill();
                break child
                    .wait()
                    .unwrap_or_else(|e| panic!("wait for {}: {e}", program.display()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => panic!("wait for {}: {e}", program.display()),
        }
    };
    Output {
        status,
        stdout: std::fs::read(&out_p).unwrap_or_default(),
        stderr: std::fs::read(&err_p).unwrap_or_default(),
    }
}

/// A child process killed (and reaped) when this goes out of scope, even when a test fails.
pub struct Killed(pub std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn temp_dir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("postie-test-")
        .tempdir()
        .unwrap_or_else(|e| panic!("cannot create a temp dir: {e}"))
}

/// Writes `collection` to `dir/c.json` and runs `postie run` on it there.
pub fn run_collection(dir: &Path, collection: &serde_json::Value) -> Output {
    let path = dir.join("c.json");
    std::fs::write(&path, collection.to_string())
        .unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    run_postie(&["run", "c.json"], dir)
}
