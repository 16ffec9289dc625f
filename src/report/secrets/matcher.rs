//! Finding known secret values in text that is about to be written: one Aho-Corasick pass over
//! the text for all secrets, keeping only whole occurrences outside `{{…}}` templates.

use aho_corasick::{AhoCorasick, MatchKind};
use std::borrow::Cow;

pub const MASK: &str = "********";

/// How far around a match to look for the `{{` and `}}` of a template around it.
const TEMPLATE_REACH: usize = 256;

/// Characters of a secret that must show before `…` for the shortened start to be masked.
const TRUNCATED_SHOWN: usize = 8;

/// The secret values and one automaton over all of them, built when the values last changed.
#[derive(Debug, Clone, Default)]
pub struct SecretMatcher {
    values: Vec<String>,
    automaton: Option<AhoCorasick>,
}

impl SecretMatcher {
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn contains(&self, value: &str) -> bool {
        self.values.iter().any(|v| v == value)
    }

    /// Adds a value; the automaton is rebuilt once, by [`SecretMatcher::rebuild`].
    pub fn insert(&mut self, value: String) {
        if !self.contains(&value) {
            self.values.push(value);
            self.automaton = None;
        }
    }

    /// Builds the automaton when values were added since the last build.
    pub fn rebuild(&mut self) {
        if self.automaton.is_none() && !self.values.is_empty() {
            self.automaton = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&self.values)
                .ok();
        }
    }

    /// `text` with every whole occurrence of a secret replaced by `********`.
    pub fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let Some(automaton) = &self.automaton else {
            return Cow::Borrowed(text);
        };
        let mut spans: Vec<(usize, usize)> = automaton
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end()))
            .filter(|&(start, end)| whole_occurrence(text, start, end))
            .filter(|&(start, end)| !inside_template(text, start, end))
            .collect();
        let mut out = if spans.is_empty() {
            Cow::Borrowed(text)
        } else {
            // Leftmost first, and the longest of those that start together.
            spans.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            let mut masked = String::with_capacity(text.len());
            let mut last = 0;
            for (start, end) in spans {
                if start >= last {
                    masked.push_str(&text[last..start]);
                    masked.push_str(MASK);
                    last = end;
                }
            }
            masked.push_str(&text[last..]);
            Cow::Owned(masked)
        };
        if out.contains('…') {
            if let Some(cut) = self.mask_truncated(&out) {
                out = Cow::Owned(cut);
            }
        }
        out
    }

    /// Assertion messages shorten long values (`expected 'sk_live_0123…' to …`): a secret's start
    /// followed by `…` is masked too, when at least [`TRUNCATED_SHOWN`] characters of it show.
    fn mask_truncated(&self, text: &str) -> Option<String> {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for (at, _) in text.match_indices('…') {
            let before = &text[last..at];
            let longest = self
                .values
                .iter()
                .filter_map(|value| {
                    value
                        .char_indices()
                        .skip(TRUNCATED_SHOWN - 1)
                        .map(|(end, c)| &value[..end + c.len_utf8()])
                        .filter(|prefix| before.ends_with(prefix))
                        .map(str::len)
                        .max()
                })
                .max();
            if let Some(len) = longest {
                let start = before.len() - len;
                if whole_occurrence(before, start, before.len()) {
                    out.push_str(&before[..start]);
                    out.push_str(MASK);
                    last = at;
                }
            }
        }
        (last > 0).then(|| {
            out.push_str(&text[last..]);
            out
        })
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The match is not part of a longer word: no letter, digit or `_` touches it, except the hex
/// digits of a `%XX` escape or the letter of a `\n`-style escape just before it.
fn whole_occurrence(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let after_ok = !text[end..].chars().next().is_some_and(is_word);
    let before_ok = match before.chars().next_back() {
        None => true,
        Some(c) if !is_word(c) => true,
        Some(_) => {
            let bytes = before.as_bytes();
            let percent = bytes.len() >= 3
                && bytes[bytes.len() - 3] == b'%'
                && bytes[bytes.len() - 2..].iter().all(u8::is_ascii_hexdigit);
            let escape = bytes.len() >= 2 && bytes[bytes.len() - 2] == b'\\';
            percent || escape
        }
    };
    before_ok && after_ok
}

/// The match stands inside `{{…}}`: a `{{` before it with no `}}` between, and a `}}` after it
/// with no `{{` between.
fn inside_template(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let from = start.saturating_sub(TEMPLATE_REACH);
    let to = (end + TEMPLATE_REACH).min(bytes.len());
    let opened = bytes[from..start]
        .windows(2)
        .rposition(|w| w == b"{{")
        .is_some_and(|at| !bytes[from + at..start].windows(2).any(|w| w == b"}}"));
    let closed = || {
        let after = &bytes[end..to];
        let close = after.windows(2).position(|w| w == b"}}");
        let reopen = after.windows(2).position(|w| w == b"{{");
        match (close, reopen) {
            (Some(close), Some(reopen)) => close < reopen,
            (close, _) => close.is_some(),
        }
    };
    opened && closed()
}
