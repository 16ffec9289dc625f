//! `postie run`'s flags for retries, CI sharding and `--watch` (postie only; Newman has none).

use crate::runner::shard::{self, ShardBy, ShardSpec};
use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Clone, Default, Args)]
pub struct DistArgs {
    /// Send an item's request again, up to N more times, when it fails as
    /// `--retry-on` says. Scripts never run again; the test scripts see the last response.
    #[arg(long = "retry", value_name = "N", default_value_t = 0)]
    pub retry: u32,
    /// What is retried, comma-separated: `network` (refused, reset, timed out, unknown host),
    /// `5xx`, status codes (`429,502`).
    #[arg(
        long = "retry-on",
        value_name = "LIST",
        default_value = "network,5xx,429"
    )]
    pub retry_on: String,
    /// Base of the exponential backoff, in ms: retry k waits between half and all of
    /// MS × 2^k (at most 60 s). A `Retry-After` header (seconds or a date, at most 60 s) wins.
    #[arg(long = "retry-delay", value_name = "MS", default_value_t = 200)]
    pub retry_delay: u64,
    /// Retry POST, PATCH and other non-idempotent methods on every `--retry-on` condition, not
    /// only on connection errors before anything was sent.
    #[arg(long = "retry-unsafe")]
    pub retry_unsafe: bool,

    /// Run shard I of N (from 1): a deterministic part of the work, the same on
    /// every machine. `auto` reads POSTIE_SHARD=I/N, GitLab's CI_NODE_INDEX/CI_NODE_TOTAL,
    /// CircleCI's CIRCLE_NODE_INDEX/CIRCLE_NODE_TOTAL, Buildkite's
    /// BUILDKITE_PARALLEL_JOB/BUILDKITE_PARALLEL_JOB_COUNT or Kubernetes' JOB_COMPLETION_INDEX
    /// (with --shard-total or POSTIE_SHARD_TOTAL).
    #[arg(long = "shard", value_name = "I/N|auto")]
    pub shard: Option<String>,
    /// What is dealt to shards: whole top-level `folder`s (a root request is a unit of its own),
    /// `iteration`s, or whole `collection`s.
    #[arg(long = "shard-by", value_enum, default_value_t = ShardByArg::Folder, value_name = "UNIT")]
    pub shard_by: ShardByArg,
    /// Balance shards by the durations in this JSON report of an earlier run instead of by
    /// request count.
    #[arg(long = "shard-timings", value_name = "REPORT")]
    pub shard_timings: Option<PathBuf>,
    /// With `--shard auto` on Kubernetes (JOB_COMPLETION_INDEX): the number of shards.
    #[arg(long = "shard-total", value_name = "N")]
    pub shard_total: Option<usize>,

    /// Run again whenever the collection, environment, globals, iteration data or
    /// a --script-modules file changes, until stopped (Ctrl-C).
    #[arg(long = "watch")]
    pub watch: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ShardByArg {
    #[default]
    Folder,
    Iteration,
    Collection,
}

impl DistArgs {
    /// The flags as runner options; an unknown `--retry-on` word is an error naming the flag.
    pub(crate) fn retry_policy(&self) -> Result<crate::runner::retry::RetryPolicy, String> {
        Ok(crate::runner::retry::RetryPolicy {
            max: self.retry,
            on: crate::runner::retry::RetryOn::parse(&self.retry_on)?,
            base_delay: std::time::Duration::from_millis(self.retry_delay),
            unsafe_methods: self.retry_unsafe,
        })
    }

    /// `--shard`, `--shard-auto`, `--shard-timings` read (None without `--shard`); errors name
    /// the flag or the file.
    pub(crate) fn shard(&self) -> Result<Option<(ShardSpec, Option<shard::Timings>)>, String> {
        let Some(text) = &self.shard else {
            return Ok(None);
        };
        let spec = match text.trim() {
            "auto" => ShardSpec::from_env(|name| std::env::var(name).ok(), self.shard_total)?,
            _ => ShardSpec::parse(text)?,
        };
        let timings = match &self.shard_timings {
            None => None,
            Some(path) => {
                let at = |e: String| format!("--shard-timings {}: {e}", path.display());
                let text = std::fs::read_to_string(path).map_err(|e| at(e.to_string()))?;
                let report = serde_json::from_str(&text).map_err(|e| at(e.to_string()))?;
                Some(shard::Timings::from_report(&report).map_err(|e| at(e.to_string()))?)
            }
        };
        Ok(Some((spec, timings)))
    }

    pub(crate) fn shard_by(&self) -> ShardBy {
        match self.shard_by {
            ShardByArg::Folder => ShardBy::Folder,
            ShardByArg::Iteration => ShardBy::Iteration,
            ShardByArg::Collection => ShardBy::Collection,
        }
    }
}

/// `postie merge report-1.json … -r cli,json,junit,html [--reporter-…]`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The shards' JSON reports (`postie run --shard I/N -r json`), in any order.
    #[arg(required = true, value_name = "REPORT")]
    pub reports: Vec<PathBuf>,
    /// Reporters, comma-separated: cli, json, junit, html…
    #[arg(
        short = 'r',
        long = "reporters",
        value_name = "LIST",
        value_delimiter = ','
    )]
    pub reporters: Vec<String>,
    /// The `--folder` selectors the shards ran with (repeatable).
    #[arg(long = "folder", value_name = "NAME")]
    pub folder: Vec<String>,
    /// Colour output: auto, on or off.
    #[arg(long = "color", value_enum, default_value_t = super::ColorArg::Auto)]
    pub color: super::ColorArg,
    /// Plain-text symbols instead of Unicode ones.
    #[arg(long = "disable-unicode")]
    pub disable_unicode: bool,
    /// Exit 0 even when the merged run failed.
    #[arg(short = 'x', long = "suppress-exit-code")]
    pub suppress_exit_code: bool,
    /// `--reporter-…` options, collected before parsing.
    #[arg(skip)]
    pub reporter_options: Vec<(String, String)>,
}
