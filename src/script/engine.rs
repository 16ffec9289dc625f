//! The QuickJS side: one runtime and context, the JavaScript glue evaluated once, a cache of
//! compiled scripts, and the loop that runs a script until its timers, promises and
//! `pm.sendRequest` callbacks are done.

use super::boundary::{self, KeptScopes, ScriptResult};
use super::bytecode;
use super::precompile::Precompiled;
use super::v8::callee::{self, Culprit};
use super::v8::parameters;
use super::{ScriptError, ScriptJob, ScriptKind, ScriptOptions, ScriptOutcome};
use rquickjs::function::Opt;
use rquickjs::{context::EvalOptions, Context, Ctx, Function, Object, Persistent, Runtime, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// The glue, in evaluation order. Each file is `(function (P) { ... })` and adds to `P`.
pub(super) const GLUE: &[(&str, &str)] = &[
    ("postie/intrinsics.js", include_str!("js/intrinsics.js")),
    ("postie/inspect.js", include_str!("js/inspect.js")),
    ("postie/json_errors.js", include_str!("js/json_errors.js")),
    ("postie/chai.js", include_str!("js/chai.js")),
    ("postie/lists.js", include_str!("js/lists.js")),
    ("postie/scopes.js", include_str!("js/scopes.js")),
    ("postie/request.js", include_str!("js/request.js")),
    ("postie/response.js", include_str!("js/response.js")),
    ("postie/sandbox.js", include_str!("js/sandbox.js")),
    ("postie/sugar.js", include_str!("js/sugar.js")),
];

/// The file name compiled scripts carry in stack traces.
pub(super) const SCRIPT_FILE: &str = "script.js";
/// What goes before the user's text on its first line: columns on line 1 shift by its length.
/// As in Newman's sandbox, an empty statement opens the body (so a script's own `'use strict'`
/// is not a directive) and one closes it (so `var a = [1` fails at a `;`, as in V8).
const WRAP_HEAD: &str = "(function () {;";
const WRAP_TAIL: &str = "\n;\n})";

/// The text compiled for `source`: a function the glue calls with the sandbox's `this`.
pub(super) fn wrap(source: &str) -> String {
    let mut wrapped = String::with_capacity(source.len() + WRAP_HEAD.len() + WRAP_TAIL.len());
    wrapped.push_str(WRAP_HEAD);
    wrapped.push_str(source);
    wrapped.push_str(WRAP_TAIL);
    wrapped
}
/// Body text held by lazy JSON arrays (see [`Inputs::outside_heap`]) that makes the engine
/// collect garbage after a script.
const COLLECT_AFTER_OUTSIDE_BYTES: usize = 8 << 20;
/// Compiled scripts kept per runtime; a run rarely has more distinct scripts than this.
const MAX_CACHED_SCRIPTS: usize = 1024;

/// A compiled script, and the names it declares at its top level that Newman's sandbox passes
/// as parameters (such a script does not compile in Newman).
struct Compiled {
    function: Persistent<Function<'static>>,
    shadows: Vec<String>,
}

pub struct Engine {
    // Field order matters: persistent handles must be dropped before the context and runtime.
    compiled: HashMap<String, Compiled, foldhash::fast::RandomState>,
    hooks: Hooks,
    context: Context,
    runtime: Runtime,
    deadline: Rc<Cell<Option<Instant>>>,
    interrupted: Rc<Cell<bool>>,
    timeout: Option<Duration>,
    /// `--timeout`: when the whole run must end; scripts and their timers stop there too.
    pub(crate) run_deadline: Option<Instant>,
    /// The script body has returned; now running timers, promise jobs and callbacks.
    waiting: Cell<bool>,
    /// The job being run; scripts read its inputs (through `inputValue(name)` and `responseBody()`)
    /// only if they need them.
    inputs: Rc<Inputs>,
}

impl Engine {
    pub fn new(options: &ScriptOptions) -> Result<Engine, String> {
        let runtime = Runtime::new().map_err(|e| format!("cannot start JavaScript: {e}"))?;
        let context =
            Context::full(&runtime).map_err(|e| format!("cannot start JavaScript: {e}"))?;
        let inputs = Rc::new(Inputs::default());
        let hooks = context.with(|ctx| {
            let hooks = install_glue(&ctx, inputs.clone(), options.modules.clone())?;
            Hooks::read(&ctx, hooks)
        })?;
        // Limits come after the glue so a small limit cannot break the sandbox itself.
        if options.memory_limit > 0 {
            runtime.set_memory_limit(options.memory_limit);
        }
        let deadline: Rc<Cell<Option<Instant>>> = Rc::new(Cell::new(None));
        let interrupted = Rc::new(Cell::new(false));
        {
            let deadline = deadline.clone();
            let interrupted = interrupted.clone();
            runtime.set_interrupt_handler(Some(Box::new(move || {
                let late = deadline.get().is_some_and(|d| Instant::now() >= d);
                if late {
                    interrupted.set(true);
                }
                late
            })));
        }
        Ok(Engine {
            compiled: HashMap::default(),
            hooks,
            context,
            runtime,
            deadline,
            interrupted,
            timeout: options.timeout,
            run_deadline: None,
            waiting: Cell::new(false),
            inputs,
        })
    }

    /// Runs one script. The flag is false when the engine must not be used again
    /// (the script was interrupted or ran out of memory).
    pub fn run(
        &mut self,
        job: ScriptJob<'_>,
        ahead: Option<&Precompiled>,
    ) -> (ScriptOutcome, bool) {
        self.interrupted.set(false);
        self.waiting.set(false);
        let own = self.timeout.map(|t| Instant::now() + t);
        self.deadline.set(match (own, self.run_deadline) {
            (Some(own), Some(run)) => Some(own.min(run)),
            (own, run) => own.or(run),
        });
        super::modules::set_native_deadline(self.deadline.get());
        let source = job.source;
        let inputs = self.inputs.clone();
        let entered = inputs.enter(&job);
        let result = self
            .context
            .clone()
            .with(|ctx| -> Result<ScriptResult, ScriptFailure> {
                let script = self.compiled_script(&ctx, source, job.kind, ahead)?;
                let hooks = self
                    .hooks
                    .restore(&ctx)
                    .map_err(|e| self.failure(&ctx, e))?;
                hooks
                    .begin
                    .call::<_, ()>((script, job.keep_request_changes))
                    .map_err(|e| self.failure(&ctx, e))?;
                self.waiting.set(true);
                self.event_loop(&ctx, &hooks, &job)?;
                let out: rquickjs::Array =
                    hooks.finish.call(()).map_err(|e| self.failure(&ctx, e))?;
                let mut result = boundary::read_result(&out, &hooks.export_json)
                    .map_err(|e| self.failure(&ctx, e))?;
                result.reword_eval_error(&ctx, &job);
                Ok(result)
            });
        drop(entered);
        if self.inputs.outside_heap.get() >= COLLECT_AFTER_OUTSIDE_BYTES {
            self.inputs.outside_heap.set(0);
            self.runtime.run_gc();
        }
        // a native helper that stopped at the deadline threw an error the script may have caught
        let late = self.deadline.get().is_some_and(|d| Instant::now() >= d);
        let result = match result {
            Ok(_) if late => Err(ScriptFailure::Fatal(self.timed_out())),
            other => other,
        };
        self.deadline.set(None);
        super::modules::set_native_deadline(None);
        match result {
            Ok(result) => {
                let kept = &mut self.inputs.kept.borrow_mut();
                (boundary::apply(result, job, WRAP_HEAD.len(), kept), true)
            }
            Err(ScriptFailure::Compile(error)) => (
                ScriptOutcome {
                    error: Some(error),
                    ..ScriptOutcome::default()
                },
                true,
            ),
            Err(ScriptFailure::Fatal(error)) => (
                ScriptOutcome {
                    error: Some(error),
                    ..ScriptOutcome::default()
                },
                false,
            ),
        }
    }

    /// Runs promise jobs, due timers and queued `pm.sendRequest` calls until none are left.
    fn event_loop<'js>(
        &self,
        ctx: &Ctx<'js>,
        hooks: &HookFns<'js>,
        job: &ScriptJob<'_>,
    ) -> Result<(), ScriptFailure> {
        loop {
            self.drain_jobs(ctx)?;
            if self.interrupted.get() {
                return Err(ScriptFailure::Fatal(self.timed_out()));
            }
            let idle: bool = hooks.idle.call(()).map_err(|e| self.failure(ctx, e))?;
            if idle {
                return Ok(());
            }
            let (next_timer, fire_timers) = (&hooks.next_timer, &hooks.fire_timers);
            let (take_sends, deliver) = (&hooks.take_sends, &hooks.deliver);
            let wait: f64 = next_timer.call(()).map_err(|e| self.failure(ctx, e))?;
            if wait == 0.0 {
                fire_timers
                    .call::<_, ()>(())
                    .map_err(|e| self.failure(ctx, e))?;
                continue;
            }
            let sends: String = take_sends.call(()).map_err(|e| self.failure(ctx, e))?;
            let sends: Vec<(u32, serde_json::Value)> =
                serde_json::from_str(&sends).unwrap_or_default();
            if !sends.is_empty() {
                for (id, request) in sends {
                    let (error, (meta, body)) = boundary::send_request(job.sender, &request);
                    let body = body
                        .map(|b| rquickjs::ArrayBuffer::new(ctx.clone(), b))
                        .transpose()
                        .map_err(|e| self.failure(ctx, e))?;
                    deliver
                        .call::<_, ()>((id, error, meta, body))
                        .map_err(|e| self.failure(ctx, e))?;
                    self.drain_jobs(ctx)?;
                }
                continue;
            }
            if wait < 0.0 {
                return Ok(());
            }
            let mut sleep =
                Duration::try_from_secs_f64(wait / 1000.0).unwrap_or(Duration::from_millis(1));
            if let Some(deadline) = self.deadline.get() {
                let left = deadline.saturating_duration_since(Instant::now());
                if left <= sleep {
                    std::thread::sleep(left);
                    return Err(ScriptFailure::Fatal(self.timed_out()));
                }
                sleep = sleep.min(left);
            }
            std::thread::sleep(sleep);
            fire_timers
                .call::<_, ()>(())
                .map_err(|e| self.failure(ctx, e))?;
        }
    }

    fn drain_jobs(&self, ctx: &Ctx<'_>) -> Result<(), ScriptFailure> {
        while ctx.execute_pending_job() {
            if self.interrupted.get() {
                return Err(ScriptFailure::Fatal(self.timed_out()));
            }
        }
        if self.interrupted.get() {
            return Err(ScriptFailure::Fatal(self.timed_out()));
        }
        Ok(())
    }

    fn compiled_script<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        source: &str,
        kind: ScriptKind,
        ahead: Option<&Precompiled>,
    ) -> Result<Function<'js>, ScriptFailure> {
        if !self.compiled.contains_key(source) {
            let compiled = self.compile(ctx, source, ahead)?;
            self.remember(source, compiled);
        }
        let compiled = &self.compiled[source];
        let test_script = kind == ScriptKind::Test;
        if let Some(name) = compiled
            .shadows
            .iter()
            .find(|n| parameters::is_sandbox_parameter(n, test_script))
        {
            return Err(ScriptFailure::Compile(ScriptError {
                name: "SyntaxError".to_string(),
                ..plain_error(&parameters::redeclared(name))
            }));
        }
        compiled
            .function
            .clone()
            .restore(ctx)
            .map_err(|e| self.failure(ctx, e))
    }

    fn remember(&mut self, source: &str, compiled: Compiled) {
        if self.compiled.len() >= MAX_CACHED_SCRIPTS {
            self.compiled.clear();
        }
        self.compiled.insert(source.to_string(), compiled);
    }

    /// Loads `source`, when the other thread has compiled it, ahead of its run (say, while a
    /// request is on its way): nothing runs, and what is not compiled yet is left for the run.
    pub fn preload(&mut self, source: &str, ahead: &Precompiled) {
        if self.compiled.contains_key(source) {
            return;
        }
        let loaded = self
            .context
            .clone()
            .with(|ctx| Self::load_ahead(&ctx, source, Some(ahead)));
        if let Some(compiled) = loaded {
            self.remember(source, compiled);
        }
    }

    /// `source` from what the other thread compiled ahead, if it is there.
    fn load_ahead(ctx: &Ctx<'_>, source: &str, ahead: Option<&Precompiled>) -> Option<Compiled> {
        let ahead = ahead?.take(source)?;
        let function = bytecode::load(ctx, &ahead.bytes)?.into_function()?;
        Some(Compiled {
            function: Persistent::save(ctx, function),
            shadows: ahead.shadows,
        })
    }

    /// `source` compiled: loaded from what the other thread compiled ahead, or compiled here.
    fn compile(
        &self,
        ctx: &Ctx<'_>,
        source: &str,
        ahead: Option<&Precompiled>,
    ) -> Result<Compiled, ScriptFailure> {
        if let Some(compiled) = Self::load_ahead(ctx, source, ahead) {
            return Ok(compiled);
        }
        let wrapped = wrap(source);
        let mut options = EvalOptions::default();
        options.global = true;
        options.strict = false;
        options.filename = Some(SCRIPT_FILE.to_string());
        match ctx.eval_with_options::<Function, _>(wrapped.as_str(), options) {
            Ok(f) => Ok(Compiled {
                function: Persistent::save(ctx, f),
                shadows: parameters::declared_sandbox_parameters(source),
            }),
            Err(rquickjs::Error::Exception) => {
                if self.interrupted.get() {
                    return Err(ScriptFailure::Fatal(self.timed_out()));
                }
                let exception = ctx.catch();
                Err(ScriptFailure::Compile(
                    boundary::compile_error_from_exception(&exception, &wrapped, WRAP_HEAD.len()),
                ))
            }
            Err(e) => Err(ScriptFailure::Compile(plain_error(&e.to_string()))),
        }
    }

    fn timed_out(&self) -> ScriptError {
        if self.run_deadline.is_some_and(|d| Instant::now() >= d) {
            return plain_error(RUN_TIMEOUT);
        }
        plain_error(if self.waiting.get() {
            ASYNC_TIMEOUT
        } else {
            SYNC_TIMEOUT
        })
    }

    fn failure(&self, ctx: &Ctx<'_>, error: rquickjs::Error) -> ScriptFailure {
        if self.interrupted.get() {
            let _ = ctx.catch();
            return ScriptFailure::Fatal(self.timed_out());
        }
        if let rquickjs::Error::Exception = error {
            let exception = ctx.catch();
            let e = boundary::error_from_exception(&exception, WRAP_HEAD.len());
            return ScriptFailure::Fatal(e);
        }
        ScriptFailure::Fatal(plain_error(&error.to_string()))
    }
}

