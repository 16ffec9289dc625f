//! The text of a urlencoded or GraphQL body, and the RFC 3986 escaping it uses: what `http`
//! sends and what the signing auth types hash must be the same bytes.

use crate::collection::model::FormParam;
use serde_json::Value;

/// RFC 3986 percent-encoding of every byte but `A-Z a-z 0-9 - . _ ~`, upper-case hex: Node's
/// `querystring.escape` followed by request's RFC 3986 pass (the urlencoded body's encoding, and
/// what OAuth 1.0 and AWS Signature v4 sign).
pub fn rfc3986_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// JavaScript orders integer-like object keys first, ascending.
fn array_index(key: &str) -> Option<u32> {
    if key.is_empty() || (key.len() > 1 && key.starts_with('0')) {
        return None;
    }
    key.parse::<u32>().ok().filter(|n| *n < u32::MAX)
}

pub fn urlencoded(params: &[FormParam]) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for p in params.iter().filter(|p| !p.disabled) {
        let value = p.value.clone().unwrap_or_default();
        match groups.iter_mut().find(|(k, _)| *k == p.key) {
            Some((_, values)) => values.push(value),
            None => groups.push((p.key.clone(), vec![value])),
        }
    }
    let (mut indexed, named): (Vec<_>, Vec<_>) = groups
        .into_iter()
        .partition(|(k, _)| array_index(k).is_some());
    indexed.sort_by_key(|(k, _)| array_index(k));
    indexed
        .iter()
        .chain(named.iter())
        .flat_map(|(k, values)| {
            values
                .iter()
                .map(move |v| format!("{}={}", rfc3986_escape(k), rfc3986_escape(v)))
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The GraphQL body: `{"query","operationName","variables"}`; a `variables` string is inserted
/// as written (the runtime does not parse it), an empty one left out.
pub fn graphql(g: &Value) -> String {
    let get = |k: &str| g.get(k);
    if !matches!(get("variables"), Some(Value::String(_))) {
        let mut obj = serde_json::Map::new();
        for key in ["query", "operationName", "variables"] {
            if let Some(v) = get(key) {
                obj.insert(key.into(), v.clone());
            }
        }
        return Value::Object(obj).to_string();
    }
    let mut fields = Vec::new();
    for key in ["query", "operationName"] {
        if let Some(Value::String(s)) = get(key) {
            fields.push(format!("\"{key}\":{}", Value::String(s.clone())));
        }
    }
    if let Some(Value::String(v)) = get("variables") {
        if !v.is_empty() {
            fields.push(format!("\"variables\":{v}"));
        }
    }
    format!("{{{}}}", fields.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_all_but_unreserved() {
        assert_eq!(
            rfc3986_escape("a b!*'()~-._/é"),
            "a%20b%21%2A%27%28%29~-._%2F%C3%A9"
        );
    }
}
