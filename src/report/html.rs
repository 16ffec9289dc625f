//! The `html` reporter: one self-contained page (`--reporter-html-export PATH`, default
//! `newman/newman-run-report-<timestamp>-0.html`) with the summary numbers, the failures first, a
//! timeline of the requests, and every request with its headers, bodies, assertions and console lines.
//!
//! Each execution is rendered when its item ends and kept in a temporary file, so a long run does
//! not hold its bodies in memory; the page is put together when the run is done. Bodies longer
//! than `--reporter-html-max-body BYTES` (default 64 KiB) are cut with a note.

use super::html_page::{
    body_block, escape, headers_table, summary_table, timeline_svg, TimelineBar, FILTER_SCRIPT,
    FILTER_TOOLS, STYLE,
};
use super::report_file::{export_path, write_atomically};
use super::secrets::{MaskHandle, SharedMask};
use super::summary::RunSummary;
use super::{ReportConfig, Reporter};
use crate::http::ResponseData;
use crate::runner::events::{RequestOrigin, RunEvent};
use crate::script::{ScriptKind, ScriptOutcome};
use std::fmt::Write as _;
use std::io::{Seek, Write};
use std::path::PathBuf;
use std::time::Instant;

const DEFAULT_MAX_BODY: usize = 64 * 1024;

/// What the page shows. Options are read as `--reporter-<name>-<option>` with `<name>` `html` or
/// `htmlextra`, in newman-reporter-htmlextra's spelling (`browserTitle`) or postie's
/// (`browser-title`): `title`, `browserTitle`, `darkTheme`, `showOnlyFails`, `omitHeaders`,
/// `skipSensitiveData` (no headers or bodies), `logs` (console lines; on by default for `html`, off
/// for `htmlextra`, as there), `max-body`.
#[derive(Debug, Clone, Default)]
pub struct HtmlOptions {
    pub title: Option<String>,
    pub browser_title: Option<String>,
    pub dark_theme: bool,
    pub show_only_fails: bool,
    pub omit_headers: bool,
    pub skip_sensitive_data: bool,
    pub logs: bool,
}

/// htmlextra options postie reads; others are named in a warning and left out.
const KNOWN_OPTIONS: &[&str] = &[
    "export",
    "title",
    "browserTitle",
    "darkTheme",
    "showOnlyFails",
    "omitHeaders",
    "skipSensitiveData",
    "logs",
    "max-body",
    "browser-title",
    "dark-theme",
    "show-only-fails",
    "omit-headers",
    "skip-sensitive-data",
];

impl HtmlOptions {
    pub fn from_config(config: &ReportConfig, name: &str) -> HtmlOptions {
        let value = |camel: &str, kebab: &str| {
            config
                .option(name, camel)
                .or_else(|| config.option(name, kebab))
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        let flag = |camel: &str, kebab: &str| config.flag(name, camel) || config.flag(name, kebab);
        HtmlOptions {
            title: value("title", "title"),
            browser_title: value("browserTitle", "browser-title"),
            dark_theme: flag("darkTheme", "dark-theme"),
            show_only_fails: flag("showOnlyFails", "show-only-fails"),
            omit_headers: flag("omitHeaders", "omit-headers"),
            skip_sensitive_data: flag("skipSensitiveData", "skip-sensitive-data"),
            logs: name == "html" || flag("logs", "logs"),
        }
    }
}

/// The `--reporter-<name>-…` options given that the html report does not read.
fn ignored_options(config: &ReportConfig, name: &str) -> Vec<String> {
    let prefix = format!("{name}-");
    config
        .options
        .iter()
        .filter_map(|(key, _)| key.strip_prefix(&prefix))
        .filter(|option| !KNOWN_OPTIONS.contains(option))
        .map(str::to_string)
        .collect()
}

#[derive(Debug, Default)]
struct HtmlExecution {
    path: String,
    iteration: usize,
    method: String,
    url: String,
    request_headers: Vec<(String, String)>,
    request_body: Option<Vec<u8>>,
    response: Option<ResponseData>,
    error: Option<String>,
    /// (name, "passed"/"failed"/"skipped", message)
    assertions: Vec<(String, &'static str, String)>,
    console: Vec<(String, String)>,
    script_errors: Vec<String>,
    requested: bool,
}

pub struct HtmlReporter {
    export: Option<PathBuf>,
    max_body: usize,
    options: HtmlOptions,
    mask: MaskHandle,
    summary: RunSummary,
    collection_name: String,
    started: Option<Instant>,
    current: Option<HtmlExecution>,
    executions: usize,
    /// Failed executions: (anchor, "path", iteration, lines).
    failures: Vec<(String, String, usize, Vec<String>)>,
    timeline: Vec<TimelineBar>,
    sections: Option<std::fs::File>,
    iterations: usize,
    /// The iteration whose heading was written last.
    shown_iteration: Option<usize>,
}

impl HtmlReporter {
    /// Uses the run's shared mask (learned by `MaskLearner`) instead of its own.
    pub fn with_shared_mask(mut self, mask: SharedMask) -> HtmlReporter {
        self.mask = MaskHandle::shared(mask);
        self
    }

