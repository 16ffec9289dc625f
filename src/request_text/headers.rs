//! The request's header list while it is being built: user headers (disabled ones kept for the
//! report), then auth, body and Newman's default headers, in the order Newman puts them on the wire.

use serde_json::{json, Value};

/// A header as sent; `system` marks the ones the runner added (Newman's `system: true`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentHeader {
    pub key: String,
    pub value: String,
    pub system: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HeaderEntry {
    pub key: String,
    pub value: String,
    pub disabled: bool,
    pub system: bool,
    /// Sent, but not in Newman's report (postman-request adds it outside the SDK request).
    pub hidden: bool,
}

#[derive(Debug, Clone, Default)]
pub struct HeaderList {
    pub entries: Vec<HeaderEntry>,
}

impl HeaderList {
    /// The last enabled header named `key` (any case), as the runtime's `oneNormalizedHeader`.
    pub fn find(&self, key: &str) -> Option<usize> {
        self.entries
            .iter()
            .rposition(|h| !h.disabled && h.key.eq_ignore_ascii_case(key))
    }

    pub fn has(&self, key: &str) -> bool {
        self.find(key).is_some()
    }

    pub fn push(&mut self, key: &str, value: &str, system: bool) {
        self.entries.push(HeaderEntry {
            key: key.to_string(),
            value: value.to_string(),
            disabled: false,
            system,
            hidden: false,
        });
    }

    /// Adds a system header unless the user set one (the runtime's `addSystemHeaders`).
    pub fn add_default(&mut self, key: &str, value: &str) {
        if !self.has(key) {
            self.push(key, value, true);
        }
    }

    /// Removes every header (enabled or not) for which `matches` holds.
    pub fn remove_where(&mut self, matches: impl Fn(&str) -> bool) {
        self.entries.retain(|h| !matches(&h.key));
    }

    /// What goes on the wire, in order (the SDK's `getHeaders({sanitizeKeys: true})` drops
    /// headers without a name).
    pub fn sent(&self) -> Vec<SentHeader> {
        self.entries
            .iter()
            .filter(|h| !h.disabled && !h.key.is_empty())
            .map(|h| SentHeader {
                key: h.key.clone(),
                value: h.value.clone(),
                system: h.system,
            })
            .collect()
    }

    /// The header list as Newman's report shows it.
    pub fn to_json(&self) -> Value {
        Value::Array(
            self.entries
                .iter()
                .filter(|h| !h.hidden)
                .map(|h| {
                    if h.disabled {
                        json!({"disabled": true, "key": h.key, "value": h.value})
                    } else if h.system {
                        json!({"key": h.key, "value": h.value, "system": true})
                    } else {
                        json!({"key": h.key, "value": h.value})
                    }
                })
                .collect(),
        )
    }
}
