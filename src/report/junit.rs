//! The `junit` reporter: Newman 6.2.2's JUnit XML (`--reporter-junit-export PATH`, default
//! `newman/newman-run-report-<timestamp>-0.xml`).
//!
//! Shape, as Newman writes it: `<testsuites name tests time>` with `tests` the number of test-script
//! runs and `time` the sum of response times; one `<testsuite>` per item (iterations merged) whose
//! `tests` is the assertion count of its last execution and `time` the mean response time; one
//! `<testcase>` per assertion name, timed with the last execution's response time; a `<failure>` with
//! Newman's CDATA lines when the assertion failed (the count restarts when it passes again); request
//! and script errors in `<system-err>`. Skipped tests are plain testcases, as in Newman.
//! One deliberate difference: `<system-err>` comes after the testcases (Newman writes it first),
//! which the common JUnit schema requires.

use super::junit_xml::{attribute, cdata, class_name, is_array_index, seconds};
use super::report_file::{export_path, write_atomically};
use super::secrets::{MaskHandle, SharedMask};
use super::{ReportConfig, Reporter};
use crate::runner::events::{ItemRef, RequestOrigin, RunEvent};
use crate::script::{ScriptKind, ScriptOutcome};
use indexmap::IndexMap;
use std::fmt::Write as _;
use std::path::PathBuf;

#[derive(Debug, Clone)]
struct AssertionRecord {
    name: String,
    /// (message, stack) of a failed assertion.
    error: Option<(String, String)>,
}

#[derive(Debug, Clone, Default)]
struct ExecutionRecord {
    iteration: usize,
    response_time: Option<u64>,
    request_error: Option<String>,
    test_script_errors: Vec<String>,
    prerequest_script_errors: Vec<String>,
    assertions: Option<Vec<AssertionRecord>>,
    /// Requests sent by this run of the item (see `summary::Execution::requests`).
    requests: usize,
    /// The last of them came from `pm.sendRequest`.
    last_from_script: bool,
}

#[derive(Debug, Clone)]
struct Suite {
    name: String,
    id: String,
    executions: Vec<ExecutionRecord>,
}

pub struct JunitReporter {
    export: Option<PathBuf>,
    collection_name: String,
    collection_id: String,
    started: u64,
    tests_total: u64,
    suites: IndexMap<String, Suite>,
    current: Option<(String, ExecutionRecord)>,
    clock: fn() -> u64,
    mask: MaskHandle,
    /// Several collections: the run's part goes here instead of into a file of its own.
    collector: Option<JunitParts>,
}

/// One run's `<testsuite>` elements (masked), for a file holding several runs.
#[derive(Debug, Clone)]
pub struct JunitPart {
    name: String,
    tests: u64,
    time: f64,
    suites: String,
}

/// Where the runs of several collections leave their [`JunitPart`]s.
pub type JunitParts = std::rc::Rc<std::cell::RefCell<Vec<JunitPart>>>;

/// The JUnit file: one `<testsuites>` holding every part's suites, named after the parts' runs
/// (", " between names), its `tests` and `time` their sums.
pub fn render_testsuites(parts: &[JunitPart]) -> String {
    let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
    let tests: u64 = parts.iter().map(|p| p.tests).sum();
    let time: f64 = parts.iter().map(|p| p.time).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = write!(
        out,
        "<testsuites name=\"{}\" tests=\"{tests}\" time=\"{}\"",
        attribute(&names.join(", ")),
        seconds(time)
    );
    if parts.iter().all(|p| p.suites.is_empty()) {
        out.push_str("/>");
    } else {
        out.push_str(">\n");
        for part in parts {
            out.push_str(&part.suites);
        }
        out.push_str("</testsuites>");
    }
    out
}

impl JunitReporter {
    /// Uses the run's shared mask (learned by `MaskLearner`) instead of its own.
    pub fn with_shared_mask(mut self, mask: SharedMask) -> JunitReporter {
        self.mask = MaskHandle::shared(mask);
        self
    }

    pub fn new(config: &ReportConfig) -> JunitReporter {
        JunitReporter {
            export: config
                .option("junit", "export")
                .filter(|p| !p.is_empty())
                .map(PathBuf::from),
            collection_name: String::new(),
            collection_id: String::new(),
            started: 0,
            tests_total: 0,
            suites: IndexMap::new(),
            current: None,
            clock: super::summary::now_ms,
            mask: MaskHandle::own(config),
            collector: None,
        }
    }

    /// Leaves the run's suites in `parts` (see [`render_testsuites`]) instead of writing a file.
    pub fn with_collector(mut self, parts: JunitParts) -> JunitReporter {
        self.collector = Some(parts);
        self
    }

    /// Replaces the wall clock (epoch ms) used for the suites' `timestamp`.
    #[cfg(test)]
    pub fn with_clock(mut self, clock: fn() -> u64) -> JunitReporter {
        self.clock = clock;
        self
    }

