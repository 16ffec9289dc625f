//! Reporters: they listen to runner events and never reach into the runner.

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
