//! `postie run` from parsed arguments to exit code: load files, run, export, write back.

mod several;

use crate::cli::{
    parse_key_value, ColorArg, ConvertArgs, ConvertTo, MockArgs, ParallelByArg, RunArgs,
};
use crate::collection::load::LoadedCollection;
use crate::collection::remote::Fetched;
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

impl From<crate::mock::MockError> for AppError {
    fn from(e: crate::mock::MockError) -> Self {
        AppError(e.to_string())
    }
}

/// `postie mock`: serves the collection's examples until the process is stopped.
pub fn mock(args: &MockArgs) -> Result<i32, AppError> {
    let loaded = collection::load_collection(&args.collection)?;
    crate::mock::serve_forever(&loaded.collection, args.port)?;
    Ok(0)
}

/// `postie convert`: writes the collection in the other form.
pub fn convert(args: &ConvertArgs) -> Result<i32, AppError> {
    use collection::v3::convert;
    match args.to {
        ConvertTo::V3 => convert::to_v3(&args.input, &args.output)?,
        ConvertTo::V2_1 => convert::to_v21(&args.input, &args.output)?,
    }
    Ok(0)
}

/// `postie merge`: shard reports replayed as one run to the reporters; returns the exit code
/// the unsharded run would have had.
pub fn merge(args: &crate::cli::dist::MergeArgs) -> Result<i32, AppError> {
    let config = ReportConfig {
        reporters: reporter_names(&args.reporters),
        options: args.reporter_options.clone(),
        color: color_choice(args.color),
        silent: false,
        verbose: false,
        disable_unicode: args.disable_unicode,
        reveal_secrets: false,
    };
    let mut reporters = report::build(&config);
    let failed =
        report::merge::merge(&args.reports, &args.folder, &mut reporters).map_err(AppError)?;
    Ok(i32::from(failed && !args.suppress_exit_code))
}

/// Runs a collection; returns the process exit code. The process is expected to end soon after:
/// the JavaScript heap is left for it to free.
pub fn run(args: &RunArgs) -> Result<i32, AppError> {
    if args.dist.watch {
        return Err(crate::watch::run(args, |args| run_to_end(args, false)));
    }
    run_to_end(args, true)
}

/// [`run`] for a caller that goes on afterwards (tests, tools): everything the run made is freed.
pub fn run_and_free(args: &RunArgs) -> Result<i32, AppError> {
    run_to_end(args, false)
}

fn run_to_end(args: &RunArgs, process_ends: bool) -> Result<i32, AppError> {
    // a bad --shard is an error before anything runs; the timings report is read once
    let shard = args.dist.shard().map_err(AppError)?;
    let sources = fetch_inputs(args)?;
    let paths = several::collection_paths(&sources.collections)?;
    if let [path] = paths.as_slice() {
        return run_one(args, &sources, path, shard, process_ends);
    }
    several::run_several(args, &sources, &paths, shard, process_ends)
}

/// One collection: the run as `newman run` makes it.
fn run_one(
    args: &RunArgs,
    sources: &Sources,
    path: &Path,
    shard: Option<Shard>,
    process_ends: bool,
) -> Result<i32, AppError> {
    // one collection is one unit: the first shard runs it
    let idle_shard = shard.as_ref().map(|(spec, _)| *spec).filter(|spec| {
        args.dist.shard_by() == runner::shard::ShardBy::Collection && spec.index > 0
    });
    let (loaded, engine, started) = load_beside_engine(args, sources, path, shard);
    let loaded = loaded?;
    if let Some(spec) = idle_shard {
        let (index, total) = (spec.index + 1, spec.total);
        eprintln!("postie: shard {index}/{total} has no collection to run");
        return Ok(0);
    }
    let mut inputs = load_inputs(args, sources)?;
    let scopes = inputs.scopes_for(&loaded);
    let engine = engine?;
    let mut reporters = report::build(&report_config(args));
    let outcome = run_collection(
        args,
        &engine,
        &loaded,
        scopes,
        std::mem::take(&mut inputs.data),
        &mut reporters,
        process_ends,
        started,
    )?;
    print_errors(&outcome);
    export(args, &engine, Some(&loaded), &inputs, &outcome.scopes)?;
    let failed = outcome.failed || !outcome.reporter_errors.is_empty();
    Ok(exit_code(args, failed))
}

/// A collection file this large takes milliseconds to read: time enough to start the JavaScript
/// engine its scripts will need on another core (and a collection that large has scripts).
const ENGINE_BESIDE_LOAD_BYTES: u64 = 256 * 1024;

