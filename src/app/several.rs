//! `postie run a.json b.json dir/`: several collections, each its own run, reported together
//! (see `report::several`), one after another or `--parallel N` at once.
//!
//! Every collection starts from the same inputs (`-e`, `-g`, `-d`, `--env-var`, `--global-var`).
//! The environment and globals changes each run made are applied in command-line order at the
//! end (a later collection's set or unset wins); `--export-environment`, `--export-globals` and
//! `--write-back` write the result. The HTTP client, and so the cookie jar, is shared by all.

use super::{
    exit_code, export, load_collection, load_inputs, print_errors, report_config, run_collection,
    AppError, Engine, Inputs, Shard, Sources,
};
use crate::cli::{ParallelByArg, RunArgs};
use crate::collection::load::LoadedCollection;
use crate::report::several::SeveralReports;
use crate::report::Reporter;
use crate::runner::parallel::merge_scopes;
use crate::runner::recorded::{replay, OwnedEvent, Recorder, Replay};
use crate::runner::{self, plan, RunOutcome};
use crate::variables::Scopes;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

/// The collections named on the command line: files and v3 collection directories as they are,
/// any other directory standing for its `*.json` files sorted by name.
pub(super) fn collection_paths(given: &[PathBuf]) -> Result<Vec<PathBuf>, AppError> {
    let mut paths = Vec::new();
    for path in given {
        if !path.is_dir() || crate::collection::v3::is_collection_dir(path) {
            paths.push(path.clone());
            continue;
        }
        let read = |e: std::io::Error| {
            AppError(format!(
                "collection directory {}: cannot read it: {e}",
                path.display()
            ))
        };
        let mut files: Vec<PathBuf> = Vec::new();
        for entry in std::fs::read_dir(path).map_err(read)? {
            let file = entry.map_err(read)?.path();
            let is_json = file
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"));
            if is_json && file.is_file() {
                files.push(file);
            }
        }
        if files.is_empty() {
            return Err(AppError(format!(
                "collection directory {}: it has no .json file",
                path.display()
            )));
        }
        files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
        paths.extend(files);
    }
    Ok(paths)
}

/// With `--shard I/N --shard-by collection`: the whole collections this shard runs, balanced by
/// their number of requests (every collection otherwise).
fn this_shards(
    args: &RunArgs,
    paths: &[PathBuf],
    collections: Vec<LoadedCollection>,
    shard: Option<&Shard>,
) -> Result<(Vec<PathBuf>, Vec<LoadedCollection>), AppError> {
    let spec = match shard {
        Some((spec, _)) if args.dist.shard_by() == runner::shard::ShardBy::Collection => spec,
        _ => return Ok((paths.to_vec(), collections)),
    };
    let weights: Vec<u64> = collections
        .iter()
        .map(|c| {
            plan::plan_excluding(&c.collection, &args.folder, &[])
                .map_or(1, |items| items.len() as u64)
        })
        .collect();
    let shard_of = runner::shard::partition(&weights, spec.total);
    Ok(paths
        .iter()
        .cloned()
        .zip(collections)
        .zip(shard_of)
        .filter(|(_, shard)| *shard == spec.index)
        .map(|(pair, _)| pair)
        .unzip())
}

/// Runs every collection; the exit code is non-zero when any run failed.
pub(super) fn run_several(
    args: &RunArgs,
    sources: &Sources,
    paths: &[PathBuf],
    shard: Option<Shard>,
    process_ends: bool,
) -> Result<i32, AppError> {
    if args.export_collection.is_some() {
        return Err(AppError(format!(
            "--export-collection takes a single collection; {} were given",
            paths.len()
        )));
    }
    let collections = paths
        .iter()
        .map(|path| load_collection(args, sources, path, &[]))
        .collect::<Result<Vec<_>, _>>()?;
    // An excluded name must name something in one of the collections at least.
    for name in &args.exclude_folder {
        let known = |c: &LoadedCollection| {
            !plan::known_selectors(&c.collection, std::slice::from_ref(name)).is_empty()
        };
        if !collections.iter().any(known) {
            let first = &collections[0].collection;
            runner::plan::plan_excluding(first, &[], std::slice::from_ref(name))
                .map_err(AppError)?;
        }
    }
    let (paths, collections) = this_shards(args, paths, collections, shard.as_ref())?;
    if collections.is_empty() {
        eprintln!("postie: this shard has no collection to run");
        return Ok(0);
    }
    let inputs = load_inputs(args, sources)?;
    let engine = Engine::new(args, shard)?;
    let mut reports = SeveralReports::new(&report_config(args));
    let mut run = Several {
        args,
        paths: &paths,
        collections: &collections,
        inputs: &inputs,
        merged: inputs.scopes.clone(),
        failed: Vec::new(),
    };
    if args.parallel > 1 && args.parallel_by == ParallelByArg::Collection {
        run.side_by_side(&engine, &mut reports)?;
    } else {
        for (index, loaded) in collections.iter().enumerate() {
            let mut reporters = run.reporters(&mut reports, index);
            let outcome = run_collection(
                args,
                &engine,
                loaded,
                inputs.scopes_for(loaded),
                inputs.data.clone(),
                &mut reporters,
                process_ends,
                None,
            )?;
            drop(reporters);
            if run.ended(index, &outcome) {
                break;
            }
        }
    }
    let mut failed = run.failed.iter().any(|f| *f);
    let merged = std::mem::take(&mut run.merged);
    if let Err(e) = reports.finish(&run.failed) {
        eprintln!("error: {e}");
        failed = true;
    }
    export(args, &engine, None, &inputs, &merged)?;
    Ok(exit_code(args, failed))
}

