//! Runs a collection: iterations, items in order, scripts around each request, control flow.
//! The runner emits events; reporters listen.

pub mod events;
mod item;
mod oauth2;
pub mod parallel;
pub mod plan;
pub mod recorded;
pub mod retry;
pub mod shard;

pub use oauth2::OAuth2Fetch;

use crate::collection::model::Collection;
use crate::http::{HttpClient, HttpOptions};
use crate::script::{NextRequest, ScriptRuntime};
use crate::variables::{Scopes, VariableScope};
use events::{Cursor, ItemRef, Reporter, RequestOrigin, RunEvent};
use std::time::{Duration, Instant};

/// How a run behaves (from the CLI).
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// `-n`; default: one per data row, or 1.
    pub iteration_count: Option<usize>,
    /// `--folder` selectors.
    pub folders: Vec<String>,
    /// `--exclude-folder` selectors.
    pub exclude_folders: Vec<String>,
    pub delay_request: Duration,
    /// `--timeout`: limit for the whole run.
    pub timeout: Option<Duration>,
    /// `--bail` (or `--bail failure`): stop after the first item with a failure or error.
    pub bail: bool,
    /// `--bail folder` (Newman's `abortOnError`): end the run, as a run error, at the first script
    /// or request error; failed assertions do not stop it.
    pub abort_on_error: bool,
    /// `--mock`: send every request to this origin instead ("http://127.0.0.1:PORT").
    pub mock_origin: Option<String>,
    /// `--oauth2-fetch`.
    pub oauth2_fetch: OAuth2Fetch,
    /// `--retry`, `--retry-on`, `--retry-delay`, `--retry-unsafe`.
    pub retry: retry::RetryPolicy,
    /// `--shard`: the items or iterations this shard runs; the others are passed over, and
    /// cursors keep the positions and iteration numbers of the whole run.
    pub shard: Option<shard::Selection>,
}

impl RunOptions {
    /// Whether this shard runs `iteration` (every iteration without `--shard-by iteration`).
    pub(crate) fn runs_iteration(&self, iteration: usize) -> bool {
        match &self.shard {
            Some(shard::Selection::Iterations(runs)) => {
                runs.get(iteration).copied().unwrap_or(false)
            }
            _ => true,
        }
    }

    /// Whether this shard runs the item at `position` (every item without `--shard-by folder`).
    fn runs_item(&self, position: usize) -> bool {
        match &self.shard {
            Some(shard::Selection::Items(runs)) => runs.get(position).copied().unwrap_or(false),
            _ => true,
        }
    }
}

/// What a run starts from.
pub struct RunInput<'a> {
    pub collection: &'a Collection,
    pub scopes: Scopes,
    /// One scope per iteration data row.
    pub data: Vec<VariableScope>,
}

/// How a run ended.
#[derive(Debug)]
pub struct RunOutcome {
    pub scopes: Scopes,
    /// Anything failed: an assertion, a request, a script.
    pub failed: bool,
    /// The run stopped early: `--timeout`, an unknown `--folder`.
    pub error: Option<String>,
    /// Reporters that failed (a report file that could not be written).
    pub reporter_errors: Vec<String>,
}

/// Everything an item needs that lives for the whole run.
pub(crate) struct RunContext<'a> {
    pub collection: &'a Collection,
    pub http: &'a HttpClient,
    pub http_options: &'a HttpOptions,
    pub scripts: &'a mut ScriptRuntime,
    pub reporters: &'a mut [Box<dyn Reporter>],
    pub options: &'a RunOptions,
    pub deadline: Option<Instant>,
    pub reporter_errors: Vec<String>,
    pub iteration_count: usize,
    /// OAuth 2.0 tokens postie got, one per auth configuration.
    pub oauth2_tokens: crate::auth::oauth2::TokenStore,
}