    /// The report as `-r <name>` asks for it: `html`, or `htmlextra` with that reporter's options.
    pub fn named(config: &ReportConfig, name: &str) -> HtmlReporter {
        let ignored = ignored_options(config, name);
        if !ignored.is_empty() {
            eprintln!(
                "postie: the {name} report leaves out these options: {}",
                ignored.join(", ")
            );
        }
        HtmlReporter {
            export: config
                .option(name, "export")
                .filter(|p| !p.is_empty())
                .map(PathBuf::from),
            max_body: config
                .option(name, "max-body")
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(DEFAULT_MAX_BODY),
            options: HtmlOptions::from_config(config, name),
            mask: MaskHandle::own(config),
            summary: RunSummary::counts_only(),
            collection_name: String::new(),
            started: None,
            current: None,
            executions: 0,
            failures: Vec::new(),
            timeline: Vec::new(),
            sections: None,
            iterations: 0,
            shown_iteration: None,
        }
    }

    fn elapsed_ms(&self) -> f64 {
        self.started
            .map_or(0.0, |s| s.elapsed().as_secs_f64() * 1000.0)
    }

    fn script(&mut self, kind: ScriptKind, outcome: &ScriptOutcome) {
        let Some(current) = self.current.as_mut() else {
            return;
        };
        for assertion in &outcome.assertions {
            let (state, message) = match (&assertion.error, assertion.skipped) {
                (Some(e), _) => ("failed", e.message.clone()),
                (None, true) => ("skipped", String::new()),
                (None, false) => ("passed", String::new()),
            };
            current
                .assertions
                .push((assertion.name.clone(), state, message));
        }
        for line in &outcome.console {
            current
                .console
                .push((line.level.clone(), line.text.clone()));
        }
        if let Some(error) = &outcome.error {
            current.script_errors.push(format!(
                "{} script: {}: {}",
                kind.event_name(),
                error.name,
                error.message
            ));
        }
    }

    fn finish_execution(&mut self) -> Result<(), String> {
        let Some(execution) = self.current.take() else {
            return Ok(());
        };
        let anything = execution.requested
            || !execution.assertions.is_empty()
            || !execution.console.is_empty()
            || !execution.script_errors.is_empty();
        if !anything {
            return Ok(());
        }
        self.executions += 1;
        let anchor = format!("exec-{}", self.executions);
        let mut problems: Vec<String> = execution.script_errors.clone();
        if let Some(error) = &execution.error {
            problems.insert(0, format!("request error: {error}"));
        }
        for (name, state, message) in &execution.assertions {
            if *state == "failed" {
                problems.push(format!("{name}: {message}"));
            }
        }
        if !problems.is_empty() {
            self.failures.push((
                anchor.clone(),
                execution.path.clone(),
                execution.iteration,
                problems.clone(),
            ));
        }
        if execution.requested {
            let duration_ms = execution
                .response
                .as_ref()
                .map_or(0.0, |r| r.response_time as f64);
            let end = self.elapsed_ms();
            self.timeline.push(TimelineBar {
                label: format!("{} {}", execution.method, execution.path),
                start_ms: (end - duration_ms).max(0.0),
                duration_ms,
                failed: !problems.is_empty(),
                anchor: anchor.clone(),
            });
        }
        let mut html = String::new();
        if self.shown_iteration != Some(execution.iteration) {
            self.shown_iteration = Some(execution.iteration);
            html.push_str(&format!(
                "<h3 class=\"iteration\" id=\"iteration-{0}\">Iteration {0}</h3>\n",
                execution.iteration + 1
            ));
        }
        if self.options.show_only_fails && problems.is_empty() {
            return Ok(());
        }
        html.push_str(&self.execution_html(&execution, &anchor, !problems.is_empty()));
        let file = match &mut self.sections {
            Some(file) => file,
            None => self
                .sections
                .insert(tempfile::tempfile().map_err(|e| format!("html report: {e}"))?),
        };
        file.write_all(html.as_bytes())
            .map_err(|e| format!("html report: {e}"))
    }

