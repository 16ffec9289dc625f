//! Optional stricter matching a client asks for with `x-mock-match-request-body: true` and
//! `x-mock-match-request-headers: Name, Other`.

use serde_json::Value;

use super::pattern::TextPattern;
use super::routes::{parse_query, MockExample};

/// Whether `incoming` equals the example's original request body: as JSON when both parse,
/// as form pairs when the original was urlencoded-looking, else as trimmed text.
pub(crate) fn body_matches(example: &MockExample, incoming: &str) -> bool {
    let expected = example.request_body.as_deref().unwrap_or_default();
    if let (Ok(a), Ok(b)) = (
        serde_json::from_str::<Value>(expected),
        serde_json::from_str::<Value>(incoming),
    ) {
        return a == b;
    }
    if expected.trim() == incoming.trim() {
        return true;
    }
    let form = |text: &str| {
        let mut pairs: Vec<(String, String)> = parse_query(text.trim())
            .into_iter()
            .map(|(k, v)| (form_decode(&k), form_decode(&v)))
            .collect();
        pairs.sort();
        pairs
    };
    expected.contains('=') && form(expected) == form(incoming)
}

fn form_decode(text: &str) -> String {
    super::pattern::decode(&text.replace('+', " "))
}

/// Each listed header must have the same value in the example's original request (a
/// `{{var}}` value matches anything); a header absent from both matches.
pub(crate) fn headers_match(example: &MockExample, wanted: &[(String, Option<String>)]) -> bool {
    wanted.iter().all(|(name, incoming)| {
        let expected = example
            .request_headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str());
        match (expected, incoming) {
            (None, None) => true,
            (Some(expected), Some(incoming)) => {
                TextPattern::for_value(expected.trim()).matches(incoming.trim())
            }
            _ => false,
        }
    })
}
