//! Reports of a run of several collections (`postie run a.json b.json dir/`).
//!
//! Each collection gets the reporters `-r` names, as a run of its own would, with these changes:
//! - `json`, `html`, `htmlextra`: the given export path (or the default one) names an index
//!   instead; each collection's report goes next to it as `<stem>-<n>-<slug>.<ext>` (`n` counting
//!   from 1 in run order, `slug` the collection's name in lower case, `-` for anything but letters
//!   and digits). The json index is written at the export path: `{collections: [{name, collection,
//!   path, failed}], failed}`; html has no index.
//! - `junit`: one file holding one `<testsuites>` with every collection's suites.
//! - `cli`: each collection's usual output and summary, then a table with a row per collection and
//!   a total (left out with `--reporter-cli-no-summary`).

use super::format::{pad_left, width};
use super::junit::{render_testsuites, JunitParts, JunitReporter};
use super::report_file::{export_path, write_atomically};
use super::summary::RunSummary;
use super::{ReportConfig, Reporter};
use crate::runner::events::RunEvent;
use std::cell::RefCell;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// What one collection's run added up to.
#[derive(Debug, Clone, Default)]
struct Tally {
    name: String,
    iterations: u64,
    requests: u64,
    assertions: u64,
    failed_assertions: u64,
    failures: usize,
}

/// Counts a collection's run for the total table.
struct TallyReporter {
    summary: RunSummary,
    into: Rc<RefCell<Vec<Tally>>>,
}

impl Reporter for TallyReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String> {
        self.summary.on_event(event);
        if let RunEvent::Done { .. } = event {
            let stats = &self.summary.stats;
            let mut tallies = self.into.borrow_mut();
            if let Some(last) = tallies.last_mut() {
                last.iterations = stats.iterations.total;
                last.requests = stats.requests.total;
                last.assertions = stats.assertions.total;
                last.failed_assertions = stats.assertions.failed;
                last.failures = self.summary.failures.len();
            }
        }
        Ok(())
    }
}

/// One entry of the json index.
struct IndexEntry {
    name: String,
    collection: PathBuf,
    path: PathBuf,
}

/// The reports of every collection of the run, and what is written once they are all done.
pub struct SeveralReports {
    config: ReportConfig,
    names: Vec<String>,
    /// json index path, html and htmlextra bases: ("json" | "html" | "htmlextra", base path).
    bases: Vec<(String, PathBuf)>,
    junit: Option<(PathBuf, JunitParts)>,
    tallies: Rc<RefCell<Vec<Tally>>>,
    index: Vec<IndexEntry>,
}

impl SeveralReports {
    pub fn new(config: &ReportConfig) -> SeveralReports {
        let now = chrono::Utc::now();
        let names = config.reporter_names();
        let path = |name: &str, extension: &str| {
            let given = config
                .option(name, "export")
                .filter(|p| !p.is_empty())
                .map(Path::new);
            export_path(given, extension, &now)
        };
        let mut bases = Vec::new();
        for (name, extension) in [("json", "json"), ("html", "html"), ("htmlextra", "html")] {
            if names.iter().any(|n| n == name) {
                bases.push((name.to_string(), path(name, extension)));
            }
        }
        let junit = names
            .iter()
            .any(|n| n == "junit")
            .then(|| (path("junit", "xml"), JunitParts::default()));
        SeveralReports {
            config: config.clone(),
            names,
            bases,
            junit,
            tallies: Rc::default(),
            index: Vec::new(),
        }
    }

    /// The reporters for the `number`th collection (from 1), named `name`, read from `file`.
    pub fn reporters_for(
        &mut self,
        number: usize,
        name: &str,
        file: &Path,
    ) -> Vec<Box<dyn Reporter>> {
        let mut config = self.config.clone();
        config.reporters = config
            .reporter_names()
            .into_iter()
            // an unknown name was warned about with the first collection
            .filter(|r| {
                r != "junit" && (number == 1 || super::AVAILABLE_REPORTERS.contains(&r.as_str()))
            })
            .collect();
        for (reporter, base) in &self.bases {
            let path = numbered(base, number, name);
            if reporter == "json" {
                self.index.push(IndexEntry {
                    name: name.to_string(),
                    collection: file.to_path_buf(),
                    path: path.clone(),
                });
            }
            config
                .options
                .push((format!("{reporter}-export"), path.display().to_string()));
        }
        let mut reporters: Vec<Box<dyn Reporter>> = if config.reporters.is_empty() {
            Vec::new()
        } else {
            super::build(&config)
        };
        if let Some((_, parts)) = &self.junit {
            let junit = JunitReporter::new(&self.config).with_collector(parts.clone());
            reporters.push(Box::new(junit));
        }
        self.tallies.borrow_mut().push(Tally {
            name: name.to_string(),
            ..Tally::default()
        });
        reporters.push(Box::new(TallyReporter {
            summary: RunSummary::counts_only(),
            into: self.tallies.clone(),
        }));
        reporters
    }

