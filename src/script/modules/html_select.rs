//! CSS selectors over [`Dom`] for cheerio, with the dialect of cheerio 0.22's engine: the CSS3 selectors,
//! `[name!=value]`, `:contains()`, `:has()`, `:not()`/`:matches()` taking selector lists, the form
//! pseudo-classes (`:checked`, `:input`, `:text`…), `:header`, `:parent`; a selector may start with a
//! combinator (`> p`), taken relative to the elements searched from. jQuery's positional pseudo-classes
//! (`:eq`, `:first`…) are not part of it and raise "unmatched pseudo-class".

use super::html::{Dom, Kind};

#[derive(Clone, Copy, PartialEq, Debug)]
enum Combinator {
    Descendant,
    Child,
    Adjacent,
    Sibling,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Op {
    Exists,
    Equals,
    Word,
    Dash,
    Prefix,
    Suffix,
    Substring,
    NotEquals,
}

#[derive(Debug)]
enum Nth {
    Child,
    LastChild,
    OfType,
    LastOfType,
}

#[derive(Debug)]
enum Simple {
    Tag(String),
    Attr {
        name: String,
        op: Op,
        value: String,
        icase: bool,
    },
    Not(Vec<Complex>),
    Has(Vec<Complex>),
    Matches(Vec<Complex>),
    Contains(String, bool),
    Nth(Nth, i64, i64),
    Named(&'static str),
}

/// A compound selector and the combinator that links it to the one on its left.
#[derive(Debug)]
struct Part {
    simples: Vec<Simple>,
    combinator: Combinator,
}

/// A complex selector; `scoped` when it starts with a combinator (its first part's combinator then links to
/// the scope elements).
#[derive(Debug)]
pub struct Complex {
    parts: Vec<Part>,
    scoped: bool,
}

const NAMED: &[&str] = &[
    "empty",
    "first-child",
    "last-child",
    "only-child",
    "first-of-type",
    "last-of-type",
    "only-of-type",
    "root",
    "checked",
    "selected",
    "disabled",
    "enabled",
    "required",
    "optional",
    "header",
    "parent",
    "input",
    "button",
    "text",
    "checkbox",
    "radio",
    "password",
    "submit",
    "reset",
    "file",
    "image",
    "link",
    "visited",
    "hover",
    "active",
    "focus",
];

struct Parser<'a> {
    s: &'a str,
    i: usize,
    xml: bool,
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_' || c == '\\' || !c.is_ascii()
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<char> {
        self.s[self.i..].chars().next()
    }

    fn skip_space(&mut self) -> bool {
        let start = self.i;
        while let Some(c) = self.peek().filter(|c| c.is_whitespace()) {
            self.i += c.len_utf8();
        }
        self.i > start
    }

    fn rest(&self) -> &str {
        &self.s[self.i..]
    }

    fn name(&mut self) -> String {
        let mut out = String::new();
        while let Some(c) = self.peek() {
            if c == '\\' {
                self.i += 1;
                if let Some(e) = self.peek() {
                    out.push(e);
                    self.i += e.len_utf8();
                }
            } else if is_name_char(c) {
                out.push(c);
                self.i += c.len_utf8();
            } else {
                break;
            }
        }
        out
    }

    fn lower(&self, name: String) -> String {
        if self.xml {
            name
        } else {
            name.to_lowercase()
        }
    }

    /// A selector list, up to the end or (inside a pseudo-class) a `)`.
    fn list(&mut self, nested: bool) -> Result<Vec<Complex>, String> {
        let mut list = Vec::new();
        loop {
            self.skip_space();
            let complex = self.complex()?;
            if complex.parts.is_empty() {
                if nested && self.peek() == Some(')') && list.is_empty() {
                    return Ok(list);
                }
                return Err("empty sub-selector".into());
            }
            list.push(complex);
            match self.peek() {
                Some(',') => self.i += 1,
                Some(')') if nested => return Ok(list),
                None if !nested => return Ok(list),
                None => return Err("unmatched parenthesis".into()),
                Some(_) => return Err(format!("Unmatched selector: {}", self.rest())),
            }
        }
    }

