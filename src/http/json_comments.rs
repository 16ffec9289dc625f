//! Comments in raw JSON bodies, removed before sending as postman-runtime does (strip-json-comments
//! without whitespace): `//` up to the end of the line (a `\r` before the `\n` goes with it, the
//! `\n` stays) and `/* … */` (also unterminated, to the end), never inside a double-quoted string.

use crate::collection::model::Body;
use crate::request_text::headers::HeaderList;

/// Whether the runtime strips comments from this raw body: its language is `json`, or it has no
/// language and the request's Content-Type is JSON (`application/json`, `application/x+json`).
pub fn applies(body: &Body, headers: &HeaderList) -> bool {
    if body.mode != "raw" || body.disabled {
        return false;
    }
    if let Some(language) = body.raw_language().filter(|l| !l.is_empty()) {
        return language == "json";
    }
    let content_type = headers
        .entries
        .iter()
        .filter(|h| h.key.eq_ignore_ascii_case("content-type"))
        .min_by_key(|h| h.disabled);
    content_type.is_some_and(|h| is_json_type(&h.value))
}

/// `^application\/(\S+\+)?json`
fn is_json_type(value: &str) -> bool {
    let Some(rest) = value.strip_prefix("application/") else {
        return false;
    };
    if rest.starts_with("json") {
        return true;
    }
    let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    rest[..word_end]
        .match_indices("+json")
        .any(|(at, _)| at > 0)
}

/// The text without its comments.
pub fn strip(text: &str) -> String {
    #[derive(PartialEq)]
    enum State {
        Code,
        Text,
        Line,
        Block,
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut state = State::Code;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        match state {
            State::Code | State::Text if c == b'"' && !escaped(bytes, i) => {
                state = if state == State::Code {
                    State::Text
                } else {
                    State::Code
                };
                out.push(c);
            }
            State::Text => out.push(c),
            State::Code if c == b'/' && next == Some(b'/') => {
                state = State::Line;
                i += 1;
            }
            State::Code if c == b'/' && next == Some(b'*') => {
                state = State::Block;
                i += 1;
            }
            State::Code => out.push(c),
            State::Line if c == b'\n' || (c == b'\r' && next == Some(b'\n')) => {
                state = State::Code;
                if c == b'\r' {
                    i += 1;
                }
                out.push(b'\n');
            }
            State::Line => {}
            State::Block if c == b'*' && next == Some(b'/') => {
                state = State::Code;
                i += 1;
            }
            State::Block => {}
        }
        i += 1;
    }
    // Only whole ASCII sequences were removed, so the rest is still UTF-8.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// A quote preceded by an odd number of backslashes.
fn escaped(bytes: &[u8], quote: usize) -> bool {
    bytes[..quote]
        .iter()
        .rev()
        .take_while(|b| **b == b'\\')
        .count()
        % 2
        == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_comments_outside_strings() {
        assert_eq!(
            strip("// first\n{\n  \"a\": \"//x\", /* b */ \"c\": 1 // end\r\n}"),
            "\n{\n  \"a\": \"//x\",  \"c\": 1 \n}"
        );
        assert_eq!(
            strip("{\"q\": \"say \\\"/*\\\"\"}"),
            "{\"q\": \"say \\\"/*\\\"\"}"
        );
        assert_eq!(strip("// only a comment"), "");
        assert_eq!(strip("{} /* open"), "{} ");
        assert_eq!(strip("{\"é\": 1} // ü"), "{\"é\": 1} ");
    }

    #[test]
    fn json_content_types() {
        assert!(is_json_type("application/json; charset=utf-8"));
        assert!(is_json_type("application/vnd.api+json"));
        assert!(!is_json_type("application/+json"));
        assert!(!is_json_type("text/json"));
        assert!(!is_json_type("application/xml"));
    }
}
