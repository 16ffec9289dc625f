//! `postie run` from parsed arguments to exit code: load files, run, export, write back.

mod several;

use crate::cli::{parse_key_value, ColorArg, MockArgs, ParallelByArg, RunArgs};
use crate::collection::load::LoadedCollection;
use crate::collection::{self, ScopeKind};
use crate::http::{HttpClient, HttpOptions};
use crate::mock::MockServer;
use crate::report::{self, ColorChoice, ReportConfig};
use crate::runner::{self, RunInput, RunOptions};
use crate::script::modules::ModuleFolder;
use crate::script::{ScriptOptions, ScriptRuntime};
use crate::variables::{Scopes, VariableScope};
use std::path::Path;
use std::time::Duration;

/// A failure before or after the run that ends it: printed as `error: …`, exit code 1.
#[derive(Debug)]
pub struct AppError(pub String);

impl From<collection::FileError> for AppError {
    fn from(e: collection::FileError) -> Self {
        AppError(e.to_string())
    }
}

impl From<std::io::Error> for AppError {
    fn from(e: std::io::Error) -> Self {
        AppError(e.to_string())
    }
}

/// `postie mock`: serves the collection's examples until the process is stopped.
pub fn mock(args: &MockArgs) -> Result<i32, AppError> {
    let loaded = collection::load_collection(&args.collection)?;
    crate::mock::serve_forever(&loaded.collection, args.port).map_err(AppError)?;
    Ok(0)
}

/// Runs a collection; returns the process exit code. The process is expected to end soon after:
/// the JavaScript heap is left for it to free.
pub fn run(args: &RunArgs) -> Result<i32, AppError> {
    run_to_end(args, true)
}

/// [`run`] for a caller that goes on afterwards (tests, tools): everything the run made is freed.
pub fn run_and_free(args: &RunArgs) -> Result<i32, AppError> {
    run_to_end(args, false)
}

fn run_to_end(args: &RunArgs, process_ends: bool) -> Result<i32, AppError> {
    let paths = several::collection_paths(&args.collections)?;
    if let [path] = paths.as_slice() {
        return run_one(args, path, process_ends);
    }
    several::run_several(args, &paths, process_ends)
}

/// One collection: the run as `newman run` makes it.
fn run_one(args: &RunArgs, path: &Path, process_ends: bool) -> Result<i32, AppError> {
    let loaded = load_collection(args, path, &args.exclude_folder)?;
    let mut inputs = load_inputs(args)?;
    let scopes = inputs.scopes_for(&loaded);
    let engine = Engine::new(args)?;
    let mut reporters = report::build(&report_config(args)).map_err(AppError)?;
    let outcome = run_collection(
        args,
        &engine,
        &loaded,
        scopes,
        std::mem::take(&mut inputs.data),
        &mut reporters,
        process_ends,
    )?;
    print_errors(&outcome);
    export(args, &engine, Some(&loaded), &inputs, &outcome.scopes)?;
    let failed = outcome.failed || !outcome.reporter_errors.is_empty();
    Ok(exit_code(args, failed))
}

/// Loads a collection and checks `--folder` and `--exclude-folder` (`excluded`) against it: an
/// unknown name is an error before anything runs or is written (Newman's rule).
fn load_collection(
    args: &RunArgs,
    path: &Path,
    excluded: &[String],
) -> Result<LoadedCollection, AppError> {
    let mut loaded = collection::load_collection(path).map_err(role("collection"))?;
    if args.export_collection.is_none() {
        // only --export-collection reads the collection's JSON again
        loaded.raw = String::new();
    }
    if loaded.version == collection::CollectionVersion::V1 {
        eprintln!(
            "postie: {} is a v1 collection; it was converted to v2.1 for this run",
            path.display()
        );
    }
    runner::plan::plan_excluding(&loaded.collection, &args.folder, excluded).map_err(AppError)?;
    Ok(loaded)
}

/// What every collection of the run starts from: `-e`, `-g`, `-d`, `--env-var`, `--global-var`.
struct Inputs {
    environment: Option<collection::LoadedScope>,
    globals: Option<collection::LoadedScope>,
    data: Vec<VariableScope>,
    /// Globals and environment as a run starts with them.
    scopes: Scopes,
}

impl Inputs {
    /// The scopes a run of `loaded` starts from.
    fn scopes_for(&self, loaded: &LoadedCollection) -> Scopes {
        let mut scopes = Scopes {
            collection: VariableScope::from_variables(&loaded.collection.variables),
            ..self.scopes.clone()
        };
        scopes.collection.name = Some(loaded.collection.info.name.clone());
        scopes
    }
}