    fn item_start(&mut self, item: &ItemRef<'_>, position: usize, iteration: usize) {
        self.flush();
        let id = &item.item.id;
        let key = if id.is_empty() {
            format!("\u{0}{position}")
        } else {
            id.clone()
        };
        if !self.suites.contains_key(&key) {
            self.suites.insert(
                key.clone(),
                Suite {
                    name: item.path(),
                    // Newman's collection SDK gives an item without an id a random one.
                    id: if id.is_empty() {
                        crate::ids::uuid_v4().to_string()
                    } else {
                        id.clone()
                    },
                    executions: Vec::new(),
                },
            );
        }
        let record = ExecutionRecord {
            iteration,
            ..ExecutionRecord::default()
        };
        self.current = Some((key, record));
    }

    fn flush(&mut self) {
        let Some((key, record)) = self.current.take() else {
            return;
        };
        let Some(suite) = self.suites.get_mut(&key) else {
            return;
        };
        // Newman groups the JSON report's executions (one copy of the record per request) by
        // item id, but starts the group afresh for a record whose id is not the item's, as it is
        // when a `pm.sendRequest` came last: then the group keeps only that record.
        if record.last_from_script {
            suite.executions.clear();
            suite.executions.push(record);
        } else {
            for _ in 0..record.requests {
                suite.executions.push(record.clone());
            }
        }
    }

    fn script(&mut self, kind: ScriptKind, outcome: &ScriptOutcome) {
        let Some((_, record)) = self.current.as_mut() else {
            return;
        };
        for assertion in &outcome.assertions {
            record
                .assertions
                .get_or_insert_with(Vec::new)
                .push(AssertionRecord {
                    name: assertion.name.clone(),
                    error: assertion.error.as_ref().map(|e| {
                        // Newman's stacks start with "AssertionError: <message>".
                        let head = format!("{}: {}", e.name, e.message);
                        let stack = if e.stack.starts_with(&head) {
                            e.stack.clone()
                        } else {
                            format!("{head}\n{}", e.stack.trim_start_matches('\n'))
                        };
                        (e.message.clone(), stack)
                    }),
                });
        }
        if let Some(error) = &outcome.error {
            // Newman's serialised script errors have no stack, so it shows the message.
            let text = error.message.clone();
            match kind {
                ScriptKind::Test => record.test_script_errors.push(text),
                ScriptKind::Prerequest => record.prerequest_script_errors.push(text),
            }
        }
    }

    /// The XML text, every user-supplied string passed through `mask` first.
    pub fn render(&self) -> String {
        render_testsuites(&[self.part()])
    }

