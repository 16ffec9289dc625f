//! `pm.request` as the Rust side holds it: a request, or in test scripts the request as sent,
//! turned into a [`Request`] only when a script reads it (most test scripts never do).

use crate::collection::model::Request;
use crate::http::ResolvedJson;
use serde::Deserialize;
use std::cell::OnceCell;

pub struct ScriptRequest {
    built: OnceCell<Request>,
    /// The resolved request as sent (JSON) and the item's own request, which gives the
    /// description and the body a GET did not send.
    sent: Option<(ResolvedJson, Request)>,
}

impl ScriptRequest {
    pub fn new(request: Request) -> ScriptRequest {
        ScriptRequest {
            built: OnceCell::from(request),
            sent: None,
        }
    }

    /// Test scripts see the request as sent, with the item's description and body.
    pub fn as_sent(resolved: ResolvedJson, item: Request) -> ScriptRequest {
        ScriptRequest {
            built: OnceCell::new(),
            sent: Some((resolved, item)),
        }
    }

    pub fn get(&self) -> &Request {
        self.built.get_or_init(|| match &self.sent {
            Some((resolved, item)) => match Request::deserialize(resolved.json()) {
                Ok(resolved) => Request {
                    description: item.description.clone(),
                    // A GET's body is not sent, but scripts still see the item's body.
                    body: resolved.body.or_else(|| item.body.clone()),
                    ..resolved
                },
                Err(_) => item.clone(),
            },
            None => Request::default(),
        })
    }

    pub fn set(&mut self, request: Request) {
        self.built = OnceCell::from(request);
    }

    pub fn into_inner(self) -> Request {
        self.get();
        self.built.into_inner().unwrap_or_default()
    }
}
