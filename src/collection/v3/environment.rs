//! Environments and globals in YAML (`*.environment.yaml`, `*.globals.yaml`): `name` and `values`,
//! a list of `{key, value, enabled, type}` — the same fields as the JSON form.
//!
//! Write-back edits the file's text in place, so comments, key order, quoting and everything the
//! run did not change stay as they were: a changed value has only its scalar replaced, a new value
//! is appended to the `values` list in the list's own indentation. When that is not possible (a
//! value removed by the run, a flow-style list, a changed block scalar, an alias, a key listed
//! twice)
//! [`edit_in_place`] returns `None` and the caller writes the document out again from its data.

use super::yaml;
use crate::collection::error::FileError;
use crate::variables::VariableScope;
use saphyr_parser::{Event, Marker, Parser, ScalarStyle};
use serde_json::Value;
use std::path::Path;

/// A YAML environment or globals document as JSON.
pub fn parse(path: &Path, text: &str) -> Result<Value, FileError> {
    yaml::parse(path, text)
}

/// The document as YAML text (the fallback when it cannot be edited in place).
pub fn render(path: &Path, doc: &Value) -> Result<String, FileError> {
    yaml::render(path, doc)
}

/// `text` with the values of `before` changed into those of `after`; `None` when that cannot be
/// done by editing the text (see the module summary).
pub fn edit_in_place(text: &str, before: &VariableScope, after: &VariableScope) -> Option<String> {
    let was = before.to_object();
    let is = after.to_object();
    if was.keys().any(|k| !is.contains_key(k)) {
        return None;
    }
    let root = tree(text)?;
    let values = match &root.kind {
        Kind::Map(entries) => entries
            .iter()
            .find(|(k, _)| k.scalar() == Some("values"))
            .map(|(_, v)| v)?,
        Kind::Seq(_) => &root,
        Kind::Scalar(_) => return None,
    };
    let Kind::Seq(items) = &values.kind else {
        return None;
    };
    let chars: Vec<char> = text.chars().collect();
    // (character range, replacement); applied from the end so earlier ranges stay valid
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for item in items {
        let Kind::Map(fields) = &item.kind else {
            return None;
        };
        let field = |name: &str| fields.iter().find(|(k, _)| k.scalar() == Some(name));
        let Some(key) = field("key").and_then(|(_, v)| v.scalar()) else {
            continue;
        };
        if !seen.insert(key.to_string()) {
            return None;
        }
        let (Some(old), Some(new)) = (was.get(key), is.get(key)) else {
            continue;
        };
        if old == new {
            continue;
        }
        let (_, node) = field("value")?;
        let end = scalar_end(&chars, node, item.flow)?;
        edits.push((node.start.index(), end, scalar(new)));
    }
    let added: Vec<(&String, &Value)> = is.iter().filter(|(k, _)| !was.contains_key(*k)).collect();
    if added.iter().any(|(k, _)| seen.contains(k.as_str())) {
        return None; // a disabled entry the run set: not a new one
    }
    if !added.is_empty() {
        if values.flow || items.is_empty() {
            return None;
        }
        let indent = " ".repeat(dash_column(text, items[0].start.index())?);
        let field_indent = " ".repeat(items[0].start.col());
        let mut block = String::new();
        for (key, value) in added {
            block.push_str(&format!(
                "{indent}- key: {}\n{field_indent}value: {}\n{field_indent}enabled: true\n\
                 {field_indent}type: default\n",
                scalar(&Value::String(key.clone())),
                scalar(value)
            ));
        }
        let end = line_end_after(text, items[items.len() - 1].end.index());
        edits.push((end, end, block));
    }
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut chars = chars;
    for (start, end, replacement) in edits {
        chars.splice(start..end, replacement.chars());
    }
    Some(chars.into_iter().collect())
}

/// Where the scalar `node` ends in the text (the parser's span may run on over a comment): past
/// its closing quote, or at the end of a plain scalar's line without a trailing comment. `None`
/// for what this edit does not handle: block scalars, plain scalars over several lines, and
/// values inside a `{…}` mapping.
fn scalar_end(chars: &[char], node: &Node, in_flow: bool) -> Option<usize> {
    let Kind::Scalar(value) = &node.kind else {
        return None;
    };
    let start = node.start.index();
    let at = |i: usize| chars.get(i).copied();
    match node.style {
        ScalarStyle::SingleQuoted => {
            let mut i = start + 1;
            loop {
                match at(i)? {
                    '\'' if at(i + 1) == Some('\'') => i += 2,
                    '\'' => return Some(i + 1),
                    _ => i += 1,
                }
            }
        }
        ScalarStyle::DoubleQuoted => {
            let mut i = start + 1;
            loop {
                match at(i)? {
                    '\\' => i += 2,
                    '"' => return Some(i + 1),
                    _ => i += 1,
                }
            }
        }
        ScalarStyle::Plain if !in_flow && !value.contains('\n') => {
            let mut i = start;
            while let Some(c) = at(i).filter(|c| *c != '\n') {
                if c == '#' && i > start && chars[i - 1].is_whitespace() {
                    break;
                }
                i += 1;
            }
            while i > start && chars[i - 1].is_whitespace() {
                i -= 1;
            }
            Some(i)
        }
        _ => None,
    }
}

