//! Events kept for later: a worker thread records what its unit of a parallel run emits, and the
//! coordinating thread replays the recordings to the real reporters in the order a sequential run
//! would have emitted them.

use super::events::{Cursor, ItemRef, Reporter, RequestOrigin, RunEvent};
use crate::collection::model::{Collection, RequestItem};
use crate::http::{PreparedRequest, RequestError, ResponseData};
use crate::script::{ScriptKind, ScriptOutcome};
use crate::variables::{Scopes, VariableScope};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The item an event is about: its index in the run's item list (found by address), or a copy
/// when it is not one of them.
#[derive(Debug, Clone)]
enum ItemSource {
    Planned(usize),
    Own(Box<RequestItem>),
}

/// [`ItemRef`] with its folder names and parent id owned.
#[derive(Debug, Clone)]
pub struct OwnedItem {
    item: ItemSource,
    folders: Vec<String>,
    parent_id: Option<String>,
}

impl OwnedItem {
    fn borrow<'a>(&'a self, run: &Replay<'a>) -> ItemRef<'a> {
        let item = match &self.item {
            ItemSource::Planned(index) => run.items[*index],
            ItemSource::Own(item) => item,
        };
        ItemRef {
            item,
            folders: &self.folders,
            parent_id: self.parent_id.as_deref(),
        }
    }
}

/// What recorded events refer to instead of holding: the collection and its run order.
pub struct Replay<'c> {
    pub collection: &'c Collection,
    pub items: Vec<&'c RequestItem>,
}

/// A [`RunEvent`] that owns what it refers to, apart from the collection and its items (see
/// [`Replay`]).
#[derive(Debug, Clone)]
pub enum OwnedEvent {
    Start {
        iterations: usize,
        items: usize,
    },
    Folder {
        name: String,
        depth: usize,
        cursor: Cursor,
    },
    IterationStart {
        iteration: usize,
        count: usize,
    },
    ItemStart {
        cursor: Cursor,
        item: OwnedItem,
        scopes: Box<Scopes>,
    },
    ScriptsStart {
        cursor: Cursor,
        item: OwnedItem,
        kind: ScriptKind,
    },
    Script {
        cursor: Cursor,
        item: OwnedItem,
        kind: ScriptKind,
        outcome: Box<ScriptOutcome>,
        scopes: Box<Scopes>,
    },
    Request {
        cursor: Cursor,
        item: OwnedItem,
        request: Box<PreparedRequest>,
        response: Result<Box<ResponseData>, Box<RequestError>>,
        origin: RequestOrigin,
    },
    RequestSkipped {
        cursor: Cursor,
        item: OwnedItem,
        reason: String,
        request: Box<serde_json::Value>,
    },
    ItemEnd {
        cursor: Cursor,
        item: OwnedItem,
    },
    IterationEnd {
        iteration: usize,
    },
    Done {
        error: Option<String>,
        environment: Box<VariableScope>,
        globals: Box<VariableScope>,
        collection_variables: Box<VariableScope>,
    },
}

