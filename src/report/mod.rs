//! Reporters: they listen to runner events and never reach into the runner.
//!
//! The runner calls [`build`] once with the CLI's [`ReportConfig`], then hands every
//! [`RunEvent`](crate::runner::events::RunEvent) to each reporter in order. A reporter error (an unwritable report file) is shown
//! and fails the run.
//!
//! | `-r` name  | what it writes | options (`--reporter-<name>-<option>`, or `--reporter-<option>` for all) |
//! |------------|----------------|------------------------------------------------------------------------|
//! | `cli`      | Newman's terminal output (stdout) | `no-summary no-failures no-assertions no-success-assertions no-console no-banner silent show-timestamps redact-times` |
//! | `json`     | Newman's run summary, executions streamed to disk as they complete | `export PATH`, `omit-responses` (response bodies left out: `stream.data` is `[]`) |
//! | `junit`    | Newman's JUnit XML (`<system-err>` after the testcases, as the JUnit schema wants) | `export PATH` |
//! | `html`     | one self-contained page: summary, failures first, timeline SVG, every request | `export PATH`, `max-body BYTES` (default 65536; longer bodies are cut with a note) |
//! | `progress` | a progress bar redrawn on a terminal; nothing on a pipe | |
//! | `github`   | `::error` annotations and a markdown summary appended to `$GITHUB_STEP_SUMMARY`; added on its own (annotations on stderr) when `GITHUB_ACTIONS=true` | |
//! | `emojitrain` | Newman's built-in: one face per item, one at the end | |
//! | `htmlextra` | the `html` report, taking newman-reporter-htmlextra's options (see [`html::HtmlOptions`]) | |
//!
//! With several collections, [`several::SeveralReports`] builds each collection's reporters and
//! writes what covers them all (json index, one JUnit file, the cli total table).
//!
//! A name postie does not have is a warning, as in Newman, and the run goes on (with `cli` when no
//! named reporter is left).
//! Default export paths are Newman's: `newman/newman-run-report-<timestamp>-0.<json|xml|html>`.
//!
//! **Secrets** are shown as `********` in every reporter's output (see [`secrets`] for what counts
//! as a secret and [`secrets::DEFAULT_SECRET_NAMES`] for the names): `type: secret` variables, auth
//! credentials, `Authorization` credentials, and values of variables, headers, query parameters and
//! (small) body fields named like secrets. `--reporter-secret-names a,b` adds names;
//! `--reveal-secrets` turns masking off. Written-on-purpose files (write-back,
//! `--export-environment`) keep the real values. The mask learns as the run goes: the cli draws an
//! item's `--verbose` block when the item ends, so a value its test captures is masked there, but
//! output written before a later item stored a value under a secret name is not masked afterwards.

pub mod cli;
mod cli_tables;
mod cli_verbose;
pub mod emojitrain;
pub mod format;
pub mod github;
pub mod html;
mod html_page;
pub mod json;
mod json_format;
pub mod junit;
mod junit_xml;
pub mod merge;
pub mod progress;
pub mod report_file;
pub mod secrets;
pub mod several;
pub mod summary;
mod summary_items;
mod summary_json;
mod summary_values;

pub use crate::runner::events::Reporter;
use secrets::SecretMask;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    On,
    Off,
}

/// Everything the CLI says about reporting.
#[derive(Debug, Clone, Default)]
pub struct ReportConfig {
    /// `-r cli,json`; empty means the default, `cli`.
    pub reporters: Vec<String>,
    /// `--reporter-<name>-<option> value` and `--reporter-<option> value`, as
    /// ("<name>-<option>" or "<option>", value); flags without a value get "true".
    pub options: Vec<(String, String)>,
    pub color: ColorChoice,
    pub silent: bool,
    pub verbose: bool,
    pub disable_unicode: bool,
    /// `--reveal-secrets`: report secret values as they are instead of `********`.
    pub reveal_secrets: bool,
}

/// Reporters postie has, by `-r` name.
pub const AVAILABLE_REPORTERS: &[&str] = &[
    "cli",
    "json",
    "junit",
    "html",
    "htmlextra",
    "progress",
    "github",
    "emojitrain",
];