    fn complex(&mut self) -> Result<Complex, String> {
        let mut parts: Vec<Part> = Vec::new();
        let mut scoped = false;
        let mut combinator = Combinator::Descendant;
        loop {
            let spaced = self.skip_space();
            let explicit = match self.peek() {
                Some('>') => Some(Combinator::Child),
                Some('+') => Some(Combinator::Adjacent),
                Some('~') => Some(Combinator::Sibling),
                _ => None,
            };
            if let Some(c) = explicit {
                self.i += 1;
                self.skip_space();
                combinator = c;
                if parts.is_empty() {
                    scoped = true;
                }
            } else if spaced && !parts.is_empty() {
                combinator = Combinator::Descendant;
            }
            let simples = self.compound()?;
            if simples.is_empty() {
                break;
            }
            parts.push(Part {
                simples,
                combinator,
            });
            combinator = Combinator::Descendant;
        }
        Ok(Complex { parts, scoped })
    }

    fn compound(&mut self) -> Result<Vec<Simple>, String> {
        let mut simples = Vec::new();
        let mut star = false;
        loop {
            match self.peek() {
                Some('*') if simples.is_empty() && !star => {
                    self.i += 1;
                    star = true;
                }
                Some('#') => {
                    self.i += 1;
                    let value = self.name();
                    simples.push(Simple::Attr {
                        name: "id".into(),
                        op: Op::Equals,
                        value,
                        icase: false,
                    });
                }
                Some('.') => {
                    self.i += 1;
                    let value = self.name();
                    simples.push(Simple::Attr {
                        name: "class".into(),
                        op: Op::Word,
                        value,
                        icase: false,
                    });
                }
                Some('[') => {
                    self.i += 1;
                    simples.push(self.attribute()?);
                }
                Some(':') => {
                    self.i += 1;
                    if self.peek() == Some(':') {
                        return Err(format!("unmatched pseudo-element {}", self.rest()));
                    }
                    simples.push(self.pseudo()?);
                }
                Some(c) if is_name_char(c) && simples.is_empty() => {
                    let name = self.name();
                    simples.push(Simple::Tag(self.lower(name)));
                }
                _ => break,
            }
        }
        if simples.is_empty() && star {
            // A bare `*` matches every element: an empty attribute-free compound.
            simples.push(Simple::Named("*"));
        }
        Ok(simples)
    }

    fn attribute(&mut self) -> Result<Simple, String> {
        let malformed = |p: &Parser<'_>| format!("Malformed attribute selector: {}", p.rest());
        self.skip_space();
        let name = self.name();
        if name.is_empty() {
            return Err(malformed(self));
        }
        let name = self.lower(name);
        self.skip_space();
        let op = match self.peek() {
            Some(']') => {
                self.i += 1;
                return Ok(Simple::Attr {
                    name,
                    op: Op::Exists,
                    value: String::new(),
                    icase: false,
                });
            }
            Some('=') => Op::Equals,
            Some('~') => Op::Word,
            Some('|') => Op::Dash,
            Some('^') => Op::Prefix,
            Some('$') => Op::Suffix,
            Some('*') => Op::Substring,
            Some('!') => Op::NotEquals,
            _ => return Err(malformed(self)),
        };
        self.i += 1;
        if op != Op::Equals {
            if self.peek() != Some('=') {
                return Err(malformed(self));
            }
            self.i += 1;
        }
        self.skip_space();
        let value = match self.peek() {
            Some(q @ ('"' | '\'')) => {
                self.i += 1;
                let mut value = String::new();
                loop {
                    match self.peek() {
                        None => return Err(malformed(self)),
                        Some(c) if c == q => {
                            self.i += 1;
                            break;
                        }
                        Some('\\') => {
                            self.i += 1;
                            if let Some(e) = self.peek() {
                                value.push(e);
                                self.i += e.len_utf8();
                            }
                        }
                        Some(c) => {
                            value.push(c);
                            self.i += c.len_utf8();
                        }
                    }
                }
                value
            }
            _ => self.name(),
        };
        self.skip_space();
        let mut icase = false;
        if matches!(self.peek(), Some('i' | 'I')) {
            self.i += 1;
            icase = true;
            self.skip_space();
        }
        if self.peek() != Some(']') {
            return Err(malformed(self));
        }
        self.i += 1;
        Ok(Simple::Attr {
            name,
            op,
            value,
            icase,
        })
    }

