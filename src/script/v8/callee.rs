//! V8 names the expression a TypeError is about (`resBody.map is not a function`,
//! `JSON.parse(...).find is not a function`, `o.list is not iterable`); QuickJS does not
//! (`not a function`). Given the script's text and the position QuickJS reported, these functions
//! find that expression and print it the way V8 prints it, checked against Node 20.
//!
//! QuickJS's position for a failed call is somewhere in the call (the callee's start, its last
//! property or the first argument), so the innermost call around the position is taken.

use super::tokens::{is_callee_end, offset_of, tokenize, Kind, Token};

/// What failed at the position.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Culprit {
    /// `x is not a function`
    Call,
    /// `x is not a constructor`
    New,
    /// `x is not iterable`
    Iterable,
}

/// The expression V8 would name for the `culprit` at 1-based `line` and byte `column` of
/// `source`, or None when it cannot be found.
pub fn expression_at(source: &str, line: u32, column: u32, culprit: Culprit) -> Option<String> {
    let tokens = tokenize(source);
    let at = offset_of(source, line, column)?;
    let here = tokens.iter().position(|t| t.end > at)?;
    match culprit {
        Culprit::Call | Culprit::New => call_at(&tokens, here, culprit == Culprit::New),
        Culprit::Iterable => iterated_at(&tokens, here),
    }
}

