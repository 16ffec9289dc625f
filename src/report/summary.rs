//! `RunSummary`: listens to run events and builds Newman's run summary (stats, timings,
//! executions, failures), which the json reporter writes and the cli reporter tabulates.

use super::summary_items::{cursor_json, item_json, parent_of, request_json, ParentRef};
use super::summary_values::{
    add_error_identity, request_error_json, response_record, scope_json, scope_values,
    script_error_json, ResponseRecord,
};
use crate::http::{PreparedRequest, RequestError, ResponseData};
use crate::runner::events::{Cursor, ItemRef, RequestOrigin, RunEvent};
use crate::script::{Assertion, ScriptError, ScriptKind, ScriptOutcome};
use serde_json::{json, Map, Value};
use std::sync::Arc;

/// One of Newman's `{total, pending, failed}` counters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counter {
    pub total: u64,
    pub pending: u64,
    pub failed: u64,
}

impl Counter {
    fn before(&mut self) {
        self.pending += 1;
    }
    fn after(&mut self, failed: bool) {
        self.pending = self.pending.saturating_sub(1);
        self.total += 1;
        if failed {
            self.failed += 1;
        }
    }
}

/// `run.stats`, in Newman's key order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub iterations: Counter,
    pub items: Counter,
    pub scripts: Counter,
    pub prerequests: Counter,
    pub requests: Counter,
    pub tests: Counter,
    pub assertions: Counter,
    pub test_scripts: Counter,
    pub prerequest_scripts: Counter,
}

impl Stats {
    /// (Newman's key, counter) pairs in Newman's order.
    pub fn entries(&self) -> [(&'static str, Counter); 9] {
        [
            ("iterations", self.iterations),
            ("items", self.items),
            ("scripts", self.scripts),
            ("prerequests", self.prerequests),
            ("requests", self.requests),
            ("tests", self.tests),
            ("assertions", self.assertions),
            ("testScripts", self.test_scripts),
            ("prerequestScripts", self.prerequest_scripts),
        ]
    }
}

/// `run.timings` (ms). The dns and first-byte phases are measured with `--verbose` only, as in
/// Newman; without it they stay 0.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Timings {
    pub response: PhaseStats,
    pub dns: PhaseStats,
    pub first_byte: PhaseStats,
    /// Epoch milliseconds.
    pub started: u64,
    pub completed: u64,
}

/// Running statistics of one timing phase (ms).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PhaseStats {
    pub average: f64,
    pub min: f64,
    pub max: f64,
    pub sd: f64,
}

impl PhaseStats {
    /// Newman's running statistics: `count` is the number of requests so far *including* failed
    /// ones and ones without this phase (a quirk kept for identical numbers), and a zero time is
    /// not counted at all.
    fn track(&mut self, time: f64, count: u64) {
        if time == 0.0 || count == 0 {
            return;
        }
        let n = count as f64;
        let previous_average = self.average;
        let previous_variance = self.sd * self.sd;
        let delta1 = time - previous_average;
        self.average = (previous_average * (n - 1.0) + time) / n;
        self.min = if self.min == 0.0 {
            time
        } else {
            self.min.min(time)
        };
        self.max = self.max.max(time);
        let delta2 = time - self.average;
        let variance = (previous_variance * (n - 1.0) + delta1 * delta2) / n;
        self.sd = variance.max(0.0).sqrt();
    }
}

impl Timings {
    /// The dns and first-byte phases of a response measured with `--verbose`.
    fn track_phases(&mut self, phases: &crate::http::Timings, count: u64) {
        let ms = |nanos: u64| nanos as f64 / 1e6;
        self.dns.track(phases.dns.map_or(0.0, ms), count);
        self.first_byte.track(ms(phases.first_byte), count);
    }
}

/// One entry of `run.failures`.
#[derive(Debug, Clone)]
pub struct RunFailure {
    /// Newman's error object (`name`, `message`, `test`, `index`, `stack`, …).
    pub error: Value,
    /// "assertion:1 in test-script", "test-script", "test-script:3:7", "prerequest-script", "request".
    pub at: String,
    /// "Folder / Request".
    pub item_path: String,
    pub iteration: usize,
    pub cycles: usize,
    pub(crate) source: Option<Arc<Value>>,
    pub(crate) parent: Option<ParentRef>,
    pub(crate) cursor: Value,
}

impl RunFailure {
    pub fn name(&self) -> &str {
        self.error.get("name").and_then(Value::as_str).unwrap_or("")
    }
    pub fn test(&self) -> &str {
        self.error.get("test").and_then(Value::as_str).unwrap_or("")
    }
    pub fn message(&self) -> &str {
        self.error
            .get("message")
            .and_then(Value::as_str)
            .unwrap_or("")
    }
}