    /// This run's `<testsuite>` elements and what `<testsuites>` says of them.
    fn part(&self) -> JunitPart {
        let mask = |text: &str| self.mask.get().apply(text).into_owned();
        let timestamp = chrono::DateTime::from_timestamp_millis(self.started as i64)
            .unwrap_or_default()
            .format("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string();
        let mut total_time = 0.0;
        let mut body = String::new();
        for (_, suite) in self.ordered_suites() {
            let (xml, time) = self.suite_xml(suite, &timestamp, &mask);
            total_time += time;
            body.push_str(&xml);
        }
        JunitPart {
            name: mask(&self.collection_name),
            tests: self.tests_total,
            time: total_time,
            suites: body,
        }
    }

    fn ordered_suites(&self) -> Vec<(&String, &Suite)> {
        let mut indexed: Vec<(u32, &String, &Suite)> = Vec::new();
        let mut others = Vec::new();
        for (key, suite) in &self.suites {
            if suite.executions.is_empty() {
                continue;
            }
            match is_array_index(key) {
                Some(n) => indexed.push((n, key, suite)),
                None => others.push((key, suite)),
            }
        }
        indexed.sort_by_key(|(n, _, _)| *n);
        indexed
            .into_iter()
            .map(|(_, k, s)| (k, s))
            .chain(others)
            .collect()
    }

    /// One `<testsuite>` and the sum of its response times in seconds.
    fn suite_xml(
        &self,
        suite: &Suite,
        timestamp: &str,
        mask: &dyn Fn(&str) -> String,
    ) -> (String, f64) {
        let mut errors = 0;
        let mut failures = 0;
        let mut error_messages: Option<String> = None;
        let mut tests: IndexMap<&str, Vec<&(String, String)>> = IndexMap::new();
        let mut assertion_count = 0;
        for execution in &suite.executions {
            let mut errored = false;
            let mut message = format!("Iteration: {}\n", execution.iteration);
            if let Some(error) = &execution.request_error {
                errors += 1;
                errored = true;
                let _ = writeln!(message, "RequestError: {error}");
            }
            message.push_str("\n---\n");
            for (prop, list) in [
                ("testScript", &execution.test_script_errors),
                ("prerequestScript", &execution.prerequest_script_errors),
            ] {
                for error in list {
                    errors += 1;
                    errored = true;
                    let _ = write!(message, "{prop}Error: {error}\n---\n");
                }
            }
            if errored {
                error_messages
                    .get_or_insert_with(String::new)
                    .push_str(&message);
            }
            for assertion in execution.assertions.iter().flatten() {
                match &assertion.error {
                    Some(error) => {
                        failures += 1;
                        tests.entry(&assertion.name).or_default().push(error);
                    }
                    None => {
                        tests.insert(&assertion.name, Vec::new());
                    }
                }
            }
            assertion_count = execution.assertions.as_ref().map_or(0, Vec::len);
        }
        let times: Vec<f64> = suite
            .executions
            .iter()
            .map(|e| e.response_time.map_or(0.0, |t| t as f64 / 1000.0))
            .collect();
        let sum: f64 = times.iter().sum();
        let mean = sum / times.len().max(1) as f64;
        let last_time = times.last().copied().unwrap_or(0.0);
        let suite_name = mask(&suite.name);

        let mut out = String::new();
        let _ = write!(
            out,
            "  <testsuite name=\"{}\" id=\"{}\" timestamp=\"{timestamp}\" tests=\"{assertion_count}\" failures=\"{failures}\" errors=\"{errors}\" time=\"{}\"",
            attribute(&suite_name),
            attribute(&suite.id),
            seconds(mean)
        );
        if error_messages.is_none() && tests.is_empty() {
            out.push_str("/>\n");
            return (out, sum);
        }
        out.push_str(">\n");
        let suite_class = class_name(&suite_name);
        let class = if suite_class.is_empty() {
            class_name(&mask(&self.collection_name))
        } else {
            suite_class
        };
        for (name, failed) in &tests {
            let _ = write!(
                out,
                "    <testcase name=\"{}\" time=\"{}\" classname=\"{}\"",
                attribute(&mask(name)),
                seconds(last_time),
                attribute(&class)
            );
            let Some((message, stack)) = failed.first() else {
                out.push_str("/>\n");
                continue;
            };
            let message = mask(message);
            let lines = [
                format!("Failed {} times.", failed.len()),
                format!("Collection JSON ID: {}.", self.collection_id),
                format!("Collection name: {}.", mask(&self.collection_name)),
                format!("Request name: {suite_name}."),
                format!("Test description: {}.", mask(name)),
                format!("Error message: {message}."),
                format!("Stacktrace: {}.", mask(stack)),
            ];
            let _ = writeln!(
                out,
                ">\n      <failure type=\"AssertionFailure\" message=\"{}\">",
                attribute(&message)
            );
            for line in &lines {
                let _ = writeln!(out, "        {}", cdata(line));
            }
            out.push_str("      </failure>\n    </testcase>\n");
        }
        if let Some(messages) = &error_messages {
            let _ = writeln!(
                out,
                "    <system-err>{}</system-err>",
                cdata(&mask(messages))
            );
        }
        out.push_str("  </testsuite>\n");
        (out, sum)
    }

    fn write(&self) -> Result<PathBuf, String> {
        if let Some(parts) = &self.collector {
            parts.borrow_mut().push(self.part());
            return Ok(PathBuf::new());
        }
        let now = chrono::Utc::now();
        let path = export_path(self.export.as_deref(), "xml", &now);
        let xml = self.render();
        write_atomically(&path, |file| {
            file.write_all(xml.as_bytes()).map_err(|e| e.to_string())
        })?;
        Ok(path)
    }
}

impl Reporter for JunitReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String> {
        self.mask.observe(event);
        match event {
            RunEvent::Start { collection, .. } => {
                self.started = (self.clock)();
                self.collection_name = collection.info.name.clone();
                self.collection_id = if collection.info.id.is_empty() {
                    crate::ids::uuid_v4().to_string()
                } else {
                    collection.info.id.clone()
                };
            }
            RunEvent::ItemStart { cursor, item, .. } => {
                self.item_start(item, cursor.position, cursor.iteration)
            }
            RunEvent::ScriptsStart {
                kind: ScriptKind::Test,
                ..
            } => self.tests_total += 1,
            RunEvent::Script { kind, outcome, .. } => self.script(*kind, outcome),
            RunEvent::Request {
                origin: RequestOrigin::Retry,
                ..
            } => {}
            RunEvent::Request {
                response, origin, ..
            } => {
                if let Some((_, record)) = self.current.as_mut() {
                    record.requests += 1;
                    record.last_from_script = *origin == RequestOrigin::Script;
                    match response {
                        Ok(response) => record.response_time = Some(response.response_time),
                        Err(error) => {
                            record.response_time = None;
                            record.request_error = Some(format!("Error: {}", error.message))
                        }
                    }
                }
            }
            RunEvent::RequestSkipped { reason, .. } => {
                if let Some((_, record)) = self.current.as_mut() {
                    record.requests += 1;
                    record.request_error = Some(format!("Error: {reason}"));
                }
            }
            RunEvent::ItemEnd { .. } => self.flush(),
            RunEvent::Done { .. } => {
                self.flush();
                self.write()?;
            }
            _ => {}
        }
        Ok(())
    }
}
