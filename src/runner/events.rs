//! What the runner tells reporters, in the order things happen. Reporters only listen.

use crate::collection::model::{Collection, RequestItem};
use crate::http::{PreparedRequest, RequestError, ResponseData};
use crate::script::{ScriptKind, ScriptOutcome};
use crate::variables::{Scopes, VariableScope};

/// What listens to a run: the runner calls it for every event, in order. An error (say, a report
/// file that cannot be written) is shown to the user and makes the run exit non-zero.
pub trait Reporter {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String>;
}

/// Where the run is (Newman's `cursor`).
#[derive(Debug, Clone, Default)]
pub struct Cursor {
    /// Index of the item in the run order.
    pub position: usize,
    pub iteration: usize,
    /// Number of items in one iteration.
    pub length: usize,
    /// Number of iterations.
    pub cycles: usize,
    /// A fresh id for this execution of the item.
    pub execution_id: String,
    pub http_request_id: String,
}

/// The item being run, with where it sits in the collection.
#[derive(Debug, Clone, Copy)]
pub struct ItemRef<'a> {
    pub item: &'a RequestItem,
    /// Names of the folders above the item, outermost first.
    pub folders: &'a [String],
    /// Id of the innermost folder above the item, if any.
    pub parent_id: Option<&'a str>,
}

impl ItemRef<'_> {
    /// "Folder / Sub / Request", as Newman names an item in reports.
    pub fn path(&self) -> String {
        let mut parts: Vec<&str> = self.folders.iter().map(String::as_str).collect();
        parts.push(&self.item.name);
        parts.join(" / ")
    }
}

/// Who sent a request. Newman reports both kinds alike (each is one more entry of
/// `run.executions`, one more request in the stats); a script's request is not the item's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestOrigin {
    Item,
    /// `pm.sendRequest` from one of the item's scripts.
    Script,
    /// An attempt of the item's request that `--retry` sends again: not an execution of its own
    /// (postie only; the item's final attempt follows as `Item`).
    Retry,
}

/// An event carries everything known at that point; each reporter reads what it needs, so some
/// fields have no reader yet.
#[allow(dead_code)]
#[derive(Debug)]
pub enum RunEvent<'a> {
    Start {
        collection: &'a Collection,
        iterations: usize,
        /// Number of items in one iteration.
        items: usize,
    },
    /// A folder is entered (printed by the cli reporter). `depth` counts from 1.
    Folder {
        name: &'a str,
        depth: usize,
        cursor: &'a Cursor,
    },
    IterationStart {
        iteration: usize,
        count: usize,
    },
    ItemStart {
        cursor: &'a Cursor,
        item: ItemRef<'a>,
        /// The variables as the item starts (read-only; lets reporters learn secret values).
        scopes: &'a Scopes,
    },
    /// Before an item's pre-request (or test) scripts, whether or not it has any.
    ScriptsStart {
        cursor: &'a Cursor,
        item: ItemRef<'a>,
        kind: ScriptKind,
    },
    /// One script ran.
    Script {
        cursor: &'a Cursor,
        item: ItemRef<'a>,
        kind: ScriptKind,
        outcome: &'a ScriptOutcome,
        /// The variables after the script ran (read-only; lets reporters learn captured secrets).
        scopes: &'a Scopes,
    },
    /// A request was sent (or could not be): the item's own, a digest challenge's first attempt,
    /// or one of a script's `pm.sendRequest` calls (emitted after the script, before `Script`).
    Request {
        cursor: &'a Cursor,
        item: ItemRef<'a>,
        request: &'a PreparedRequest,
        response: Result<&'a ResponseData, &'a RequestError>,
        origin: RequestOrigin,
    },
    /// The request could not even be built (bad URL after resolution, missing file, unsupported auth).
    RequestSkipped {
        cursor: &'a Cursor,
        item: ItemRef<'a>,
        reason: &'a str,
        /// The item's request as Postman's JSON, its URL's variables resolved.
        request: &'a serde_json::Value,
    },
    ItemEnd {
        cursor: &'a Cursor,
        item: ItemRef<'a>,
    },
    IterationEnd {
        iteration: usize,
    },
    Done {
        /// A run-level error (`--timeout` exceeded, `--bail` stop, …).
        error: Option<&'a str>,
        environment: &'a VariableScope,
        globals: &'a VariableScope,
        collection_variables: &'a VariableScope,
    },
}
