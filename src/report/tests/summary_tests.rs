use super::fixtures::{emit_sample, fixed_clock, reset_clock, sample_collection};
use crate::collection::model::{Collection, RequestItem};
use crate::http::{PreparedRequest, RequestError, ResponseData};
use crate::report::summary::{script_error_at, Counter, RunSummary};
use crate::runner::events::{Cursor, ItemRef, RequestOrigin, RunEvent};
use crate::script::{Assertion, AssertionError, ScriptError, ScriptKind, ScriptOutcome};
use crate::variables::VariableScope;
use serde_json::{json, Value};

const NEWMAN_REPORT: &str = include_str!("../testdata/newman-sample-report.json");

fn newman_report() -> Value {
    serde_json::from_str(NEWMAN_REPORT).unwrap_or(Value::Null)
}

fn sample_summary(iterations: usize) -> RunSummary {
    reset_clock(297);
    let collection = sample_collection();
    let mut summary = RunSummary::detailed().with_clock(fixed_clock);
    emit_sample(&collection, iterations, &mut |e| summary.on_event(e));
    summary
}

#[test]
fn stats_timings_and_transfers_equal_newmans() {
    let ours = sample_summary(2).to_json();
    let newman = newman_report();
    assert_eq!(ours["run"]["stats"], newman["run"]["stats"]);
    assert_eq!(ours["run"]["transfers"], newman["run"]["transfers"]);
    for key in [
        "responseAverage",
        "responseMin",
        "responseMax",
        "responseSd",
        "dnsAverage",
        "firstByteSd",
    ] {
        // serde_json's default float parsing may be one ulp off, so compare closely rather than exactly
        // (the exact values are checked in `response_time_statistics_use_welford_and_skip_errors_like_newman`).
        let (a, b) = (
            ours["run"]["timings"][key].as_f64(),
            newman["run"]["timings"][key].as_f64(),
        );
        let close = a
            .zip(b)
            .is_some_and(|(a, b)| (a - b).abs() <= 1e-12 * b.abs().max(1.0));
        assert!(close, "{key}: {a:?} vs {b:?}");
    }
    let ats: Vec<&Value> = ours["run"]["failures"]
        .as_array()
        .map(|f| f.iter().map(|f| &f["at"]).collect())
        .unwrap_or_default();
    let newman_ats: Vec<&Value> = newman["run"]["failures"]
        .as_array()
        .map(|f| f.iter().map(|f| &f["at"]).collect())
        .unwrap_or_default();
    assert_eq!(ats, newman_ats);
    assert_eq!(
        ours["run"]["timings"]["completed"],
        json!(super::fixtures::STARTED + 297)
    );
}

/// One item run with the given scripts and request result.
struct OneItem {
    prerequest: Vec<ScriptOutcome>,
    response: Result<ResponseData, RequestError>,
    tests: Vec<ScriptOutcome>,
}

fn run_one(case: &OneItem) -> RunSummary {
    let collection = Collection::default();
    let item = RequestItem {
        id: "i".into(),
        name: "Only".into(),
        ..RequestItem::default()
    };
    let cursor = Cursor {
        length: 1,
        cycles: 1,
        ..Cursor::default()
    };
    let item = ItemRef {
        item: &item,
        folders: &[],
        parent_id: None,
    };
    let request = PreparedRequest::default();
    let scope = VariableScope::default();
    let mut summary = RunSummary::detailed();
    let mut events = vec![
        RunEvent::Start {
            collection: &collection,
            iterations: 1,
            items: 1,
        },
        RunEvent::IterationStart {
            iteration: 0,
            count: 1,
        },
        RunEvent::ItemStart {
            cursor: &cursor,
            item,
            scopes: super::fixtures::no_scopes(),
        },
        RunEvent::ScriptsStart {
            cursor: &cursor,
            item,
            kind: ScriptKind::Prerequest,
        },
    ];
    for outcome in &case.prerequest {
        events.push(RunEvent::Script {
            cursor: &cursor,
            item,
            kind: ScriptKind::Prerequest,
            outcome,
            scopes: super::fixtures::no_scopes(),
        });
    }
    events.push(RunEvent::Request {
        cursor: &cursor,
        item,
        request: &request,
        response: case.response.as_ref(),
        origin: RequestOrigin::Item,
    });
    events.push(RunEvent::ScriptsStart {
        cursor: &cursor,
        item,
        kind: ScriptKind::Test,
    });
    for outcome in &case.tests {
        events.push(RunEvent::Script {
            cursor: &cursor,
            item,
            kind: ScriptKind::Test,
            outcome,
            scopes: super::fixtures::no_scopes(),
        });
    }
    events.push(RunEvent::ItemEnd {
        cursor: &cursor,
        item,
    });
    events.push(RunEvent::IterationEnd { iteration: 0 });
    events.push(RunEvent::Done {
        error: None,
        environment: &scope,
        globals: &scope,
        collection_variables: &scope,
    });
    for event in &events {
        summary.on_event(event);
    }
    summary
}