    /// The text inside `( … )`, the opening parenthesis being next; quotes are removed.
    fn argument(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut depth = 0;
        let start = self.i;
        while let Some(c) = self.peek() {
            match c {
                '(' => depth += 1,
                ')' if depth == 0 => {
                    let arg = self.s[start..self.i].trim().to_string();
                    self.i += 1;
                    let unquoted = arg
                        .strip_prefix('"')
                        .and_then(|a| a.strip_suffix('"'))
                        .or_else(|| arg.strip_prefix('\'').and_then(|a| a.strip_suffix('\'')));
                    return Ok(unquoted.map(str::to_string).unwrap_or(arg));
                }
                ')' => depth -= 1,
                _ => {}
            }
            self.i += c.len_utf8();
        }
        Err("unmatched parenthesis".into())
    }

    fn pseudo(&mut self) -> Result<Simple, String> {
        let name = self.name().to_lowercase();
        let has_argument = self.peek() == Some('(');
        match name.as_str() {
            "not" | "has" | "matches" if has_argument => {
                self.i += 1;
                let list = self.list(true)?;
                self.i += 1;
                Ok(match name.as_str() {
                    "not" => Simple::Not(list),
                    "has" => Simple::Has(list),
                    _ => Simple::Matches(list),
                })
            }
            "contains" | "icontains" if has_argument => {
                let text = self.argument()?;
                Ok(if name == "icontains" {
                    Simple::Contains(text.to_lowercase(), true)
                } else {
                    Simple::Contains(text, false)
                })
            }
            "nth-child" | "nth-last-child" | "nth-of-type" | "nth-last-of-type" if has_argument => {
                let arg = self.argument()?;
                let (a, b) = nth_formula(&arg)
                    .ok_or_else(|| format!("n-th rule couldn't be parsed ('{arg}')"))?;
                let kind = match name.as_str() {
                    "nth-child" => Nth::Child,
                    "nth-last-child" => Nth::LastChild,
                    "nth-of-type" => Nth::OfType,
                    _ => Nth::LastOfType,
                };
                Ok(Simple::Nth(kind, a, b))
            }
            _ => match NAMED.iter().find(|n| **n == name) {
                Some(n) if !has_argument => Ok(Simple::Named(n)),
                _ => Err(format!("unmatched pseudo-class :{name}")),
            },
        }
    }
}

/// `an+b` of an `:nth-…` argument.
fn nth_formula(arg: &str) -> Option<(i64, i64)> {
    let s: String = arg
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    match s.as_str() {
        "odd" => return Some((2, 1)),
        "even" => return Some((2, 0)),
        _ => {}
    }
    match s.find('n') {
        None => s.parse::<i64>().ok().map(|b| (0, b)),
        Some(at) => {
            let a = match &s[..at] {
                "" | "+" => 1,
                "-" => -1,
                x => x.parse().ok()?,
            };
            let rest = &s[at + 1..];
            let b = if rest.is_empty() {
                0
            } else {
                if !rest.starts_with('+') && !rest.starts_with('-') {
                    return None;
                }
                rest.trim_start_matches('+').parse().ok()?
            };
            Some((a, b))
        }
    }
}

pub fn parse(selector: &str, xml: bool) -> Result<Vec<Complex>, String> {
    let mut parser = Parser {
        s: selector,
        i: 0,
        xml,
    };
    parser.list(false)
}

struct Matcher<'d> {
    dom: &'d Dom,
    scope: &'d [usize],
}

