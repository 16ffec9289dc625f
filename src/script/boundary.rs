//! What crosses the sandbox boundary: the JSON a script starts from, and the JSON it ends with.

use super::v8::syntax_errors;
use super::{
    Assertion, AssertionError, ConsoleMessage, NextRequest, RequestSender, ScriptError, ScriptJob,
    ScriptOutcome,
};
use crate::collection::model::Request;
use crate::http::{CookieData, ResponseData};
use crate::variables::{Scopes, Var, VariableScope};
use serde::Serialize;
use serde_json::Value;

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

/// One of the script's inputs as JSON text, made when the script first reads it: `head` (the
/// event name and `pm.info`), a scope by its name (`globals`, `environment`, `collection`,
/// `data`, `local`), `request`, `response` (`null` without one) or `cookies`.
pub fn input_part(job: &ScriptJob<'_>, name: &str) -> String {
    let text = |v: &dyn erased::ToJson| v.to_json();
    if let Some(scope) = job.scopes.by_name(name) {
        return scope_text(scope);
    }
    match name {
        "head" => serde_json::json!({
            "event": job.kind.event_name(),
            "info": InfoIn {
                iteration: job.info.iteration,
                iteration_count: job.info.iteration_count,
                request_name: &job.info.request_name,
                request_id: &job.info.request_id,
                location: &job.info.location,
            },
        })
        .to_string(),
        "request" => text(job.request.get()),
        "response" => text(&job.response.map(ResponseIn::of)),
        "cookies" => text(&job.cookies.iter().map(CookieIn::of).collect::<Vec<_>>()),
        _ => "null".to_string(),
    }
}

fn scope_text(scope: &VariableScope) -> String {
    erased::ToJson::to_json(&ScopeIn::of(scope))
}

/// The scopes the glue's kept copies were made from (it keeps a scope of plain values from one
/// script to the next), so a scope that has not changed since is not sent again. Compared as
/// values: serialising a scope only to find its text unchanged cost more than the comparison.
#[derive(Default)]
pub struct KeptScopes {
    /// By [`Scopes::NAMES`].
    scopes: [Option<VariableScope>; Scopes::NAMES.len()],
}

impl KeptScopes {
    /// Input part `name` of `job`; for a scope the glue holds a copy of (`have_copy`), an
    /// empty text when that copy is still what the scope holds.
    pub fn part(&mut self, job: &ScriptJob<'_>, name: &str, have_copy: bool) -> String {
        let slot = Scopes::index_of(name).and_then(|i| self.scopes.get_mut(i));
        let (Some(slot), Some(scope)) = (slot, job.scopes.by_name(name)) else {
            return input_part(job, name);
        };
        if have_copy && slot.as_ref() == Some(scope) {
            return String::new();
        }
        *slot = Some(scope.clone());
        scope_text(scope)
    }

    /// A script changed scope `name`: what it holds now when the glue keeps its copy.
    fn changed(&mut self, name: &str, scope: Option<&VariableScope>) {
        if let Some(slot) = Scopes::index_of(name).and_then(|i| self.scopes.get_mut(i)) {
            *slot = scope.cloned();
        }
    }
}

mod erased {
    pub trait ToJson {
        fn to_json(&self) -> String;
    }
    impl<T: serde::Serialize> ToJson for T {
        fn to_json(&self) -> String {
            serde_json::to_string(self).unwrap_or_else(|_| "null".to_string())
        }
    }
}

/// What the glue's `finish()` returns (read from its list by [`read_result`]).
pub struct ScriptResult {
    assertions: Vec<AssertionOut>,
    console: Vec<(String, String)>,
    error: Option<ErrorOut>,
    /// Present when `setNextRequest` was called.
    next_request: Option<NextRequest>,
    skip_request: bool,
    /// Changed scopes only, by name, as `[key, value, enabled]` triples.
    scopes: Vec<ChangedScope>,
    /// The request, when the script looked at it (it may have changed it).
    request: Option<Value>,
}

