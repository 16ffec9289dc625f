//! `postie merge`: shard JSON reports (`postie run --shard I/N -r json`) made into one run. The
//! reports' executions are put back in the whole run's order (iteration, then position: shard
//! cursors keep the whole run's) and replayed as the run's events to the reporters asked for, so
//! the reporters do not know they are merging. What Newman's JSON report does not keep (console
//! lines, which script of an item made an assertion) cannot be replayed: every assertion and
//! error is given to the item's last script of its kind.

use super::summary::RunSummary;
use super::Reporter;
use crate::collection::model::{Collection, Url};
use crate::http::{PreparedRequest, RequestError, ResponseData, SentHeader};
use crate::runner::events::{Cursor, ItemRef, RequestOrigin, RunEvent};
use crate::runner::plan::{self, PlannedItem};
use crate::script::{
    Assertion, AssertionError, ConsoleMessage, ScriptError, ScriptKind, ScriptOutcome,
};
use crate::variables::VariableScope;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// One shard's report, read.
struct Shard {
    path: PathBuf,
    report: Value,
}

/// The executions of one run of one item (Newman lists a run once per request it sent).
struct Group<'r> {
    iteration: usize,
    position: usize,
    cursor: &'r Value,
    executions: Vec<&'r Value>,
    /// `run.failures` of the shard, for request errors' messages.
    failures: &'r [Value],
}

/// Replays `reports` to `reporters`; returns whether the merged run failed (Newman's exit rule).
pub fn merge(
    reports: &[PathBuf],
    folders: &[String],
    reporters: &mut [Box<dyn Reporter>],
) -> Result<bool, String> {
    if reports.is_empty() {
        return Err("postie merge: give the shards' JSON reports".into());
    }
    let shards = reports
        .iter()
        .map(|path| read(path))
        .collect::<Result<Vec<_>, _>>()?;
    let first = &shards[0];
    let loaded = crate::collection::load::collection_from_json(
        &first.path,
        first.report.get("collection").cloned().unwrap_or_default(),
    )
    .map_err(|e| format!("{}: its collection: {e}", first.path.display()))?;
    let collection = &loaded.collection;
    let plan = plan::plan(collection, folders)?;
    let mut groups = Vec::new();
    for shard in &shards {
        if shard.report.get("collection") != first.report.get("collection") {
            return Err(format!(
                "{} is a report of another collection than {}",
                shard.path.display(),
                first.path.display()
            ));
        }
        collect_groups(shard, plan.len(), &mut groups)?;
    }
    // a stable sort: within one item's run, the shard's order stays
    groups.sort_by_key(|g| (g.iteration, g.position));
    let cycles = groups
        .iter()
        .filter_map(|g| g.cursor.get("cycles").and_then(Value::as_u64))
        .max()
        .unwrap_or(0) as usize;

    let mut replay = Replay {
        reporters,
        summary: RunSummary::counts_only(),
        errors: Vec::new(),
    };
    replay.emit(&RunEvent::Start {
        collection,
        iterations: cycles,
        items: plan.len(),
    });
    let mut next = groups.iter().peekable();
    for iteration in 0..cycles {
        replay.emit(&RunEvent::IterationStart {
            iteration,
            count: cycles,
        });
        let mut entered: Vec<String> = Vec::new();
        while let Some(group) = next.next_if(|g| g.iteration == iteration) {
            replay.item(
                collection,
                &plan[group.position],
                group,
                cycles,
                &mut entered,
            );
        }
        replay.emit(&RunEvent::IterationEnd { iteration });
    }
    let error = shards
        .iter()
        .find_map(|s| s.report.pointer("/run/error").and_then(Value::as_str));
    let scope = |key: &str| {
        shards
            .last()
            .and_then(|s| s.report.get(key))
            .and_then(|v| crate::collection::environment::scope_from_json(v).ok())
            .unwrap_or_default()
    };
    let (environment, globals) = (scope("environment"), scope("globals"));
    replay.emit(&RunEvent::Done {
        error,
        environment: &environment,
        globals: &globals,
        collection_variables: &VariableScope::from_variables(&collection.variables),
    });
    if !replay.errors.is_empty() {
        return Err(replay.errors.join("\n"));
    }
    Ok(replay.summary.run_failed())
}

fn read(path: &Path) -> Result<Shard, String> {
    let at = |e: String| format!("{}: {e}", path.display());
    let text = std::fs::read_to_string(path).map_err(|e| at(e.to_string()))?;
    let report: Value = serde_json::from_str(&text).map_err(|e| at(e.to_string()))?;
    if report.pointer("/run/executions").is_none() || report.get("collection").is_none() {
        return Err(at("not a JSON report of postie run -r json".into()));
    }
    Ok(Shard {
        path: path.to_path_buf(),
        report,
    })
}

