//! Fuzzing: the repository's own collections, environments, globals and data files (the conformance
//! cases, `collections/`, `fixtures/`), mutated by a small deterministic generator, run in-process
//! through the real loader, resolver and runner (`app::run_and_free`, as `postie run` runs them)
//! against a local server. No case may panic, abort, or outlive its time bound.
//!
//!   cargo test --test fuzz                                  # 2,000 cases (POSTIE_FUZZ_CASES)
//!   POSTIE_FUZZ_CASES=1000000 cargo test --release --test fuzz -- --nocapture
//!   POSTIE_FUZZ_SEED=7 ...                                   # another sequence (default 1)
//!   POSTIE_FUZZ_ONLY=123 POSTIE_FUZZ_KEEP=/tmp/case ...      # one case, its files kept there

#[path = "../support/mod.rs"]
mod support;

mod mutate;
mod rng;
mod script;
mod target;

use clap::Parser;
use postie::cli::{split_reporter_options, Cli, Command};
use rng::Rng;
use serde_json::Value;
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::TestServer;
use target::Target;

const DEFAULT_CASES: u64 = 2000;
/// Cases run side by side: most of a case's time is spent waiting (timers, timeouts, the server).
const WORKERS: u64 = 4;
/// Every run gets `--timeout` of this many ms, so no case should take much longer.
const RUN_TIMEOUT_MS: u64 = 2000;
/// A case slower than this failed its bound; one this late is taken to hang (the process stops).
/// The slowest bounded inputs take far longer than `--timeout`: a variable that repeats itself
/// (`a` = `{{a}}{{a}}{{a}}`) grows to the 64 MiB substitution cap, about 4 s in a release build
/// and 25 s in a debug one.
const CASE_LIMIT: Duration = Duration::from_secs(90);
const HANG_LIMIT: Duration = Duration::from_secs(240);

/// A seed case: the files of one folder.
struct Seed {
    dir: PathBuf,
    collection: String,
    environment: Option<String>,
    globals: Option<String>,
    data: Option<(String, String)>,
}

fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

fn seeds() -> Vec<Seed> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let conformance = root.join("tests/conformance");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&conformance)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs {
        let Some(collection) = read(&dir.join("collection.json")) else {
            continue;
        };
        let data = ["data.csv", "data.json"]
            .iter()
            .find_map(|f| read(&dir.join(f)).map(|t| (f.to_string(), t)));
        out.push(Seed {
            environment: read(&dir.join("environment.json")),
            globals: read(&dir.join("globals.json")),
            data,
            collection,
            dir,
        });
    }
    for (collection, environment) in [
        (
            "collections/auth-flow.postman_collection.json",
            "fixtures/auth-flow.postman_environment.json",
        ),
        (
            "collections/hmac-signing.postman_collection.json",
            "fixtures/hmac-signing.postman_environment.json",
        ),
        (
            "fixtures/console/console-values.postman_collection.json",
            "",
        ),
        ("fixtures/bad/minimal.postman_collection.json", ""),
        ("fixtures/bad/unsignable.postman_collection.json", ""),
    ] {
        if let Some(text) = read(&root.join(collection)) {
            out.push(Seed {
                dir: root.join("fixtures"),
                collection: text,
                environment: read(&root.join(environment)),
                globals: None,
                data: Some(("data.csv".into(), "user,id\nuser1,1\n\"a,b\",\"\"\n".into())),
            });
        }
    }
    out
}

/// Adds an optional flag to the arguments.
type Flag<'a> = Box<dyn Fn(&mut Rng, &mut Vec<String>) + 'a>;

/// The files and arguments of case `index`.
struct Case {
    files: Vec<(String, Vec<u8>)>,
    args: Vec<String>,
}

fn json_file(rng: &mut Rng, text: &str, rounds: usize) -> Vec<u8> {
    if rng.one_in(12) {
        return mutate::text(rng, text);
    }
    let Ok(mut doc) = serde_json::from_str::<Value>(text) else {
        return mutate::text(rng, text);
    };
    if rng.one_in(4) {
        mutate::json_doc(rng, &mut doc, rounds);
    } else {
        mutate::json_fitting(rng, &mut doc, rounds);
    }
    target::localize(&mut doc);
    if rng.one_in(3) {
        serde_json::to_vec_pretty(&doc).unwrap_or_default()
    } else {
        doc.to_string().into_bytes()
    }
}