/// Reads what the glue's `finish` returns: the list `[assertions, console, error, hasNext, next,
/// skip, scopes, request]` (see there for each entry's form); object values of variables are
/// serialised by `export_json` (the glue's JSON.stringify).
pub fn read_result<'js>(
    out: &rquickjs::Array<'js>,
    export_json: &rquickjs::Function<'js>,
) -> rquickjs::Result<ScriptResult> {
    use rquickjs::Value as JsValue;
    let flat: Vec<JsValue> = out.get(0)?;
    let mut assertions = Vec::with_capacity(flat.len() / 6);
    for a in flat.chunks_exact(6) {
        let error_name: Option<String> = a[3].get()?;
        assertions.push(AssertionOut {
            name: a[0].get()?,
            index: a[1].get::<f64>()? as usize,
            skipped: a[2].get()?,
            error: match error_name {
                Some(name) => Some(ErrorOut {
                    name,
                    message: a[4].get::<Option<String>>()?.unwrap_or_default(),
                    stack: a[5].get::<Option<String>>()?.unwrap_or_default(),
                }),
                None => None,
            },
        });
    }
    let messages: Vec<String> = out.get(1)?;
    let console = messages
        .chunks_exact(2)
        .map(|m| (m[0].clone(), m[1].clone()))
        .collect();
    let error = match out.get::<Option<Vec<Option<String>>>>(2)? {
        Some(e) => {
            let mut e = e.into_iter().map(Option::unwrap_or_default);
            Some(ErrorOut {
                name: e.next().unwrap_or_default(),
                message: e.next().unwrap_or_default(),
                stack: e.next().unwrap_or_default(),
            })
        }
        None => None,
    };
    let has_next: bool = out.get(3)?;
    let next: Option<String> = out.get(4)?;
    let scopes = read_scopes(&out.get(6)?, export_json)?;
    let request = match out.get::<Option<String>>(7)? {
        Some(json) => serde_json::from_str(&json).ok(),
        None => None,
    };
    Ok(ScriptResult {
        assertions,
        console,
        error,
        next_request: has_next.then(|| next.map_or(NextRequest::Stop, NextRequest::Item)),
        skip_request: out.get(5)?,
        scopes,
        request,
    })
}

/// A changed scope: its name, its entries as `[key, value, enabled]`, and whether the glue
/// keeps its copy for the next script.
struct ChangedScope {
    name: String,
    vars: Vec<(String, Value, bool)>,
    kept: bool,
}

/// The changed scopes, `[name, [[key, value, enabled]...], kept, ...]`.
fn read_scopes<'js>(
    list: &rquickjs::Array<'js>,
    export_json: &rquickjs::Function<'js>,
) -> rquickjs::Result<Vec<ChangedScope>> {
    use rquickjs::convert::Coerced;
    let mut out = Vec::new();
    for at in (0..list.len()).step_by(3) {
        let name: String = list.get(at)?;
        let vars: rquickjs::Array = list.get(at + 1)?;
        let mut read = Vec::with_capacity(vars.len());
        for var in vars.iter::<rquickjs::Array>() {
            let var = var?;
            let key: Coerced<String> = var.get(0)?;
            let enabled: Coerced<bool> = var.get(2)?;
            read.push((key.0, json_value(&var.get(1)?, export_json)?, enabled.0));
        }
        out.push(ChangedScope {
            name,
            vars: read,
            kept: list.get(at + 2)?,
        });
    }
    Ok(out)
}

/// A variable's value as `JSON.parse(JSON.stringify(v))` gives it inside an array (`null` for
/// what JSON cannot hold), or `String(v)` when `JSON.stringify` throws (a cycle, a BigInt).
fn json_value<'js>(
    v: &rquickjs::Value<'js>,
    export_json: &rquickjs::Function<'js>,
) -> rquickjs::Result<Value> {
    use rquickjs::Type;
    let text = match v.type_of() {
        Type::Uninitialized | Type::Undefined | Type::Null => return Ok(Value::Null),
        Type::Bool => return Ok(Value::Bool(v.as_bool().unwrap_or_default())),
        Type::Int => return Ok(Value::from(v.as_int().unwrap_or_default())),
        Type::Float => {
            if let Some(value) = v.as_float().and_then(float_value) {
                return Ok(value);
            }
            export_json.call::<_, Option<rquickjs::String>>((v.clone(),))
        }
        Type::String => match v.get::<String>() {
            Ok(text) => return Ok(Value::String(text)),
            // not valid UTF-8 (a lone surrogate): JSON's escapes decide
            Err(_) => export_json.call::<_, Option<rquickjs::String>>((v.clone(),)),
        },
        _ => export_json.call::<_, Option<rquickjs::String>>((v.clone(),)),
    };
    match text {
        Ok(Some(text)) => Ok(serde_json::from_str(&text.to_string()?).unwrap_or(Value::Null)),
        Ok(None) => Ok(Value::Null),
        Err(rquickjs::Error::Exception) => {
            let _ = v.ctx().catch();
            let text: rquickjs::convert::Coerced<String> = v.get()?;
            Ok(Value::String(text.0))
        }
        Err(e) => Err(e),
    }
}

/// A number as `JSON.parse(JSON.stringify(n))` gives it, where that is plain: `null` when not
/// finite, an integer below 2^53, any other fraction as it is; `None` for large integers,
/// which JSON's digits turn into whatever integer or float serde reads them as.
fn float_value(n: f64) -> Option<Value> {
    if !n.is_finite() {
        return Some(Value::Null);
    }
    if n.fract() != 0.0 {
        return serde_json::Number::from_f64(n).map(Value::Number);
    }
    (n.abs() < 9_007_199_254_740_992.0).then(|| Value::from(n as i64))
}