/// The run of several collections as it goes.
struct Several<'a> {
    args: &'a RunArgs,
    paths: &'a [PathBuf],
    collections: &'a [LoadedCollection],
    inputs: &'a Inputs,
    /// The start scopes with the changes of the collections run so far.
    merged: Scopes,
    /// Whether each collection run so far failed.
    failed: Vec<bool>,
}

impl Several<'_> {
    fn reporters(&self, reports: &mut SeveralReports, index: usize) -> Vec<Box<dyn Reporter>> {
        let name = &self.collections[index].collection.info.name;
        reports.reporters_for(index + 1, name, &self.paths[index])
    }

    /// Takes in a collection's outcome; true when no further collection is to run (`--bail`).
    fn ended(&mut self, index: usize, outcome: &RunOutcome) -> bool {
        print_errors(outcome);
        let start = self.inputs.scopes_for(&self.collections[index]);
        merge_scopes(&mut self.merged, &start, &outcome.scopes);
        let failed = outcome.failed || !outcome.reporter_errors.is_empty();
        self.failed.push(failed);
        failed && self.args.bail.is_some()
    }

    /// `--parallel N`: up to N collections at once, each recorded on its worker thread and
    /// replayed here in command-line order.
    fn side_by_side(
        &mut self,
        engine: &Engine,
        reports: &mut SeveralReports,
    ) -> Result<(), AppError> {
        type Done = (usize, Result<(Vec<OwnedEvent>, RunOutcome), AppError>);
        let count = self.collections.len();
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let (sender, receiver) = mpsc::channel::<Done>();
        let (args, collections, inputs) = (self.args, self.collections, self.inputs);
        std::thread::scope(|scope| {
            for _ in 0..usize::from(args.parallel).min(count) {
                let sender = sender.clone();
                let (next, stop) = (&next, &stop);
                let work = move || {
                    while !stop.load(Ordering::SeqCst) {
                        let index = next.fetch_add(1, Ordering::SeqCst);
                        let Some(loaded) = collections.get(index) else {
                            break;
                        };
                        let replay = replay_of(args, loaded);
                        let (recorder, recording) = Recorder::new(&replay.items, true);
                        let mut reporters: Vec<Box<dyn Reporter>> = vec![Box::new(recorder)];
                        let result = run_collection(
                            args,
                            engine,
                            loaded,
                            inputs.scopes_for(loaded),
                            inputs.data.clone(),
                            &mut reporters,
                            false,
                            None,
                        );
                        let result = result.map(|outcome| (recording.take(), outcome));
                        if args.bail.is_some()
                            && result.as_ref().map_or(true, |(_, outcome)| outcome.failed)
                        {
                            stop.store(true, Ordering::SeqCst);
                        }
                        if sender.send((index, result)).is_err() {
                            break;
                        }
                    }
                };
                std::thread::Builder::new()
                    .stack_size(runner::parallel::WORKER_STACK)
                    .spawn_scoped(scope, work)
                    .map_err(|e| AppError(format!("cannot start a worker thread: {e}")))?;
            }
            drop(sender);
            let mut waiting = BTreeMap::new();
            let mut stopped: Result<bool, AppError> = Ok(false);
            for (index, result) in receiver {
                waiting.insert(index, result);
                while matches!(stopped, Ok(false)) {
                    let due = self.failed.len();
                    let Some(result) = waiting.remove(&due) else {
                        break;
                    };
                    stopped = result.map(|(events, outcome)| {
                        let mut reporters = self.reporters(reports, due);
                        let mut errors = Vec::new();
                        let run = replay_of(args, &collections[due]);
                        replay(&run, &events, &mut reporters, &mut errors);
                        drop(reporters);
                        let outcome = RunOutcome {
                            reporter_errors: errors,
                            ..outcome
                        };
                        self.ended(due, &outcome)
                    });
                }
                if !matches!(stopped, Ok(false)) {
                    stop.store(true, Ordering::SeqCst);
                }
            }
            stopped.map(|_| ())
        })
    }
}

/// The collection and its run order, for recording and replaying its events.
fn replay_of<'c>(args: &RunArgs, loaded: &'c LoadedCollection) -> Replay<'c> {
    let excluded = plan::known_selectors(&loaded.collection, &args.exclude_folder);
    let items =
        plan::plan_excluding(&loaded.collection, &args.folder, &excluded).unwrap_or_default();
    Replay {
        collection: &loaded.collection,
        items: items.iter().map(|p| p.item).collect(),
    }
}
