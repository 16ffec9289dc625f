//! `postie run`'s flags for retries, CI sharding and `--watch` (postie only; Newman has none).

use clap::Args;

#[derive(Debug, Clone, Default, Args)]
pub struct DistArgs {
    /// postie only: send an item's request again, up to N more times, when it fails as
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
}