    fn execution_html(&self, e: &HtmlExecution, anchor: &str, failed: bool) -> String {
        let m = |t: &str| self.mask.get().apply(t).into_owned();
        let mask_pairs = |pairs: &[(String, String)]| -> Vec<(String, String)> {
            pairs.iter().map(|(k, v)| (m(k), m(v))).collect()
        };
        let mut out = String::new();
        let status = match (&e.response, &e.error) {
            (Some(r), _) => format!("{} {}", r.code, r.status),
            (None, Some(_)) => "request error".into(),
            (None, None) => "not sent".into(),
        };
        let (time, bytes) = e
            .response
            .as_ref()
            .map_or((String::new(), String::new()), |r| {
                (
                    super::format::duration(r.response_time as f64),
                    super::format::size(r.response_size as u64),
                )
            });
        let _ = writeln!(
            out,
            "<details id=\"{anchor}\" class=\"execution{}\"{}><summary><span class=\"method\">{}</span>{} <span class=\"meta\">{} · {} · {} · {} · iteration {}</span></summary>",
            if failed { " has-failures" } else { "" },
            if failed { " open" } else { "" },
            escape(&e.method),
            escape(&m(&e.path)),
            escape(&m(&e.url)),
            escape(&status),
            escape(&time),
            escape(&bytes),
            e.iteration + 1
        );
        if let Some(error) = &e.error {
            let _ = writeln!(
                out,
                "<p class=\"failed\">Request error: {}</p>",
                escape(&m(error))
            );
        }
        for error in &e.script_errors {
            let _ = writeln!(out, "<p class=\"failed\">{}</p>", escape(&m(error)));
        }
        if !e.assertions.is_empty() {
            out.push_str("<ul class=\"assertions\">\n");
            for (name, state, message) in &e.assertions {
                let mark = match *state {
                    "failed" => "✗",
                    "skipped" => "–",
                    _ => "✓",
                };
                let _ = write!(out, "<li class=\"{state}\">{mark} {}", escape(&m(name)));
                if !message.is_empty() {
                    let _ = write!(out, " — {}", escape(&m(message)));
                }
                out.push_str("</li>\n");
            }
            out.push_str("</ul>\n");
        }
        if self.options.logs && !e.console.is_empty() {
            out.push_str("<h4>Console</h4><pre class=\"console\">");
            for (level, text) in &e.console {
                let _ = writeln!(out, "[{}] {}", escape(level), escape(&m(text)));
            }
            out.push_str("</pre>\n");
        }
        let headers = !self.options.omit_headers && !self.options.skip_sensitive_data;
        let bodies = !self.options.skip_sensitive_data;
        if e.requested {
            if headers {
                out.push_str("<h4>Request headers</h4>\n");
                out.push_str(&headers_table(&mask_pairs(&e.request_headers)));
            }
            if let Some(body) = e.request_body.as_ref().filter(|_| bodies) {
                out.push_str("<h4>Request body</h4>\n");
                out.push_str(&body_block(
                    &self.mask.get().apply_bytes(body),
                    self.max_body,
                ));
            }
        }
        if let Some(r) = &e.response {
            if headers {
                out.push_str("<h4>Response headers</h4>\n");
                out.push_str(&headers_table(&mask_pairs(&r.headers)));
            }
            if bodies {
                out.push_str("<h4>Response body</h4>\n");
                out.push_str(&body_block(
                    &self.mask.get().apply_bytes(&r.body),
                    self.max_body,
                ));
            }
        }
        out.push_str("</details>\n");
        out
    }