fn element_siblings(dom: &Dom, id: usize) -> Vec<usize> {
    let parent = dom.nodes[id].parent.unwrap_or(0);
    dom.nodes[parent]
        .children
        .iter()
        .copied()
        .filter(|&c| dom.nodes[c].kind.is_element())
        .collect()
}

/// The parent, if it is an element (top-level nodes have none for cheerio).
fn parent_element(dom: &Dom, id: usize) -> Option<usize> {
    dom.nodes[id]
        .parent
        .filter(|&p| dom.nodes[p].kind.is_element())
}

fn previous_element(dom: &Dom, id: usize) -> Option<usize> {
    let siblings = element_siblings(dom, id);
    let at = siblings.iter().position(|&s| s == id)?;
    at.checked_sub(1).map(|p| siblings[p])
}

impl Matcher<'_> {
    fn attr(&self, id: usize, name: &str) -> Option<&str> {
        self.dom.attr(id, name)
    }

    fn is_input_type(&self, id: usize, kind: &str) -> bool {
        self.dom.nodes[id].name == "input" && self.attr(id, "type") == Some(kind)
    }

    fn simple(&self, id: usize, simple: &Simple) -> bool {
        let node = &self.dom.nodes[id];
        match simple {
            Simple::Tag(name) => {
                if self.dom.xml {
                    node.name == *name
                } else {
                    node.name.eq_ignore_ascii_case(name)
                }
            }
            Simple::Attr {
                name,
                op,
                value,
                icase,
            } => {
                let Some(actual) = self.attr(id, name) else {
                    return *op == Op::NotEquals;
                };
                let (actual, value) = if *icase {
                    (actual.to_lowercase(), value.to_lowercase())
                } else {
                    (actual.to_string(), value.clone())
                };
                match op {
                    Op::Exists => true,
                    Op::Equals => actual == value,
                    Op::NotEquals => actual != value,
                    Op::Word => {
                        !value.is_empty()
                            && !value.contains(char::is_whitespace)
                            && actual.split_whitespace().any(|w| w == value)
                    }
                    Op::Dash => {
                        actual == value
                            || (actual.starts_with(&value)
                                && actual[value.len()..].starts_with('-'))
                    }
                    Op::Prefix => !value.is_empty() && actual.starts_with(&value),
                    Op::Suffix => !value.is_empty() && actual.ends_with(&value),
                    Op::Substring => !value.is_empty() && actual.contains(&value),
                }
            }
            Simple::Not(list) => !self.any(id, list),
            Simple::Matches(list) => self.any(id, list),
            Simple::Has(list) => {
                let scope = [id];
                let inner = Matcher {
                    dom: self.dom,
                    scope: &scope,
                };
                descendants(self.dom, id)
                    .into_iter()
                    .any(|d| inner.any(d, list))
            }
            Simple::Contains(text, icase) => {
                let mut content = String::new();
                self.dom.text(id, &mut content);
                if *icase {
                    content.to_lowercase().contains(text.as_str())
                } else {
                    content.contains(text.as_str())
                }
            }
            Simple::Nth(kind, a, b) => {
                let mut siblings = element_siblings(self.dom, id);
                if matches!(kind, Nth::OfType | Nth::LastOfType) {
                    siblings.retain(|&s| self.dom.nodes[s].name == node.name);
                }
                if matches!(kind, Nth::LastChild | Nth::LastOfType) {
                    siblings.reverse();
                }
                let Some(at) = siblings.iter().position(|&s| s == id) else {
                    return false;
                };
                let (pos, a, b) = (at as i128 + 1, i128::from(*a), i128::from(*b));
                if a == 0 {
                    pos == b
                } else {
                    (pos - b) % a == 0 && (pos - b) / a >= 0
                }
            }
            Simple::Named(name) => self.named(id, name),
        }
    }

    fn named(&self, id: usize, name: &str) -> bool {
        let dom = self.dom;
        let node = &dom.nodes[id];
        let tag = node.name.as_str();
        let has = |a: &str| self.attr(id, a).is_some();
        let of_type = || -> Vec<usize> {
            element_siblings(dom, id)
                .into_iter()
                .filter(|&s| dom.nodes[s].name == node.name)
                .collect()
        };
        match name {
            "*" => true,
            "empty" => !node.children.iter().any(|&c| {
                let child = &dom.nodes[c];
                child.kind.is_element() || (child.kind == Kind::Text && !child.data.is_empty())
            }),
            "parent" => !self.named(id, "empty"),
            "first-child" => element_siblings(dom, id).first() == Some(&id),
            "last-child" => element_siblings(dom, id).last() == Some(&id),
            "only-child" => element_siblings(dom, id) == [id],
            "first-of-type" => of_type().first() == Some(&id),
            "last-of-type" => of_type().last() == Some(&id),
            "only-of-type" => of_type() == [id],
            "root" => parent_element(dom, id).is_none(),
            "checked" => has("checked") || (tag == "option" && has("selected")),
            "selected" => has("selected"),
            "disabled" => has("disabled"),
            "enabled" => {
                !has("disabled")
                    && matches!(
                        tag,
                        "button" | "input" | "select" | "textarea" | "optgroup" | "option"
                    )
            }
            "required" => has("required"),
            "optional" => !has("required") && matches!(tag, "input" | "select" | "textarea"),
            "header" => matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6"),
            "input" => matches!(tag, "input" | "textarea" | "select" | "button"),
            "button" => tag == "button" || self.is_input_type(id, "button"),
            "text" => {
                tag == "input"
                    && self
                        .attr(id, "type")
                        .is_none_or(|t| t.eq_ignore_ascii_case("text"))
            }
            "submit" => {
                matches!(tag, "input" | "button") && self.attr(id, "type") == Some("submit")
            }
            "reset" => matches!(tag, "input" | "button") && self.attr(id, "type") == Some("reset"),
            "checkbox" | "radio" | "password" | "file" | "image" => self.is_input_type(id, name),
            "link" => matches!(tag, "a" | "area" | "link") && has("href"),
            _ => false,
        }
    }

    fn compound(&self, id: usize, part: &Part) -> bool {
        self.dom.nodes[id].kind.is_element() && part.simples.iter().all(|s| self.simple(id, s))
    }

    /// Whether `id` matches `parts[..=last]` of a complex selector.
    fn complex_at(&self, id: usize, complex: &Complex, last: usize) -> bool {
        let part = &complex.parts[last];
        if !self.compound(id, part) {
            return false;
        }
        let left = |other: usize| -> bool {
            if last == 0 {
                self.scope.contains(&other)
            } else {
                self.complex_at(other, complex, last - 1)
            }
        };
        if last == 0 && !complex.scoped {
            return true;
        }
        let dom = self.dom;
        match part.combinator {
            Combinator::Child => parent_element(dom, id).is_some_and(left),
            Combinator::Descendant => {
                let mut at = parent_element(dom, id);
                while let Some(p) = at {
                    if left(p) {
                        return true;
                    }
                    at = parent_element(dom, p);
                }
                false
            }
            Combinator::Adjacent => previous_element(dom, id).is_some_and(left),
            Combinator::Sibling => {
                let mut at = previous_element(dom, id);
                while let Some(p) = at {
                    if left(p) {
                        return true;
                    }
                    at = previous_element(dom, p);
                }
                false
            }
        }
    }

    fn any(&self, id: usize, list: &[Complex]) -> bool {
        list.iter()
            .any(|c| !c.parts.is_empty() && self.complex_at(id, c, c.parts.len() - 1))
    }
}

