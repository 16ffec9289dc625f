//! `--retry`: when an item's request is sent again (a network failure, a 5xx, a 429…), and how
//! long to wait first (exponential backoff with jitter, or the server's `Retry-After`). Newman has
//! no retries; without `--retry` nothing here runs.

use crate::http::{RequestError, ResponseData};
use std::time::{Duration, SystemTime};

/// The longest wait a `Retry-After` may ask for, and the longest backoff.
pub const MAX_WAIT: Duration = Duration::from_secs(60);

/// What may be retried, how often, how long apart.
#[derive(Debug, Clone, Default)]
pub struct RetryPolicy {
    /// Retries after the first attempt (`--retry N`); 0: none.
    pub max: u32,
    pub on: RetryOn,
    /// Base of the backoff: attempt k waits about `base * 2^k`.
    pub base_delay: Duration,
    /// `--retry-unsafe`: POST, PATCH… are retried on every condition, not only before sending.
    pub unsafe_methods: bool,
}

/// `--retry-on`: the failures that are retried.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetryOn {
    /// Refused, reset, timed out, unknown host.
    pub network: bool,
    /// Any 5xx status.
    pub server_errors: bool,
    /// Explicit status codes (429 included when asked).
    pub codes: Vec<u16>,
}

impl RetryOn {
    /// Parses `network,5xx,429,502`.
    pub fn parse(list: &str) -> Result<RetryOn, String> {
        let mut on = RetryOn::default();
        for word in list.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            match word.to_ascii_lowercase().as_str() {
                "network" => on.network = true,
                "5xx" => on.server_errors = true,
                code => match code.parse::<u16>() {
                    Ok(n) if (100..=599).contains(&n) => on.codes.push(n),
                    _ => {
                        return Err(format!(
                            "--retry-on: `{word}` is not network, 5xx or a status code (100-599)"
                        ))
                    }
                },
            }
        }
        Ok(on)
    }

    fn status(&self, code: u16) -> bool {
        (self.server_errors && (500..=599).contains(&code)) || self.codes.contains(&code)
    }
}

/// Errors that are the network's: the connection was refused, reset or timed out, or the host
/// was not found.
fn is_network(error: &RequestError) -> bool {
    matches!(
        error.code.as_deref(),
        Some(
            "ECONNREFUSED"
                | "ECONNRESET"
                | "ETIMEDOUT"
                | "ESOCKETTIMEDOUT"
                | "ENOTFOUND"
                | "EAI_AGAIN"
                | "EPIPE"
        )
    )
}

/// Errors raised before any byte of the request left: nothing reached the server.
fn before_sending(error: &RequestError) -> bool {
    matches!(
        error.code.as_deref(),
        Some("ECONNREFUSED" | "ENOTFOUND" | "EAI_AGAIN" | "ETIMEDOUT")
    )
}

/// Methods that mean the same when sent twice (RFC 9110 9.2.2).
fn idempotent(method: &str) -> bool {
    matches!(
        method.to_ascii_uppercase().as_str(),
        "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE"
    )
}

impl RetryPolicy {
    pub fn enabled(&self) -> bool {
        self.max > 0
    }

    /// After `retries` retries already made, how long to wait before sending again; `None`: the
    /// outcome stands. `jitter` in [0, 1) picks the wait within the backoff's upper half.
    pub fn wait_before_retry(
        &self,
        method: &str,
        outcome: Result<&ResponseData, &RequestError>,
        retries: u32,
        jitter: f64,
    ) -> Option<Duration> {
        if retries >= self.max {
            return None;
        }
        let safe = self.unsafe_methods || idempotent(method);
        let retry_after = match outcome {
            Ok(response) => {
                if !safe || !self.on.status(response.code) {
                    return None;
                }
                retry_after(&response.headers, SystemTime::now())
            }
            Err(error) => {
                if !self.on.network || !is_network(error) || !(safe || before_sending(error)) {
                    return None;
                }
                None
            }
        };
        Some(retry_after.unwrap_or_else(|| self.backoff(retries, jitter)))
    }

    /// `base * 2^retries`, the wait drawn from its upper half, at most [`MAX_WAIT`].
    fn backoff(&self, retries: u32, jitter: f64) -> Duration {
        let full = self
            .base_delay
            .saturating_mul(1u32 << retries.min(20))
            .min(MAX_WAIT);
        full.mul_f64(0.5 + 0.5 * jitter.clamp(0.0, 1.0))
    }
}