/// One entry of `run.executions`: everything that happened to one run of one item.
#[derive(Debug, Clone)]
pub(crate) struct Execution {
    pub cursor: Value,
    pub item: Arc<Value>,
    pub id: String,
    pub prerequest_script: Vec<Value>,
    pub request: Option<Value>,
    pub response: Option<ResponseRecord>,
    pub request_error: Option<Value>,
    pub assertions: Option<Vec<Value>>,
    pub test_script: Vec<Value>,
    /// How many requests this run of the item sent (its own, a digest challenge, each
    /// `pm.sendRequest`). Newman keeps one record per run of an item and lists it again for every
    /// request, so the report holds this many copies of the record as it ends; none without a request.
    pub requests: usize,
    /// `--retry`: every attempt of the item's request (status or error, time), when it was
    /// retried; the last is the one the execution shows.
    pub attempts: Vec<Value>,
    /// `--reporter-json-console` (on with `--shard`): the console lines of the item's scripts,
    /// `{script, level, text}`, so `postie merge` can show them again.
    pub console: Vec<Value>,
}

/// Collects Newman's run summary from events.
#[derive(Debug, Default)]
pub struct RunSummary {
    /// Keep executions and the JSON of items, collection and scopes (json reporter); the cli needs only counts.
    detail: bool,
    pub stats: Stats,
    pub timings: Timings,
    pub response_total: u64,
    pub failures: Vec<RunFailure>,
    pub error: Option<String>,
    pub(crate) executions: Vec<Execution>,
    pub(crate) collection: Option<Value>,
    pub(crate) environment: Option<Value>,
    pub(crate) globals: Option<Value>,
    current: Option<Execution>,
    /// The item JSON of the item being run (shared by its execution and failures).
    current_item: Option<Arc<Value>>,
    clock: Option<fn() -> u64>,
    /// Record scripts' console lines in executions (`Execution::console`).
    pub(crate) keep_console: bool,
    item_cache: std::collections::HashMap<String, Arc<Value>>,
}

impl RunSummary {
    /// A summary with executions and JSON bodies, for file reporters.
    pub fn detailed() -> RunSummary {
        RunSummary {
            detail: true,
            ..RunSummary::default()
        }
    }

    /// Counts, timings and failures only.
    pub fn counts_only() -> RunSummary {
        RunSummary::default()
    }

    /// Replaces the wall clock (epoch ms) used for `started`, `completed` and error timestamps.
    #[cfg(test)]
    pub fn with_clock(mut self, clock: fn() -> u64) -> RunSummary {
        self.clock = Some(clock);
        self
    }

    pub fn now(&self) -> u64 {
        match self.clock {
            Some(clock) => clock(),
            None => now_ms(),
        }
    }

    /// Newman's exit rule: a run fails when it ended with an error or recorded any failure.
    pub fn run_failed(&self) -> bool {
        self.error.is_some() || !self.failures.is_empty()
    }

    /// Takes the executions recorded so far, for a writer that streams them out.
    pub(crate) fn take_executions(&mut self) -> Vec<Execution> {
        std::mem::take(&mut self.executions)
    }

    #[cfg(test)]
    pub fn executions_len(&self) -> usize {
        self.executions.len()
    }

    pub fn on_event(&mut self, event: &RunEvent<'_>) {
        match event {
            RunEvent::Start { collection, .. } => {
                self.timings.started = self.now();
                if self.detail {
                    self.collection = Some(super::summary_items::collection_json(collection));
                }
            }
            RunEvent::Folder { .. } => {}
            RunEvent::IterationStart { .. } => self.stats.iterations.before(),
            RunEvent::IterationEnd { .. } => self.stats.iterations.after(false),
            RunEvent::ItemStart { cursor, item, .. } => self.item_start(cursor, item),
            RunEvent::ScriptsStart { kind, .. } => match kind {
                ScriptKind::Prerequest => self.stats.prerequests.after(false),
                ScriptKind::Test => self.stats.tests.after(false),
            },
            RunEvent::Script {
                cursor,
                item,
                kind,
                outcome,
                ..
            } => self.script(cursor, item, *kind, outcome),
            RunEvent::Request {
                response,
                origin: RequestOrigin::Retry,
                ..
            } => self.attempt(*response),
            RunEvent::Request {
                cursor,
                item,
                request,
                response,
                origin,
            } => {
                if *origin == RequestOrigin::Item
                    && self
                        .current
                        .as_ref()
                        .is_some_and(|e| !e.attempts.is_empty())
                {
                    self.attempt(*response);
                }
                self.request(cursor, item, Some(request), *response, *origin)
            }
            RunEvent::RequestSkipped {
                cursor,
                item,
                reason,
                request,
            } => {
                let error = RequestError {
                    code: None,
                    message: reason.to_string(),
                };
                self.request(cursor, item, None, Err(&error), RequestOrigin::Item);
                if let Some(execution) = self.current.as_mut() {
                    execution.request = Some((*request).clone());
                }
            }
            RunEvent::ItemEnd { .. } => {
                self.stats.items.after(false);
                self.flush_execution();
            }
            RunEvent::Done {
                error,
                environment,
                globals,
                collection_variables,
            } => {
                self.flush_execution();
                self.timings.completed = self.now();
                self.error = error.map(str::to_string);
                if self.detail {
                    self.environment = Some(scope_json(environment, "environment"));
                    self.globals = Some(scope_json(globals, "globals"));
                    if let Some(Value::Object(collection)) = self.collection.as_mut() {
                        collection.insert("variable".into(), scope_values(collection_variables));
                    }
                }
            }
        }
    }