impl ScriptResult {
    /// Rewords a SyntaxError from `eval` as V8 does, finding the evaluated text among the
    /// response and the variables' values.
    pub fn reword_eval_error(&mut self, ctx: &rquickjs::Ctx<'_>, job: &ScriptJob<'_>) {
        let Some(error) = self.error.as_mut() else {
            return;
        };
        if error.name != "SyntaxError" || super::v8::eval::eval_position(&error.stack).is_none() {
            return;
        }
        let body = job.response.map(|r| String::from_utf8_lossy(&r.body));
        let s = &*job.scopes;
        let mut candidates: Vec<&str> = body.as_deref().into_iter().collect();
        for changed in &self.scopes {
            candidates.extend(changed.vars.iter().filter_map(|(_, v, _)| v.as_str()));
        }
        for scope in [&s.local, &s.data, &s.environment, &s.collection, &s.globals] {
            candidates.extend(scope.vars.iter().filter_map(|v| v.value.as_str()));
        }
        if let Some(message) =
            super::v8::eval::reworded(ctx, &error.name, &error.message, &error.stack, candidates)
        {
            error.message = message;
        }
    }
}

struct AssertionOut {
    name: String,
    index: usize,
    skipped: bool,
    error: Option<ErrorOut>,
}

struct ErrorOut {
    name: String,
    message: String,
    stack: String,
}

/// Writes what the script changed back into the job and builds the outcome.
pub fn apply(
    result: ScriptResult,
    job: ScriptJob<'_>,
    head_len: usize,
    kept: &mut KeptScopes,
) -> ScriptOutcome {
    for changed in result.scopes {
        if let Some(scope) = job.scopes.by_name_mut(&changed.name) {
            write_scope(scope, changed.vars);
            kept.changed(&changed.name, changed.kept.then_some(&*scope));
        }
    }
    if let Some(request) = result.request {
        if let Ok(request) = serde_json::from_value::<Request>(request) {
            job.request.set(request);
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
        next_request: result.next_request,
        skip_request: result.skip_request,
    }
}

/// Replaces a scope's entries, keeping the `kind` of keys that were already there.
fn write_scope(scope: &mut VariableScope, vars: Vec<(String, Value, bool)>) {
    let old = std::mem::take(&mut scope.vars);
    // each key keeps the type its first entry had (linear: scopes may hold many thousands)
    let mut kinds: std::collections::HashMap<String, Option<String>> =
        std::collections::HashMap::with_capacity(old.len());
    for v in old {
        kinds.entry(v.key).or_insert(v.kind);
    }
    scope.vars = vars
        .into_iter()
        .map(|(key, value, enabled)| {
            let kind = kinds.get(&key).cloned().flatten();
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
    let mut e = raw_error(exception, head_len);
    e.message = syntax_errors::reword(&e.name, std::mem::take(&mut e.message));
    e
}

/// The error QuickJS raised compiling `compiled` (the script as wrapped, whose first line starts
/// with `head_len` bytes of wrapper), worded as V8 words it.
pub fn compile_error_from_exception(
    exception: &rquickjs::Value<'_>,
    compiled: &str,
    head_len: usize,
) -> ScriptError {
    let mut e = raw_error(exception, head_len);
    e.message = if e.name == "SyntaxError" {
        let (line, column) = script_position(&e.stack, 0);
        syntax_errors::reword_compile_error(&e.message, compiled, line, column)
    } else {
        syntax_errors::reword(&e.name, std::mem::take(&mut e.message))
    };
    e
}

/// The exception's name, message, stack and position, in QuickJS's words.
fn raw_error(exception: &rquickjs::Value<'_>, head_len: usize) -> ScriptError {
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

/// What a `pm.sendRequest` call gives its callback: the error, or the response (without its body,
/// as JSON) and the body's bytes.
pub type SendOutcome = (Option<String>, (Option<String>, Option<Vec<u8>>));

/// Sends a `pm.sendRequest` request.
pub fn send_request(sender: &dyn RequestSender, request: &Value) -> SendOutcome {
    // `pm.cookies.jar()` operations travel the same queue as `pm.sendRequest`
    if let Some(op) = request.get("__postieCookieJar") {
        return match sender.cookie_jar(op) {
            Ok(result) => (None, (Some(result.to_string()), None)),
            Err(message) => (Some(message), (None, None)),
        };
    }
    match sender.send(request) {
        Ok(response) => {
            let meta = serde_json::to_string(&ResponseIn::of(&response)).ok();
            (None, (meta, Some(response.body)))
        }
        // The callback's error: the message and Node's error code (`err.code`).
        Err(error) => {
            let fields = serde_json::json!({"message": error.message, "code": error.code});
            (Some(fields.to_string()), (None, None))
        }
    }
}