/// Groups a shard's executions by item run (consecutive entries with the same cursor `ref`).
fn collect_groups<'r>(
    shard: &'r Shard,
    items: usize,
    out: &mut Vec<Group<'r>>,
) -> Result<(), String> {
    let executions = array(&shard.report["run"]["executions"]);
    let failures = array(&shard.report["run"]["failures"]);
    let mut last_ref: Option<&Value> = None;
    for execution in executions {
        let cursor = &execution["cursor"];
        let number = |key: &str| cursor.get(key).and_then(Value::as_u64).map(|n| n as usize);
        let (Some(iteration), Some(position)) = (number("iteration"), number("position")) else {
            return Err(format!(
                "{}: an execution has no cursor",
                shard.path.display()
            ));
        };
        if position >= items || number("length") != Some(items) {
            return Err(format!(
                "{}: an execution's cursor does not fit the collection's {items} items \
                 (give the shards' --folder to postie merge too)",
                shard.path.display()
            ));
        }
        let this_ref = cursor.get("ref");
        match out.last_mut() {
            Some(group) if last_ref.is_some() && this_ref == last_ref => {
                group.executions.push(execution)
            }
            _ => out.push(Group {
                iteration,
                position,
                cursor,
                executions: vec![execution],
                failures,
            }),
        }
        last_ref = this_ref;
    }
    Ok(())
}

struct Replay<'a> {
    reporters: &'a mut [Box<dyn Reporter>],
    summary: RunSummary,
    errors: Vec<String>,
}

impl Replay<'_> {
    fn emit(&mut self, event: &RunEvent<'_>) {
        self.summary.on_event(event);
        for reporter in self.reporters.iter_mut() {
            if let Err(e) = reporter.on_event(event) {
                if !self.errors.contains(&e) {
                    self.errors.push(e);
                }
            }
        }
    }

    fn item(
        &mut self,
        collection: &Collection,
        planned: &PlannedItem<'_>,
        group: &Group<'_>,
        cycles: usize,
        entered: &mut Vec<String>,
    ) {
        let field = |key: &str| text(&group.cursor[key]);
        let cursor = Cursor {
            position: group.position,
            iteration: group.iteration,
            length: group.cursor["length"].as_u64().unwrap_or_default() as usize,
            cycles,
            execution_id: field("ref"),
            http_request_id: field("httpRequestId"),
        };
        let common = entered
            .iter()
            .zip(&planned.folder_names)
            .take_while(|(a, b)| a == b)
            .count();
        entered.truncate(common);
        for (depth, name) in planned.folder_names.iter().enumerate().skip(common) {
            let cursor = &cursor;
            self.emit(&RunEvent::Folder {
                name,
                depth: depth + 1,
                cursor,
            });
            entered.push(name.clone());
        }
        let item = ItemRef {
            item: planned.item,
            folders: &planned.folder_names,
            parent_id: planned.folders.last().map(|f| f.id.as_str()),
        };
        let scopes = crate::variables::Scopes::default();
        let (cursor, scopes) = (&cursor, &scopes);
        self.emit(&RunEvent::ItemStart {
            cursor,
            item,
            scopes,
        });
        let last = group.executions.last().copied().unwrap_or(&Value::Null);
        let kinds = [
            (ScriptKind::Prerequest, "prerequestScript"),
            (ScriptKind::Test, "testScript"),
        ];
        for (kind, key) in kinds {
            self.emit(&RunEvent::ScriptsStart { cursor, item, kind });
            if kind == ScriptKind::Test {
                self.retries(cursor, item, last);
                for execution in &group.executions {
                    self.request(cursor, item, execution, group.failures);
                }
            }
            let count = planned.scripts(collection, kind.event_name()).len();
            let mut outcomes = vec![ScriptOutcome::default(); count];
            if let Some(outcome) = outcomes.last_mut() {
                outcome.error = script_error(&last[key]);
                outcome.console = console(&last["console"], kind);
                if kind == ScriptKind::Test {
                    outcome.assertions = assertions(&last["assertions"]);
                }
            }
            for outcome in &outcomes {
                self.emit(&RunEvent::Script {
                    cursor,
                    item,
                    kind,
                    outcome,
                    scopes,
                });
            }
        }
        self.emit(&RunEvent::ItemEnd { cursor, item });
    }

    /// The attempts `--retry` made before the last one, as `Retry` requests.
    fn retries(&mut self, cursor: &Cursor, item: ItemRef<'_>, execution: &Value) {
        let attempts = array(&execution["attempts"]);
        let request = prepared(&execution["request"]);
        for attempt in attempts.iter().take(attempts.len().saturating_sub(1)) {
            let outcome = match attempt["code"].as_u64() {
                Some(code) => Ok(ResponseData {
                    code: code as u16,
                    status: text(&attempt["status"]),
                    response_time: attempt["responseTime"].as_u64().unwrap_or_default(),
                    ..ResponseData::default()
                }),
                None => Err(RequestError {
                    code: attempt["error"]["code"].as_str().map(str::to_string),
                    message: text(&attempt["error"]["message"]),
                }),
            };
            self.emit(&RunEvent::Request {
                cursor,
                item,
                request: &request,
                response: outcome.as_ref(),
                origin: RequestOrigin::Retry,
            });
        }
    }

    fn request(
        &mut self,
        cursor: &Cursor,
        item: ItemRef<'_>,
        execution: &Value,
        failures: &[Value],
    ) {
        let request = prepared(&execution["request"]);
        let origin = match execution["item"].get("name") {
            Some(_) => RequestOrigin::Item,
            None => RequestOrigin::Script,
        };
        let outcome = match execution.get("response") {
            Some(response) => Ok(response_data(response)),
            None => Err(request_error(execution, cursor, failures)),
        };
        self.emit(&RunEvent::Request {
            cursor,
            item,
            request: &request,
            response: outcome.as_ref(),
            origin,
        });
    }
}

