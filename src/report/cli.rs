//! The `cli` reporter: Newman's terminal output (items, requests, assertions, console, summary tables).

use super::cli_tables::{failures_table, statistics_table};
use super::cli_verbose::{leaves_box_open, verbose_block};
use super::format::{
    duration, pad_left, redacted_duration, size, total_response_size, wrap_cut, Painter, Style,
    Symbols,
};
use super::summary::RunSummary;
use super::{ColorChoice, ReportConfig, Reporter};
use crate::http::{PreparedRequest, RequestError, ResponseData};
use crate::runner::events::{ItemRef, RequestOrigin, RunEvent};
use crate::script::{NextRequest, ScriptKind, ScriptOutcome};
use std::io::{IsTerminal, Write};

/// Width console lines are cut at (Newman's 60 columns minus 6 when the terminal size is unknown).
const CONSOLE_WIDTH: usize = 54;

/// `--reporter-cli-*` switches and the global flags the cli honours.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CliOptions {
    pub no_summary: bool,
    pub no_failures: bool,
    pub no_assertions: bool,
    pub no_success_assertions: bool,
    pub no_console: bool,
    pub no_banner: bool,
    pub show_timestamps: bool,
    pub disable_unicode: bool,
    pub color: bool,
    /// `--verbose`: sizes, header counts and bodies of each request.
    pub verbose: bool,
    /// Print `<time>` for every duration, so output can be compared byte for byte (tests).
    pub redact_times: bool,
}

impl CliOptions {
    /// Reads the options; `color` is decided from `--color`, the colour variables of the
    /// environment and whether stdout is a terminal (see [`use_color`]).
    pub fn from_config(config: &ReportConfig) -> CliOptions {
        let flag = |name: &str| config.flag("cli", name);
        CliOptions {
            no_summary: flag("no-summary"),
            no_failures: flag("no-failures"),
            no_assertions: flag("no-assertions"),
            no_success_assertions: flag("no-success-assertions"),
            no_console: flag("no-console"),
            no_banner: flag("no-banner"),
            show_timestamps: flag("show-timestamps"),
            disable_unicode: config.disable_unicode,
            verbose: config.verbose,
            // Not a Newman option: `--reporter-cli-redact-times` makes output comparable in tests.
            redact_times: flag("redact-times"),
            color: use_color(
                config.color,
                std::io::stdout().is_terminal(),
                &ColorEnv::from_process(),
            ),
        }
    }
}

/// The environment variables that decide colour under `--color auto`.
#[derive(Debug, Clone, Default)]
pub struct ColorEnv {
    /// `NO_COLOR` set and not empty (no-color.org).
    pub no_color: bool,
    /// `FORCE_COLOR` set to anything but `0` or `false` (as Node's tools read it).
    pub force_color: bool,
    /// `TERM=dumb`: a terminal that cannot draw colours.
    pub dumb_term: bool,
}

impl ColorEnv {
    pub fn from_process() -> ColorEnv {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        ColorEnv {
            no_color: var("NO_COLOR").is_some(),
            force_color: var("FORCE_COLOR").is_some_and(|v| v != "0" && v != "false"),
            dumb_term: var("TERM").is_some_and(|v| v == "dumb"),
        }
    }
}

/// `--color on` always, `off` never. `auto`: `NO_COLOR` turns colour off, then `FORCE_COLOR` turns
/// it on (a CI log that renders colours), then `TERM=dumb` turns it off; otherwise colour when
/// stdout is a terminal.
pub fn use_color(choice: ColorChoice, is_terminal: bool, env: &ColorEnv) -> bool {
    match choice {
        ColorChoice::On => true,
        ColorChoice::Off => false,
        ColorChoice::Auto if env.no_color => false,
        ColorChoice::Auto if env.force_color => true,
        ColorChoice::Auto => is_terminal && !env.dumb_term,
    }
}