impl OwnedEvent {
    /// A copy of `event` that outlives it; `items` maps an item's address to its index.
    fn record(event: &RunEvent<'_>, items: &HashMap<usize, usize>) -> OwnedEvent {
        let own = |item: &ItemRef<'_>| OwnedItem {
            item: match items.get(&(item.item as *const RequestItem as usize)) {
                Some(index) => ItemSource::Planned(*index),
                None => ItemSource::Own(Box::new(item.item.clone())),
            },
            folders: item.folders.to_vec(),
            parent_id: item.parent_id.map(str::to_string),
        };
        match event {
            RunEvent::Start {
                collection: _,
                iterations,
                items,
            } => OwnedEvent::Start {
                iterations: *iterations,
                items: *items,
            },
            RunEvent::Folder {
                name,
                depth,
                cursor,
            } => OwnedEvent::Folder {
                name: name.to_string(),
                depth: *depth,
                cursor: (*cursor).clone(),
            },
            RunEvent::IterationStart { iteration, count } => OwnedEvent::IterationStart {
                iteration: *iteration,
                count: *count,
            },
            RunEvent::ItemStart {
                cursor,
                item,
                scopes,
            } => OwnedEvent::ItemStart {
                cursor: (*cursor).clone(),
                item: own(item),
                scopes: Box::new((*scopes).clone()),
            },
            RunEvent::ScriptsStart { cursor, item, kind } => OwnedEvent::ScriptsStart {
                cursor: (*cursor).clone(),
                item: own(item),
                kind: *kind,
            },
            RunEvent::Script {
                cursor,
                item,
                kind,
                outcome,
                scopes,
            } => OwnedEvent::Script {
                cursor: (*cursor).clone(),
                item: own(item),
                kind: *kind,
                outcome: Box::new((*outcome).clone()),
                scopes: Box::new((*scopes).clone()),
            },
            RunEvent::Request {
                cursor,
                item,
                request,
                response,
                origin,
            } => OwnedEvent::Request {
                cursor: (*cursor).clone(),
                item: own(item),
                request: Box::new((*request).clone()),
                response: match response {
                    Ok(r) => Ok(Box::new((*r).clone())),
                    Err(e) => Err(Box::new((*e).clone())),
                },
                origin: *origin,
            },
            RunEvent::RequestSkipped {
                cursor,
                item,
                reason,
                request,
            } => OwnedEvent::RequestSkipped {
                cursor: (*cursor).clone(),
                item: own(item),
                reason: reason.to_string(),
                request: Box::new((*request).clone()),
            },
            RunEvent::ItemEnd { cursor, item } => OwnedEvent::ItemEnd {
                cursor: (*cursor).clone(),
                item: own(item),
            },
            RunEvent::IterationEnd { iteration } => OwnedEvent::IterationEnd {
                iteration: *iteration,
            },
            RunEvent::Done {
                error,
                environment,
                globals,
                collection_variables,
            } => OwnedEvent::Done {
                error: error.map(str::to_string),
                environment: Box::new((*environment).clone()),
                globals: Box::new((*globals).clone()),
                collection_variables: Box::new((*collection_variables).clone()),
            },
        }
    }

    /// The event as reporters take it.
    pub fn event<'a>(&'a self, run: &Replay<'a>) -> RunEvent<'a> {
        match self {
            OwnedEvent::Start { iterations, items } => RunEvent::Start {
                collection: run.collection,
                iterations: *iterations,
                items: *items,
            },
            OwnedEvent::Folder {
                name,
                depth,
                cursor,
            } => RunEvent::Folder {
                name,
                depth: *depth,
                cursor,
            },
            OwnedEvent::IterationStart { iteration, count } => RunEvent::IterationStart {
                iteration: *iteration,
                count: *count,
            },
            OwnedEvent::ItemStart {
                cursor,
                item,
                scopes,
            } => RunEvent::ItemStart {
                cursor,
                item: item.borrow(run),
                scopes,
            },
            OwnedEvent::ScriptsStart { cursor, item, kind } => RunEvent::ScriptsStart {
                cursor,
                item: item.borrow(run),
                kind: *kind,
            },
            OwnedEvent::Script {
                cursor,
                item,
                kind,
                outcome,
                scopes,
            } => RunEvent::Script {
                cursor,
                item: item.borrow(run),
                kind: *kind,
                outcome,
                scopes,
            },
            OwnedEvent::Request {
                cursor,
                item,
                request,
                response,
                origin,
            } => RunEvent::Request {
                cursor,
                item: item.borrow(run),
                request,
                response: match response {
                    Ok(r) => Ok(r),
                    Err(e) => Err(e),
                },
                origin: *origin,
            },
            OwnedEvent::RequestSkipped {
                cursor,
                item,
                reason,
                request,
            } => RunEvent::RequestSkipped {
                cursor,
                item: item.borrow(run),
                reason,
                request,
            },
            OwnedEvent::ItemEnd { cursor, item } => RunEvent::ItemEnd {
                cursor,
                item: item.borrow(run),
            },
            OwnedEvent::IterationEnd { iteration } => RunEvent::IterationEnd {
                iteration: *iteration,
            },
            OwnedEvent::Done {
                error,
                environment,
                globals,
                collection_variables,
            } => RunEvent::Done {
                error: error.as_deref(),
                environment,
                globals,
                collection_variables,
            },
        }
    }
}

/// A reporter that keeps every event; [`RecordingHandle::take`] hands the recording over.
pub struct Recorder {
    items: HashMap<usize, usize>,
    events: Rc<RefCell<Vec<OwnedEvent>>>,
    /// False when no reporter will get the events (`--silent`): nothing is kept.
    keep: bool,
}

impl Recorder {
    /// The reporter for a run over `items` (its run order), and a handle to take its recording;
    /// it keeps nothing unless `keep`.
    pub fn new(items: &[&RequestItem], keep: bool) -> (Recorder, RecordingHandle) {
        let events = Rc::new(RefCell::new(Vec::new()));
        let items = items
            .iter()
            .enumerate()
            .map(|(index, item)| (*item as *const RequestItem as usize, index))
            .collect();
        let handle = RecordingHandle(events.clone());
        let recorder = Recorder {
            items,
            events,
            keep,
        };
        (recorder, handle)
    }
}

/// Where a [`Recorder`]'s events are taken from.
pub struct RecordingHandle(Rc<RefCell<Vec<OwnedEvent>>>);

impl RecordingHandle {
    /// The events recorded since the last call.
    pub fn take(&self) -> Vec<OwnedEvent> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
}

impl Reporter for Recorder {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String> {
        if !self.keep {
            return Ok(());
        }
        let owned = OwnedEvent::record(event, &self.items);
        self.events.borrow_mut().push(owned);
        Ok(())
    }
}

/// Hands `events` to `reporters`, in order; a reporter's error is kept once in `errors`.
pub fn replay(
    run: &Replay<'_>,
    events: &[OwnedEvent],
    reporters: &mut [Box<dyn Reporter>],
    errors: &mut Vec<String>,
) {
    for owned in events {
        super::emit_to(reporters, errors, &owned.event(run));
    }
}
