//! The cli against Newman's output for `testdata/newman-edge-collection.json`: a skipped request,
//! script errors with no assertions, an unresolvable host, one-digit failure numbers.

use super::fixtures::{fixed_clock, reset_clock, SharedBuffer};
use crate::collection::model::{Collection, RequestItem};
use crate::http::{PreparedRequest, RequestError, ResponseData};
use crate::report::cli::{CliOptions, CliReporter};
use crate::report::summary::RunSummary;
use crate::report::Reporter;
use crate::runner::events::{Cursor, ItemRef, RequestOrigin, RunEvent};
use crate::script::{ConsoleMessage, ScriptError, ScriptKind, ScriptOutcome};
use crate::variables::VariableScope;

const NEWMAN_EDGE_CLI: &str = include_str!("../testdata/newman-edge-cli.txt");

/// One item: its pre-request outcome, then (unless skipped) its request and test outcome.
struct Plan {
    name: &'static str,
    prerequest: Option<ScriptOutcome>,
    sent: Option<(
        PreparedRequest,
        Result<ResponseData, RequestError>,
        Option<ScriptOutcome>,
    )>,
}

fn get(url: &str) -> PreparedRequest {
    PreparedRequest {
        method: "GET".into(),
        url: url.into(),
        ..PreparedRequest::default()
    }
}

fn echo_response(time: u64) -> Result<ResponseData, RequestError> {
    Ok(ResponseData {
        code: 200,
        status: "OK".into(),
        headers: vec![
            (
                "content-type".into(),
                "application/json; charset=utf-8".into(),
            ),
            ("content-length".into(), "339".into()),
        ],
        response_size: 339,
        response_time: time,
        ..ResponseData::default()
    })
}

fn thrown(name: &str, message: &str) -> Option<ScriptOutcome> {
    Some(ScriptOutcome {
        error: Some(ScriptError {
            name: name.into(),
            message: message.into(),
            line: Some(3),
            column: Some(1),
            stack: String::new(),
        }),
        ..ScriptOutcome::default()
    })
}

fn emit(plans: &[Plan], reporter: &mut dyn Reporter) {
    let collection: Collection =
        serde_json::from_str(r#"{"info": {"name": "Edge"}, "item": []}"#).unwrap_or_default();
    let scope = VariableScope::default();
    let mut send = |e: &RunEvent<'_>| {
        let _ = reporter.on_event(e);
    };
    send(&RunEvent::Start {
        collection: &collection,
        iterations: 1,
        items: plans.len(),
    });
    send(&RunEvent::IterationStart {
        iteration: 0,
        count: 1,
    });
    for (position, plan) in plans.iter().enumerate() {
        let item = RequestItem {
            name: plan.name.into(),
            ..RequestItem::default()
        };
        let item = ItemRef {
            item: &item,
            folders: &[],
            parent_id: None,
        };
        let cursor = Cursor {
            position,
            length: plans.len(),
            cycles: 1,
            ..Cursor::default()
        };
        let cursor = &cursor;
        send(&RunEvent::ItemStart {
            cursor,
            item,
            scopes: super::fixtures::no_scopes(),
        });
        send(&RunEvent::ScriptsStart {
            cursor,
            item,
            kind: ScriptKind::Prerequest,
        });
        if let Some(outcome) = &plan.prerequest {
            let kind = ScriptKind::Prerequest;
            send(&RunEvent::Script {
                cursor,
                item,
                kind,
                outcome,
                scopes: super::fixtures::no_scopes(),
            });
        }
        if let Some((request, response, test)) = &plan.sent {
            let response = response.as_ref();
            send(&RunEvent::Request {
                cursor,
                item,
                request,
                response,
                origin: RequestOrigin::Item,
            });
            let kind = ScriptKind::Test;
            send(&RunEvent::ScriptsStart { cursor, item, kind });
            if let Some(outcome) = test {
                send(&RunEvent::Script {
                    cursor,
                    item,
                    kind,
                    outcome,
                    scopes: super::fixtures::no_scopes(),
                });
            }
        }
        send(&RunEvent::ItemEnd { cursor, item });
    }
    send(&RunEvent::IterationEnd { iteration: 0 });
    send(&RunEvent::Done {
        error: None,
        environment: &scope,
        globals: &scope,
        collection_variables: &scope,
    });
}

#[test]
fn skipped_request_script_errors_and_bad_host_match_newman() {
    let plans = [
        Plan {
            name: "Skipper",
            prerequest: Some(ScriptOutcome {
                console: vec![ConsoleMessage {
                    level: "info".into(),
                    text: "'about to skip'".into(),
                }],
                skip_request: true,
                ..ScriptOutcome::default()
            }),
            sent: None,
        },
        Plan {
            name: "Syntax",
            prerequest: None,
            sent: Some((
                get("http://127.0.0.1:PORT/get"),
                echo_response(47),
                thrown("SyntaxError", "Unexpected token ';'"),
            )),
        },
        Plan {
            name: "Throw later",
            prerequest: None,
            sent: Some((
                get("http://127.0.0.1:PORT/get"),
                echo_response(3),
                thrown("ReferenceError", "undefinedFn is not defined"),
            )),
        },
        Plan {
            name: "Bad url",
            prerequest: None,
            sent: Some((
                get("http://{{nohost}}/x"),
                Err(RequestError {
                    code: Some("ENOTFOUND".into()),
                    message: "getaddrinfo ENOTFOUND {{nohost}}".into(),
                }),
                None,
            )),
        },
    ];
    reset_clock(149);
    let buffer = SharedBuffer::default();
    let mut reporter = CliReporter::new(CliOptions::default(), Box::new(buffer.clone()))
        .with_summary(RunSummary::counts_only().with_clock(fixed_clock));
    emit(&plans, &mut reporter);
    let expected = NEWMAN_EDGE_CLI.replacen("newman\n", "postie\n", 1).replace(
        "inside \"\"                        ",
        "inside \"Bad url\"                 ",
    );
    assert_eq!(buffer.text(), expected);
}

/// Only a timed-out request: no average response time row, narrow columns, `ESOCKETTIMEDOUT`.
#[test]
fn timed_out_request_matches_newman() {
    const NEWMAN_TIMEOUT_CLI: &str = include_str!("../testdata/newman-timeout-cli.txt");
    let plans = [Plan {
        name: "slow",
        prerequest: None,
        sent: Some((
            get("http://127.0.0.1:PORT/delay/1500"),
            Err(RequestError {
                code: Some("ESOCKETTIMEDOUT".into()),
                message: "ESOCKETTIMEDOUT".into(),
            }),
            None,
        )),
    }];
    reset_clock(362);
    let buffer = SharedBuffer::default();
    let mut reporter = CliReporter::new(CliOptions::default(), Box::new(buffer.clone()))
        .with_summary(RunSummary::counts_only().with_clock(fixed_clock));
    emit(&plans, &mut reporter);
    let expected = NEWMAN_TIMEOUT_CLI
        .replacen("newman\n\nT\n", "postie\n\nEdge\n", 1)
        .replace("inside \"\"       ", "inside \"slow\"   ");
    assert_eq!(buffer.text(), expected);
}