pub struct CliReporter {
    out: Box<dyn Write>,
    options: CliOptions,
    summary: RunSummary,
    symbols: Symbols,
    paint: Painter,
    /// The folder of the last item (names and id); None at the collection root.
    current_group: Option<(Vec<String>, Option<String>)>,
    /// Style of the console box being drawn, until something else is printed.
    open_console: Option<Style>,
    /// The last `setNextRequest` target of the item's test scripts, shown once they all ran.
    next_request: Option<String>,
    /// Secrets to mask before text is wrapped (the writer masks whole lines, not wrapped pieces).
    mask: Option<super::secrets::SharedMask>,
    /// A `--verbose` request block drawn when its item ends, masked with what the item's test
    /// scripts taught the mask (a token they capture from this very response), and the output
    /// that follows it.
    held: Option<HeldBlock>,
    /// `--retry`: attempts of the current request sent again, shown on its request line.
    retries: u32,
}

struct HeldBlock {
    request: PreparedRequest,
    response: ResponseData,
    after: Vec<u8>,
}

impl CliReporter {
    pub fn new(options: CliOptions, out: Box<dyn Write>) -> CliReporter {
        CliReporter {
            out,
            symbols: Symbols::new(options.disable_unicode),
            paint: Painter {
                enabled: options.color,
            },
            options,
            summary: RunSummary::counts_only(),
            current_group: None,
            open_console: None,
            next_request: None,
            mask: None,
            held: None,
            retries: 0,
        }
    }

    /// Masks secrets in bodies and console lines before they are wrapped.
    pub fn with_mask(mut self, mask: super::secrets::SharedMask) -> CliReporter {
        self.mask = Some(mask);
        self
    }

