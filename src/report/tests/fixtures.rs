//! Hand-made run events replaying the Newman run recorded in `testdata/newman-sample-*`
//! (same collection, same response codes, sizes and times), without any network.

use crate::collection::model::{Collection, Item, RequestItem};
use crate::http::{PreparedRequest, RequestError, ResponseData, SentHeader};
use crate::runner::events::{Cursor, ItemRef, RequestOrigin, RunEvent};
use crate::script::{
    Assertion, AssertionError, ConsoleMessage, ScriptError, ScriptKind, ScriptOutcome,
};
use crate::variables::VariableScope;
use serde_json::json;
use std::cell::Cell;

pub const SAMPLE_COLLECTION: &str = include_str!("../testdata/newman-sample-collection.json");

/// The sample collection with fixed ids (`folder-1`, `item-1` …).
pub fn sample_collection() -> Collection {
    let mut collection: Collection =
        serde_json::from_str(SAMPLE_COLLECTION).expect("fixture collection parses");
    let mut next_item = 0;
    let mut next_folder = 0;
    fn assign(items: &mut [Item], next_item: &mut usize, next_folder: &mut usize) {
        for item in items {
            match item {
                Item::Folder(folder) => {
                    *next_folder += 1;
                    folder.id = format!("folder-{next_folder}");
                    assign(&mut folder.items, next_item, next_folder);
                }
                Item::Request(request) => {
                    *next_item += 1;
                    request.id = format!("item-{next_item}");
                }
            }
        }
    }
    assign(&mut collection.items, &mut next_item, &mut next_folder);
    collection
}

thread_local! {
    static CLOCK_CALLS: Cell<u64> = const { Cell::new(0) };
    static RUN_DURATION: Cell<u64> = const { Cell::new(297) };
}

pub const STARTED: u64 = 1_795_812_621_387;

/// A clock for one test thread: the first reading is the run start, every later one
/// the run duration (see [`reset_clock`]) later.
pub fn fixed_clock() -> u64 {
    let n = CLOCK_CALLS.with(|calls| {
        let n = calls.get();
        calls.set(n + 1);
        n
    });
    if n == 0 {
        STARTED
    } else {
        STARTED + RUN_DURATION.with(Cell::get)
    }
}

/// Restarts [`fixed_clock`] for a run lasting `duration_ms`.
pub fn reset_clock(duration_ms: u64) {
    CLOCK_CALLS.with(|calls| calls.set(0));
    RUN_DURATION.with(|d| d.set(duration_ms));
}

fn response(code: u16, status: &str, body_len: usize, time: u64) -> ResponseData {
    ResponseData {
        code,
        status: status.into(),
        headers: vec![
            (
                "content-type".into(),
                "application/json; charset=utf-8".into(),
            ),
            ("content-length".into(), body_len.to_string()),
        ],
        body: vec![b'x'; body_len],
        response_time: time,
        response_size: body_len,
        cookies: Vec::new(),
        timings: None,
    }
}

fn prepared(method: &str, url: &str) -> PreparedRequest {
    PreparedRequest {
        warnings: Vec::new(),
        method: method.into(),
        url: url.into(),
        headers: vec![SentHeader {
            key: "User-Agent".into(),
            value: "PostmanRuntime/7.39.1".into(),
            system: true,
        }],
        body: None,
        resolved: json!({"url": url, "method": method}).into(),
    }
}

fn passed(name: &str, index: usize) -> Assertion {
    Assertion {
        name: name.into(),
        index,
        skipped: false,
        error: None,
    }
}

fn failed(name: &str, index: usize, message: &str) -> Assertion {
    Assertion {
        name: name.into(),
        index,
        skipped: false,
        error: Some(AssertionError {
            name: "AssertionError".into(),
            message: message.into(),
            stack: format!("AssertionError: {message}\n   at Object.eval sandbox-script.js:1:1)"),
        }),
    }
}

fn script_error(name: &str, message: &str) -> ScriptOutcome {
    ScriptOutcome {
        error: Some(ScriptError {
            name: name.into(),
            message: message.into(),
            line: None,
            column: None,
            stack: format!("{name}: {message}"),
        }),
        ..ScriptOutcome::default()
    }
}

/// What happens to one item of the sample in one iteration.
struct Step {
    prerequest: Option<ScriptOutcome>,
    request: PreparedRequest,
    response: Result<ResponseData, RequestError>,
    test: Option<ScriptOutcome>,
}

