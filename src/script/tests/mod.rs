//! Scripts run through a real `ScriptRuntime` with a fake response and a fake `RequestSender`.

mod api;
mod chai;
mod costs;
mod engine;
mod stream;
mod syntax_errors;

use super::*;
use crate::collection::model::Request;
use crate::http::ResponseData;
use crate::variables::{Scopes, VariableScope};
use serde_json::{json, Value};
use std::cell::RefCell;

/// Answers every `pm.sendRequest` with a fixed JSON body and records what was asked.
pub struct FakeSender {
    pub seen: RefCell<Vec<Value>>,
}

impl RequestSender for FakeSender {
    fn send(&self, request: &Value) -> Result<ResponseData, crate::http::RequestError> {
        self.seen.borrow_mut().push(request.clone());
        if request.as_str() == Some("http://fail.invalid/") {
            return Err(crate::http::RequestError {
                code: Some("ENOTFOUND".into()),
                message: "getaddrinfo ENOTFOUND fail.invalid".into(),
            });
        }
        if request.as_str() == Some("http://svc.local/bytes") {
            return Ok(bytes_response(BYTES_16.to_vec()));
        }
        Ok(json_response(200, "OK", r#"{"sent":true}"#))
    }
}

pub fn json_response(code: u16, status: &str, body: &str) -> ResponseData {
    ResponseData {
        code,
        status: status.to_string(),
        headers: vec![
            (
                "Content-Type".to_string(),
                "application/json; charset=utf-8".to_string(),
            ),
            ("X-Trace".to_string(), "abc".to_string()),
        ],
        body: body.as_bytes().to_vec(),
        response_time: 12,
        response_size: body.len(),
        cookies: Vec::new(),
        timings: None,
    }
}

/// The echo server's `/bytes/16` body.
pub const BYTES_16: [u8; 16] = [
    0x07, 0x26, 0x45, 0x64, 0x83, 0xa2, 0xc1, 0xe0, 0xff, 0x1e, 0x3d, 0x5c, 0x7b, 0x9a, 0xb9, 0xd8,
];

pub fn bytes_response(body: Vec<u8>) -> ResponseData {
    ResponseData {
        code: 200,
        status: "OK".to_string(),
        headers: vec![(
            "Content-Type".to_string(),
            "application/octet-stream".to_string(),
        )],
        response_size: body.len(),
        body,
        response_time: 3,
        cookies: Vec::new(),
        timings: None,
    }
}

/// Everything one script needs, owned, so tests can inspect it afterwards.
pub struct Harness {
    pub runtime: ScriptRuntime,
    pub scopes: Scopes,
    pub request: ScriptRequest,
    pub keep_request_changes: bool,
    pub response: Option<ResponseData>,
    pub sender: FakeSender,
}

impl Harness {
    pub fn new() -> Harness {
        Harness::with_options(ScriptOptions::default())
    }

    pub fn with_options(options: ScriptOptions) -> Harness {
        let request: Request = serde_json::from_value(json!({
            "url": "https://api.example.com/v1/items?page=2&q=x",
            "method": "GET",
            "header": [{"key": "Accept", "value": "application/json"}]
        }))
        .expect("test request");
        let mut env = VariableScope {
            name: Some("Staging".to_string()),
            ..VariableScope::default()
        };
        env.set("host", json!("api.example.com"));
        Harness {
            runtime: ScriptRuntime::new(options),
            scopes: Scopes {
                environment: env,
                ..Scopes::default()
            },
            request: ScriptRequest::new(request),
            keep_request_changes: true,
            response: Some(json_response(
                200,
                "OK",
                r#"{"id":7,"name":"widget","tags":["a","b"]}"#,
            )),
            sender: FakeSender {
                seen: RefCell::new(Vec::new()),
            },
        }
    }

    pub fn run(&mut self, kind: ScriptKind, source: &str) -> ScriptOutcome {
        let job = ScriptJob {
            kind,
            source,
            location: "Folder / Request",
            info: ScriptInfo {
                iteration: 0,
                iteration_count: 1,
                request_name: "Get items".to_string(),
                request_id: "req-1".to_string(),
                location: vec![
                    "Coll".to_string(),
                    "Folder".to_string(),
                    "Get items".to_string(),
                ],
            },
            scopes: &mut self.scopes,
            request: &mut self.request,
            keep_request_changes: self.keep_request_changes,
            response: self.response.as_ref(),
            cookies: &[],
            sender: &self.sender,
        };
        self.runtime.run(job)
    }

    pub fn test(&mut self, source: &str) -> ScriptOutcome {
        self.run(ScriptKind::Test, source)
    }
}