/// The glue's entry points, looked up once per runtime.
struct Hooks {
    begin: Persistent<Function<'static>>,
    finish: Persistent<Function<'static>>,
    idle: Persistent<Function<'static>>,
    next_timer: Persistent<Function<'static>>,
    fire_timers: Persistent<Function<'static>>,
    take_sends: Persistent<Function<'static>>,
    deliver: Persistent<Function<'static>>,
    export_json: Persistent<Function<'static>>,
}

struct HookFns<'js> {
    begin: Function<'js>,
    finish: Function<'js>,
    idle: Function<'js>,
    next_timer: Function<'js>,
    fire_timers: Function<'js>,
    take_sends: Function<'js>,
    deliver: Function<'js>,
    export_json: Function<'js>,
}

impl Hooks {
    fn read(ctx: &Ctx<'_>, hooks: Persistent<Object<'static>>) -> Result<Hooks, String> {
        let hooks = hooks.restore(ctx).map_err(|e| e.to_string())?;
        let get = |name: &str| -> Result<Persistent<Function<'static>>, String> {
            let f: Function = hooks
                .get(name)
                .map_err(|e| format!("sandbox hook {name}: {e}"))?;
            Ok(Persistent::save(ctx, f))
        };
        Ok(Hooks {
            begin: get("begin")?,
            finish: get("finish")?,
            idle: get("idle")?,
            next_timer: get("nextTimer")?,
            fire_timers: get("fireTimers")?,
            take_sends: get("takeSends")?,
            deliver: get("deliver")?,
            export_json: get("exportJson")?,
        })
    }

    fn restore<'js>(&self, ctx: &Ctx<'js>) -> rquickjs::Result<HookFns<'js>> {
        Ok(HookFns {
            begin: self.begin.clone().restore(ctx)?,
            finish: self.finish.clone().restore(ctx)?,
            idle: self.idle.clone().restore(ctx)?,
            next_timer: self.next_timer.clone().restore(ctx)?,
            fire_timers: self.fire_timers.clone().restore(ctx)?,
            take_sends: self.take_sends.clone().restore(ctx)?,
            deliver: self.deliver.clone().restore(ctx)?,
            export_json: self.export_json.clone().restore(ctx)?,
        })
    }
}

