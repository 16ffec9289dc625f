//! Patterns for path segments and query values of saved examples, where `{{var}}` (and a
//! `:param` path segment) stands for any text.

use regex::Regex;

#[derive(Debug, Clone)]
pub(crate) enum TextPattern {
    /// A whole `{{var}}` or `:param`: anything matches.
    Any,
    /// Plain text, percent-decoded.
    Literal(String),
    /// Text with `{{var}}` holes ("v{{version}}"), anchored.
    Template(Regex),
}

impl TextPattern {
    pub fn for_segment(segment: &str) -> TextPattern {
        if segment.len() > 1 && segment.starts_with(':') {
            return TextPattern::Any;
        }
        TextPattern::for_value(segment)
    }

    pub fn for_value(text: &str) -> TextPattern {
        let holes = variable_holes(text);
        if holes.is_empty() {
            return TextPattern::Literal(decode(text));
        }
        if holes.len() == 1 && holes[0] == (0, text.len()) {
            return TextPattern::Any;
        }
        let mut regex = String::from("^");
        let mut last = 0;
        for (start, end) in holes {
            regex.push_str(&regex::escape(&decode(&text[last..start])));
            regex.push_str(".*");
            last = end;
        }
        regex.push_str(&regex::escape(&decode(&text[last..])));
        regex.push('$');
        match Regex::new(&regex) {
            Ok(re) => TextPattern::Template(re),
            Err(_) => TextPattern::Literal(decode(text)),
        }
    }

    /// Whether `actual` (already percent-decoded) fits the pattern.
    pub fn matches(&self, actual: &str) -> bool {
        match self {
            TextPattern::Any => true,
            TextPattern::Literal(text) => text == actual,
            TextPattern::Template(re) => re.is_match(actual),
        }
    }

    pub fn is_literal(&self) -> bool {
        matches!(self, TextPattern::Literal(_))
    }
}

/// Byte ranges of the `{{…}}` references in `text`.
fn variable_holes(text: &str) -> Vec<(usize, usize)> {
    let mut holes = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("{{").map(|i| i + from) {
        let Some(close) = text[open + 2..].find("}}").map(|i| i + open + 2) else {
            break;
        };
        holes.push((open, close + 2));
        from = close + 2;
    }
    holes
}

pub(crate) fn decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_variables_and_params_match_anything() {
        assert!(TextPattern::for_segment("{{id}}").matches("42"));
        assert!(TextPattern::for_segment(":id").matches("x y"));
        assert!(TextPattern::for_value("{{v}}").matches(""));
        assert!(!TextPattern::for_segment(":").matches("x"));
    }

    #[test]
    fn literals_compare_decoded() {
        let p = TextPattern::for_value("ALL%3AALL");
        assert!(p.is_literal());
        assert!(p.matches("ALL:ALL"));
        assert!(!p.matches("ALL"));
    }

    #[test]
    fn templates_keep_their_literal_parts() {
        let p = TextPattern::for_segment("v{{n}}.{{m}}");
        assert!(p.matches("v1.2"));
        assert!(!p.matches("w1.2"));
        assert!(!p.is_literal());
        let unclosed = TextPattern::for_value("a{{b");
        assert!(unclosed.matches("a{{b"));
    }
}