fn ok() -> Result<ResponseData, RequestError> {
    Ok(ResponseData {
        code: 200,
        status: "OK".into(),
        response_time: 10,
        response_size: 5,
        body: b"hello".to_vec(),
        ..ResponseData::default()
    })
}

fn assertion(failed: bool) -> Assertion {
    Assertion {
        name: "a".into(),
        index: 0,
        skipped: false,
        error: failed.then(|| AssertionError {
            name: "AssertionError".into(),
            message: "no".into(),
            stack: String::new(),
        }),
    }
}

fn thrown(line: Option<u32>) -> ScriptOutcome {
    ScriptOutcome {
        error: Some(ScriptError {
            name: "TypeError".into(),
            message: "x is not a function".into(),
            line,
            column: line.map(|_| 7),
            stack: String::new(),
        }),
        ..ScriptOutcome::default()
    }
}

fn counter(total: u64, failed: u64) -> Counter {
    Counter {
        total,
        pending: 0,
        failed,
    }
}

#[test]
fn stats_are_counted_like_newman() {
    struct Case {
        name: &'static str,
        item: OneItem,
        /// (prerequests, tests, prerequestScripts, testScripts, scripts, requests, assertions) as (total, failed).
        want: [(u64, u64); 7],
    }
    let cases = vec![
        Case {
            name: "item without scripts still counts prerequests and tests",
            item: OneItem {
                prerequest: vec![],
                response: ok(),
                tests: vec![],
            },
            want: [(1, 0), (1, 0), (0, 0), (0, 0), (0, 0), (1, 0), (0, 0)],
        },
        Case {
            name: "failed assertion fails the assertion, not the script",
            item: OneItem {
                prerequest: vec![],
                response: ok(),
                tests: vec![ScriptOutcome {
                    assertions: vec![assertion(false), assertion(true)],
                    ..ScriptOutcome::default()
                }],
            },
            want: [(1, 0), (1, 0), (0, 0), (1, 0), (1, 0), (1, 0), (2, 1)],
        },
        Case {
            name: "request error fails the request",
            item: OneItem {
                prerequest: vec![],
                response: Err(RequestError {
                    code: Some("ECONNREFUSED".into()),
                    message: "connect ECONNREFUSED 127.0.0.1:1".into(),
                }),
                tests: vec![ScriptOutcome::default()],
            },
            want: [(1, 0), (1, 0), (0, 0), (1, 0), (1, 0), (1, 1), (0, 0)],
        },
        Case {
            name: "script errors fail scripts of their kind; two prerequest scripts count twice",
            item: OneItem {
                prerequest: vec![ScriptOutcome::default(), thrown(None)],
                response: ok(),
                tests: vec![thrown(Some(3))],
            },
            want: [(1, 0), (1, 0), (2, 1), (1, 1), (3, 2), (1, 0), (0, 0)],
        },
    ];
    for case in cases {
        let s = run_one(&case.item).stats;
        let got = [
            s.prerequests,
            s.tests,
            s.prerequest_scripts,
            s.test_scripts,
            s.scripts,
            s.requests,
            s.assertions,
        ];
        let want = case.want.map(|(t, f)| counter(t, f));
        assert_eq!(got, want, "{}", case.name);
        assert_eq!(s.iterations, counter(1, 0), "{}", case.name);
        assert_eq!(s.items, counter(1, 0), "{}", case.name);
        let summary = run_one(&case.item);
        let failing = summary.stats.requests.failed
            + summary.stats.assertions.failed
            + summary.stats.scripts.failed;
        assert_eq!(summary.run_failed(), failing > 0, "{}", case.name);
    }
}

#[test]
fn failure_at_strings() {
    let summary = run_one(&OneItem {
        prerequest: vec![thrown(None)],
        response: Err(RequestError {
            code: None,
            message: "getaddrinfo ENOTFOUND nowhere".into(),
        }),
        tests: vec![
            ScriptOutcome {
                assertions: vec![
                    assertion(false),
                    Assertion {
                        index: 1,
                        ..assertion(true)
                    },
                ],
                ..ScriptOutcome::default()
            },
            thrown(Some(3)),
        ],
    });
    let ats: Vec<&str> = summary.failures.iter().map(|f| f.at.as_str()).collect();
    assert_eq!(
        ats,
        [
            "prerequest-script",
            "request",
            "assertion:1 in test-script",
            "test-script"
        ]
    );
    let error = ScriptError {
        name: "SyntaxError".into(),
        message: "x".into(),
        line: Some(2),
        column: None,
        stack: String::new(),
    };
    assert_eq!(
        script_error_at(ScriptKind::Prerequest, &error),
        "prerequest-script"
    );
    let json = summary.to_json();
    assert_eq!(
        json["run"]["failures"][1]["error"]["message"],
        "getaddrinfo ENOTFOUND nowhere"
    );
    assert!(
        json["run"]["failures"][1].get("parent").is_none(),
        "request failures have no parent"
    );
    assert_eq!(
        json["run"]["failures"][0]["parent"]["info"],
        json["collection"]["info"]
    );
}

