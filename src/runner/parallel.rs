//! `--parallel N --parallel-by iteration`: up to N iterations of one collection at once.
//!
//! Each worker thread has its own JavaScript runtime and records the events of the iterations it
//! runs; this thread replays the recordings in iteration order, so reporters see what a sequential
//! run would show. Every iteration starts from the scopes as the run began; the changes each made
//! to the environment, globals and collection variables are applied in iteration order at the end
//! (a later iteration's set or unset wins). The HTTP client (its connections and cookie jar) is
//! shared. `--bail` and `--timeout` stop new iterations from starting; iterations after the one
//! that stopped the run are left out of reports and variables, as a sequential run would not have
//! run them.

use super::events::{Reporter, RunEvent};
use super::recorded::{replay, OwnedEvent, Recorder, Replay};
use super::{
    data_row, emit_to, finish, not_started, plan_run, run_iteration, timeout_message,
    IterationEnded, RunContext, RunInput, RunOptions, RunOutcome, Stop,
};
use crate::http::{HttpClient, HttpOptions};
use crate::script::{ScriptOptions, ScriptRuntime};
use crate::variables::{Scopes, VariableScope};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::Instant;

/// What the run shares with its workers.
pub struct Workers<'a> {
    /// How many iterations may run at once (at least 1).
    pub count: usize,
    /// Each worker builds its own runtime from these.
    pub scripts: &'a ScriptOptions,
    /// The process ends after the run: the workers' JavaScript heaps are left for it to free.
    pub leave_heaps: bool,
}

/// The stack of a worker thread: the main thread's usual size, as scripts may recurse deeply.
pub const WORKER_STACK: usize = 8 << 20;

/// One iteration's result, sent from its worker.
struct Finished {
    iteration: usize,
    events: Vec<OwnedEvent>,
    scopes: Scopes,
    ended: IterationEnded,
}

/// Runs the collection's iterations on `workers.count` threads; reports as [`super::run`] would.
pub fn run_iterations(
    input: RunInput<'_>,
    options: &RunOptions,
    http: &HttpClient,
    http_options: &HttpOptions,
    workers: &Workers<'_>,
    reporters: &mut [Box<dyn Reporter>],
) -> RunOutcome {
    let collection = input.collection;
    let (items, iterations) = match plan_run(&input, options) {
        Ok(planned) => planned,
        Err(message) => return not_started(input.scopes, message),
    };
    let deadline = options.timeout.map(|t| Instant::now() + t);
    http.set_deadline(deadline);
    let run = Replay {
        collection,
        items: items.iter().map(|p| p.item).collect(),
    };
    let mut reporter_errors = Vec::new();
    emit_to(
        reporters,
        &mut reporter_errors,
        &RunEvent::Start {
            collection,
            iterations,
            items: items.len(),
        },
    );

    let listening = !reporters.is_empty();
    let start = input.scopes;
    let mut scopes = start.clone();
    let mut failed = false;
    let mut error: Option<String> = None;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let startup_error: Mutex<Option<String>> = Mutex::new(None);
    let (sender, receiver) = mpsc::channel::<Finished>();
    std::thread::scope(|scope| {
        for _ in 0..workers.count.min(iterations) {
            let sender = sender.clone();
            let (next, stop, start, items, data) = (&next, &stop, &start, &items, &input.data);
            let run_items = &run.items;
            let work = move || {
                let mut scripts = ScriptRuntime::new(workers.scripts.clone());
                scripts.set_run_deadline(deadline);
                let (recorder, recording) = Recorder::new(run_items, listening);
                let mut recorders: Vec<Box<dyn Reporter>> = vec![Box::new(recorder)];
                let mut ctx = RunContext {
                    collection,
                    http,
                    http_options,
                    scripts: &mut scripts,
                    reporters: &mut recorders,
                    options,
                    deadline,
                    reporter_errors: Vec::new(),
                    iteration_count: iterations,
                    oauth2_tokens: Default::default(),
                };
                while !stop.load(Ordering::SeqCst) {
                    let iteration = next.fetch_add(1, Ordering::SeqCst);
                    if iteration >= iterations {
                        break;
                    }
                    let mut scopes = start.clone();
                    let ended = if options.runs_iteration(iteration) {
                        scopes.data = data_row(data, iteration);
                        run_iteration(&mut ctx, items, &mut scopes, iteration)
                    } else {
                        // another shard's iteration: nothing to report, nothing changed
                        IterationEnded {
                            failed: false,
                            stop: None,
                        }
                    };
                    if ended.stop.is_some() {
                        stop.store(true, Ordering::SeqCst);
                    }
                    let finished = Finished {
                        iteration,
                        events: recording.take(),
                        scopes,
                        ended,
                    };
                    if sender.send(finished).is_err() {
                        break;
                    }
                }
                drop(ctx);
                if workers.leave_heaps {
                    std::mem::forget(scripts);
                }
            };
            let spawned = std::thread::Builder::new()
                .stack_size(WORKER_STACK)
                .spawn_scoped(scope, work);
            if let Err(e) = spawned {
                stop.store(true, Ordering::SeqCst);
                if let Ok(mut first) = startup_error.lock() {
                    first.get_or_insert(format!("cannot start a worker thread: {e}"));
                }
            }
        }
        drop(sender);

        // Replays in iteration order as results come in, whatever order they finish in.
        let mut waiting: BTreeMap<usize, Finished> = BTreeMap::new();
        let mut due = 0;
        let mut stopped = false;
        for finished in receiver {
            waiting.insert(finished.iteration, finished);
            while !stopped {
                let Some(finished) = waiting.remove(&due) else {
                    break;
                };
                due += 1;
                replay(&run, &finished.events, reporters, &mut reporter_errors);
                let ended = finished.ended;
                merge_scopes(&mut scopes, &start, &finished.scopes);
                failed |= ended.failed;
                match ended.stop {
                    None => {}
                    Some(Stop::Bail) => stopped = true,
                    Some(Stop::Timeout) => {
                        error = Some(timeout_message(options));
                        stopped = true;
                    }
                    Some(Stop::Abort(message)) => {
                        error = Some(message);
                        stopped = true;
                    }
                }
            }
            if stopped {
                stop.store(true, Ordering::SeqCst);
            }
        }
    });
    if let Some(e) = startup_error.into_inner().ok().flatten() {
        error.get_or_insert(e);
    }
    finish(reporters, reporter_errors, scopes, failed, error)
}