fn item_names(collection: &[u8]) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        if let Some(name) = v.get("name").and_then(Value::as_str) {
            out.push(name.to_string());
        }
        if let Some(items) = v.get("item").and_then(Value::as_array) {
            items.iter().for_each(|i| walk(i, out));
        }
    }
    let mut out = Vec::new();
    if let Ok(doc) = serde_json::from_slice::<Value>(collection) {
        walk(&doc, &mut out);
    }
    out
}

fn make_case(seeds: &[Seed], seed: u64, index: u64, target: &Target, work: &Path) -> Case {
    let mut rng = Rng::new(seed ^ index.wrapping_mul(0x2545_f491_4f6c_dd1d));
    let base = rng.pick(seeds);
    let rounds = 1 + rng.below(6);
    let collection = json_file(&mut rng, &base.collection, rounds);
    let mut files = vec![("collection.json".to_string(), collection.clone())];
    let path = |name: &str| work.join(name).display().to_string();
    let mut args: Vec<String> = vec!["postie".into(), "run".into(), path("collection.json")];
    let add = |args: &mut Vec<String>, flag: &str, value: String| {
        args.push(flag.into());
        args.push(value);
    };
    let other = rng.pick(seeds);
    let environment = if rng.one_in(4) {
        &other.environment
    } else {
        &base.environment
    };
    if let Some(env) = environment {
        let rounds = rng.below(4);
        files.push(("environment.json".into(), json_file(&mut rng, env, rounds)));
        add(&mut args, "-e", path("environment.json"));
    }
    if let Some(globals) = &base.globals {
        let rounds = rng.below(4);
        files.push(("globals.json".into(), json_file(&mut rng, globals, rounds)));
        add(&mut args, "-g", path("globals.json"));
    }
    if let Some((name, text)) = &base.data {
        let bytes = if name.ends_with(".json") {
            let rounds = rng.below(4);
            json_file(&mut rng, text, rounds)
        } else if rng.one_in(2) {
            mutate::text(&mut rng, &target::localize_text(text))
        } else {
            target::localize_text(text).into_bytes()
        };
        files.push((name.clone(), bytes));
        add(&mut args, "-d", path(name));
    }
    add(&mut args, "--env-var", format!("baseUrl={}", target.base()));
    add(
        &mut args,
        "--env-var",
        format!("deadUrl=http://127.0.0.1:{}", target.dead),
    );
    add(&mut args, "--timeout", RUN_TIMEOUT_MS.to_string());
    add(&mut args, "--timeout-request", "1000".into());
    add(&mut args, "--timeout-script", "150".into());
    add(&mut args, "--working-dir", base.dir.display().to_string());
    // file reporters exercise the summaries; the cli reporter would write to this process's stdout
    match rng.below(4) {
        0 => args.push("--silent".into()),
        n => {
            let name = ["json", "junit", "html"][n - 1];
            add(&mut args, "-r", name.into());
            add(
                &mut args,
                &format!("--reporter-{name}-export"),
                path(&format!("report.{name}")),
            );
        }
    }
    let names = item_names(&collection);
    let optional: Vec<Flag> = vec![
        Box::new(|rng, a| a.extend(["-n".into(), rng.below(4).to_string()])),
        Box::new(|rng, a| {
            if !names.is_empty() {
                a.extend(["--folder".into(), rng.pick(&names).clone()]);
            }
        }),
        Box::new(|rng, a| {
            a.extend([
                "--folder".into(),
                rng.pick(&["Nope", "a -> b", "/"]).to_string(),
            ])
        }),
        Box::new(|rng, a| {
            a.push(
                rng.pick(&["--bail", "--bail=failure", "--bail=folder"])
                    .to_string(),
            )
        }),
        Box::new(|_, a| a.push("--ignore-redirects".into())),
        Box::new(|_, a| a.push("-x".into())),
        Box::new(|_, a| a.push("--no-insecure-file-read".into())),
        Box::new(|rng, a| a.extend(["--delay-request".into(), rng.below(3).to_string()])),
        Box::new(|rng, a| {
            a.extend([
                "--env-var".into(),
                format!(
                    "{}=v",
                    rng.pick(&["a", "b", "token", "a", "b", "token", "="])
                ),
            ])
        }),
        Box::new(|rng, a| a.extend(["--global-var".into(), format!("g{}=x=y", rng.below(3))])),
        Box::new(|_, a| a.push("--reveal-secrets".into())),
        Box::new(|_, a| a.push("--mock".into())),
        Box::new(|rng, a| a.extend(["--max-response-size".into(), rng.below(100).to_string()])),
    ];
    for _ in 0..rng.below(4) {
        let f = rng.pick(&optional);
        f(&mut rng, &mut args);
    }
    if rng.one_in(6) {
        let jar = mutate::cookie_jar(&mut rng);
        files.push(("jar.json".into(), jar.to_string().into_bytes()));
        add(&mut args, "--cookie-jar", path("jar.json"));
    }
    for (flag, file) in [
        ("--export-environment", "out-env.json"),
        ("--export-globals", "out-globals.json"),
        ("--export-collection", "out-collection.json"),
        ("--export-cookie-jar", "out-jar.json"),
    ] {
        if rng.one_in(5) {
            add(&mut args, flag, path(file));
        }
    }
    Case { files, args }
}