fn load_inputs(args: &RunArgs) -> Result<Inputs, AppError> {
    let environment = args
        .environment
        .as_deref()
        .map(collection::load_environment)
        .transpose()
        .map_err(role("environment"))?;
    let globals = args
        .globals
        .as_deref()
        .map(collection::load_environment)
        .transpose()
        .map_err(role("globals"))?;
    let data = match &args.iteration_data {
        Some(path) => load_data(path)?,
        None => Vec::new(),
    };
    let mut scopes = Scopes {
        globals: globals
            .as_ref()
            .map(|g| g.scope.clone())
            .unwrap_or_default(),
        environment: environment
            .as_ref()
            .map(|e| e.scope.clone())
            .unwrap_or_default(),
        ..Scopes::default()
    };
    for pair in &args.env_var {
        let (k, v) = parse_key_value(pair).map_err(|e| AppError(format!("--env-var: {e}")))?;
        scopes.environment.set(&k, serde_json::Value::String(v));
    }
    for pair in &args.global_var {
        let (k, v) = parse_key_value(pair).map_err(|e| AppError(format!("--global-var: {e}")))?;
        scopes.globals.set(&k, serde_json::Value::String(v));
    }
    Ok(Inputs {
        environment,
        globals,
        data,
        scopes,
    })
}

/// What every run of the process shares: the HTTP client (connections, cookie jar) and what a
/// JavaScript runtime is made from.
struct Engine {
    http: HttpClient,
    http_options: HttpOptions,
    scripts: ScriptOptions,
}

impl Engine {
    fn new(args: &RunArgs) -> Result<Engine, AppError> {
        let http_options = http_options(args)?;
        let http = HttpClient::new(&http_options).map_err(AppError)?;
        let modules = args
            .script_modules
            .as_deref()
            .map(ModuleFolder::open)
            .transpose()
            .map_err(|e| AppError(format!("--script-modules: {e}")))?;
        let scripts = ScriptOptions {
            timeout: millis(args.timeout_script),
            modules,
            ..ScriptOptions::default()
        };
        Ok(Engine {
            http,
            http_options,
            scripts,
        })
    }
}

/// Runs one collection to its `Done` event (`--mock` and `--parallel-by iteration` included).
fn run_collection(
    args: &RunArgs,
    engine: &Engine,
    loaded: &LoadedCollection,
    scopes: Scopes,
    data: Vec<VariableScope>,
    reporters: &mut [Box<dyn report::Reporter>],
    process_ends: bool,
) -> Result<runner::RunOutcome, AppError> {
    let mock = if args.mock {
        Some(MockServer::start(&loaded.collection, 0).map_err(AppError)?)
    } else {
        None
    };
    let options = RunOptions {
        iteration_count: args.iteration_count,
        folders: args.folder.clone(),
        // with several collections, a name is left out where it names nothing
        exclude_folders: runner::plan::known_selectors(&loaded.collection, &args.exclude_folder),
        delay_request: Duration::from_millis(args.delay_request.unwrap_or(0)),
        timeout: millis(args.timeout),
        bail: args.bail.is_some(),
        mock_origin: mock.as_ref().map(MockServer::url),
        oauth2_fetch: match args.oauth2_fetch {
            crate::cli::OAuth2FetchArg::Auto => runner::OAuth2Fetch::Auto,
            crate::cli::OAuth2FetchArg::Never => runner::OAuth2Fetch::Never,
        },
    };
    let input = RunInput {
        collection: &loaded.collection,
        scopes,
        data,
    };
    let outcome = if args.parallel > 1 && args.parallel_by == ParallelByArg::Iteration {
        let workers = runner::parallel::Workers {
            count: usize::from(args.parallel),
            scripts: &engine.scripts,
            leave_heaps: process_ends,
        };
        runner::parallel::run_iterations(
            input,
            &options,
            &engine.http,
            &engine.http_options,
            &workers,
            reporters,
        )
    } else {
        let mut scripts = ScriptRuntime::new(engine.scripts.clone()).map_err(AppError)?;
        let outcome = runner::run(
            input,
            &options,
            &engine.http,
            &engine.http_options,
            &mut scripts,
            reporters,
        );
        if process_ends {
            // Freeing the JavaScript heap object by object would only cost milliseconds (its
            // memory goes back with the process).
            std::mem::forget(scripts);
        }
        outcome
    };
    if let Some(mock) = mock {
        mock.stop();
    }
    Ok(outcome)
}

