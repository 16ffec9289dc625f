//! Reporters: they listen to runner events and never reach into the runner.
//!
//! The runner calls [`build`] once with the CLI's [`ReportConfig`], then hands every
//! [`RunEvent`] to each reporter in order. `cli` prints Newman's terminal output to stdout;
//! `json` collects Newman's run summary ([`summary::RunSummary`]) and writes it when the run is
//! `Done`. A reporter error (an unwritable report file) should be shown and fail the run.

pub mod cli;
mod cli_tables;
mod cli_verbose;
pub mod export;
pub mod format;
pub mod json;
pub mod summary;
mod summary_items;
mod summary_json;
mod summary_values;

use crate::runner::events::RunEvent;

pub trait Reporter {
    /// Called for every event, in order. An error (say, a report file that cannot be
    /// written) is shown to the user and makes the run exit non-zero.
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String>;
}

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
    /// The collection file's name without extension, for default export paths.
    pub collection_file_stem: String,
}

/// Reporters postie has, by `-r` name.
pub const AVAILABLE_REPORTERS: &[&str] = &["cli", "json"];

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

/// Builds the reporters the configuration names. An unknown name is an error that lists the
/// available ones. `--silent` (or `--reporter-cli-silent`) leaves the cli reporter out.
pub fn build(config: &ReportConfig) -> Result<Vec<Box<dyn Reporter>>, String> {
    let names = config.reporter_names();
    let unknown: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|n| !AVAILABLE_REPORTERS.contains(n))
        .collect();
    if !unknown.is_empty() {
        return Err(format!(
            "unknown reporter{} {}; available reporters: {}",
            if unknown.len() > 1 { "s" } else { "" },
            unknown
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(", "),
            AVAILABLE_REPORTERS.join(", ")
        ));
    }
    let mut reporters: Vec<Box<dyn Reporter>> = Vec::new();
    for name in &names {
        match name.as_str() {
            "cli" if config.silent || config.flag("cli", "silent") => {}
            "cli" => reporters.push(Box::new(cli::CliReporter::stdout(config))),
            "json" => reporters.push(Box::new(json::JsonReporter::new(config))),
            _ => {}
        }
    }
    Ok(reporters)
}

#[cfg(test)]
mod tests;