#[test]
fn response_time_statistics_use_welford_and_skip_errors_like_newman() {
    let summary = sample_summary(2);
    let t = summary.timings;
    assert_eq!(t.response.average, 8.583333333333334);
    assert_eq!(t.response.sd, 11.531057097151923);
    assert_eq!((t.response.min, t.response.max), (2.0, 37.0));
}

#[test]
fn executions_are_listed_once_their_request_happened() {
    let summary = sample_summary(1);
    let json = summary.to_json();
    let executions = json["run"]["executions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(executions.len(), 5);
    assert_eq!(
        executions[3]["prerequestScript"][0]["error"]["message"],
        "boom"
    );
    assert_eq!(
        executions[2]["testScript"][0]["error"]["name"],
        "ReferenceError"
    );
    assert_eq!(executions[4]["requestError"]["code"], "ECONNREFUSED");
    assert!(executions[4].get("response").is_none());
    assert!(executions[1].get("assertions").is_none());
    assert_eq!(
        executions[0]["response"]["stream"]["data"]
            .as_array()
            .map(Vec::len),
        Some(350)
    );
    assert_eq!(json["run"]["failures"][0]["parent"]["name"], "Folder A");
}

#[test]
fn final_scopes_are_in_the_summary_like_newman() {
    use crate::variables::Var;
    let var = |key: &str, value: Value, enabled: bool| Var {
        key: key.into(),
        value,
        kind: Some("secret".into()),
        enabled,
    };
    let environment = VariableScope {
        name: Some("My Env".into()),
        id: Some("e1d2".into()),
        vars: vec![
            var("a", json!("1"), true),
            var("b", json!("2"), false),
            var("c", json!(3), true),
        ],
    };
    let globals = VariableScope {
        id: Some("g1".into()),
        vars: vec![var("g", json!(true), true)],
        ..VariableScope::default()
    };
    let collection_variables = VariableScope {
        vars: vec![var("cv", json!("x"), true)],
        ..VariableScope::default()
    };
    let collection = Collection::default();
    let mut summary = RunSummary::detailed();
    summary.on_event(&RunEvent::Start {
        collection: &collection,
        iterations: 1,
        items: 0,
    });
    summary.on_event(&RunEvent::Done {
        error: Some("callback timed out"),
        environment: &environment,
        globals: &globals,
        collection_variables: &collection_variables,
    });
    let json = summary.to_json();
    // As Newman 6.2.2 wrote them for the same scopes.
    assert_eq!(
        json["environment"],
        json!({"_": {"postman_variable_scope": "environment"}, "id": "e1d2", "name": "My Env", "values": [
            {"type": "any", "value": "1", "key": "a"},
            {"type": "any", "value": "2", "key": "b"},
            {"type": "any", "value": 3, "key": "c"}]})
    );
    assert_eq!(
        json["globals"],
        json!({"id": "g1", "values": [{"type": "any", "value": true, "key": "g"}]})
    );
    assert_eq!(
        json["collection"]["variable"],
        json!([{"type": "any", "value": "x", "key": "cv"}])
    );
    assert_eq!(json["run"]["error"], json!("callback timed out"));
    assert!(
        summary.run_failed(),
        "a run error fails the run even without failures"
    );
    assert_eq!(json["run"]["executions"], json!([]));
}

#[test]
fn request_errors_serialise_like_nodes_error_objects() {
    let cases = [
        (
            Some("ECONNREFUSED"),
            "connect ECONNREFUSED 127.0.0.1:1",
            json!({"errno": -111, "code": "ECONNREFUSED", "syscall": "connect", "address": "127.0.0.1", "port": 1}),
        ),
        (
            Some("ENOTFOUND"),
            "getaddrinfo ENOTFOUND {{nohost}}",
            json!({"errno": -3008, "code": "ENOTFOUND", "syscall": "getaddrinfo", "hostname": "{{nohost}}"}),
        ),
        (
            Some("ESOCKETTIMEDOUT"),
            "ESOCKETTIMEDOUT",
            json!({"code": "ESOCKETTIMEDOUT", "connect": false}),
        ),
        (
            None,
            "Invalid URI \"x\"",
            // An Error's message is not an own property: Newman's report shows `{}`.
            json!({}),
        ),
    ];
    for (code, message, want) in cases {
        let summary = run_one(&OneItem {
            prerequest: vec![],
            response: Err(RequestError {
                code: code.map(str::to_string),
                message: message.into(),
            }),
            tests: vec![],
        });
        let json = summary.to_json();
        assert_eq!(
            json["run"]["executions"][0]["requestError"], want,
            "{message}"
        );
        assert_eq!(
            json["run"]["failures"][0]["error"]["message"],
            json!(message)
        );
    }
}