/// `Retry-After: 3` or `Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`, at most [`MAX_WAIT`].
fn retry_after(headers: &[(String, String)], now: SystemTime) -> Option<Duration> {
    let value = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("retry-after"))
        .map(|(_, v)| v.trim())?;
    let wait = match value.parse::<u64>() {
        Ok(seconds) => Duration::from_secs(seconds),
        Err(_) => {
            let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
            let at = SystemTime::UNIX_EPOCH
                + Duration::from_millis(u64::try_from(at.timestamp_millis()).ok()?);
            at.duration_since(now).unwrap_or(Duration::ZERO)
        }
    };
    Some(wait.min(MAX_WAIT))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(on: &str) -> RetryPolicy {
        RetryPolicy {
            max: 3,
            on: RetryOn::parse(on).unwrap(),
            base_delay: Duration::from_millis(100),
            unsafe_methods: false,
        }
    }

    fn status(code: u16, headers: &[(&str, &str)]) -> ResponseData {
        ResponseData {
            code,
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..ResponseData::default()
        }
    }

    fn error(code: &str) -> RequestError {
        RequestError {
            code: Some(code.into()),
            message: code.into(),
        }
    }

    #[test]
    fn parses_the_list_and_rejects_unknown_words() {
        let on = RetryOn::parse("network, 5xx,429").unwrap();
        assert!(on.network && on.server_errors);
        assert_eq!(on.codes, vec![429]);
        assert!(RetryOn::parse("4xx").unwrap_err().contains("4xx"));
        assert!(RetryOn::parse("99").is_err());
    }

    #[test]
    fn statuses_are_retried_as_listed() {
        let p = policy("502,503");
        let wait = |code| p.wait_before_retry("GET", Ok(&status(code, &[])), 0, 0.0);
        assert!(wait(503).is_some());
        assert!(wait(500).is_none());
        assert!(wait(200).is_none());
        assert!(policy("5xx")
            .wait_before_retry("GET", Ok(&status(500, &[])), 0, 0.0)
            .is_some());
    }

    #[test]
    fn stops_after_max_retries() {
        let p = policy("5xx");
        let r = status(503, &[]);
        assert!(p.wait_before_retry("GET", Ok(&r), 2, 0.0).is_some());
        assert!(p.wait_before_retry("GET", Ok(&r), 3, 0.0).is_none());
    }

    #[test]
    fn unsafe_methods_only_before_sending_unless_allowed() {
        let p = policy("network,5xx");
        assert!(p
            .wait_before_retry("POST", Ok(&status(503, &[])), 0, 0.0)
            .is_none());
        let reset = error("ECONNRESET");
        assert!(p.wait_before_retry("POST", Err(&reset), 0, 0.0).is_none());
        assert!(p.wait_before_retry("PUT", Err(&reset), 0, 0.0).is_some());
        let refused = error("ECONNREFUSED");
        assert!(p
            .wait_before_retry("PATCH", Err(&refused), 0, 0.0)
            .is_some());
        let unsafe_ok = RetryPolicy {
            unsafe_methods: true,
            ..p
        };
        assert!(unsafe_ok
            .wait_before_retry("POST", Err(&reset), 0, 0.0)
            .is_some());
        assert!(unsafe_ok
            .wait_before_retry("POST", Ok(&status(503, &[])), 0, 0.0)
            .is_some());
    }

    #[test]
    fn other_errors_are_not_the_network() {
        let p = policy("network");
        let tls = error("ERR_TLS_CERT_ALTNAME_INVALID");
        assert!(p.wait_before_retry("GET", Err(&tls), 0, 0.0).is_none());
        assert!(policy("5xx")
            .wait_before_retry("GET", Err(&error("ECONNREFUSED")), 0, 0.0)
            .is_none());
    }

    #[test]
    fn backoff_doubles_within_its_upper_half() {
        let p = policy("5xx");
        assert_eq!(p.backoff(0, 0.0), Duration::from_millis(50));
        assert_eq!(p.backoff(0, 1.0), Duration::from_millis(100));
        assert_eq!(p.backoff(2, 1.0), Duration::from_millis(400));
        assert_eq!(p.backoff(30, 1.0), MAX_WAIT);
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_470);
        let h = |v: &str| vec![("Retry-After".to_string(), v.to_string())];
        assert_eq!(retry_after(&h("2"), now), Some(Duration::from_secs(2)));
        assert_eq!(retry_after(&h("86400"), now), Some(MAX_WAIT));
        // 2015-10-21 07:28:00 GMT is 1445412480
        let date = "Wed, 21 Oct 2015 07:28:00 GMT";
        assert_eq!(retry_after(&h(date), now), Some(Duration::from_secs(10)));
        assert_eq!(retry_after(&h("soon"), now), None);
        let p = policy("429");
        let r = status(429, &[("retry-after", "1")]);
        assert_eq!(
            p.wait_before_retry("GET", Ok(&r), 0, 0.0),
            Some(Duration::from_secs(1))
        );
    }
}