    fn masked<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        match &self.mask {
            Some(mask) => std::borrow::Cow::Owned(mask.borrow().apply(text).into_owned()),
            None => std::borrow::Cow::Borrowed(text),
        }
    }

    /// Uses `summary` (say, one with a fixed clock) instead of a fresh one.
    #[cfg(test)]
    pub fn with_summary(mut self, summary: RunSummary) -> CliReporter {
        self.summary = summary;
        self
    }

    fn duration(&self) -> fn(f64) -> String {
        if self.options.redact_times {
            redacted_duration
        } else {
            duration
        }
    }

    fn paint(&self, style: Style, text: &str) -> String {
        self.paint.paint(style, text)
    }

    /// Writes text, first closing a console box left open. Terminal write errors are ignored.
    fn print(&mut self, text: &str) {
        if let Some(style) = self.open_console.take() {
            let bottom = format!("  {}", self.symbols.console_bottom);
            let bottom = self.paint(style, &bottom);
            self.write(format!("{bottom}\n").as_bytes());
        }
        self.write(text.as_bytes());
    }

    /// Writes, or keeps the bytes after a held verbose block.
    fn write(&mut self, bytes: &[u8]) {
        match &mut self.held {
            Some(held) => held.after.extend_from_slice(bytes),
            None => {
                let _ = self.out.write_all(bytes);
            }
        }
    }

    /// Draws the held verbose block, masked as the mask is now, and what followed it.
    fn release_held(&mut self) {
        let Some(held) = self.held.take() else {
            return;
        };
        let mask = |text: &str| self.masked(text).into_owned();
        let block = verbose_block(
            &held.request,
            &held.response,
            &self.symbols,
            self.paint,
            self.duration(),
            &mask,
        );
        let _ = self.out.write_all(block.as_bytes());
        let _ = self.out.write_all(&held.after);
    }

    fn start(&mut self, name: &str, id: &str) {
        if !self.options.no_banner {
            self.print("postie\n\n");
        }
        let identifier = if name.is_empty() { id } else { name };
        if !identifier.is_empty() {
            self.print(&format!("{identifier}\n"));
        }
    }

    fn iteration_start(&mut self, iteration: usize, count: usize) {
        if count <= 1 {
            return;
        }
        let banner = format!("Iteration {}/{}", iteration + 1, count);
        let banner = self.paint(Style::Gray, &self.paint(Style::Underline, &banner));
        self.print(&format!("\n{banner}\n"));
    }

    fn item_start(&mut self, item: &ItemRef<'_>) {
        let group = (!item.folders.is_empty())
            .then(|| (item.folders.to_vec(), item.parent_id.map(str::to_string)));
        if group.is_some() && group != self.current_group {
            let line = format!("\n{} {}", self.symbols.folder, item.folders.join(" / "));
            self.print(&line);
        }
        self.current_group = group;
        let symbol = if item.folders.is_empty() {
            self.symbols.root
        } else {
            self.symbols.sub
        };
        self.print(&format!("\n{} {}\n", symbol, item.item.name));
    }

    fn timestamp(&self, date_too: bool) -> String {
        let now = chrono::Local::now();
        let text = if date_too {
            now.format("%-m/%-d/%Y, %-I:%M:%S %p").to_string()
        } else {
            now.format("%-I:%M:%S %p").to_string()
        };
        format!("[{text}]")
    }

    fn request_line(&mut self, method: &str, url: &str) {
        let line = if self.options.show_timestamps {
            let ts = self.paint(Style::Gray, &self.timestamp(true));
            format!(
                "  {}  {} {} ",
                ts,
                self.paint(Style::Gray, method),
                self.paint(Style::Gray, url)
            )
        } else {
            format!(
                "  {} {} ",
                self.paint(Style::Gray, method),
                self.paint(Style::Gray, url)
            )
        };
        self.print(&line);
    }

    fn request(
        &mut self,
        request: &PreparedRequest,
        response: Result<&ResponseData, &RequestError>,
    ) {
        // Newman logs these (unreadable files, an auth that could not sign) as console warnings,
        // the text quoted as Node's console shows a string.
        if !self.options.no_console {
            for warning in &request.warnings {
                let quote = if warning.contains('\'') { '"' } else { '\'' };
                self.console("warn", &format!("{quote}{warning}{quote}"));
            }
        }
        self.request_line(&request.method, &request.url);
        let retries = std::mem::take(&mut self.retries);
        if retries > 0 {
            let symbol = if self.options.disable_unicode {
                "retried"
            } else {
                "↻"
            };
            let plural = if retries == 1 { "retry" } else { "retries" };
            let text = self.paint(Style::Gray, &format!("{symbol} {retries} {plural}"));
            self.print(&format!("{text} "));
        }
        match response {
            Ok(response) if self.options.verbose => {
                self.release_held();
                if leaves_box_open(response) {
                    self.open_console = Some(Style::White);
                }
                self.held = Some(HeldBlock {
                    request: request.clone(),
                    response: response.clone(),
                    after: Vec::new(),
                });
            }
            Ok(response) => {
                let meta = response_meta(response, self.duration());
                let meta = self.paint(Style::Gray, &meta);
                self.print(&format!("{meta}\n"));
            }
            Err(error) => self.request_error(&error.message),
        }
    }

    fn request_error(&mut self, message: &str) {
        let errored = self.paint(Style::Red, "[errored]");
        let message = self.paint(Style::Red, &format!("     {message}"));
        self.print(&format!("{errored}\n{message}\n"));
    }

    fn script(&mut self, kind: ScriptKind, outcome: &ScriptOutcome, failures_before: usize) {
        if !self.options.no_console {
            for message in &outcome.console {
                self.console(&message.level, &message.text);
            }
        }
        let mut failures = failures_before;
        for assertion in &outcome.assertions {
            if assertion.error.is_some() {
                failures += 1;
            }
            if !self.options.no_assertions {
                self.assertion(
                    &assertion.name,
                    assertion.skipped,
                    assertion.error.is_none(),
                    failures,
                );
            }
        }
        if let Some(error) = &outcome.error {
            failures += 1;
            let line = format!(
                "{}⠄ {} in {}-script",
                pad_left(&failures.to_string(), 3, ' '),
                error.name,
                kind.event_name()
            );
            let line = self.paint(Style::RedBold, &line);
            self.print(&format!("{line}\n"));
        }
        if kind == ScriptKind::Test {
            if let Some(NextRequest::Item(next)) = &outcome.next_request {
                self.next_request = Some(next.clone());
            }
        }
    }

    fn assertion(&mut self, name: &str, skipped: bool, passed: bool, failure_number: usize) {
        if skipped {
            if !self.options.no_success_assertions {
                let line = format!(
                    "{} {}\n",
                    self.paint(Style::Cyan, "  - "),
                    self.paint(Style::Cyan, &format!("[skipped] {name}"))
                );
                self.print(&line);
            }
            return;
        }
        if passed && self.options.no_success_assertions {
            return;
        }
        let (mark, text) = if passed {
            (
                self.paint(Style::Green, &format!("  {} ", self.symbols.ok)),
                self.paint(Style::Gray, name),
            )
        } else {
            let width = if self.options.show_timestamps { 2 } else { 3 };
            (
                self.paint(
                    Style::RedBold,
                    &format!("{}.", pad_left(&failure_number.to_string(), width, ' ')),
                ),
                self.paint(Style::RedBold, name),
            )
        };
        let line = if self.options.show_timestamps {
            let ts = self.paint(Style::Gray, &self.timestamp(false));
            format!("  {ts}{mark} {text}\n")
        } else {
            format!("{mark} {text}\n")
        };
        self.print(&line);
    }

    /// One console message inside a `┌ │ └` box; consecutive messages share the box.
    fn console(&mut self, level: &str, text: &str) {
        let style = Painter::console_style(level);
        if self.options.show_timestamps {
            let ts = self.paint(Style::Gray, &format!("{}\n", self.timestamp(false)));
            self.print(&format!("\n  {ts}"));
        }
        if self.open_console.is_none() {
            let top = self.paint(style, &format!("  {}", self.symbols.console_top));
            self.print(&format!("{top}\n"));
        }
        let indent = self.paint(style, &format!("  {} ", self.symbols.console_middle));
        let mut block = String::new();
        for line in wrap_cut(&self.masked(text), CONSOLE_WIDTH) {
            block.push_str(&indent);
            block.push_str(&self.paint(Style::Gray, &line));
            block.push('\n');
        }
        self.write(block.as_bytes());
        self.open_console = Some(style);
    }

    fn done(&mut self) {
        if !self.options.no_summary {
            let table = statistics_table(
                &self.summary,
                !self.options.disable_unicode,
                self.paint,
                self.duration(),
                self.options.redact_times,
            );
            self.print(&format!("\n{table}\n"));
        }
        if !self.options.no_failures && !self.summary.failures.is_empty() {
            // Masked before the table wraps long messages into pieces.
            if let Some(mask) = &self.mask {
                let mask = mask.borrow();
                for failure in &mut self.summary.failures {
                    mask.apply_json(&mut failure.error);
                    failure.item_path = mask.apply(&failure.item_path).into_owned();
                }
            }
            let table = failures_table(&self.summary.failures, self.paint);
            self.print(&format!("\n{table}\n"));
        }
        self.print("");
        let _ = self.out.flush();
    }
}

