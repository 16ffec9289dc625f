//! `pm.request` as the Rust side holds it: a request, or in test scripts the request as sent,
//! turned into a [`Request`] only when a script reads it (most test scripts never do).

use crate::collection::model::Request;
use crate::http::ResolvedJson;
use serde::Deserialize;
use std::cell::OnceCell;

// One of these lives per item, on the stack: its size does not matter, an allocation would.
#[allow(clippy::large_enum_variant)]
pub enum ScriptRequest {
    Ready(Request),
    Sent(Sent),
}

/// The resolved request as sent (JSON) and the item's own request, which gives the
/// description and the body a GET did not send.
pub struct Sent {
    resolved: ResolvedJson,
    item: Request,
    built: OnceCell<Request>,
}

impl ScriptRequest {
    pub fn new(request: Request) -> ScriptRequest {
        ScriptRequest::Ready(request)
    }

    /// Test scripts see the request as sent, with the item's description and body.
    pub fn as_sent(resolved: ResolvedJson, item: Request) -> ScriptRequest {
        ScriptRequest::Sent(Sent {
            resolved,
            item,
            built: OnceCell::new(),
        })
    }

    pub fn get(&self) -> &Request {
        match self {
            ScriptRequest::Ready(request) => request,
            ScriptRequest::Sent(sent) => sent
                .built
                .get_or_init(|| as_sent(&sent.resolved, &sent.item)),
        }
    }

    pub fn set(&mut self, request: Request) {
        *self = ScriptRequest::Ready(request);
    }

    pub fn into_inner(self) -> Request {
        match self {
            ScriptRequest::Ready(request) => request,
            ScriptRequest::Sent(sent) => sent
                .built
                .into_inner()
                .unwrap_or_else(|| as_sent(&sent.resolved, &sent.item)),
        }
    }
}

fn as_sent(resolved: &ResolvedJson, item: &Request) -> Request {
    match Request::deserialize(resolved.json()) {
        Ok(resolved) => Request {
            description: item.description.clone(),
            // A GET's body is not sent, but scripts still see the item's body.
            body: resolved.body.or_else(|| item.body.clone()),
            ..resolved
        },
        Err(_) => item.clone(),
    }
}