/// What became of the cases.
#[derive(Default, Debug)]
struct Tally {
    refused_arguments: u64,
    load_errors: u64,
    passed: u64,
    failed: u64,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.refused_arguments += other.refused_arguments;
        self.load_errors += other.load_errors;
        self.passed += other.passed;
        self.failed += other.failed;
    }
}

fn verbose() -> bool {
    std::env::var_os("POSTIE_FUZZ_VERBOSE").is_some()
}

/// Runs one case; Err with what went wrong.
fn run_case(case: &Case, work: &Path, tally: &mut Tally) -> Result<(), String> {
    for (name, bytes) in &case.files {
        std::fs::write(work.join(name), bytes).map_err(|e| format!("write {name}: {e}"))?;
    }
    let (args, reporter_options) = split_reporter_options(case.args.clone());
    let Ok(cli) = Cli::try_parse_from(args) else {
        tally.refused_arguments += 1;
        return Ok(());
    };
    let Command::Run(mut run) = cli.command else {
        return Ok(());
    };
    run.reporter_options = reporter_options;
    let started = Instant::now();
    let outcome = catch_unwind(AssertUnwindSafe(|| postie::app::run_and_free(&run)));
    let took = started.elapsed();
    match &outcome {
        Ok(Ok(0)) => tally.passed += 1,
        Ok(Ok(_)) => tally.failed += 1,
        Ok(Err(e)) => {
            tally.load_errors += 1;
            if verbose() {
                println!("{}", e.0);
            }
        }
        Err(_) => {}
    }
    if let Err(panic) = outcome {
        let message = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        let at = PANIC_AT.with(|at| at.take()).unwrap_or_default();
        return Err(format!("panicked at {at}: {message}"));
    }
    if verbose() && took > Duration::from_millis(250) {
        println!("slow {took:?}: {}", case.args.join(" "));
    }
    if took > CASE_LIMIT {
        return Err(format!("took {took:?} (limit {CASE_LIMIT:?})"));
    }
    Ok(())
}

thread_local! {
    /// Where this thread's last panic was raised (a case's panic is caught and reported).
    static PANIC_AT: std::cell::Cell<Option<String>> = const { std::cell::Cell::new(None) };
}

fn record_panic_locations() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()));
        PANIC_AT.with(|cell| cell.set(at));
        previous(info);
    }));
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

/// The case a worker is running (u64::MAX: none) and since when (ms on the run's clock).
struct Watch {
    case: AtomicU64,
    since_ms: AtomicU64,
}