impl RunContext<'_> {
    /// The event of a request sent (or failed) for `item`: its own, or one of its scripts'.
    pub fn emit_request(
        &mut self,
        cursor: &Cursor,
        item: ItemRef<'_>,
        request: &crate::http::PreparedRequest,
        response: Result<&crate::http::ResponseData, &crate::http::RequestError>,
        origin: RequestOrigin,
    ) {
        self.emit(RunEvent::Request {
            cursor,
            item,
            request,
            response,
            origin,
        });
    }

    pub fn emit(&mut self, event: RunEvent<'_>) {
        emit_to(self.reporters, &mut self.reporter_errors, &event);
    }

    pub fn timed_out(&self) -> bool {
        self.deadline.is_some_and(|d| Instant::now() >= d)
    }
}

/// Hands `event` to every reporter; a reporter's error is kept once.
pub(crate) fn emit_to(
    reporters: &mut [Box<dyn Reporter>],
    errors: &mut Vec<String>,
    event: &RunEvent<'_>,
) {
    for reporter in reporters.iter_mut() {
        if let Err(e) = reporter.on_event(event) {
            if !errors.contains(&e) {
                errors.push(e);
            }
        }
    }
}

/// The items of one iteration and the number of iterations; an unknown `--folder` or
/// `--exclude-folder` is the run's error.
pub(crate) fn plan_run<'c>(
    input: &RunInput<'c>,
    options: &RunOptions,
) -> Result<(Vec<plan::PlannedItem<'c>>, usize), String> {
    let items = plan::plan_excluding(input.collection, &options.folders, &options.exclude_folders)?;
    // A collection with nothing to run runs no iteration (Newman's count).
    let iterations = if items.is_empty() {
        0
    } else {
        options
            .iteration_count
            .unwrap_or(input.data.len().max(1))
            .max(1)
    };
    Ok((items, iterations))
}

/// The outcome of a run that could not start.
fn not_started(scopes: Scopes, message: String) -> RunOutcome {
    RunOutcome {
        scopes,
        failed: true,
        error: Some(message),
        reporter_errors: Vec::new(),
    }
}

/// Runs the collection and returns the final variables and what failed.
pub fn run(
    input: RunInput<'_>,
    options: &RunOptions,
    http: &HttpClient,
    http_options: &HttpOptions,
    scripts: &mut ScriptRuntime,
    reporters: &mut [Box<dyn Reporter>],
) -> RunOutcome {
    let collection = input.collection;
    let (items, iterations) = match plan_run(&input, options) {
        Ok(planned) => planned,
        Err(message) => return not_started(input.scopes, message),
    };
    let mut ctx = RunContext {
        collection,
        http,
        http_options,
        scripts,
        reporters,
        options,
        deadline: options.timeout.map(|t| Instant::now() + t),
        reporter_errors: Vec::new(),
        iteration_count: iterations,
        oauth2_tokens: Default::default(),
    };
    http.set_deadline(ctx.deadline);
    ctx.scripts.set_run_deadline(ctx.deadline);
    ctx.scripts
        .compile_ahead(plan::distinct_sources(collection, &items));
    let mut scopes = input.scopes;
    let mut failed = false;
    let mut error: Option<String> = None;

    ctx.emit(RunEvent::Start {
        collection,
        iterations,
        items: items.len(),
    });
    for iteration in (0..iterations).filter(|i| options.runs_iteration(*i)) {
        scopes.data = data_row(&input.data, iteration);
        let ended = run_iteration(&mut ctx, &items, &mut scopes, iteration);
        failed |= ended.failed;
        match ended.stop {
            None => {}
            Some(Stop::Bail) => break,
            Some(Stop::Timeout) => {
                error = Some(timeout_message(options));
                break;
            }
            Some(Stop::Abort(message)) => {
                error = Some(message);
                break;
            }
        }
    }
    let reporter_errors = std::mem::take(&mut ctx.reporter_errors);
    finish(ctx.reporters, reporter_errors, scopes, failed, error)
}

/// Ends a run: the `Done` event, and the outcome (a run error is a failure).
pub(crate) fn finish(
    reporters: &mut [Box<dyn Reporter>],
    mut reporter_errors: Vec<String>,
    scopes: Scopes,
    failed: bool,
    error: Option<String>,
) -> RunOutcome {
    emit_to(
        reporters,
        &mut reporter_errors,
        &RunEvent::Done {
            error: error.as_deref(),
            environment: &scopes.environment,
            globals: &scopes.globals,
            collection_variables: &scopes.collection,
        },
    );
    RunOutcome {
        failed: failed || error.is_some(),
        scopes,
        error,
        reporter_errors,
    }
}

