//! The JavaScript sandbox: one QuickJS runtime per run, a fresh function scope per script,
//! and the `pm` API (plus Postman's legacy globals) on top.
//!
//! - `engine`: the runtime, the glue (`js/*.js`, evaluated once per runtime), compiled-script
//!   cache, timeout (interrupt handler) and the loop that waits for timers, promises and
//!   `pm.sendRequest` callbacks.
//! - `boundary`: what crosses into the sandbox and back. In: the script's inputs as JSON parts
//!   (`head`, the scopes by name, `request`, `response`, `cookies`) that the glue asks for by name
//!   (`inputValue(name)`, built from that JSON in Rust) when a script first reads them. Out: the
//!   object the glue's `finish` returns, with named fields (assertions, console, error, next
//!   request, skip, changed scopes and request).
//! - `modules`: the built-in libraries (one manifest), `--script-modules` folders, and `require`.
//! - `v8`: QuickJS's error words turned into V8's (tokenizer, syntax errors, callee names,
//!   Newman's sandbox parameters).
//! - `js/`: intrinsics (built-ins captured at start-up), inspect (chai's and Node's value
//!   formatting), chai (expect + response assertions), lists (PropertyList, VariableScope,
//!   `{{var}}` resolution), request, response, scopes, sugar, sandbox.

mod bytecode;
mod engine;
mod precompile;
mod write_bytecode;

mod boundary;
mod json;
pub mod modules;
mod request;
#[cfg(test)]
mod tests;

mod v8;

use crate::http::{CookieData, ResponseData};
use crate::variables::Scopes;
use std::time::Duration;

pub use request::ScriptRequest;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptKind {
    Prerequest,
    Test,
}

impl ScriptKind {
    /// Newman's name for the event ("prerequest", "test").
    pub fn event_name(self) -> &'static str {
        match self {
            ScriptKind::Prerequest => "prerequest",
            ScriptKind::Test => "test",
        }
    }
}

/// What `pm.info` shows.
#[derive(Debug, Clone, Default)]
pub struct ScriptInfo {
    pub iteration: usize,
    pub iteration_count: usize,
    pub request_name: String,
    pub request_id: String,
    /// `pm.execution.location`: the collection name, then folder names, then the item name.
    pub location: Vec<String>,
}

/// Sends a request for `pm.sendRequest`. The runner implements it with the run's HTTP client.
pub trait RequestSender {
    /// `request` is a URL string or a Postman request object (v2.1 JSON).
    fn send(&self, request: &serde_json::Value) -> Result<ResponseData, crate::http::RequestError>;

    /// One `pm.cookies.jar()` operation on the run's cookie jar (`{"op", "url", ...}`).
    fn cookie_jar(&self, op: &serde_json::Value) -> Result<serde_json::Value, String> {
        let _ = op;
        Err("pm.cookies.jar() is not available here".into())
    }
}

/// One script to run.
pub struct ScriptJob<'a> {
    pub kind: ScriptKind,
    pub source: &'a str,
    /// Where the script lives, for error messages ("Authentication / Request token").
    #[allow(dead_code)]
    pub location: &'a str,
    pub info: ScriptInfo,
    /// Variables; changes made by the script are written here.
    pub scopes: &'a mut Scopes,
    /// `pm.request`: the unresolved request in a pre-request script (changes take effect),
    /// the request as sent in a test script.
    pub request: &'a mut ScriptRequest,
    /// Whether what the script does to `pm.request` is written back into `request`: false for
    /// an item's last test script, after which nothing reads the request.
    pub keep_request_changes: bool,
    pub response: Option<&'a ResponseData>,
    pub cookies: &'a [CookieData],
    pub sender: &'a dyn RequestSender,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AssertionError {
    /// "AssertionError", or the thrown error's name ("TypeError").
    pub name: String,
    pub message: String,
    pub stack: String,
}