/// The request as the report shows it (`execution.request`), as reporters read a sent one.
fn prepared(json: &Value) -> PreparedRequest {
    let url = serde_json::from_value::<Url>(json["url"].clone())
        .map(|u| crate::request_text::url::unresolved_string(&u))
        .unwrap_or_default();
    let headers = array(&json["header"]);
    let body = &json["body"];
    PreparedRequest {
        method: text(&json["method"]),
        url,
        headers: headers
            .iter()
            .map(|h| SentHeader {
                key: text(&h["key"]),
                value: text(&h["value"]),
                system: h["system"].as_bool().unwrap_or(false),
            })
            .collect(),
        body: body["raw"].as_str().map(|raw| raw.as_bytes().to_vec()),
        resolved: json.clone().into(),
        warnings: Vec::new(),
    }
}

fn response_data(json: &Value) -> ResponseData {
    let pairs = array(&json["header"]);
    ResponseData {
        code: json["code"].as_u64().unwrap_or_default() as u16,
        status: text(&json["status"]),
        headers: pairs
            .iter()
            .map(|h| (text(&h["key"]), text(&h["value"])))
            .collect(),
        body: json["stream"]["data"]
            .as_array()
            .map(|bytes| {
                bytes
                    .iter()
                    .map(|b| b.as_u64().unwrap_or(0) as u8)
                    .collect()
            })
            .unwrap_or_default(),
        response_time: json["responseTime"].as_u64().unwrap_or_default(),
        response_size: json["responseSize"].as_u64().unwrap_or_default() as usize,
        cookies: Vec::new(),
        timings: None,
    }
}

/// A request error: its code from the execution, its message from the shard's failures.
fn request_error(execution: &Value, cursor: &Cursor, failures: &[Value]) -> RequestError {
    let message = failures
        .iter()
        .find(|f| f["at"] == "request" && f["cursor"]["ref"].as_str() == Some(&cursor.execution_id))
        .and_then(|f| f["error"]["message"].as_str())
        .unwrap_or("request failed");
    RequestError {
        code: execution["requestError"]["code"]
            .as_str()
            .map(str::to_string),
        message: message.to_string(),
    }
}

/// The console lines `--reporter-json-console` kept for scripts of `kind`.
fn console(list: &Value, kind: ScriptKind) -> Vec<ConsoleMessage> {
    array(list)
        .iter()
        .filter(|line| line["script"].as_str() == Some(kind.event_name()))
        .map(|line| ConsoleMessage {
            level: text(&line["level"]),
            text: text(&line["text"]),
        })
        .collect()
}

fn script_error(list: &Value) -> Option<ScriptError> {
    let error = list.as_array()?.iter().find_map(|e| e.get("error"))?;
    let field = |key: &str| text(&error[key]);
    Some(ScriptError {
        name: field("name"),
        message: field("message"),
        line: None,
        column: None,
        stack: field("stack"),
    })
}

fn assertions(list: &Value) -> Vec<Assertion> {
    array(list)
        .iter()
        .enumerate()
        .map(|(index, a)| Assertion {
            name: text(&a["assertion"]),
            index: a["error"]["index"].as_u64().map_or(index, |i| i as usize),
            skipped: a["skipped"].as_bool().unwrap_or(false),
            error: a.get("error").map(|e| AssertionError {
                name: text(&e["name"]),
                message: text(&e["message"]),
                stack: text(&e["stack"]),
            }),
        })
        .collect()
}

/// A JSON array's entries; none for anything else.
fn array(json: &Value) -> &[Value] {
    json.as_array().map(Vec::as_slice).unwrap_or_default()
}

/// A JSON string's text; empty for anything else.
fn text(json: &Value) -> String {
    json.as_str().unwrap_or_default().to_string()
}