enum ScriptFailure {
    /// The script did not compile; the engine is fine.
    Compile(ScriptError),
    /// The engine was interrupted or broke; it is rebuilt for the next script.
    Fatal(ScriptError),
}

/// Newman's words for a script stopped by `--timeout-script`.
const SYNC_TIMEOUT: &str = "sandbox: synchronous script execution timeout";
const ASYNC_TIMEOUT: &str = "sandbox: asynchronous script execution timeout";
/// A script (or its timers) still running when the whole run's `--timeout` is reached.
const RUN_TIMEOUT: &str = "callback timed out: the run exceeded --timeout";

fn plain_error(message: &str) -> ScriptError {
    ScriptError {
        name: "Error".to_string(),
        message: message.to_string(),
        line: None,
        column: None,
        stack: String::new(),
    }
}

/// What the glue reads from the Rust side: the job whose script is running (so it asks for
/// the job's inputs one at a time) and the scope texts its kept copies were made from.
#[derive(Default)]
struct Inputs {
    job: Cell<*const ()>,
    kept: RefCell<KeptScopes>,
    /// Bytes of body text that lazy JSON arrays hold outside QuickJS's heap since the last
    /// collection: QuickJS does not count them, so it would not collect for them.
    outside_heap: Cell<usize>,
}

