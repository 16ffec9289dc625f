//! One item: pre-request scripts, the request, test scripts.

use super::events::{Cursor, ItemRef, RequestOrigin, RunEvent};
use super::oauth2;
use super::plan::PlannedItem;
use super::RunContext;
use crate::auth;
use crate::collection::model::{Auth, ProtocolProfileBehavior, Request};
use crate::http::{self, HttpClient, HttpOptions, PreparedRequest, ResponseData};
use crate::script::{
    NextRequest, RequestSender, ScriptInfo, ScriptJob, ScriptKind, ScriptOutcome, ScriptRequest,
    ScriptRuntime,
};
use crate::variables::Scopes;
use std::cell::RefCell;
use std::time::Instant;

pub(crate) struct ItemResult {
    pub failed: bool,
    /// The first error of the item (a script error, a request that failed or could not be built;
    /// not a failed assertion): what `--bail folder` stops the run with.
    pub error: Option<String>,
    pub next: Option<NextRequest>,
}

impl ItemResult {
    fn error(&mut self, message: &str) {
        self.failed = true;
        self.error.get_or_insert_with(|| message.to_string());
    }
}

/// Runs one item; `next` is the item expected to run after it (its scripts are loaded while
/// this item's request is on its way).
pub(crate) fn run_item(
    ctx: &mut RunContext<'_>,
    planned: &PlannedItem<'_>,
    next: Option<&PlannedItem<'_>>,
    scopes: &mut Scopes,
    cursor: &Cursor,
) -> ItemResult {
    let item = ItemRef {
        item: planned.item,
        folders: &planned.folder_names,
        parent_id: planned.folders.last().map(|f| f.id.as_str()),
    };
    let location = planned.path();
    let info = ScriptInfo {
        iteration: cursor.iteration,
        iteration_count: ctx.iteration_count,
        request_name: planned.item.name.clone(),
        request_id: planned.item.id.clone(),
        location: std::iter::once(ctx.collection.info.name.clone())
            .chain(planned.folder_names.iter().cloned())
            .chain(std::iter::once(planned.item.name.clone()))
            .collect(),
    };
    let mut result = ItemResult {
        failed: false,
        error: None,
        next: None,
    };
    ctx.emit(RunEvent::ItemStart {
        cursor,
        item,
        scopes,
    });

    let mut request = ScriptRequest::new(planned.item.request.clone());
    let collection = ctx.collection;
    let upcoming = |scripts: &mut ScriptRuntime| {
        let tests = planned.scripts(collection, ScriptKind::Test.event_name());
        let next = next.map(|next| next.scripts(collection, ScriptKind::Prerequest.event_name()));
        let sources = tests.into_iter().chain(next.into_iter().flatten());
        scripts.preload(sources.map(|script| script.source()));
    };
    let phase = Phase {
        cursor,
        item,
        location: &location,
        info: &info,
        upcoming: &upcoming,
    };
    let skip = run_scripts(
        ctx,
        planned,
        &phase,
        ScriptKind::Prerequest,
        scopes,
        &mut request,
        None,
        &mut result,
    );
    if skip || ctx.timed_out() {
        ctx.emit(RunEvent::ItemEnd { cursor, item });
        return result;
    }
    let request = request.into_inner();

    let behavior = protocol_behavior(ctx, planned);
    let auth = effective_auth(ctx, planned, &request);
    let token = oauth2::with_token(ctx, cursor, item, auth.as_ref(), scopes, false);
    let fetched = matches!(token, Ok(Some(_)));
    let prepared = match token {
        Ok(filled) => {
            let used = filled.as_ref().or(auth.as_ref());
            prepare_request(ctx, &request, scopes, used, &behavior)
        }
        Err(e) => Err(http::PrepareError::new(e)),
    };
    let mut sent = match prepared {
        Ok(prepared) => Some(prepared),
        Err(e) => {
            result.error(&e.message);
            ctx.emit(RunEvent::RequestSkipped {
                cursor,
                item,
                reason: &e.message,
                request: &with_resolved_url(&request, scopes),
            });
            None
        }
    };
    let mut response: Option<ResponseData> = None;
    if let Some(first) = sent.take() {
        let (prepared, outcome) = send_with_retries(
            ctx,
            &phase,
            &request,
            scopes,
            auth.as_ref(),
            &behavior,
            first,
        );
        let (prepared, outcome) = match fetched {
            true => oauth2::retry_on_401(
                ctx,
                &phase,
                &request,
                scopes,
                auth.as_ref(),
                &behavior,
                prepared,
                outcome,
            ),
            false => (prepared, outcome),
        };
        let prepared = &*sent.insert(prepared);
        if let Err(e) = &outcome {
            result.error(&e.message);
        }
        ctx.emit_request(
            cursor,
            item,
            prepared,
            outcome.as_ref(),
            RequestOrigin::Item,
        );
        response = outcome.ok();
        if response.is_none() && (ctx.options.bail || ctx.options.abort_on_error) {
            // Newman's --bail stops at a request error before the item's test scripts.
            ctx.emit(RunEvent::ItemEnd { cursor, item });
            return result;
        }
    }

    let mut test_request = match sent {
        Some(prepared) => ScriptRequest::as_sent(prepared.resolved, request),
        None => ScriptRequest::new(request),
    };
    run_scripts(
        ctx,
        planned,
        &phase,
        ScriptKind::Test,
        scopes,
        &mut test_request,
        response.as_ref(),
        &mut result,
    );
    ctx.emit(RunEvent::ItemEnd { cursor, item });
    result
}