/// Loads the collection and builds the engine; when the file is large, builds the engine and
/// starts a JavaScript runtime while the collection loads.
fn load_beside_engine(
    args: &RunArgs,
    sources: &Sources,
    path: &Path,
    shard: Option<Shard>,
) -> (
    Result<LoadedCollection, AppError>,
    Result<Engine, AppError>,
    Option<ScriptRuntime>,
) {
    let large = std::fs::metadata(path).is_ok_and(|m| m.len() >= ENGINE_BESIDE_LOAD_BYTES);
    if !large || args.parallel > 1 {
        let loaded = load_collection(args, sources, path, &args.exclude_folder);
        return (loaded, Engine::new(args, shard), None);
    }
    std::thread::scope(|scope| {
        let loading = scope.spawn(|| load_collection(args, sources, path, &args.exclude_folder));
        let engine = Engine::new(args, shard);
        let started = engine
            .as_ref()
            .ok()
            .map(|engine| ScriptRuntime::started(engine.scripts.clone()));
        let loaded = loading
            .join()
            .unwrap_or_else(|_| Err(AppError("the collection could not be read".into())));
        (loaded, engine, started)
    })
}

/// Loads a collection and checks `--folder` and `--exclude-folder` (`excluded`) against it: an
/// unknown name is an error before anything runs or is written (Newman's rule).
fn load_collection(
    args: &RunArgs,
    sources: &Sources,
    path: &Path,
    excluded: &[String],
) -> Result<LoadedCollection, AppError> {
    let mut loaded = collection::load_collection(path)
        .map_err(|e| sources.fetched.rename(e))
        .map_err(role("collection"))?;
    if args.export_collection.is_none() {
        // only --export-collection reads the collection's JSON again
        loaded.raw = String::new();
    }
    if loaded.version == collection::CollectionVersion::V1 {
        eprintln!(
            "postie: {} is a v1 collection; it was converted to v2.1 for this run",
            sources.fetched.shown(path).display()
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

fn load_inputs(args: &RunArgs, sources: &Sources) -> Result<Inputs, AppError> {
    let fetched = &sources.fetched;
    let environment = sources
        .environment
        .as_deref()
        .map(collection::load_environment)
        .transpose()
        .map_err(|e| fetched.rename(e))
        .map_err(role("environment"))?;
    let globals = sources
        .globals
        .as_deref()
        .map(collection::load_environment)
        .transpose()
        .map_err(|e| fetched.rename(e))
        .map_err(role("globals"))?;
    let data = match &sources.data {
        Some(path) => load_data(path, fetched)?,
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

/// `--shard` and its `--shard-timings`, as [`crate::cli::dist::DistArgs::shard`] reads them.
type Shard = (runner::shard::ShardSpec, Option<runner::shard::Timings>);

/// What every run of the process shares: the HTTP client (connections, cookie jar), what a
/// JavaScript runtime is made from, and `--shard`.
struct Engine {
    http: HttpClient,
    http_options: HttpOptions,
    scripts: ScriptOptions,
    shard: Option<Shard>,
}

impl Engine {
    fn new(args: &RunArgs, shard: Option<Shard>) -> Result<Engine, AppError> {
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
            shard,
        })
    }
}

/// Runs one collection to its `Done` event (`--mock` and `--parallel-by iteration` included).
/// `started`: a JavaScript runtime already started for it (see [`load_beside_engine`]).
#[allow(clippy::too_many_arguments)]
fn run_collection(
    args: &RunArgs,
    engine: &Engine,
    loaded: &LoadedCollection,
    scopes: Scopes,
    data: Vec<VariableScope>,
    reporters: &mut [Box<dyn report::Reporter>],
    process_ends: bool,
    started: Option<ScriptRuntime>,
) -> Result<runner::RunOutcome, AppError> {
    let mock = if args.mock {
        Some(MockServer::start(&loaded.collection, 0)?)
    } else {
        None
    };
    // with several collections, a name is left out where it names nothing
    let exclude_folders = runner::plan::known_selectors(&loaded.collection, &args.exclude_folder);
    let shard = match &engine.shard {
        // whole collections: chosen before the run (`run_one`, app/several.rs)
        Some(_) if args.dist.shard_by() == runner::shard::ShardBy::Collection => None,
        Some((spec, timings)) => {
            let plan =
                runner::plan::plan_excluding(&loaded.collection, &args.folder, &exclude_folders)
                    .map_err(AppError)?;
            let iterations = args.iteration_count.unwrap_or(data.len().max(1)).max(1);
            Some(runner::shard::select(
                &loaded.collection,
                &plan,
                iterations,
                *spec,
                args.dist.shard_by(),
                timings.as_ref(),
            ))
        }
        None => None,
    };
    let (bail, abort_on_error) = bail_modifiers(args.bail.as_deref());
    let options = RunOptions {
        iteration_count: args.iteration_count,
        folders: args.folder.clone(),
        exclude_folders,
        delay_request: Duration::from_millis(args.delay_request.unwrap_or(0)),
        timeout: millis(args.timeout),
        bail,
        abort_on_error,
        retry: args.dist.retry_policy().map_err(AppError)?,
        shard,
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
        let mut scripts = started.unwrap_or_else(|| ScriptRuntime::new(engine.scripts.clone()));
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
fn load_data(path: &Path, fetched: &Fetched) -> Result<Vec<VariableScope>, AppError> {
    let loaded = collection::load_data_checked(path)
        .map_err(|e| fetched.rename(e))
        .map_err(role("iteration data"))?;
    for warning in &loaded.warnings {
        eprintln!("warning: {warning}");
    }
    Ok(loaded.rows)
}

/// The run's input files. One given as an `http(s)://` URL or a Postman API UID (with
/// `--postman-api-key` or `POSTMAN_API_KEY`) is fetched first, through postie's own HTTP client,
/// into a temporary file (`fetched` knows its name as given);
/// `POSTIE_POSTMAN_API_URL` replaces the API's address (for tests and self-hosted mirrors).
pub(crate) struct Sources {
    collections: Vec<std::path::PathBuf>,
    environment: Option<std::path::PathBuf>,
    globals: Option<std::path::PathBuf>,
    data: Option<std::path::PathBuf>,
    fetched: Fetched,
}

fn fetch_inputs(args: &RunArgs) -> Result<Sources, AppError> {
    use collection::remote::{Kind, POSTMAN_API_URL};
    let mut fetched = Fetched::new();
    let api_url = std::env::var("POSTIE_POSTMAN_API_URL").unwrap_or(POSTMAN_API_URL.into());
    let key = args.postman_api_key.as_deref().filter(|k| !k.is_empty());
    let options = http_options(args)?;
    // one client for every input fetched, made at the first one
    let client: std::cell::OnceCell<HttpClient> = std::cell::OnceCell::new();
    let fetch = |url: &str, headers: &[(String, String)]| {
        let client = match client.get() {
            Some(client) => client,
            None => {
                let made = HttpClient::new(&options)?;
                client.get_or_init(|| made)
            }
        };
        crate::http::fetch::get(client, url, headers)
    };
    let mut local = |path: Option<&Path>, kind: Kind, role_name: &'static str| {
        path.map(|p| fetched.local(p, kind, key, &api_url, &fetch))
            .transpose()
            .map_err(role(role_name))
    };
    let mut collections = Vec::with_capacity(args.collections.len());
    for path in &args.collections {
        collections.extend(local(Some(path), Kind::Collection, "collection")?);
    }
    let environment = local(
        args.environment.as_deref(),
        Kind::Environment,
        "environment",
    )?;
    let globals = local(args.globals.as_deref(), Kind::Globals, "globals")?;
    let data = local(args.iteration_data.as_deref(), Kind::Data, "iteration data")?;
    for (path, flag) in [(&environment, "-e"), (&globals, "-g")] {
        if let Some(p) = path
            .as_deref()
            .filter(|p| args.write_back && fetched.is_remote(p))
        {
            return Err(AppError(format!(
                "--write-back: {flag} {} was fetched from a URL; there is no file to write back to",
                fetched.shown(p).display()
            )));
        }
    }
    Ok(Sources {
        collections,
        environment,
        globals,
        data,
        fetched,
    })
}

/// `--bail [folder,failure]` as Newman reads it: (stop on a failure, abort on an error). Bare
/// `--bail` and `failure` stop gracefully after the item that failed; `folder` ends the run at the
/// first script or request error, and failed assertions alone do not stop it.
fn bail_modifiers(bail: Option<&[String]>) -> (bool, bool) {
    let Some(modifiers) = bail else {
        return (false, false);
    };
    let named = |m: &str| modifiers.iter().any(|x| x.trim() == m);
    let bare = modifiers.iter().all(|m| m.trim().is_empty());
    (bare || named("failure"), named("folder"))
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
        timings: args.verbose,
    })
}

fn report_config(args: &RunArgs) -> ReportConfig {
    let mut options = args.reporter_options.clone();
    if args.dist.shard.is_some() {
        // what `postie merge` needs to show the shards' console lines again
        options.insert(0, ("json-console".into(), "true".into()));
    }
    ReportConfig {
        reporters: reporter_names(&args.reporters),
        options,
        color: color_choice(args.color),
        silent: args.silent,
        verbose: args.verbose,
        disable_unicode: args.disable_unicode,
        reveal_secrets: args.reveal_secrets,
    }
}

fn color_choice(color: ColorArg) -> ColorChoice {
    match color {
        ColorArg::Auto => ColorChoice::Auto,
        ColorArg::On => ColorChoice::On,
        ColorArg::Off => ColorChoice::Off,
    }
}

/// `-r a,,b`: the names given, empty ones left out.
fn reporter_names(given: &[String]) -> Vec<String> {
    given.iter().filter(|r| !r.is_empty()).cloned().collect()
}