    fn item_start(&mut self, cursor: &Cursor, item: &ItemRef<'_>) {
        self.stats.items.before();
        self.flush_execution();
        if !self.detail {
            return;
        }
        // Iterations run the same items: their JSON is shared (by id), as Newman shares the item object.
        let item_value = match self.item_cache.get(&item.item.id) {
            Some(cached) if !item.item.id.is_empty() => cached.clone(),
            _ => {
                let value = Arc::new(item_json(item.item));
                if !item.item.id.is_empty() {
                    self.item_cache.insert(item.item.id.clone(), value.clone());
                }
                value
            }
        };
        self.current_item = Some(item_value.clone());
        self.current = Some(Execution {
            cursor: cursor_json(cursor),
            item: item_value,
            id: item.item.id.clone(),
            prerequest_script: Vec::new(),
            request: None,
            response: None,
            request_error: None,
            assertions: None,
            test_script: Vec::new(),
            requests: 0,
            attempts: Vec::new(),
            console: Vec::new(),
        });
    }

    fn flush_execution(&mut self) {
        if let Some(execution) = self.current.take() {
            for _ in 1..execution.requests {
                self.executions.push(execution.clone());
            }
            if execution.requests > 0 {
                self.executions.push(execution);
            }
        }
    }

    fn script(
        &mut self,
        cursor: &Cursor,
        item: &ItemRef<'_>,
        kind: ScriptKind,
        outcome: &ScriptOutcome,
    ) {
        let failed = outcome.error.is_some();
        self.stats.scripts.after(failed);
        match kind {
            ScriptKind::Prerequest => self.stats.prerequest_scripts.after(failed),
            ScriptKind::Test => self.stats.test_scripts.after(failed),
        }
        for assertion in &outcome.assertions {
            self.assertion(cursor, item, assertion);
        }
        if let Some(execution) = self.current.as_mut().filter(|_| self.keep_console) {
            let script = kind.event_name();
            execution.console.extend(
                outcome
                    .console
                    .iter()
                    .map(|line| json!({"script": script, "level": line.level, "text": line.text})),
            );
        }
        if let Some(error) = &outcome.error {
            let error_json = script_error_json(error, self.now());
            if let Some(execution) = self.current.as_mut() {
                let list = match kind {
                    ScriptKind::Prerequest => &mut execution.prerequest_script,
                    ScriptKind::Test => &mut execution.test_script,
                };
                list.push(json!({ "error": error_json.clone() }));
            }
            let at = script_error_at(kind, error);
            self.push_failure(error_json, at, cursor, item, true);
        }
    }

    fn assertion(&mut self, cursor: &Cursor, item: &ItemRef<'_>, assertion: &Assertion) {
        self.stats.assertions.after(assertion.error.is_some());
        let error_json = assertion.error.as_ref().map(|e| {
            json!({
                "name": e.name,
                "index": assertion.index,
                "test": assertion.name,
                "message": e.message,
                "stack": e.stack,
            })
        });
        if let Some(execution) = self.current.as_mut() {
            let mut record = Map::new();
            record.insert("assertion".into(), json!(assertion.name));
            record.insert("skipped".into(), json!(assertion.skipped));
            if let Some(e) = &error_json {
                record.insert("error".into(), e.clone());
            }
            execution
                .assertions
                .get_or_insert_with(Vec::new)
                .push(Value::Object(record));
        }
        if let Some(mut error) = error_json {
            add_error_identity(&mut error, self.now());
            let at = format!("assertion:{} in test-script", assertion.index);
            self.push_failure(error, at, cursor, item, true);
        }
    }