/// What every script of one item shares.
pub(super) struct Phase<'a> {
    pub cursor: &'a Cursor,
    pub item: ItemRef<'a>,
    location: &'a str,
    info: &'a ScriptInfo,
    /// Loads the scripts that run next (this item's tests, the next item's pre-request).
    upcoming: &'a dyn Fn(&mut ScriptRuntime),
}

impl Phase<'_> {
    /// Reports an attempt of the item's request that is sent again (after a Digest challenge, or
    /// a 401 answered with a new OAuth 2.0 token: `Item`), or that `--retry` sends again (`Retry`).
    pub(super) fn report_attempt(
        &self,
        ctx: &mut RunContext<'_>,
        sent: &PreparedRequest,
        outcome: &Result<ResponseData, crate::http::RequestError>,
        origin: RequestOrigin,
    ) {
        ctx.emit_request(self.cursor, self.item, sent, outcome.as_ref(), origin);
    }
}

/// Runs the item's scripts of `kind` (collection, then folders, then the item), emitting an
/// event for each; returns whether one asked to skip the request.
#[allow(clippy::too_many_arguments)]
fn run_scripts(
    ctx: &mut RunContext<'_>,
    planned: &PlannedItem<'_>,
    phase: &Phase<'_>,
    kind: ScriptKind,
    scopes: &mut Scopes,
    request: &mut ScriptRequest,
    response: Option<&ResponseData>,
    result: &mut ItemResult,
) -> bool {
    let (cursor, item) = (phase.cursor, phase.item);
    ctx.emit(RunEvent::ScriptsStart { cursor, item, kind });
    let mut skip = false;
    let scripts: Vec<String> = planned
        .scripts(ctx.collection, kind.event_name())
        .into_iter()
        .map(|script| script.source())
        .collect();
    let last = scripts.len().saturating_sub(1);
    for (at, script) in scripts.iter().enumerate() {
        if skip {
            // Newman runs (and counts) no script after one that skipped the request.
            break;
        }
        if script.trim().is_empty() {
            // Counted as run, as Newman counts it; nothing to execute.
            ctx.emit(RunEvent::Script {
                cursor,
                item,
                kind,
                outcome: &ScriptOutcome::default(),
                scopes,
            });
            continue;
        }
        let cookies = if ctx.http.has_cookies() {
            ctx.http
                .cookies_for(&crate::request_text::url::unresolved_string(
                    &request.get().url,
                ))
        } else {
            Vec::new()
        };
        let sender = RunSender {
            http: ctx.http,
            options: ctx.http_options,
            sent: RefCell::new(Vec::new()),
        };
        let outcome = ctx.scripts.run(ScriptJob {
            kind,
            source: script,
            location: phase.location,
            info: phase.info.clone(),
            scopes,
            request,
            keep_request_changes: kind == ScriptKind::Prerequest || at < last,
            response,
            cookies: &cookies,
            sender: &sender,
        });
        skip |= outcome.skip_request;
        for sent in sender.sent.take() {
            result.failed |= sent.response.is_err();
            let response = sent.response.as_ref();
            ctx.emit_request(cursor, item, &sent.request, response, RequestOrigin::Script);
        }
        record(result, &outcome);
        ctx.emit(RunEvent::Script {
            cursor,
            item,
            kind,
            outcome: &outcome,
            scopes,
        });
    }
    skip
}

fn record(result: &mut ItemResult, outcome: &ScriptOutcome) {
    if let Some(error) = &outcome.error {
        result.error(&error.message);
    }
    if outcome.assertions.iter().any(|a| a.error.is_some()) {
        result.failed = true;
    }
    if let Some(next) = &outcome.next_request {
        result.next = Some(next.clone());
    }
}