fn steps(iteration: usize) -> Vec<Step> {
    let base = "http://127.0.0.1:PORT";
    let times: [u64; 4] = if iteration == 0 {
        [37, 5, 3, 4]
    } else {
        [3, 8, 2, 3]
    };
    vec![
        Step {
            prerequest: Some(ScriptOutcome {
                console: vec![ConsoleMessage {
                    level: "log".into(),
                    text: "'hello', 42".into(),
                }],
                ..ScriptOutcome::default()
            }),
            request: prepared("GET", &format!("{base}/get?a=1")),
            response: Ok(response(200, "OK", 350, times[0])),
            test: Some(ScriptOutcome {
                assertions: vec![
                    passed("status is 200", 0),
                    failed("fails on purpose", 1, "expected 1 to equal 2"),
                    Assertion {
                        name: "skipped one".into(),
                        index: 2,
                        skipped: true,
                        error: None,
                    },
                ],
                ..ScriptOutcome::default()
            }),
        },
        Step {
            prerequest: None,
            request: prepared("POST", &format!("{base}/post")),
            response: Ok(response(200, "OK", 399, times[1])),
            test: None,
        },
        Step {
            prerequest: None,
            request: prepared("GET", &format!("{base}/status/404")),
            response: Ok(response(404, "Not Found", 14, times[2])),
            test: Some(script_error("ReferenceError", "foo is not defined")),
        },
        Step {
            prerequest: Some(script_error("Error", "boom")),
            request: prepared("GET", &format!("{base}/get")),
            response: Ok(response(200, "OK", 339, times[3])),
            test: None,
        },
        Step {
            prerequest: None,
            request: prepared("GET", "http://127.0.0.1:1/nothing"),
            response: Err(RequestError {
                code: Some("ECONNREFUSED".into()),
                message: "connect ECONNREFUSED 127.0.0.1:1".into(),
            }),
            test: Some(ScriptOutcome {
                assertions: vec![failed("never", 0, "expected undefined to equal 200")],
                ..ScriptOutcome::default()
            }),
        },
    ]
}

/// The request items in run order, with the folder names above each.
fn run_order(collection: &Collection) -> Vec<(&RequestItem, Vec<String>, Option<&str>)> {
    fn walk<'a>(
        items: &'a [Item],
        folders: &mut Vec<String>,
        parent: Option<&'a str>,
        out: &mut Vec<(&'a RequestItem, Vec<String>, Option<&'a str>)>,
    ) {
        for item in items {
            match item {
                Item::Folder(folder) => {
                    folders.push(folder.name.clone());
                    walk(&folder.items, folders, Some(&folder.id), out);
                    folders.pop();
                }
                Item::Request(request) => out.push((request, folders.clone(), parent)),
            }
        }
    }
    let mut out = Vec::new();
    walk(&collection.items, &mut Vec::new(), None, &mut out);
    out
}

/// Emits the sample run's events (`iterations` times over the five items) to `sink`.
pub fn emit_sample(
    collection: &Collection,
    iterations: usize,
    sink: &mut dyn FnMut(&RunEvent<'_>),
) {
    let order = run_order(collection);
    sink(&RunEvent::Start {
        collection,
        iterations,
        items: order.len(),
    });
    for iteration in 0..iterations {
        sink(&RunEvent::IterationStart {
            iteration,
            count: iterations,
        });
        for (position, ((item, folders, parent_id), step)) in
            order.iter().zip(steps(iteration)).enumerate()
        {
            let cursor = Cursor {
                position,
                iteration,
                length: order.len(),
                cycles: iterations,
                execution_id: format!("exec-{iteration}-{position}"),
                http_request_id: format!("http-{iteration}-{position}"),
            };
            let item = ItemRef {
                item,
                folders,
                parent_id: *parent_id,
            };
            emit_item(&cursor, item, &step, sink);
        }
        sink(&RunEvent::IterationEnd { iteration });
    }
    let environment = VariableScope::default();
    let globals = VariableScope::default();
    sink(&RunEvent::Done {
        error: None,
        environment: &environment,
        globals: &globals,
        collection_variables: &VariableScope::default(),
    });
}

fn emit_item(cursor: &Cursor, item: ItemRef<'_>, step: &Step, sink: &mut dyn FnMut(&RunEvent<'_>)) {
    sink(&RunEvent::ItemStart {
        cursor,
        item,
        scopes: no_scopes(),
    });
    sink(&RunEvent::ScriptsStart {
        cursor,
        item,
        kind: ScriptKind::Prerequest,
    });
    if let Some(outcome) = &step.prerequest {
        sink(&RunEvent::Script {
            cursor,
            item,
            kind: ScriptKind::Prerequest,
            outcome,
            scopes: no_scopes(),
        });
    }
    sink(&RunEvent::Request {
        cursor,
        item,
        request: &step.request,
        response: step.response.as_ref(),
        origin: RequestOrigin::Item,
    });
    sink(&RunEvent::ScriptsStart {
        cursor,
        item,
        kind: ScriptKind::Test,
    });
    if let Some(outcome) = &step.test {
        sink(&RunEvent::Script {
            cursor,
            item,
            kind: ScriptKind::Test,
            outcome,
            scopes: no_scopes(),
        });
    }
    sink(&RunEvent::ItemEnd { cursor, item });
}

/// A `Write` that tests can read back after the reporter has taken it.
#[derive(Clone, Default)]
pub struct SharedBuffer(pub std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl SharedBuffer {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

/// Empty variables for events that carry a scopes snapshot.
pub fn no_scopes() -> &'static crate::variables::Scopes {
    static EMPTY: std::sync::LazyLock<crate::variables::Scopes> =
        std::sync::LazyLock::new(crate::variables::Scopes::default);
    &EMPTY
}
