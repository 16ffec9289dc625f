//! API key auth: a header (default) or a query parameter named `key` with `value`. An existing
//! header whose name matches in lodash `lowerCase` terms, or query param with the same key, is
//! replaced; the new one is appended (verified against Newman 6.2.2).

use super::{AuthTarget, ResolvedAuth};

pub fn sign(auth: &ResolvedAuth, target: &mut AuthTarget) {
    let key = auth.text("key");
    let value = auth.get("value");
    if key.is_empty() && value.as_deref().unwrap_or("").is_empty() {
        return;
    }
    if auth.get("in").as_deref() == Some("query") {
        let query = target.query.get_or_insert_with(Vec::new);
        query.retain(|seg| seg.split('=').next() != Some(key.as_str()));
        let mut seg = crate::request_text::url::normalize_param(&key, true);
        if let Some(v) = &value {
            seg.push('=');
            seg.push_str(&crate::request_text::url::normalize_param(v, false));
        }
        query.push(seg);
    } else {
        let words = lodash_lower_case(&key);
        target
            .headers
            .remove_where(|k| lodash_lower_case(k) == words);
        target
            .headers
            .push(&key, value.as_deref().unwrap_or(""), true);
    }
}

/// lodash `_.lowerCase`: words (split on non-alphanumerics and lower→upper case changes),
/// lower-cased, joined by spaces.
fn lodash_lower_case(s: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn lower_case_like_lodash() {
        assert_eq!(super::lodash_lower_case("X-API-Key"), "x api key");
        assert_eq!(super::lodash_lower_case("x_api key"), "x api key");
        assert_eq!(super::lodash_lower_case("xApiKey"), "x api key");
    }
}
