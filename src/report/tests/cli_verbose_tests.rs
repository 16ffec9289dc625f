//! `--verbose` cli output against Newman's, replaying the requests and responses of a recorded
//! Newman run (`testdata/newman-verbose-*`). Newman's timing-phase tables are not reproduced
//! (postie does not measure phases), so they are taken out of the expected text.

use super::fixtures::{fixed_clock, reset_clock, SharedBuffer};
use crate::collection::model::{Collection, RequestItem};
use crate::http::{PreparedRequest, ResponseData, SentHeader};
use crate::report::cli::{CliOptions, CliReporter};
use crate::report::summary::RunSummary;
use crate::report::Reporter;
use crate::runner::events::{Cursor, ItemRef, RequestOrigin, RunEvent};
use crate::script::{Assertion, AssertionError, ConsoleMessage, ScriptKind, ScriptOutcome};
use crate::variables::VariableScope;
use serde_json::Value;

const EXECUTIONS: &str = include_str!("../testdata/newman-verbose-executions.json");
const NEWMAN_VERBOSE_CLI: &str = include_str!("../testdata/newman-verbose-cli.txt");

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

fn prepared(request: &Value) -> PreparedRequest {
    let headers = request["header"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|h| SentHeader {
            key: text(&h["key"]),
            value: text(&h["value"]),
            system: h["system"].as_bool().unwrap_or(false),
        })
        .collect();
    PreparedRequest {
        warnings: Vec::new(),
        method: text(&request["method"]),
        url: text(&request["url"]),
        headers,
        body: request["body"]["raw"]
            .as_str()
            .map(|b| b.as_bytes().to_vec()),
        resolved: serde_json::json!({ "body": request["body"] }).into(),
    }
}

fn response(response: &Value) -> ResponseData {
    ResponseData {
        code: response["code"].as_u64().unwrap_or(0) as u16,
        status: text(&response["status"]),
        headers: response["header"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|h| (text(&h["key"]), text(&h["value"])))
            .collect(),
        body: response["stream"]["data"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|b| b.as_u64().unwrap_or(0) as u8)
            .collect(),
        response_time: response["responseTime"].as_u64().unwrap_or(0),
        response_size: response["responseSize"].as_u64().unwrap_or(0) as usize,
        cookies: Vec::new(),
        timings: None,
    }
}

fn assertions(list: &Value) -> Vec<Assertion> {
    list.as_array()
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(index, a)| Assertion {
            name: text(&a["assertion"]),
            index,
            skipped: a["skipped"].as_bool().unwrap_or(false),
            error: a.get("error").map(|e| AssertionError {
                name: text(&e["name"]),
                message: text(&e["message"]),
                stack: text(&e["stack"]),
            }),
        })
        .collect()
}

/// Newman's output without its timing-phase tables (two lines and a blank line after each response),
/// up to the statistics table.
fn expected_items_part() -> String {
    let without_phases = regex::Regex::new(r"  prepare .*\n.*\n\n")
        .map(|re| re.replace_all(NEWMAN_VERBOSE_CLI, "").into_owned())
        .unwrap_or_default();
    let items = without_phases.split("\n┌").next().unwrap_or_default();
    items.replacen("newman\n", "postie\n", 1)
}

#[test]
fn verbose_requests_and_bodies_match_newman() {
    let executions: Value = serde_json::from_str(EXECUTIONS).unwrap_or(Value::Null);
    let executions = executions.as_array().cloned().unwrap_or_default();
    assert_eq!(executions.len(), 2);
    let collection: Collection =
        serde_json::from_str(r#"{"info": {"name": "Report Sample"}, "item": []}"#)
            .unwrap_or_default();
    let folders = ["Folder A".to_string()];
    let scope = VariableScope::default();
    reset_clock(219);
    let buffer = SharedBuffer::default();
    let options = CliOptions {
        verbose: true,
        ..CliOptions::default()
    };
    let mut reporter = CliReporter::new(options, Box::new(buffer.clone()))
        .with_summary(RunSummary::counts_only().with_clock(fixed_clock));
    let mut send = |e: &RunEvent<'_>| {
        let _ = reporter.on_event(e);
    };
    send(&RunEvent::Start {
        collection: &collection,
        iterations: 1,
        items: 2,
    });
    for (position, execution) in executions.iter().enumerate() {
        let item = RequestItem {
            name: text(&execution["name"]),
            ..RequestItem::default()
        };
        let item = ItemRef {
            item: &item,
            folders: &folders,
            parent_id: Some("folder"),
        };
        let cursor = &Cursor {
            position,
            length: 2,
            cycles: 1,
            ..Cursor::default()
        };
        let request = prepared(&execution["request"]);
        let response = response(&execution["response"]);
        let prerequest = ScriptOutcome {
            console: vec![ConsoleMessage {
                level: "log".into(),
                text: "'hello', 42".into(),
            }],
            ..ScriptOutcome::default()
        };
        let test = ScriptOutcome {
            assertions: assertions(&execution["assertions"]),
            ..ScriptOutcome::default()
        };
        let has_scripts = position == 0;
        send(&RunEvent::ItemStart {
            cursor,
            item,
            scopes: super::fixtures::no_scopes(),
        });
        if has_scripts {
            let kind = ScriptKind::Prerequest;
            let outcome = &prerequest;
            send(&RunEvent::Script {
                cursor,
                item,
                kind,
                outcome,
                scopes: super::fixtures::no_scopes(),
            });
        }
        send(&RunEvent::Request {
            cursor,
            item,
            request: &request,
            response: Ok(&response),
            origin: RequestOrigin::Item,
        });
        if has_scripts {
            let kind = ScriptKind::Test;
            let outcome = &test;
            send(&RunEvent::Script {
                cursor,
                item,
                kind,
                outcome,
                scopes: super::fixtures::no_scopes(),
            });
        }
        send(&RunEvent::ItemEnd { cursor, item });
    }
    send(&RunEvent::Done {
        error: None,
        environment: &scope,
        globals: &scope,
        collection_variables: &scope,
    });
    let ours = buffer.text();
    let ours_items = ours.split("\n┌").next().unwrap_or_default();
    assert!(
        ours_items.contains("  ┌ ↑ raw ★ 7B\n  │ {\"x\":1}\n  └ \n"),
        "{ours_items}"
    );
    assert_eq!(ours_items, expected_items_part());
}