/// The column of the `-` that starts the list item whose content starts at character `at`.
fn dash_column(text: &str, at: usize) -> Option<usize> {
    let before: Vec<char> = text.chars().take(at).collect();
    let dash = before.iter().rposition(|c| *c == '-')?;
    let line_start = before[..dash]
        .iter()
        .rposition(|c| *c == '\n')
        .map_or(0, |i| i + 1);
    before[line_start..dash]
        .iter()
        .all(|c| *c == ' ')
        .then_some(dash - line_start)
}

/// The character index just past the end of the line holding character `at` (or of the last line
/// that has content before `at`, when `at` starts a line), adding a final newline if missing.
fn line_end_after(text: &str, at: usize) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut i = at.min(chars.len());
    // an item's end marker may sit at the start of the next line: step back over blank space
    while i > 0 && chars[i - 1].is_whitespace() {
        i -= 1;
    }
    while i < chars.len() && chars[i] != '\n' {
        i += 1;
    }
    if i < chars.len() {
        i + 1
    } else {
        i
    }
}

/// A value as a YAML scalar: strings single-quoted (double-quoted JSON-style when they hold a
/// line break or control character), other values as their JSON text.
fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) if s.chars().any(char::is_control) => Value::String(s.clone()).to_string(),
        Value::String(s) => format!("'{}'", s.replace('\'', "''")),
        other => other.to_string(),
    }
}

enum Kind {
    Scalar(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// A YAML node with where it is in the text (character indexes).
struct Node {
    kind: Kind,
    start: Marker,
    end: Marker,
    /// `[…]` / `{…}` style.
    flow: bool,
    /// how a scalar is written (plain for collections).
    style: ScalarStyle,
}

impl Node {
    fn scalar(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar(s) => Some(s),
            _ => None,
        }
    }
}

/// The first document of `text` as a tree; `None` on a parse error or an alias.
fn tree(text: &str) -> Option<Node> {
    let mut parser = Parser::new_from_str(text);
    loop {
        let (event, span) = parser.next()?.ok()?;
        match event {
            Event::StreamStart | Event::DocumentStart(_) => continue,
            Event::StreamEnd | Event::DocumentEnd => return None,
            other => return node(other, span, &mut parser, text),
        }
    }
}

fn node<'a>(
    event: Event<'a>,
    span: saphyr_parser::Span,
    parser: &mut Parser<'a, saphyr_parser::StrInput<'a>>,
    text: &str,
) -> Option<Node> {
    let flow_at = |m: Marker| matches!(text.chars().nth(m.index()), Some('[' | '{'));
    match event {
        Event::Scalar(value, style, _, _) => Some(Node {
            kind: Kind::Scalar(value.into_owned()),
            start: span.start,
            end: span.end,
            flow: false,
            style,
        }),
        Event::SequenceStart(..) => {
            let mut items = Vec::new();
            loop {
                let (e, s) = parser.next()?.ok()?;
                if let Event::SequenceEnd = e {
                    return Some(Node {
                        kind: Kind::Seq(items),
                        start: span.start,
                        end: s.end,
                        flow: flow_at(span.start),
                        style: ScalarStyle::Plain,
                    });
                }
                items.push(node(e, s, parser, text)?);
            }
        }
        Event::MappingStart(..) => {
            let mut entries = Vec::new();
            loop {
                let (e, s) = parser.next()?.ok()?;
                if let Event::MappingEnd = e {
                    return Some(Node {
                        kind: Kind::Map(entries),
                        start: span.start,
                        end: s.end,
                        flow: flow_at(span.start),
                        style: ScalarStyle::Plain,
                    });
                }
                let key = node(e, s, parser, text)?;
                let (e, s) = parser.next()?.ok()?;
                entries.push((key, node(e, s, parser, text)?));
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const TEXT: &str = "# top\nname: e\nvalues:\n  - key: a   # why\n    value: \"1\" # one\n  \
                        - key: b\n    value: x y  # plain\n";

    #[test]
    fn a_changed_value_replaces_only_its_scalar() {
        let before = VariableScope::of(&[("a", json!("1")), ("b", json!("x y"))]);
        let after = VariableScope::of(&[("a", json!("it's\nnew")), ("b", json!(7))]);
        let edited = edit_in_place(TEXT, &before, &after).expect("in place");
        assert_eq!(
            edited,
            "# top\nname: e\nvalues:\n  - key: a   # why\n    value: \"it's\\nnew\" # one\n  \
             - key: b\n    value: 7  # plain\n"
        );
    }

    #[test]
    fn what_cannot_be_edited_in_place_is_left_to_the_caller() {
        let before = VariableScope::of(&[("a", json!("1")), ("b", json!("x y"))]);
        let removed = VariableScope::of(&[("a", json!("1"))]);
        assert_eq!(edit_in_place(TEXT, &before, &removed), None);
        let flow = "values: [{key: a, value: '1'}]\n";
        let added = VariableScope::of(&[("a", json!("1")), ("c", json!("3"))]);
        assert_eq!(
            edit_in_place(flow, &VariableScope::of(&[("a", json!("1"))]), &added),
            None
        );
        let block = "values:\n  - key: a\n    value: |\n      1\n";
        let changed = VariableScope::of(&[("a", json!("2"))]);
        assert_eq!(
            edit_in_place(block, &VariableScope::of(&[("a", json!("1\n"))]), &changed),
            None
        );
    }
}