/// Why the run stops after an iteration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Stop {
    /// `--bail` after a failed item (the iteration's end was reported).
    Bail,
    /// `--timeout` passed (the iteration's end was not reported).
    Timeout,
    /// `--bail folder` after a script or request error: the run's error (the iteration's end
    /// was not reported).
    Abort(String),
}

/// How one iteration ended.
pub(crate) struct IterationEnded {
    pub failed: bool,
    pub stop: Option<Stop>,
}

/// One iteration of `items`: its events from `IterationStart` on; `scopes.data` is its row.
pub(crate) fn run_iteration(
    ctx: &mut RunContext<'_>,
    items: &[plan::PlannedItem<'_>],
    scopes: &mut Scopes,
    iteration: usize,
) -> IterationEnded {
    let options = ctx.options;
    let iterations = ctx.iteration_count;
    let mut failed = false;
    ctx.emit(RunEvent::IterationStart {
        iteration,
        count: iterations,
    });
    let mut position = 0;
    let mut entered: Vec<String> = Vec::new();
    let mut first_request = true;
    let timed_out = |failed| IterationEnded {
        failed,
        stop: Some(Stop::Timeout),
    };
    while position < items.len() {
        if ctx.timed_out() {
            return timed_out(failed);
        }
        if !options.runs_item(position) {
            position += 1;
            continue;
        }
        let planned = &items[position];
        if !first_request && !options.delay_request.is_zero() {
            std::thread::sleep(options.delay_request);
        }
        first_request = false;
        let cursor = Cursor {
            position,
            iteration,
            length: items.len(),
            cycles: iterations,
            execution_id: crate::ids::uuid_v4().to_string(),
            http_request_id: crate::ids::uuid_v4().to_string(),
        };
        announce_folders(ctx, &mut entered, &planned.folder_names, &cursor);
        let result = item::run_item(ctx, planned, items.get(position + 1), scopes, &cursor);
        failed |= result.failed;
        if ctx.timed_out() {
            return timed_out(failed);
        }
        if let Some(message) = result.error.filter(|_| options.abort_on_error) {
            return IterationEnded {
                failed: true,
                stop: Some(Stop::Abort(message)),
            };
        }
        if options.bail && result.failed {
            // A graceful stop, as Newman's --bail: the failures are reported, no run error.
            ctx.emit(RunEvent::IterationEnd { iteration });
            return IterationEnded {
                failed,
                stop: Some(Stop::Bail),
            };
        }
        position = match result.next {
            None => position + 1,
            Some(NextRequest::Stop) => items.len(),
            Some(NextRequest::Item(target)) => {
                match items.iter().position(|p| {
                    p.item.name == target || (!p.item.id.is_empty() && p.item.id == target)
                }) {
                    Some(p) => p,
                    None => items.len(),
                }
            }
        };
    }
    ctx.emit(RunEvent::IterationEnd { iteration });
    IterationEnded { failed, stop: None }
}

pub(crate) fn timeout_message(options: &RunOptions) -> String {
    let ms = options.timeout.map(|t| t.as_millis()).unwrap_or_default();
    format!("callback timed out: the run exceeded --timeout {ms}ms")
}

/// Emits `Folder` for each folder entered since the previous item.
fn announce_folders(
    ctx: &mut RunContext<'_>,
    entered: &mut Vec<String>,
    folders: &[String],
    cursor: &Cursor,
) {
    let common = entered
        .iter()
        .zip(folders)
        .take_while(|(a, b)| a == b)
        .count();
    entered.truncate(common);
    for (depth, name) in folders.iter().enumerate().skip(common) {
        ctx.emit(RunEvent::Folder {
            name,
            depth: depth + 1,
            cursor,
        });
        entered.push(name.clone());
    }
}

/// The iteration's data row; past the last row, the last row is used again (Newman's rule).
pub(crate) fn data_row(rows: &[VariableScope], iteration: usize) -> VariableScope {
    rows.get(iteration)
        .or_else(|| rows.last())
        .cloned()
        .unwrap_or_default()
}