impl ReportConfig {
    /// The value of `--reporter-<reporter>-<option>`, else of `--reporter-<option>`.
    pub fn option(&self, reporter: &str, option: &str) -> Option<&str> {
        let specific = format!("{reporter}-{option}");
        let find = |key: &str| {
            self.options
                .iter()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        find(&specific).or_else(|| find(option))
    }

    /// A flag option: present and not "false"/"0"/"off".
    pub fn flag(&self, reporter: &str, option: &str) -> bool {
        self.option(reporter, option)
            .is_some_and(|v| !matches!(v.trim(), "false" | "0" | "off" | "no"))
    }

    /// The reporter names to run, in order, without duplicates; `cli` when none is named.
    pub fn reporter_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for name in self
            .reporters
            .iter()
            .flat_map(|r| r.split(','))
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            if !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
        if names.is_empty() {
            names.push("cli".into());
        }
        names
    }
}

/// Builds the reporters the configuration names. An unknown name is a warning on stderr (Newman's
/// words, and the names postie has), and leaves `cli` when no other is left. `--silent` (or `--reporter-cli-silent`) leaves the cli reporter out.
/// When `GITHUB_ACTIONS=true`, the github reporter is added even if not named (annotations on stderr).
/// The list starts with a `secrets::MaskLearner` that teaches the run's shared secret mask.
pub fn build(config: &ReportConfig) -> Vec<Box<dyn Reporter>> {
    let on_actions = std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true");
    build_for(config, on_actions)
}

/// [`build`], saying whether the run is on GitHub Actions.
pub fn build_for(config: &ReportConfig, on_actions: bool) -> Vec<Box<dyn Reporter>> {
    let (mut names, unknown): (Vec<String>, Vec<String>) = config
        .reporter_names()
        .into_iter()
        .partition(|n| AVAILABLE_REPORTERS.contains(&n.as_str()));
    for name in &unknown {
        eprintln!("{}", unknown_reporter_warning(name));
    }
    if names.is_empty() {
        names.push("cli".into());
    }
    let mask: secrets::SharedMask = Rc::new(RefCell::new(SecretMask::new(config)));
    let mut reporters: Vec<Box<dyn Reporter>> = Vec::new();
    for name in &names {
        match name.as_str() {
            "cli" if config.silent || config.flag("cli", "silent") => {}
            "cli" => {
                // Flushed by the reporter when an item starts and ends: two writes per request.
                let stdout = std::io::BufWriter::with_capacity(16 * 1024, std::io::stdout());
                let out = secrets::MaskingWriter::new(mask.clone(), stdout);
                let cli =
                    cli::CliReporter::new(cli::CliOptions::from_config(config), Box::new(out))
                        .with_mask(mask.clone());
                reporters.push(Box::new(cli));
            }
            "json" => reporters.push(Box::new(
                json::JsonReporter::new(config).with_shared_mask(mask.clone()),
            )),
            "junit" => reporters.push(Box::new(
                junit::JunitReporter::new(config).with_shared_mask(mask.clone()),
            )),
            "html" | "htmlextra" => reporters.push(Box::new(
                html::HtmlReporter::named(config, name).with_shared_mask(mask.clone()),
            )),
            "emojitrain" if config.silent || config.flag("emojitrain", "silent") => {}
            "emojitrain" => reporters.push(Box::new(emojitrain::EmojiTrainReporter::new(
                Box::new(std::io::stdout()),
            ))),
            "progress" => reporters.push(Box::new(progress::ProgressReporter::stdout(config))),
            "github" => reporters.push(Box::new(
                github::GithubReporter::new(config, Box::new(std::io::stdout()))
                    .with_shared_mask(mask.clone()),
            )),
            _ => {}
        }
    }
    if on_actions && !names.iter().any(|n| n == "github") {
        reporters.push(Box::new(
            github::GithubReporter::new(config, Box::new(std::io::stderr()))
                .with_shared_mask(mask.clone()),
        ));
    }
    // First of all, so every reporter sees what the event taught the mask.
    if !reporters.is_empty() {
        reporters.insert(0, Box::new(secrets::MaskLearner(mask)));
    }
    reporters
}

/// Newman's warning for a reporter it cannot load, with what postie has instead of npm advice.
fn unknown_reporter_warning(name: &str) -> String {
    format!(
        "postie: could not find \"{name}\" reporter\n  postie has these built in: {}\n  the run goes on without it",
        AVAILABLE_REPORTERS.join(", ")
    )
}

#[cfg(test)]
mod tests;
