//! What crosses the sandbox boundary: the JSON a script starts from, and the JSON it ends with.

use super::{
    Assertion, AssertionError, ConsoleMessage, NextRequest, RequestSender, ScriptError, ScriptJob,
    ScriptOutcome,
};
use crate::collection::model::Request;
use crate::http::{CookieData, ResponseData};
use crate::variables::{Var, VariableScope};
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Serialize)]
struct Input<'a> {
    event: &'a str,
    info: InfoIn<'a>,
    globals: ScopeIn<'a>,
    environment: ScopeIn<'a>,
    collection: ScopeIn<'a>,
    data: ScopeIn<'a>,
    local: ScopeIn<'a>,
    request: &'a Request,
    #[serde(skip_serializing_if = "Option::is_none")]
    response: Option<ResponseIn<'a>>,
    cookies: Vec<CookieIn<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct InfoIn<'a> {
    iteration: usize,
    iteration_count: usize,
    request_name: &'a str,
    request_id: &'a str,
    location: &'a [String],
}

#[derive(Serialize)]
struct ScopeIn<'a> {
    name: Option<&'a str>,
    id: Option<&'a str>,
    /// `[key, value, enabled]` triples in order.
    vars: Vec<(&'a str, &'a Value, bool)>,
}

impl<'a> ScopeIn<'a> {
    fn of(scope: &'a VariableScope) -> ScopeIn<'a> {
        ScopeIn {
            name: scope.name.as_deref(),
            id: scope.id.as_deref(),
            vars: scope
                .vars
                .iter()
                .map(|v| (v.key.as_str(), &v.value, v.enabled))
                .collect(),
        }
    }
}

/// A response without its body (the body goes in as a separate string).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseIn<'a> {
    code: u16,
    status: &'a str,
    headers: &'a [(String, String)],
    response_time: u64,
    response_size: usize,
    cookies: Vec<CookieIn<'a>>,
}