fn print_errors(outcome: &runner::RunOutcome) {
    if let Some(e) = &outcome.error {
        eprintln!("error: {e}");
    }
    for e in &outcome.reporter_errors {
        eprintln!("error: {e}");
    }
}

/// `--export-*` and `--write-back` with the run's final variables.
fn export(
    args: &RunArgs,
    engine: &Engine,
    loaded: Option<&LoadedCollection>,
    inputs: &Inputs,
    scopes: &Scopes,
) -> Result<(), AppError> {
    if let Some(path) = &args.export_environment {
        collection::export_scope(path, &scopes.environment, ScopeKind::Environment)?;
    }
    if let Some(path) = &args.export_globals {
        collection::export_scope(path, &scopes.globals, ScopeKind::Globals)?;
    }
    if let (Some(path), Some(loaded)) = (&args.export_collection, loaded) {
        collection::export_collection(path, &loaded.raw_json(), &scopes.collection)?;
    }
    if let Some(path) = &args.export_cookie_jar {
        engine.http.export_cookie_jar(path).map_err(AppError)?;
    }
    if args.write_back {
        write_back(
            args,
            inputs.environment.as_ref(),
            inputs.globals.as_ref(),
            scopes,
        )?;
    }
    Ok(())
}

fn exit_code(args: &RunArgs, failed: bool) -> i32 {
    if failed && !args.suppress_exit_code {
        1
    } else {
        0
    }
}

fn write_back(
    args: &RunArgs,
    environment: Option<&collection::LoadedScope>,
    globals: Option<&collection::LoadedScope>,
    scopes: &Scopes,
) -> Result<(), AppError> {
    if args.environment.is_none() && args.globals.is_none() {
        return Err(AppError(
            "--write-back needs an environment (-e) or globals (-g) file to write into".into(),
        ));
    }
    if let (Some(path), Some(env)) = (&args.environment, environment) {
        collection::write_back(path, env, &scopes.environment, args.force)?;
        eprintln!("postie: wrote the environment back to {}", path.display());
    }
    if let (Some(path), Some(g)) = (&args.globals, globals) {
        collection::write_back(path, g, &scopes.globals, args.force)?;
        eprintln!("postie: wrote the globals back to {}", path.display());
    }
    Ok(())
}

/// Iteration data. A CSV row whose field count differs from the header's is read as Newman
/// reads it (extra fields dropped, missing ones not set), with a warning naming the line.
fn load_data(path: &Path) -> Result<Vec<VariableScope>, AppError> {
    let loaded = collection::load_data_checked(path).map_err(role("iteration data"))?;
    for warning in &loaded.warnings {
        eprintln!("warning: {warning}");
    }
    Ok(loaded.rows)
}

/// An input file's error, said with the file's role: "environment file env.json: …".
fn role<E: std::fmt::Display>(kind: &'static str) -> impl Fn(E) -> AppError {
    move |e| AppError(format!("{kind} file {e}"))
}

fn millis(ms: Option<u64>) -> Option<Duration> {
    ms.filter(|ms| *ms > 0).map(Duration::from_millis)
}

fn http_options(args: &RunArgs) -> Result<HttpOptions, AppError> {
    let working_dir = match &args.working_dir {
        Some(dir) => dir.clone(),
        None => std::env::current_dir()?,
    };
    Ok(HttpOptions {
        timeout_request: millis(args.timeout_request),
        insecure: args.insecure,
        ignore_redirects: args.ignore_redirects,
        extra_ca_certs: args.ssl_extra_ca_certs.clone(),
        client_cert: args.ssl_client_cert.clone(),
        client_key: args.ssl_client_key.clone(),
        client_passphrase: args.ssl_client_passphrase.clone(),
        client_cert_list: args.ssl_client_cert_list.clone(),
        proxy: args.proxy.clone(),
        cookie_jar: args.cookie_jar.clone(),
        working_dir,
        no_insecure_file_read: args.no_insecure_file_read,
        max_response_size: args.max_response_size,
    })
}

fn report_config(args: &RunArgs) -> ReportConfig {
    ReportConfig {
        reporters: args
            .reporters
            .iter()
            .filter(|r| !r.is_empty())
            .cloned()
            .collect(),
        options: args.reporter_options.clone(),
        color: match args.color {
            ColorArg::Auto => ColorChoice::Auto,
            ColorArg::On => ColorChoice::On,
            ColorArg::Off => ColorChoice::Off,
        },
        silent: args.silent,
        verbose: args.verbose,
        disable_unicode: args.disable_unicode,
        reveal_secrets: args.reveal_secrets,
    }
}