    fn page_head(&self) -> String {
        let m = |t: &str| self.mask.get().apply(t).into_owned();
        let failed = self.summary.run_failed();
        let name = m(&self.collection_name);
        let browser_title = self
            .options
            .browser_title
            .clone()
            .unwrap_or_else(|| format!("{name} — postie report"));
        let mut out = format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{}</title><style>{STYLE}</style></head><body{}>\n\
             <header><h1>{}</h1><p>{} iteration{}, {} request{} · <span class=\"verdict {}\" id=\"verdict\">{}</span></p></header>\n<main>\n",
            escape(&browser_title),
            if self.options.dark_theme { " class=\"dark\"" } else { "" },
            escape(self.options.title.as_deref().unwrap_or(&name)),
            self.iterations,
            if self.iterations == 1 { "" } else { "s" },
            self.summary.stats.requests.total,
            if self.summary.stats.requests.total == 1 { "" } else { "s" },
            if failed { "failed" } else { "passed" },
            if failed { "FAILED" } else { "PASSED" },
        );
        out.push_str("<h2>Summary</h2>\n");
        out.push_str(&summary_table(&self.summary));
        if let Some(error) = &self.summary.error {
            let _ = writeln!(
                out,
                "<p class=\"failed\" id=\"run-error\">Run error: {}</p>",
                escape(&m(error))
            );
        }
        let _ = writeln!(
            out,
            "<h2>Failures (<span id=\"failure-count\">{}</span> requests)</h2>",
            self.failures.len()
        );
        if self.failures.is_empty() {
            out.push_str("<p class=\"passed\">No failures.</p>\n");
        } else {
            out.push_str("<table id=\"failures\"><thead><tr><th>#</th><th>request</th><th>iteration</th><th>what failed</th></tr></thead><tbody>\n");
            for (i, (anchor, path, iteration, lines)) in self.failures.iter().enumerate() {
                let detail: Vec<String> = lines.iter().map(|l| escape(&m(l))).collect();
                let _ = writeln!(
                    out,
                    "<tr class=\"failed\"><td class=\"num\">{}</td><td><a href=\"#{anchor}\">{}</a></td><td class=\"num\">{}</td><td>{}</td></tr>",
                    i + 1,
                    escape(&m(path)),
                    iteration + 1,
                    detail.join("<br>")
                );
            }
            out.push_str("</tbody></table>\n");
        }
        out.push_str("<h2>Timeline</h2>\n");
        out.push_str(&timeline_svg(&self.timeline));
        let _ = writeln!(
            out,
            "<h2>Requests (<span id=\"execution-count\">{}</span>)</h2>",
            self.executions
        );
        out.push_str(FILTER_TOOLS);
        out
    }

    fn write(&mut self) -> Result<PathBuf, String> {
        let now = chrono::Utc::now();
        let path = export_path(self.export.as_deref(), "html", &now);
        let head = self.page_head();
        let mut sections = self.sections.take();
        write_atomically(&path, |file| {
            file.write_all(head.as_bytes()).map_err(|e| e.to_string())?;
            if let Some(sections) = sections.as_mut() {
                sections
                    .seek(std::io::SeekFrom::Start(0))
                    .map_err(|e| e.to_string())?;
                std::io::copy(sections, file).map_err(|e| e.to_string())?;
            }
            file.write_all(FILTER_SCRIPT.as_bytes())
                .map_err(|e| e.to_string())?;
            file.write_all(b"</main></body></html>\n")
                .map_err(|e| e.to_string())
        })?;
        Ok(path)
    }
}

impl Reporter for HtmlReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String> {
        self.mask.observe(event);
        self.summary.on_event(event);
        match event {
            RunEvent::Start {
                collection,
                iterations,
                ..
            } => {
                self.collection_name = collection.info.name.clone();
                self.iterations = *iterations;
                self.started = Some(Instant::now());
            }
            RunEvent::ItemStart { cursor, item, .. } => {
                self.finish_execution()?;
                self.current = Some(HtmlExecution {
                    path: item.path(),
                    iteration: cursor.iteration,
                    method: item.item.request.method.clone(),
                    ..HtmlExecution::default()
                });
            }
            RunEvent::Script { kind, outcome, .. } => self.script(*kind, outcome),
            RunEvent::Request {
                request,
                response,
                origin: RequestOrigin::Item,
                ..
            } => {
                if let Some(current) = self.current.as_mut() {
                    current.requested = true;
                    current.method = request.method.clone();
                    current.url = request.url.clone();
                    current.request_headers = request
                        .headers
                        .iter()
                        .map(|h| (h.key.clone(), h.value.clone()))
                        .collect();
                    current.request_body = request.body.clone();
                    match response {
                        Ok(r) => current.response = Some((*r).clone()),
                        Err(e) => current.error = Some(e.message.clone()),
                    }
                }
            }
            RunEvent::RequestSkipped { reason, .. } => {
                if let Some(current) = self.current.as_mut() {
                    current.requested = true;
                    current.error = Some(reason.to_string());
                }
            }
            RunEvent::ItemEnd { .. } => self.finish_execution()?,
            RunEvent::Done { .. } => {
                self.finish_execution()?;
                self.write()?;
            }
            _ => {}
        }
        Ok(())
    }
}