/// `[200 OK, 437B, 12ms]`.
pub fn response_meta(response: &ResponseData, duration: fn(f64) -> String) -> String {
    format!(
        "[{} {}, {}, {}]",
        response.code,
        response.status,
        size(total_response_size(response)),
        duration(response.response_time as f64)
    )
}

impl Reporter for CliReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String> {
        let failures_before = self.summary.failures.len();
        self.summary.on_event(event);
        match event {
            RunEvent::Start { collection, .. } => {
                self.start(&collection.info.name, &collection.info.id)
            }
            RunEvent::IterationStart { iteration, count } => {
                self.iteration_start(*iteration, *count)
            }
            RunEvent::ItemStart { item, .. } => {
                self.item_start(item);
                let _ = self.out.flush();
            }
            RunEvent::Script { kind, outcome, .. } => self.script(*kind, outcome, failures_before),
            RunEvent::Request {
                origin: RequestOrigin::Retry,
                ..
            } => self.retries += 1,
            RunEvent::Request {
                request, response, ..
            } => self.request(request, *response),
            RunEvent::RequestSkipped { item, reason, .. } => {
                let request = &item.item.request;
                self.request_line(&request.method, &request.url.raw);
                self.request_error(reason);
            }
            RunEvent::ItemEnd { .. } => {
                if let Some(next) = self.next_request.take() {
                    let line = format!("Attempting to set next request to {next}");
                    let line = self.paint(Style::Gray, &line);
                    self.print(&format!("\n{line}\n"));
                }
                self.release_held();
                let _ = self.out.flush();
            }
            RunEvent::Done { .. } => {
                self.release_held();
                self.done()
            }
            RunEvent::Folder { .. }
            | RunEvent::ScriptsStart { .. }
            | RunEvent::IterationEnd { .. } => {}
        }
        Ok(())
    }
}
