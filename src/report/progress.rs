//! The `progress` reporter: on a terminal, one line redrawn as the run goes —
//! `[#######-------------]  35/100 requests · 2 failed · 4.2s`. On a pipe or file it writes nothing.

use super::summary::RunSummary;
use super::{ReportConfig, Reporter};
use crate::runner::events::RunEvent;
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

const BAR_WIDTH: usize = 30;
/// Redraws at most this often (the last state is always drawn).
const REDRAW_EVERY: Duration = Duration::from_millis(80);

pub struct ProgressReporter {
    out: Option<Box<dyn Write>>,
    summary: RunSummary,
    total: usize,
    done: usize,
    started: Option<Instant>,
    last_draw: Option<Instant>,
    ascii: bool,
}

impl ProgressReporter {
    /// Draws on stdout when it is a terminal; otherwise stays silent.
    pub fn stdout(config: &ReportConfig) -> ProgressReporter {
        let stdout = std::io::stdout();
        let out: Option<Box<dyn Write>> = if stdout.is_terminal() {
            Some(Box::new(stdout))
        } else {
            None
        };
        ProgressReporter::new(out, config.disable_unicode)
    }

    /// Draws on `out` (None: draws nothing).
    pub fn new(out: Option<Box<dyn Write>>, ascii: bool) -> ProgressReporter {
        ProgressReporter {
            out,
            summary: RunSummary::counts_only(),
            total: 0,
            done: 0,
            started: None,
            last_draw: None,
            ascii,
        }
    }

    /// The progress line for `done` of `total` items with `failed` failures after `elapsed`.
    pub fn line(
        done: usize,
        total: usize,
        failed: usize,
        elapsed: Duration,
        ascii: bool,
    ) -> String {
        let filled = (done * BAR_WIDTH)
            .checked_div(total)
            .unwrap_or(0)
            .min(BAR_WIDTH);
        let (full, empty) = if ascii { ('#', '-') } else { ('█', '░') };
        let bar: String = std::iter::repeat_n(full, filled)
            .chain(std::iter::repeat_n(empty, BAR_WIDTH - filled))
            .collect();
        let width = total.to_string().len();
        format!(
            "[{bar}] {done:>width$}/{total} requests · {failed} failed · {:.1}s",
            elapsed.as_secs_f64()
        )
    }

    fn draw(&mut self, force: bool) {
        let Some(out) = self.out.as_mut() else {
            return;
        };
        let now = Instant::now();
        if !force && self.last_draw.is_some_and(|t| now - t < REDRAW_EVERY) {
            return;
        }
        self.last_draw = Some(now);
        let elapsed = self.started.map_or(Duration::ZERO, |s| now - s);
        let line = Self::line(
            self.done,
            self.total.max(self.done),
            self.summary.failures.len(),
            elapsed,
            self.ascii,
        );
        // `\r` and "erase line" redraw in place.
        let _ = write!(out, "\r\x1b[2K{line}");
        let _ = out.flush();
    }
}

impl Reporter for ProgressReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String> {
        if self.out.is_none() {
            return Ok(());
        }
        self.summary.on_event(event);
        match event {
            RunEvent::Start {
                iterations, items, ..
            } => {
                self.total = iterations * items;
                self.started = Some(Instant::now());
                self.draw(true);
            }
            RunEvent::ItemEnd { .. } => {
                self.done += 1;
                self.draw(false);
            }
            RunEvent::Done { .. } => {
                self.draw(true);
                if let Some(out) = self.out.as_mut() {
                    let _ = writeln!(out);
                }
            }
            _ => {}
        }
        Ok(())
    }
}