/// Stops the process when a case runs far past every timeout: it hangs.
fn start_watchdog(watches: Arc<Vec<Watch>>, clock: Instant, seed: u64) {
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(1));
        let now = clock.elapsed().as_millis() as u64;
        for watch in watches.iter() {
            let case = watch.case.load(Ordering::SeqCst);
            let since = watch.since_ms.load(Ordering::SeqCst);
            if case != u64::MAX && now.saturating_sub(since) > HANG_LIMIT.as_millis() as u64 {
                let _ = writeln!(
                    std::io::stderr(),
                    "fuzz case {case} hangs (replay: POSTIE_FUZZ_SEED={seed} POSTIE_FUZZ_ONLY={case})"
                );
                std::process::abort();
            }
        }
    });
}

#[test]
fn mutated_inputs_never_panic_hang_or_abort() {
    for name in [
        "GITHUB_ACTIONS",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ] {
        std::env::remove_var(name);
    }
    record_panic_locations();
    let server = TestServer::start();
    let target = Target {
        port: server.port,
        dead: support::closed_port(),
    };
    target::set_target(target);
    let seeds = seeds();
    assert!(seeds.len() > 50, "only {} seed cases", seeds.len());
    let seed = env_u64("POSTIE_FUZZ_SEED").unwrap_or(1);
    let only = env_u64("POSTIE_FUZZ_ONLY");
    let cases = env_u64("POSTIE_FUZZ_CASES").unwrap_or(DEFAULT_CASES);
    let workers = if only.is_some() { 1 } else { WORKERS };
    let tmp = support::temp_dir();
    let keep = std::env::var_os("POSTIE_FUZZ_KEEP").map(PathBuf::from);
    let root = keep.unwrap_or_else(|| tmp.path().to_path_buf());

    let clock = Instant::now();
    let watches: Arc<Vec<Watch>> = Arc::new(
        (0..workers)
            .map(|_| Watch {
                case: AtomicU64::new(u64::MAX),
                since_ms: AtomicU64::new(0),
            })
            .collect(),
    );
    start_watchdog(watches.clone(), clock, seed);
    let requests = AtomicU64::new(0);
    let results: Vec<(u64, Tally, Vec<String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let (seeds, watches, server, requests) = (&seeds, &watches, &server, &requests);
                let work = root.join(format!("w{w}"));
                std::thread::Builder::new()
                    // the sandbox's own stack limit must fit in the thread's stack
                    .stack_size(16 << 20)
                    .spawn_scoped(scope, move || {
                        std::fs::create_dir_all(&work).expect("work folder");
                        let (mut ran, mut tally, mut failures) = (0, Tally::default(), Vec::new());
                        let indexes = match only {
                            Some(i) => i..i + 1,
                            None => 0..cases,
                        };
                        for index in indexes.filter(|i| only.is_some() || i % workers == w) {
                            let case = make_case(seeds, seed, index, &target, &work);
                            if only.is_some() {
                                println!("{}", case.args.join(" "));
                            }
                            let watch = &watches[w as usize];
                            watch
                                .since_ms
                                .store(clock.elapsed().as_millis() as u64, Ordering::SeqCst);
                            watch.case.store(index, Ordering::SeqCst);
                            if let Err(e) = run_case(&case, &work, &mut tally) {
                                failures.push(format!("case {index}: {e}"));
                            }
                            watch.case.store(u64::MAX, Ordering::SeqCst);
                            ran += 1;
                            let seen = server.requests().len() as u64;
                            if seen > 2000 {
                                requests.fetch_add(seen, Ordering::SeqCst);
                                server.clear();
                            }
                        }
                        (ran, tally, failures)
                    })
                    .expect("a fuzz worker starts")
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| (0, Tally::default(), vec!["a worker panicked".into()]))
            })
            .collect()
    });
    let (mut ran, mut tally, mut failures) = (0, Tally::default(), Vec::new());
    for (r, t, f) in results {
        ran += r;
        tally.add(&t);
        failures.extend(f);
    }
    let requests = requests.load(Ordering::SeqCst) + server.requests().len() as u64;
    println!(
        "fuzz: {ran} cases (seed {seed}) in {:.1} s, {} failed; {requests} requests served; {tally:?}",
        clock.elapsed().as_secs_f64(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {ran} cases failed (replay one with POSTIE_FUZZ_SEED={seed} POSTIE_FUZZ_ONLY=N \
         POSTIE_FUZZ_KEEP=DIR):\n{}",
        failures.len(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