/// One `pm.test` (or legacy `tests[...]`) result.
#[derive(Debug, Clone, PartialEq)]
pub struct Assertion {
    pub name: String,
    /// 0-based position among this script's assertions.
    pub index: usize,
    pub skipped: bool,
    pub error: Option<AssertionError>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConsoleMessage {
    /// log, info, warn, error, debug.
    pub level: String,
    /// The arguments formatted the way Node's console does, space-separated.
    pub text: String,
}

/// A script that failed to compile or threw outside a test.
#[derive(Debug, Clone, PartialEq)]
pub struct ScriptError {
    pub name: String,
    pub message: String,
    /// 1-based line and column inside the script's own text, when known.
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub stack: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NextRequest {
    /// `setNextRequest(null)`: stop the run after this item.
    Stop,
    /// The name or id of the item to run next.
    Item(String),
}

#[derive(Debug, Clone, Default)]
pub struct ScriptOutcome {
    pub assertions: Vec<Assertion>,
    pub console: Vec<ConsoleMessage>,
    pub error: Option<ScriptError>,
    pub next_request: Option<NextRequest>,
    /// `pm.execution.skipRequest()` was called (pre-request scripts).
    pub skip_request: bool,
}

#[derive(Debug, Clone)]
pub struct ScriptOptions {
    /// `--timeout-script`: wall-clock limit per script (None: no limit).
    pub timeout: Option<Duration>,
    /// Memory limit for the runtime, in bytes.
    pub memory_limit: usize,
    /// `--script-modules`: a node_modules folder `require` also loads packages from.
    pub modules: Option<modules::ModuleFolder>,
}

impl Default for ScriptOptions {
    fn default() -> Self {
        ScriptOptions {
            timeout: None,
            memory_limit: 256 * 1024 * 1024,
            modules: None,
        }
    }
}

/// The run's JavaScript runtime: one QuickJS runtime and context, reused by every script.
pub struct ScriptRuntime {
    options: ScriptOptions,
    /// `--timeout`: scripts still running at this moment are stopped.
    run_deadline: Option<std::time::Instant>,
    /// `None` after a script broke the engine (timeout, out of memory); rebuilt on the next run.
    engine: Option<engine::Engine>,
    /// The scripts the run will need, compiled on another thread while it runs.
    ahead: Option<precompile::Precompiled>,
}

impl ScriptRuntime {
    /// The JavaScript engine starts with the first script, so a run without scripts never
    /// pays for it.
    pub fn new(options: ScriptOptions) -> ScriptRuntime {
        ScriptRuntime {
            options,
            run_deadline: None,
            engine: None,
            ahead: None,
        }
    }

    /// As [`ScriptRuntime::new`], with the engine started now rather than at the first script
    /// (an engine that cannot start is tried again, and its error reported, at the first script).
    pub fn started(options: ScriptOptions) -> ScriptRuntime {
        let engine = engine::Engine::new(&options).ok();
        ScriptRuntime {
            engine,
            ..ScriptRuntime::new(options)
        }
    }

    /// Starts compiling `sources`, the distinct scripts the run will need in the order it
    /// needs them, on another thread (replacing any earlier list).
    pub fn compile_ahead(&mut self, sources: Vec<String>) {
        self.ahead = precompile::Precompiled::start(sources, self.options.memory_limit);
    }

    /// Stops any script still running (or waiting on its timers) at `deadline`.
    pub fn set_run_deadline(&mut self, deadline: Option<std::time::Instant>) {
        self.run_deadline = deadline;
    }

    /// Waits until `source`, passed to [`ScriptRuntime::compile_ahead`], is compiled.
    #[cfg(test)]
    fn compiled_ahead(&self, source: &str) -> bool {
        self.ahead.as_ref().is_some_and(|a| a.wait_for(source))
    }

    /// Whether `source` is compiled ahead and not taken yet.
    #[cfg(test)]
    fn holds_ahead(&self, source: &str) -> bool {
        self.ahead.as_ref().is_some_and(|a| a.holds(source))
    }

    /// Loads what the other thread compiled of `sources` ahead of their runs, when the engine
    /// has started (see [`engine::Engine::preload`]); `sources` is not read otherwise.
    pub fn preload(&mut self, sources: impl IntoIterator<Item = impl AsRef<str>>) {
        let (Some(engine), Some(ahead)) = (self.engine.as_mut(), self.ahead.as_ref()) else {
            return;
        };
        for source in sources {
            engine.preload(source.as_ref(), ahead);
        }
    }

    pub fn run(&mut self, job: ScriptJob<'_>) -> ScriptOutcome {
        let engine = match self.engine.take() {
            Some(engine) => engine,
            None => match engine::Engine::new(&self.options) {
                Ok(engine) => engine,
                Err(message) => return ScriptOutcome::failed("Error", &message),
            },
        };
        let mut engine = engine;
        engine.run_deadline = self.run_deadline;
        let (outcome, healthy) = engine.run(job, self.ahead.as_ref());
        if healthy {
            self.engine = Some(engine);
        }
        outcome
    }
}

impl ScriptOutcome {
    fn failed(name: &str, message: &str) -> ScriptOutcome {
        ScriptOutcome {
            error: Some(ScriptError {
                name: name.to_string(),
                message: message.to_string(),
                line: None,
                column: None,
                stack: String::new(),
            }),
            ..ScriptOutcome::default()
        }
    }
}