    /// Writes the json index and the JUnit file, and prints the cli total; `failed` says, per
    /// collection in run order, whether its run failed.
    pub fn finish(self, failed: &[bool]) -> Result<(), String> {
        if let Some((_, index)) = self.bases.iter().find(|(r, _)| r == "json") {
            let collections: Vec<serde_json::Value> = self
                .index
                .iter()
                .zip(failed.iter().chain(std::iter::repeat(&true)))
                .map(|(entry, failed)| {
                    serde_json::json!({
                        "name": entry.name,
                        "collection": entry.collection.display().to_string(),
                        "path": entry.path.display().to_string(),
                        "failed": failed,
                    })
                })
                .collect();
            let json = serde_json::json!({
                "collections": collections,
                "failed": failed.iter().any(|f| *f),
            });
            let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
            write_atomically(index, |out| {
                out.write_all(text.as_bytes()).map_err(|e| e.to_string())
            })?;
        }
        if let Some((path, parts)) = &self.junit {
            let xml = render_testsuites(&parts.borrow());
            write_atomically(path, |out| {
                out.write_all(xml.as_bytes()).map_err(|e| e.to_string())
            })?;
        }
        let cli = self.names.iter().any(|n| n == "cli")
            && !self.config.silent
            && !self.config.flag("cli", "silent")
            && !self.config.flag("cli", "no-summary");
        if cli {
            let table = total_table(&self.tallies.borrow(), failed, self.config.disable_unicode);
            let mut out = std::io::stdout().lock();
            out.write_all(table.as_bytes())
                .and_then(|()| out.flush())
                .map_err(|e| format!("cli: {e}"))?;
        }
        Ok(())
    }
}

/// `out.json` → `out-2-orders-api.json` for the second collection, "Orders API".
fn numbered(base: &Path, number: usize, name: &str) -> PathBuf {
    let stem = base
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let file = match base.extension() {
        Some(extension) => format!(
            "{stem}-{number}-{}.{}",
            slug(name),
            extension.to_string_lossy()
        ),
        None => format!("{stem}-{number}-{}", slug(name)),
    };
    base.with_file_name(file)
}

/// A collection name fit for a file name: lower-case letters and digits, `-` between words.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(40).collect();
    if out.is_empty() {
        "collection".into()
    } else {
        out.trim_end_matches('-').to_string()
    }
}

/// The table after the last collection: a row per collection and the total.
fn total_table(tallies: &[Tally], failed: &[bool], plain: bool) -> String {
    let header = [
        "collection",
        "iterations",
        "requests",
        "assertions",
        "failed",
        "result",
    ];
    let result = |f: bool| if f { "failed" } else { "passed" }.to_string();
    let mut rows: Vec<[String; 6]> = tallies
        .iter()
        .zip(failed.iter().chain(std::iter::repeat(&true)))
        .map(|(t, f)| {
            [
                t.name.clone(),
                t.iterations.to_string(),
                t.requests.to_string(),
                t.assertions.to_string(),
                t.failed_assertions.to_string(),
                result(*f),
            ]
        })
        .collect();
    let sum = |get: fn(&Tally) -> u64| tallies.iter().map(get).sum::<u64>().to_string();
    rows.push([
        format!("total ({} collections)", tallies.len()),
        sum(|t| t.iterations),
        sum(|t| t.requests),
        sum(|t| t.assertions),
        sum(|t| t.failed_assertions),
        result(failed.iter().any(|f| *f)),
    ]);
    let mut widths = header.map(width);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let (h, v, [tl, tm, tr], [ml, mm, mr], [bl, bm, br]) = if plain {
        ("-", "|", ["+"; 3], ["+"; 3], ["+"; 3])
    } else {
        ("─", "│", ["┌", "┬", "┐"], ["├", "┼", "┤"], ["└", "┴", "┘"])
    };
    let line = |l: &str, m: &str, r: &str| {
        let parts: Vec<String> = widths.iter().map(|w| h.repeat(w + 2)).collect();
        format!("{l}{}{r}\n", parts.join(m))
    };
    let row = |cells: &[String]| {
        let parts: Vec<String> = cells
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (cell, w))| {
                if i == 0 {
                    format!(" {cell}{} ", " ".repeat(w - width(cell)))
                } else {
                    format!(" {} ", pad_left(cell, w, ' '))
                }
            })
            .collect();
        format!("{v}{}{v}\n", parts.join(v))
    };
    let mut out = String::from("\n");
    out.push_str(&line(tl, tm, tr));
    out.push_str(&row(&header.map(String::from)));
    out.push_str(&line(ml, mm, mr));
    for (i, r) in rows.iter().enumerate() {
        if i + 1 == rows.len() {
            out.push_str(&line(ml, mm, mr));
        }
        out.push_str(&row(r));
    }
    out.push_str(&line(bl, bm, br));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_paths_are_numbered_with_the_name() {
        assert_eq!(
            numbered(Path::new("out/run.json"), 2, "Orders API (v2)"),
            PathBuf::from("out/run-2-orders-api-v2.json")
        );
        assert_eq!(
            numbered(Path::new("report"), 1, "!!"),
            PathBuf::from("report-1-collection")
        );
    }
}