    /// One attempt of a request `--retry` sent again, or the last attempt of such a request.
    fn attempt(&mut self, response: Result<&ResponseData, &RequestError>) {
        let at = self.now();
        let Some(execution) = self.current.as_mut() else {
            return;
        };
        execution.attempts.push(match response {
            Ok(r) => json!({"code": r.code, "status": r.status, "responseTime": r.response_time, "at": at}),
            Err(e) => json!({"error": {"code": e.code, "message": e.message}, "at": at}),
        });
    }

    fn request(
        &mut self,
        cursor: &Cursor,
        item: &ItemRef<'_>,
        request: Option<&PreparedRequest>,
        response: Result<&ResponseData, &RequestError>,
        origin: RequestOrigin,
    ) {
        self.stats.requests.after(response.is_err());
        if let Ok(response) = response {
            self.timings
                .response
                .track(response.response_time as f64, self.stats.requests.total);
            if let Some(phases) = &response.timings {
                self.timings.track_phases(phases, self.stats.requests.total);
            }
            self.response_total += response.response_size as u64;
        }
        // A script's request is reported as an item of its own, without a name (Newman).
        let script_item = match (origin, request) {
            (RequestOrigin::Script, Some(request)) if self.detail => {
                Some(Arc::new(script_request_item(request)))
            }
            _ => None,
        };
        if let Some(execution) = self.current.as_mut() {
            execution.requests += 1;
            execution.request = Some(match request {
                Some(request) => request_json(request),
                None => serde_json::to_value(&item.item.request).unwrap_or(Value::Null),
            });
            // The record takes the latest request's fields; an error stays once set.
            match response {
                Ok(response) => execution.response = Some(response_record(response)),
                Err(error) => {
                    execution.response = None;
                    execution.request_error = Some(request_error_json(error));
                }
            }
            execution.id = match &script_item {
                Some(source) => source["id"].as_str().unwrap_or_default().to_string(),
                None => item.item.id.clone(),
            };
        }
        if let Err(error) = response {
            let mut error_json = request_error_json(error);
            if let Value::Object(map) = &mut error_json {
                // Node raises an invalid header name or value as a TypeError
                let name = match error.code.as_deref() {
                    Some("ERR_INVALID_CHAR" | "ERR_INVALID_HTTP_TOKEN") => "TypeError",
                    _ => "Error",
                };
                map.insert("name".into(), json!(name));
                map.insert("message".into(), json!(error.message));
                map.insert("stack".into(), json!(format!("{name}: {}", error.message)));
            }
            add_error_identity(&mut error_json, self.now());
            let from_script = origin == RequestOrigin::Script;
            let source = script_item.or_else(|| self.current_item.clone());
            self.push_failure_from(source, error_json, "request".into(), cursor, item, false);
            if from_script {
                if let Some(failure) = self.failures.last_mut() {
                    // The request's item has no name.
                    failure.item_path.clear();
                }
            }
        }
    }

    fn push_failure(
        &mut self,
        error: Value,
        at: String,
        cursor: &Cursor,
        item: &ItemRef<'_>,
        with_parent: bool,
    ) {
        let source = self.current_item.clone();
        self.push_failure_from(source, error, at, cursor, item, with_parent);
    }

    /// A failure whose `source` is `source` (default: the item).
    fn push_failure_from(
        &mut self,
        source: Option<Arc<Value>>,
        error: Value,
        at: String,
        cursor: &Cursor,
        item: &ItemRef<'_>,
        with_parent: bool,
    ) {
        let (source, parent) = if self.detail {
            let source = source.unwrap_or_else(|| Arc::new(item_json(item.item)));
            let parent = with_parent
                .then(|| self.collection.as_ref().map(|c| parent_of(c, item)))
                .flatten();
            (Some(source), parent)
        } else {
            (None, None)
        };
        self.failures.push(RunFailure {
            error,
            at,
            item_path: item.path(),
            iteration: cursor.iteration,
            cycles: cursor.cycles,
            source,
            parent,
            cursor: if self.detail {
                cursor_json(cursor)
            } else {
                Value::Null
            },
        });
    }
}

/// "test-script" / "prerequest-script". Newman's code would add ":LINE:COL" from the error's stack
/// trace, but Newman 6.2.2 serialises script errors with an empty trace, so it never does (observed,
/// also for syntax and reference errors at known lines); the position is left out here too.
pub fn script_error_at(kind: ScriptKind, _error: &ScriptError) -> String {
    format!("{}-script", kind.event_name())
}

/// The item Newman makes for a `pm.sendRequest` request: a fresh id, no name.
fn script_request_item(request: &PreparedRequest) -> Value {
    json!({
        "id": crate::ids::uuid_v4().to_string(),
        "request": request_json(request),
        "response": [],
        "event": [],
        "protocolProfileBehavior": {"disableBodyPruning": true},
    })
}

pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}