/// collection → folders → request, inner levels overriding outer ones field by field.
fn protocol_behavior(ctx: &RunContext<'_>, planned: &PlannedItem<'_>) -> ProtocolProfileBehavior {
    let mut merged = ctx
        .collection
        .protocol_profile_behavior
        .clone()
        .unwrap_or_default();
    for folder in &planned.folders {
        if let Some(b) = &folder.protocol_profile_behavior {
            merged = merged.merged_with(b);
        }
    }
    if let Some(b) = &planned.item.protocol_profile_behavior {
        merged = merged.merged_with(b);
    }
    merged
}

fn effective_auth(
    ctx: &RunContext<'_>,
    planned: &PlannedItem<'_>,
    request: &Request,
) -> Option<Auth> {
    let mut levels: Vec<Option<&Auth>> = vec![ctx.collection.auth.as_ref()];
    levels.extend(planned.folders.iter().map(|f| f.auth.as_ref()));
    levels.push(request.auth.as_ref());
    auth::effective(&levels).cloned()
}

/// Replaces the scheme, host and port of `url` with `origin` (`--mock`).
fn with_origin(url: &str, origin: &str) -> String {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let rest = &url[after_scheme..];
    let path_start = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    format!("{}{}", origin.trim_end_matches('/'), &rest[path_start..])
}

/// `pm.sendRequest`: sends a request built from a script, with the run's client and cookies,
/// and keeps what it sent for the run's record.
struct RunSender<'a> {
    http: &'a HttpClient,
    options: &'a HttpOptions,
    sent: RefCell<Vec<ScriptSent>>,
}

/// A request a script sent, reported once the script is done.
struct ScriptSent {
    request: PreparedRequest,
    response: Result<ResponseData, http::RequestError>,
}

impl RequestSender for RunSender<'_> {
    fn send(&self, request: &serde_json::Value) -> Result<ResponseData, http::RequestError> {
        let failed = |message: String| http::RequestError {
            code: None,
            message,
        };
        let mut parsed: Request = serde_json::from_value(request.clone())
            .map_err(|e| failed(format!("pm.sendRequest: not a request: {e}")))?;
        let stripped = strip_files(&mut parsed);
        // the runtime sends a script's body whatever the method
        let behavior = ProtocolProfileBehavior {
            disable_body_pruning: Some(true),
            ..ProtocolProfileBehavior::default()
        };
        let prepared = http::prepare(
            &parsed,
            &Scopes::default(),
            auth::effective(&[parsed.auth.as_ref()]),
            &behavior,
            self.options,
        );
        let (prepared, response) = match prepared {
            Ok(prepared) => {
                let response = self.http.send(&prepared, &behavior);
                (prepared, response)
            }
            // A request that cannot be built (an empty URL) still failed as a request (Newman).
            Err(e) => (unbuilt(&parsed), Err(failed(e.message))),
        };
        let mut prepared = prepared;
        if stripped {
            prepared
                .warnings
                .insert(0, SCRIPT_FILES_WARNING.to_string());
        }
        let answer = response.clone();
        self.sent.borrow_mut().push(ScriptSent {
            request: prepared,
            response,
        });
        answer
    }

    fn cookie_jar(&self, op: &serde_json::Value) -> Result<serde_json::Value, String> {
        self.http.script_cookie_op(op)
    }
}

const SCRIPT_FILES_WARNING: &str = "uploading files from scripts is not allowed";

/// Scripts may not upload files (Newman): a file body goes, and so does every form-data file
/// param. True when something went.
fn strip_files(request: &mut Request) -> bool {
    let Some(body) = request.body.as_mut() else {
        return false;
    };
    match body.mode.as_str() {
        "file" => {
            request.body = None;
            true
        }
        "formdata" => {
            let before = body.formdata.len();
            body.formdata.retain(|p| p.kind.as_deref() != Some("file"));
            body.formdata.len() != before
        }
        _ => false,
    }
}

/// A script's request that could not be built, as the report shows it: as the script gave it.
/// The request as Newman reports one it could not send: its URL's parts resolved one by one.
fn with_resolved_url(request: &Request, scopes: &Scopes) -> serde_json::Value {
    let mut json = serde_json::to_value(request).unwrap_or(serde_json::Value::Null);
    if let Some(url) = json.get_mut("url") {
        *url = scopes.replace_in_json(url);
    }
    json
}

fn unbuilt(request: &Request) -> PreparedRequest {
    PreparedRequest {
        method: request.method.clone(),
        resolved: serde_json::to_value(request)
            .unwrap_or(serde_json::Value::Null)
            .into(),
        ..PreparedRequest::default()
    }
}

/// `http::prepare`, pointed at the mock when `--mock` serves the run.
pub(super) fn prepare_request(
    ctx: &RunContext<'_>,
    request: &Request,
    scopes: &Scopes,
    auth: Option<&Auth>,
    behavior: &ProtocolProfileBehavior,
) -> Result<PreparedRequest, http::PrepareError> {
    let mut prepared = http::prepare(request, scopes, auth, behavior, ctx.http_options)?;
    if let Some(origin) = &ctx.options.mock_origin {
        prepared.url = with_origin(&prepared.url, origin);
    }
    Ok(prepared)
}