/// Clears [`Inputs::job`] when dropped.
struct Entered<'j>(&'j Inputs);

impl Inputs {
    /// Makes `job` the current one until the returned guard drops.
    fn enter<'j>(&'j self, job: &'j ScriptJob<'_>) -> Entered<'j> {
        self.job.set((job as *const ScriptJob<'_>).cast());
        Entered(self)
    }

    /// Calls `read` with the current job, or with `None` between jobs.
    fn with_job<R>(&self, read: impl FnOnce(Option<&ScriptJob<'_>>) -> R) -> R {
        let job = self.job.get().cast::<ScriptJob<'_>>();
        // SAFETY: the pointer is set only by `enter`, whose guard borrows the job and clears the
        // pointer when dropped, so it is valid here; the engine uses the job only through shared
        // references while the guard lives, and JavaScript (the only caller) runs only then.
        read(unsafe { job.as_ref() })
    }
}

impl Drop for Entered<'_> {
    fn drop(&mut self) {
        self.0.job.set(std::ptr::null());
    }
}

fn install_glue<'js>(
    ctx: &Ctx<'js>,
    inputs: Rc<Inputs>,
    modules: Option<super::modules::ModuleFolder>,
) -> Result<Persistent<Object<'static>>, String> {
    let hooks = Object::new(ctx.clone()).map_err(|e| e.to_string())?;
    // Input part `name` (see `boundary::input_part`), `null` between jobs, `undefined` for a
    // scope the glue's copy still matches; built here: QuickJS's JSON.parse of the text costs
    // several times more.
    let shared = inputs.clone();
    let input_value = Function::new(
        ctx.clone(),
        move |ctx: Ctx<'js>, name: String, have_copy: Opt<bool>| {
            let text = shared.with_job(|job| match job {
                Some(job) => shared
                    .kept
                    .borrow_mut()
                    .part(job, &name, have_copy.0 == Some(true)),
                None => "null".to_string(),
            });
            if text.is_empty() {
                return Ok(Value::new_undefined(ctx));
            }
            match super::json::parse(&ctx, &text) {
                Some(value) => Ok(value),
                None => ctx.json_parse(text),
            }
        },
    )
    .map_err(|e| e.to_string())?;
    hooks
        .set("inputValue", input_value)
        .map_err(|e| e.to_string())?;
    // The expression V8 names in a TypeError at `line`:`column` of the compiled script.
    let shared = inputs.clone();
    let expression_at = Function::new(ctx.clone(), move |what: String, line: u32, column: u32| {
        let culprit = match what.as_str() {
            "call" => Culprit::Call,
            "new" => Culprit::New,
            _ => Culprit::Iterable,
        };
        // the wrapper's head shares the script's first line
        let column = if line == 1 {
            column.saturating_sub(WRAP_HEAD.len() as u32)
        } else {
            column
        };
        shared.with_job(|job| {
            job.and_then(|job| callee::expression_at(job.source, line, column, culprit))
        })
    })
    .map_err(|e| e.to_string())?;
    hooks
        .set("expressionAt", expression_at)
        .map_err(|e| e.to_string())?;
    let shared = inputs.clone();
    let response_body = Function::new(ctx.clone(), move |ctx: Ctx<'js>| {
        shared.with_job(|job| {
            let bytes: &[u8] = job.and_then(|j| j.response).map_or(&[], |r| &r.body);
            // Valid UTF-8 (the usual case) is checked far faster than a lossy conversion runs.
            match std::str::from_utf8(bytes) {
                Ok(text) => rquickjs::String::from_str(ctx, text),
                Err(_) => rquickjs::String::from_str(ctx, &String::from_utf8_lossy(bytes)),
            }
        })
    })
    .map_err(|e| e.to_string())?;
    hooks
        .set("responseBody", response_body)
        .map_err(|e| e.to_string())?;
    // The running job's response body as it came (`pm.response.stream`), in a new ArrayBuffer.
    let shared = inputs.clone();
    let response_bytes = Function::new(ctx.clone(), move |ctx: Ctx<'js>| {
        shared.with_job(|job| {
            let bytes: &[u8] = job.and_then(|j| j.response).map_or(&[], |r| &r.body);
            rquickjs::ArrayBuffer::new_copy(ctx, bytes)
        })
    })
    .map_err(|e| e.to_string())?;
    hooks
        .set("responseBytes", response_bytes)
        .map_err(|e| e.to_string())?;
    // The text of a `pm.sendRequest` response's bytes, as `responseBody` makes it.
    let bytes_text = Function::new(
        ctx.clone(),
        |ctx: Ctx<'js>, bytes: rquickjs::ArrayBuffer<'js>| {
            // SAFETY: the slice is read before any JavaScript runs again
            let bytes = unsafe { bytes.as_bytes() }.unwrap_or_default();
            rquickjs::String::from_str(ctx, &String::from_utf8_lossy(bytes))
        },
    )
    .map_err(|e| e.to_string())?;
    hooks
        .set("bytesText", bytes_text)
        .map_err(|e| e.to_string())?;
    // `JSON.parse(text)` through serde_json; undefined when the text needs QuickJS's own parser.
    // With `make` (the glue's `lazyArray`), long arrays of objects are built as they are read.
    let shared = inputs.clone();
    let parse_json = Function::new(
        ctx.clone(),
        move |ctx: Ctx<'js>,
              text: rquickjs::String<'js>,
              make: rquickjs::function::Opt<Function<'js>>| {
            let text = text.to_string()?;
            Ok::<_, rquickjs::Error>(match make.0 {
                Some(make) => {
                    let held = shared.outside_heap.get();
                    shared.outside_heap.set(held.saturating_add(text.len()));
                    super::json::parse_lazy(&ctx, text.into(), make)
                }
                None => super::json::parse(&ctx, &text),
            })
        },
    )
    .map_err(|e| e.to_string())?;
    hooks
        .set("parseJsonFast", parse_json)
        .map_err(|e| e.to_string())?;
    let dynamic = Function::new(ctx.clone(), |name: String| {
        crate::variables::dynamic::dynamic_value(&name)
    })
    .map_err(|e| e.to_string())?;
    hooks.set("dynamic", dynamic).map_err(|e| e.to_string())?;
    let module_source = Function::new(ctx.clone(), |name: String| super::modules::source(&name))
        .map_err(|e| e.to_string())?;
    hooks
        .set("moduleSource", module_source)
        .map_err(|e| e.to_string())?;
    let module_factory = Function::new(ctx.clone(), |ctx: Ctx<'js>, name: String| {
        super::modules::precompiled(&ctx, &name)
    })
    .map_err(|e| e.to_string())?;
    hooks
        .set("moduleFactory", module_factory)
        .map_err(|e| e.to_string())?;
    if let Some(folder) = modules {
        let external = Function::new(ctx.clone(), move |request: String, from: String| {
            folder.load_for_script(&request, &from)
        })
        .map_err(|e| e.to_string())?;
        hooks
            .set("externalModule", external)
            .map_err(|e| e.to_string())?;
    }
    let lazy_globals: Vec<Vec<&str>> = super::modules::lazy_globals()
        .map(|(global, module)| vec![global, module])
        .collect();
    hooks
        .set("lazyGlobals", lazy_globals)
        .map_err(|e| e.to_string())?;
    hooks
        .set("moduleNames", super::modules::names_for_messages())
        .map_err(|e| e.to_string())?;
    let native = super::modules::install_natives(ctx).map_err(|e| e.to_string())?;
    hooks.set("native", native).map_err(|e| e.to_string())?;
    for (file, source) in GLUE {
        // Precompiled at build time; the source when that bytecode is missing or does not load.
        let install: Function = match super::bytecode::glue(ctx, file, source) {
            Some(install) => install,
            None => {
                let mut options = EvalOptions::default();
                options.global = true;
                options.strict = true;
                options.filename = Some(file.to_string());
                ctx.eval_with_options(*source, options)
                    .map_err(|e| glue_error(ctx, file, e))?
            }
        };
        install
            .call::<_, Value>((hooks.clone(),))
            .map_err(|e| glue_error(ctx, file, e))?;
    }
    Ok(Persistent::save(ctx, hooks))
}

fn glue_error(ctx: &Ctx<'_>, file: &str, error: rquickjs::Error) -> String {
    if let rquickjs::Error::Exception = error {
        let exception = ctx.catch();
        let e = boundary::error_from_exception(&exception, 0);
        return format!("{file}: {}: {}\n{}", e.name, e.message, e.stack);
    }
    format!("{file}: {error}")
}