/// Applies what one unit changed in the environment, globals and collection variables (its
/// `end` against the `start` it began from) to `merged`.
pub fn merge_scopes(merged: &mut Scopes, start: &Scopes, end: &Scopes) {
    merge_scope(
        &mut merged.environment,
        &start.environment,
        &end.environment,
    );
    merge_scope(&mut merged.globals, &start.globals, &end.globals);
    merge_scope(&mut merged.collection, &start.collection, &end.collection);
}

/// One scope of [`merge_scopes`]: values set or changed are set, names removed are removed.
pub fn merge_scope(merged: &mut VariableScope, start: &VariableScope, end: &VariableScope) {
    for var in &start.vars {
        if !end.vars.iter().any(|v| v.key == var.key) {
            merged.unset(&var.key);
        }
    }
    for var in &end.vars {
        let before = start.vars.iter().rev().find(|v| v.key == var.key);
        if before.map(|b| (&b.value, b.enabled)) != Some((&var.value, var.enabled)) {
            merged.set(&var.key, var.value.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn scope(pairs: &[(&str, i64)]) -> VariableScope {
        let mut s = VariableScope::default();
        for (k, v) in pairs {
            s.set(k, json!(v));
        }
        s
    }

    #[test]
    fn later_changes_win_and_unsets_apply() {
        let start = scope(&[("a", 1), ("b", 2), ("c", 3)]);
        let mut merged = start.clone();
        merge_scope(
            &mut merged,
            &start,
            &scope(&[("a", 10), ("b", 2), ("c", 3), ("n", 1)]),
        );
        merge_scope(
            &mut merged,
            &start,
            &scope(&[("a", 20), ("c", 3), ("n", 2)]),
        );
        merge_scope(&mut merged, &start, &scope(&[("a", 1), ("b", 2), ("c", 3)]));
        assert_eq!(merged, scope(&[("a", 20), ("c", 3), ("n", 2)]));
    }
}