fn descendants(dom: &Dom, id: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut stack: Vec<usize> = dom.nodes[id].children.iter().rev().copied().collect();
    while let Some(n) = stack.pop() {
        out.push(n);
        stack.extend(dom.nodes[n].children.iter().rev().copied());
    }
    out
}

/// Elements below `roots` (not the roots themselves) that match `selector`, in document order, each once.
/// A selector starting with `+` or `~` also looks at the roots' following siblings.
pub fn select(dom: &Dom, selector: &str, roots: &[usize]) -> Result<Vec<usize>, String> {
    let list = parse(selector, dom.xml)?;
    let matcher = Matcher { dom, scope: roots };
    let mut candidates: Vec<usize> = Vec::new();
    for &root in roots {
        if root >= dom.nodes.len() {
            continue;
        }
        candidates.extend(descendants(dom, root));
        if list.iter().any(|c| {
            c.scoped
                && matches!(
                    c.parts.first().map(|p| p.combinator),
                    Some(Combinator::Adjacent | Combinator::Sibling)
                )
        }) {
            if let Some(parent) = dom.nodes[root].parent {
                let siblings = &dom.nodes[parent].children;
                if let Some(at) = siblings.iter().position(|&s| s == root) {
                    candidates.extend(siblings[at + 1..].iter().copied());
                }
            }
        }
    }
    match dom.ranks() {
        Some(rank) => candidates.sort_unstable_by_key(|&id| rank.get(id).copied()),
        None => candidates.sort_unstable(),
    }
    candidates.dedup();
    Ok(candidates
        .into_iter()
        .filter(|&id| matcher.any(id, &list))
        .collect())
}

