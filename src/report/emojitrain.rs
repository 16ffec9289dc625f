//! The `emojitrain` reporter, as Newman has it built in: 😀 for each item that passed, 😢 for one
//! with a failed request, script or assertion, then 😍 (all passed) or 😭 at the end.

use super::Reporter;
use crate::runner::events::{RequestOrigin, RunEvent};
use std::io::Write;

pub struct EmojiTrainReporter {
    out: Box<dyn Write>,
    item_failed: bool,
    any_failed: bool,
}

impl EmojiTrainReporter {
    pub fn new(out: Box<dyn Write>) -> EmojiTrainReporter {
        EmojiTrainReporter {
            out,
            item_failed: false,
            any_failed: false,
        }
    }

    fn write(&mut self, text: &str) -> Result<(), String> {
        self.out
            .write_all(text.as_bytes())
            .and_then(|()| self.out.flush())
            .map_err(|e| format!("emojitrain reporter: {e}"))
    }
}

impl Reporter for EmojiTrainReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String> {
        match event {
            RunEvent::ItemStart { .. } => self.item_failed = false,
            RunEvent::Request {
                response,
                origin: RequestOrigin::Item,
                ..
            } => self.item_failed |= response.is_err(),
            RunEvent::RequestSkipped { .. } => self.item_failed = true,
            RunEvent::Script { outcome, .. } => {
                self.item_failed |=
                    outcome.error.is_some() || outcome.assertions.iter().any(|a| a.error.is_some());
            }
            RunEvent::ItemEnd { .. } => {
                self.any_failed |= self.item_failed;
                let face = if self.item_failed { "😢 " } else { "😀 " };
                self.write(face)?;
            }
            RunEvent::Done { error, .. } => {
                let end = if self.any_failed || error.is_some() {
                    " 😭\n"
                } else {
                    " 😍\n"
                };
                self.write(end)?;
            }
            _ => {}
        }
        Ok(())
    }
}