/// Sends the request. Digest auth answers the server's challenge once, NTLM runs its
/// negotiate/authenticate exchange (two replays), as Newman does; each attempt that is answered
/// is reported on its own, the last attempt is returned.
fn send(
    ctx: &mut RunContext<'_>,
    phase: &Phase<'_>,
    request: &Request,
    scopes: &Scopes,
    auth: Option<&Auth>,
    behavior: &ProtocolProfileBehavior,
    prepared: PreparedRequest,
) -> (PreparedRequest, Result<ResponseData, http::RequestError>) {
    let replays = match auth.map(|a| a.kind.as_str()) {
        Some("digest") => 1,
        Some("ntlm") => 2,
        _ => 0,
    };
    let mut current = auth.cloned();
    let (http, scripts) = (ctx.http, &mut *ctx.scripts);
    let mut outcome = http.send_meanwhile(&prepared, behavior, &mut || (phase.upcoming)(scripts));
    let mut sent = prepared;
    for _ in 0..replays {
        let next = match (&outcome, &current) {
            (Ok(r), Some(a)) => {
                let resolved = auth::ResolvedAuth::resolve(a, scopes);
                match a.kind.as_str() {
                    "digest" => auth::digest::challenge(&resolved, r.code, &r.headers),
                    _ => auth::ntlm::challenge(&resolved, r.code, &r.headers),
                }
            }
            _ => None,
        };
        let Some(next) = next else { break };
        let Ok(mut again) = prepare_request(ctx, request, scopes, Some(&next), behavior) else {
            break;
        };
        keep_postman_token(&sent, &mut again);
        phase.report_attempt(ctx, &sent, &outcome, RequestOrigin::Item);
        outcome = ctx.http.send(&again, behavior);
        sent = again;
        current = Some(next);
    }
    (sent, outcome)
}

/// [`send`], again while `--retry` says so; each attempt sent again is reported as a `Retry`.
fn send_with_retries(
    ctx: &mut RunContext<'_>,
    phase: &Phase<'_>,
    request: &Request,
    scopes: &Scopes,
    auth: Option<&Auth>,
    behavior: &ProtocolProfileBehavior,
    prepared: PreparedRequest,
) -> (PreparedRequest, Result<ResponseData, http::RequestError>) {
    let policy = &ctx.options.retry;
    if !policy.enabled() {
        return send(ctx, phase, request, scopes, auth, behavior, prepared);
    }
    let mut retries = 0;
    loop {
        let (sent, outcome) = send(
            ctx,
            phase,
            request,
            scopes,
            auth,
            behavior,
            prepared.clone(),
        );
        let jitter = rand::random::<f64>();
        let wait = ctx
            .options
            .retry
            .wait_before_retry(&sent.method, outcome.as_ref(), retries, jitter)
            .filter(|wait| ctx.deadline.is_none_or(|d| Instant::now() + *wait < d));
        let Some(wait) = wait else {
            return (sent, outcome);
        };
        phase.report_attempt(ctx, &sent, &outcome, RequestOrigin::Retry);
        std::thread::sleep(wait);
        retries += 1;
    }
}

/// A replayed request (digest or NTLM auth) keeps the first attempt's Postman-Token (Newman).
fn keep_postman_token(first: &http::PreparedRequest, again: &mut http::PreparedRequest) {
    let token = |h: &&http::SentHeader| h.key.eq_ignore_ascii_case("postman-token");
    let Some(value) = first.headers.iter().find(token).map(|h| h.value.clone()) else {
        return;
    };
    for h in again.headers.iter_mut().filter(|h| token(&&**h)) {
        h.value = value.clone();
    }
    if let Some(list) = again
        .resolved
        .json_mut()
        .get_mut("header")
        .and_then(|v| v.as_array_mut())
    {
        for h in list.iter_mut().filter(|h| {
            h.get("key")
                .and_then(|k| k.as_str())
                .is_some_and(|k| k.eq_ignore_ascii_case("postman-token"))
        }) {
            h["value"] = serde_json::Value::String(value.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::with_origin;

    #[test]
    fn mock_origin_replaces_scheme_host_and_port() {
        let o = "http://127.0.0.1:9";
        assert_eq!(
            with_origin("https://api.x.io:8443/a/b?c=1", o),
            "http://127.0.0.1:9/a/b?c=1"
        );
        assert_eq!(
            with_origin("https://api.x.io?c=1", o),
            "http://127.0.0.1:9?c=1"
        );
        assert_eq!(with_origin("api.x.io/a", o), "http://127.0.0.1:9/a");
    }
}
