//! The `github` reporter, for GitHub Actions: an `::error` annotation for every failed assertion,
//! script error and request error, and a markdown summary of the run appended to the file named by
//! `$GITHUB_STEP_SUMMARY`.
//!
//! `-r github` writes the annotations to stdout. When `GITHUB_ACTIONS=true` and the reporter was not
//! named, it is added on its own and writes the annotations to stderr, so stdout stays the cli
//! output people parse (the Actions runner reads workflow commands from both streams).

use super::secrets::{MaskHandle, SharedMask};
use super::summary::{RunFailure, RunSummary};
use super::{ReportConfig, Reporter};
use crate::runner::events::RunEvent;
use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;

pub struct GithubReporter {
    out: Box<dyn Write>,
    summary_file: Option<PathBuf>,
    summary: RunSummary,
    mask: MaskHandle,
    collection_name: String,
    reported: usize,
}

/// A workflow command's message: `%`, CR and LF escaped.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: as data, plus `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

impl GithubReporter {
    /// Uses the run's shared mask (learned by `MaskLearner`) instead of its own.
    pub fn with_shared_mask(mut self, mask: SharedMask) -> GithubReporter {
        self.mask = MaskHandle::shared(mask);
        self
    }

    pub fn new(config: &ReportConfig, out: Box<dyn Write>) -> GithubReporter {
        GithubReporter {
            out,
            summary_file: std::env::var_os("GITHUB_STEP_SUMMARY")
                .filter(|p| !p.is_empty())
                .map(PathBuf::from),
            summary: RunSummary::counts_only(),
            mask: MaskHandle::own(config),
            collection_name: String::new(),
            reported: 0,
        }
    }

    /// Uses `summary` (say, one with a fixed clock) instead of a fresh one.
    #[cfg(test)]
    pub fn with_summary(mut self, summary: RunSummary) -> GithubReporter {
        self.summary = summary;
        self
    }

    /// Where the markdown summary goes (instead of `$GITHUB_STEP_SUMMARY`).
    #[cfg(test)]
    pub fn with_summary_file(mut self, path: Option<PathBuf>) -> GithubReporter {
        self.summary_file = path;
        self
    }

    fn m(&self, text: &str) -> String {
        self.mask.get().apply(text).into_owned()
    }

    fn describe(&self, failure: &RunFailure) -> (String, String) {
        let title = format!(
            "{} (iteration {}/{})",
            self.m(&failure.item_path),
            failure.iteration + 1,
            failure.cycles.max(1)
        );
        let what = match failure.at.as_str() {
            "request" => format!("request error: {}", failure.message()),
            at if at.starts_with("assertion") => {
                format!("{}: {}", failure.test(), failure.message())
            }
            at => format!("{at}: {}: {}", failure.name(), failure.message()),
        };
        (title, self.m(&what))
    }

    /// Annotations for the failures recorded since the last call.
    fn annotate_new_failures(&mut self) {
        let new: Vec<(String, String)> = self.summary.failures[self.reported..]
            .iter()
            .map(|f| self.describe(f))
            .collect();
        self.reported = self.summary.failures.len();
        for (title, message) in new {
            let _ = writeln!(
                self.out,
                "::error title={}::{}",
                escape_property(&title),
                escape_data(&message)
            );
        }
        let _ = self.out.flush();
    }

    /// The run as markdown: verdict, counters, failures.
    pub fn markdown(&self) -> String {
        let s = &self.summary;
        let failed = s.run_failed();
        let mut out = format!(
            "### {} postie: {}\n\n| | executed | failed |\n|---|---:|---:|\n",
            if failed { "❌" } else { "✅" },
            self.m(&self.collection_name).replace('|', "\\|")
        );
        for (label, counter) in [
            ("iterations", s.stats.iterations),
            ("requests", s.stats.requests),
            ("test-scripts", s.stats.test_scripts),
            ("prerequest-scripts", s.stats.prerequest_scripts),
            ("assertions", s.stats.assertions),
        ] {
            let _ = writeln!(out, "| {label} | {} | {} |", counter.total, counter.failed);
        }
        let _ = writeln!(
            out,
            "\nTotal run duration: {}, average response time: {}\n",
            super::format::duration(s.timings.completed.saturating_sub(s.timings.started) as f64),
            super::format::duration(s.timings.response.average)
        );
        if let Some(error) = &s.error {
            let _ = writeln!(out, "Run error: {}\n", self.m(error));
        }
        if !s.failures.is_empty() {
            out.push_str("| # | request | failure |\n|---:|---|---|\n");
            for (i, failure) in s.failures.iter().enumerate() {
                let (title, what) = self.describe(failure);
                let cell = |t: &str| t.replace('|', "\\|").replace('\n', "<br>");
                let _ = writeln!(out, "| {} | {} | {} |", i + 1, cell(&title), cell(&what));
            }
            out.push('\n');
        }
        out
    }

    fn write_summary(&self) -> Result<(), String> {
        let Some(path) = &self.summary_file else {
            return Ok(());
        };
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|e| format!("cannot write GitHub step summary {}: {e}", path.display()))?;
        file.write_all(self.markdown().as_bytes())
            .map_err(|e| format!("cannot write GitHub step summary {}: {e}", path.display()))
    }
}

impl Reporter for GithubReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String> {
        self.mask.observe(event);
        self.summary.on_event(event);
        match event {
            RunEvent::Start { collection, .. } => {
                self.collection_name = collection.info.name.clone()
            }
            RunEvent::ItemEnd { .. } => self.annotate_new_failures(),
            RunEvent::Done { error, .. } => {
                self.annotate_new_failures();
                if let Some(error) = error {
                    let _ = writeln!(
                        self.out,
                        "::error title=postie run::{}",
                        escape_data(&self.m(error))
                    );
                }
                self.write_summary()?;
            }
            _ => {}
        }
        Ok(())
    }
}