/// For each of `ids`, whether it matches `selector` (a scoped selector is relative to the document root).
pub fn matches(dom: &Dom, selector: &str, ids: &[usize]) -> Result<Vec<bool>, String> {
    let list = parse(selector, dom.xml)?;
    let scope = [0];
    let matcher = Matcher { dom, scope: &scope };
    Ok(ids
        .iter()
        .map(|&id| id < dom.nodes.len() && matcher.any(id, &list))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::super::html::parse as parse_html;
    use super::*;

    fn names(src: &str, selector: &str) -> String {
        let dom = parse_html(src, false);
        match select(&dom, selector, &[0]) {
            Ok(ids) => ids
                .iter()
                .map(|&id| {
                    let n = &dom.nodes[id];
                    dom.attr(id, "id")
                        .map_or(n.name.clone(), |i| format!("{}#{i}", n.name))
                })
                .collect::<Vec<_>>()
                .join(","),
            Err(e) => format!("ERR {e}"),
        }
    }

    #[test]
    fn selectors_match_like_cheerio() {
        let page = r#"<div id="a" class="x y"><p id="p1">one</p><span id="s">t</span><p id="p2" lang="en-US">two</p></div><ul><li>1<li>2<li>3</ul>"#;
        assert_eq!(names(page, "div > p"), "p#p1,p#p2");
        assert_eq!(names(page, ".x.y p:last-child"), "p#p2");
        assert_eq!(names(page, "p + span, span ~ p"), "span#s,p#p2");
        assert_eq!(names(page, "[lang|=en]"), "p#p2");
        assert_eq!(names(page, "p[lang!=en-US]"), "p#p1");
        assert_eq!(names(page, "li:nth-child(2n+1)"), "li,li");
        assert_eq!(names(page, "p:contains(tw)"), "p#p2");
        assert_eq!(names(page, "div:has(span)"), "div#a");
        assert_eq!(names(page, "p:not(#p1)"), "p#p2");
        assert_eq!(names(page, "p:eq(1)"), "ERR unmatched pseudo-class :eq");
        assert_eq!(names(page, "p, "), "ERR empty sub-selector");
        assert_eq!(names(page, "p}"), "ERR Unmatched selector: }");
        assert_eq!(names(page, "*:first-child"), "div#a,p#p1,li");
        // Odd input is an error or no match, never a panic.
        for odd in [
            "p\u{a0}>\u{3000}span",
            "[é",
            ":not(",
            "p:contains(",
            "#",
            "é.ü",
            "a[b='",
            "*|*",
            "p:nth-child(99999999999999999999n)",
        ] {
            let _ = names(page, odd);
        }
    }
}