impl<'a> ResponseIn<'a> {
    pub fn of(r: &'a ResponseData) -> ResponseIn<'a> {
        ResponseIn {
            code: r.code,
            status: &r.status,
            headers: &r.headers,
            response_time: r.response_time,
            response_size: r.response_size,
            cookies: r.cookies.iter().map(CookieIn::of).collect(),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CookieIn<'a> {
    name: &'a str,
    value: &'a str,
    domain: &'a str,
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    expires: Option<&'a str>,
    http_only: bool,
    secure: bool,
}

impl<'a> CookieIn<'a> {
    fn of(c: &'a CookieData) -> CookieIn<'a> {
        CookieIn {
            name: &c.name,
            value: &c.value,
            domain: &c.domain,
            path: &c.path,
            expires: c.expires.as_deref(),
            http_only: c.http_only,
            secure: c.secure,
        }
    }
}

pub fn input_json(job: &ScriptJob<'_>) -> String {
    let input = Input {
        event: job.kind.event_name(),
        info: InfoIn {
            iteration: job.info.iteration,
            iteration_count: job.info.iteration_count,
            request_name: &job.info.request_name,
            request_id: &job.info.request_id,
            location: &job.info.location,
        },
        globals: ScopeIn::of(&job.scopes.globals),
        environment: ScopeIn::of(&job.scopes.environment),
        collection: ScopeIn::of(&job.scopes.collection),
        data: ScopeIn::of(&job.scopes.data),
        local: ScopeIn::of(&job.scopes.local),
        request: job.request,
        response: job.response.map(ResponseIn::of),
        cookies: job.cookies.iter().map(CookieIn::of).collect(),
    };
    serde_json::to_string(&input).unwrap_or_else(|_| "{}".to_string())
}

/// What the glue's `finish()` returns.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScriptResult {
    #[serde(default)]
    assertions: Vec<AssertionOut>,
    #[serde(default)]
    console: Vec<(String, String)>,
    #[serde(default)]
    error: Option<ErrorOut>,
    /// Present when `setNextRequest` was called; `null` inside means "stop".
    #[serde(default, deserialize_with = "present")]
    next_request: Option<Option<String>>,
    #[serde(default)]
    skip_request: bool,
    /// Changed scopes only, as `[key, value, enabled]` triples.
    #[serde(default)]
    scopes: ScopesOut,
    /// The request, when the script looked at it (it may have changed it).
    #[serde(default)]
    request: Option<Value>,
}

fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Ok(Some(Option::<String>::deserialize(d)?))
}

#[derive(Deserialize, Default)]
struct ScopesOut {
    globals: Option<Vec<(String, Value, bool)>>,
    environment: Option<Vec<(String, Value, bool)>>,
    collection: Option<Vec<(String, Value, bool)>>,
    data: Option<Vec<(String, Value, bool)>>,
    local: Option<Vec<(String, Value, bool)>>,
}

#[derive(Deserialize)]
struct AssertionOut {
    name: String,
    index: usize,
    #[serde(default)]
    skipped: bool,
    #[serde(default)]
    error: Option<ErrorOut>,
}

#[derive(Deserialize)]
struct ErrorOut {
    #[serde(default)]
    name: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    stack: String,
}

/// Writes what the script changed back into the job and builds the outcome.
pub fn apply(result: ScriptResult, job: ScriptJob<'_>, head_len: usize) -> ScriptOutcome {
    let scopes = job.scopes;
    let out = result.scopes;
    for (scope, vars) in [
        (&mut scopes.globals, out.globals),
        (&mut scopes.environment, out.environment),
        (&mut scopes.collection, out.collection),
        (&mut scopes.data, out.data),
        (&mut scopes.local, out.local),
    ] {
        if let Some(vars) = vars {
            write_scope(scope, vars);
        }
    }
    if let Some(request) = result.request {
        if let Ok(request) = serde_json::from_value::<Request>(request) {
            *job.request = request;
        }
    }
    ScriptOutcome {
        assertions: result
            .assertions
            .into_iter()
            .map(|a| Assertion {
                name: a.name,
                index: a.index,
                skipped: a.skipped,
                error: a.error.map(|e| AssertionError {
                    name: e.name,
                    message: e.message,
                    stack: e.stack,
                }),
            })
            .collect(),
        console: result
            .console
            .into_iter()
            .map(|(level, text)| ConsoleMessage { level, text })
            .collect(),
        error: result.error.map(|e| {
            let (line, column) = script_position(&e.stack, head_len);
            ScriptError {
                name: e.name,
                message: e.message,
                line,
                column,
                stack: e.stack,
            }
        }),
        next_request: result.next_request.map(|next| match next {
            Some(name) => NextRequest::Item(name),
            None => NextRequest::Stop,
        }),
        skip_request: result.skip_request,
    }
}

/// Replaces a scope's entries, keeping the `kind` of keys that were already there.
fn write_scope(scope: &mut VariableScope, vars: Vec<(String, Value, bool)>) {
    let old = std::mem::take(&mut scope.vars);
    scope.vars = vars
        .into_iter()
        .map(|(key, value, enabled)| {
            let kind = old
                .iter()
                .find(|v| v.key == key)
                .and_then(|v| v.kind.clone());
            Var {
                key,
                value,
                kind,
                enabled,
            }
        })
        .collect();
}

/// Line and column (1-based, in the script's own text) of the first stack frame in the script.
pub fn script_position(stack: &str, head_len: usize) -> (Option<u32>, Option<u32>) {
    let marker = "script.js:";
    let Some(at) = stack.find(marker) else {
        return (None, None);
    };
    let rest = &stack[at + marker.len()..];
    let mut parts = rest.split(|c: char| !c.is_ascii_digit());
    let line = parts.next().and_then(|l| l.parse::<u32>().ok());
    let column = parts.next().and_then(|c| c.parse::<u32>().ok());
    match (line, column) {
        (Some(1), Some(c)) => (Some(1), Some(c.saturating_sub(head_len as u32).max(1))),
        (l, c) => (l, c),
    }
}

pub fn error_from_exception(exception: &rquickjs::Value<'_>, head_len: usize) -> ScriptError {
    let (name, message, stack) = match exception.as_object() {
        Some(o) => (
            o.get::<_, Option<String>>("name").ok().flatten(),
            o.get::<_, Option<String>>("message").ok().flatten(),
            o.get::<_, Option<String>>("stack").ok().flatten(),
        ),
        None => (None, None, None),
    };
    let message = message.unwrap_or_else(|| {
        exception
            .as_string()
            .and_then(|s| s.to_string().ok())
            .unwrap_or_else(|| "unknown error".to_string())
    });
    let stack = stack.unwrap_or_default();
    let (line, column) = script_position(&stack, head_len);
    ScriptError {
        name: name.unwrap_or_else(|| "Error".to_string()),
        message,
        line,
        column,
        stack,
    }
}

/// Sends a `pm.sendRequest` request: `(error, (response without body as JSON, body))`.
pub fn send_request(
    sender: &dyn RequestSender,
    request: &Value,
) -> (Option<String>, (Option<String>, Option<String>)) {
    match sender.send(request) {
        Ok(response) => {
            let meta = serde_json::to_string(&ResponseIn::of(&response)).ok();
            let body = String::from_utf8_lossy(&response.body).into_owned();
            (None, (meta, Some(body)))
        }
        Err(message) => (Some(message), (None, None)),
    }
}