/// Index of the bracket matching the one at `open` (scanning forward), or None.
fn closing(tokens: &[Token<'_>], open: usize) -> Option<usize> {
    matching(tokens, open..tokens.len(), ["(", "[", "{"])
}

/// Index of the bracket matching the one at `close` (scanning backward), or None.
fn opening(tokens: &[Token<'_>], close: usize) -> Option<usize> {
    matching(tokens, (0..=close).rev(), [")", "]", "}"])
}

/// The first index of `order` where the brackets opened in `deeper` (from the first index on)
/// are all closed again.
fn matching(
    tokens: &[Token<'_>],
    order: impl Iterator<Item = usize>,
    deeper: [&str; 3],
) -> Option<usize> {
    let mut depth = 0usize;
    for i in order {
        let t = tokens.get(i)?;
        if t.kind != Kind::Punct || !matches!(t.text, "(" | "[" | "{" | ")" | "]" | "}") {
            continue;
        }
        if deeper.contains(&t.text) {
            depth += 1;
            continue;
        }
        depth = depth.checked_sub(1)?;
        if depth == 0 {
            return Some(i);
        }
    }
    None
}

/// Index of the first token of the member/call chain that ends at token `end`.
fn chain_start(tokens: &[Token<'_>], end: usize) -> Option<usize> {
    let mut i = end;
    loop {
        let t = &tokens[i];
        let before_is_dot = i > 0 && matches!(tokens[i - 1].text, "." | "?.");
        if t.kind == Kind::Punct && matches!(t.text, ")" | "]") {
            let open = opening(tokens, i)?;
            if open > 0 && is_callee_end(tokens, open - 1) {
                i = open - 1;
                continue;
            }
            return Some(open);
        }
        if before_is_dot && i >= 2 {
            i -= 2;
            continue;
        }
        return Some(i);
    }
}

/// The innermost call containing token `here` (its callee's first token and its `(`).
fn call_at(tokens: &[Token<'_>], here: usize, constructor: bool) -> Option<String> {
    let mut best: Option<(usize, usize, usize)> = None;
    for (paren, t) in tokens.iter().enumerate() {
        if t.text != "(" || t.kind != Kind::Punct || paren == 0 || !is_callee_end(tokens, paren - 1)
        {
            continue;
        }
        let Some(close) = closing(tokens, paren) else {
            continue;
        };
        let Some(start) = chain_start(tokens, paren - 1) else {
            continue;
        };
        let is_new = start > 0 && tokens[start - 1].text == "new";
        if is_new != constructor || here < start || here > close {
            continue;
        }
        // QuickJS puts a call's position at the chain's start when the callee does not end in
        // a property name: then the failing call is the outermost one starting there
        // (`f()()`: `f(...) is not a function`); otherwise it is the innermost one.
        let better = match best {
            None => true,
            Some((s, _, c)) if s == start && start == here => close - start > c - s,
            Some((s, _, c)) => close - start < c - s,
        };
        if better {
            best = Some((start, paren, close));
        }
    }
    let (start, paren, _) = best?;
    Some(render(&tokens[start..paren], true))
}

/// The expression a `for … of`, a spread or an array destructuring iterates, around `here`.
fn iterated_at(tokens: &[Token<'_>], here: usize) -> Option<String> {
    // the nearest `of` or `...` at or before the position, whose expression covers it
    // (for `var [a, b] = o` QuickJS gives no usable position)
    for i in (0..=here.min(tokens.len() - 1)).rev() {
        let t = &tokens[i];
        let spread = t.text == "..." && t.kind == Kind::Punct;
        if !(t.is_keyword_of() || spread) {
            continue;
        }
        let end = expression_end(tokens, i + 1);
        if end < i + 1 || (here > end && i != here) {
            continue;
        }
        return Some(render(&tokens[i + 1..=end], false));
    }
    None
}

/// Index of the last token of the member/call chain starting at `start`.
fn expression_end(tokens: &[Token<'_>], start: usize) -> usize {
    let mut i = start;
    while i + 1 < tokens.len() {
        let next = &tokens[i + 1];
        match next.text {
            "." | "?." if i + 2 < tokens.len() => i += 2,
            "(" | "[" => match closing(tokens, i + 1) {
                Some(close) => i = close,
                None => break,
            },
            _ => break,
        }
    }
    i
}

impl Token<'_> {
    fn is_keyword_of(&self) -> bool {
        self.kind == Kind::Ident && self.text == "of"
    }
}

/// A member/call chain as V8 prints it: arguments as `(...)` (dropped when `calls` is false, as
/// V8 does for an iterated value), literal keys as properties, other primaries as
/// `(intermediate value)`.
fn render(chain: &[Token<'_>], calls: bool) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < chain.len() {
        let t = &chain[i];
        match (t.kind, t.text) {
            (Kind::Punct, "." | "?.") if i + 1 < chain.len() => {
                out.push_str(t.text);
                out.push_str(chain[i + 1].text);
                i += 2;
                continue;
            }
            (Kind::Punct, "(") => {
                let close = closing(chain, i).unwrap_or(chain.len() - 1);
                if i == 0 {
                    out.push_str(&parenthesized(&chain[i + 1..close]));
                } else if calls {
                    out.push_str("(...)");
                }
                i = close + 1;
                continue;
            }
            (Kind::Punct, "[") => {
                let close = closing(chain, i).unwrap_or(chain.len() - 1);
                let inner = &chain[i + 1..close];
                if i == 0 {
                    out.push_str(&array_literal(inner));
                } else {
                    out.push_str(&computed_key(inner));
                }
                i = close + 1;
                continue;
            }
            (Kind::Str, text) if i == 0 => out.push_str(&format!("\"{}\"", unquote(text))),
            (Kind::Ident | Kind::Number, text) if i == 0 => out.push_str(text),
            _ if i == 0 => return "(intermediate value)".to_string(),
            _ => {}
        }
        i += 1;
    }
    out
}

fn unquote(text: &str) -> &str {
    text.get(1..text.len().saturating_sub(1)).unwrap_or("")
}

fn parenthesized(inner: &[Token<'_>]) -> String {
    if inner.is_empty() || inner.iter().any(|t| t.text == "function" || t.text == "=>") {
        return "(intermediate value)".to_string();
    }
    if inner.iter().any(|t| t.text == ",") {
        let parts: Vec<&str> = inner.iter().map(|t| t.text).collect();
        return format!("({})", parts.join(" "));
    }
    render(inner, true)
}

fn array_literal(inner: &[Token<'_>]) -> String {
    let parts: String = inner.iter().map(|t| t.text).collect();
    format!("[{parts}]")
}

fn computed_key(inner: &[Token<'_>]) -> String {
    match inner {
        [t] if matches!(t.kind, Kind::Str | Kind::Template) => format!(".{}", unquote(t.text)),
        [t] if matches!(t.kind, Kind::Number | Kind::Ident) => format!("[{}]", t.text),
        [a, op, b] if op.kind == Kind::Punct && !matches!(op.text, "." | "?.") => {
            format!("[({} {} {})]", a.text, op.text, b.text)
        }
        _ => format!("[{}]", render(inner, true)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(source: &str, needle: &str, culprit: Culprit) -> Option<String> {
        let offset = source.find(needle).expect("needle in source");
        let line = source[..offset].matches('\n').count() as u32 + 1;
        let column = (offset - source[..offset].rfind('\n').map_or(0, |n| n + 1)) as u32 + 1;
        expression_at(source, line, column, culprit)
    }

    #[test]
    fn callees_are_printed_as_v8_prints_them() {
        let call = |s: &str, n: &str| at(s, n, Culprit::Call);
        // the positions QuickJS reports: first argument, last property, the callee's start
        assert_eq!(
            call("var r = {}; r.map(x => x)", "x =>").as_deref(),
            Some("r.map")
        );
        assert_eq!(
            call("JSON.parse('{}').find(x => x)", "x =>").as_deref(),
            Some("JSON.parse(...).find")
        );
        assert_eq!(
            call("var o = {a:{}}; o.a.b()", "b()").as_deref(),
            Some("o.a.b")
        );
        assert_eq!(call("o['x'](1)", "o[").as_deref(), Some("o.x"));
        assert_eq!(call("arr[0]()", "arr").as_deref(), Some("arr[0]"));
        assert_eq!(call("o[k](1)", "o[").as_deref(), Some("o[k]"));
        assert_eq!(call("a[i + 1]()", "a[").as_deref(), Some("a[(i + 1)]"));
        assert_eq!(
            call("pm.response.json().args.forEach(x=>x)", "x=>").as_deref(),
            Some("pm.response.json(...).args.forEach")
        );
        assert_eq!(call("if (a) { foo(1) }", "1)").as_deref(), Some("foo"));
        assert_eq!(
            call("(function(){})()()", "(function").as_deref(),
            Some("(intermediate value)(...)")
        );
        assert_eq!(
            call("var f = function(){ return 1 }; f()()", "f()()").as_deref(),
            Some("f(...)")
        );
        assert_eq!(call("'abc'.foo()", "foo").as_deref(), Some("\"abc\".foo"));
        assert_eq!(call("this.zz()", "zz").as_deref(), Some("this.zz"));
        assert_eq!(call("a?.b()", "b()").as_deref(), Some("a?.b"));
        assert_eq!(
            at("var x = {}; new x.Y()", "x.Y", Culprit::New).as_deref(),
            Some("x.Y")
        );
        assert_eq!(call("var x = 1;", "1"), None);
    }

    #[test]
    fn iterated_values_are_printed_as_v8_prints_them() {
        let iter = |s: &str, n: &str| at(s, n, Culprit::Iterable);
        assert_eq!(iter("for (const x of o) {}", "o)").as_deref(), Some("o"));
        assert_eq!(
            iter("var a = [...o.list]", "o.list").as_deref(),
            Some("o.list")
        );
        assert_eq!(
            iter("for (const x of Object.entries(o).x) {}", "Object").as_deref(),
            Some("Object.entries.x")
        );
    }
}
