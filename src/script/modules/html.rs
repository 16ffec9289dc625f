//! HTML and XML documents for `require('cheerio')`: parsing, serialising and text, the way cheerio 0.22
//! (Newman 6.2.2's sandbox) sees a page. That cheerio builds its tree with htmlparser2, not with an HTML5
//! tree builder: no `<html>`/`<head>`/`<body>` or `<tbody>` is added, whitespace stays where it was written,
//! a few tags close the open one (`<p>` after `<p>`, `<li>` after `<li>`…), void elements never take
//! children, and `<div/>` is an open tag outside XML mode. This module builds that tree; the CSS engine is
//! in `html_select.rs`, the jQuery-like API in `js/cheerio/`.
//!
//! Nodes live in one arena in document order (a node's index is below its descendants'), index 0 being the
//! root.

use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Root,
    Tag,
    Script,
    Style,
    Text,
    Comment,
    Directive,
    Cdata,
}

impl Kind {
    /// The `type` cheerio (domhandler) gives the node.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Root => "root",
            Kind::Tag => "tag",
            Kind::Script => "script",
            Kind::Style => "style",
            Kind::Text => "text",
            Kind::Comment => "comment",
            Kind::Directive => "directive",
            Kind::Cdata => "cdata",
        }
    }

    pub fn is_element(self) -> bool {
        matches!(self, Kind::Tag | Kind::Script | Kind::Style)
    }
}

#[derive(Debug)]
pub struct Node {
    pub kind: Kind,
    /// Tag name, or the directive's name (`!doctype`, `?xml`).
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// Text of a text, comment or directive node.
    pub data: String,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
}

#[derive(Debug)]
pub struct Dom {
    pub nodes: Vec<Node>,
    pub xml: bool,
    /// Set once the tree has been changed: index order is then no longer document order.
    pub reordered: bool,
}

const VOID: &[&str] = &[
    "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input",
    "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Text inside these is written back as it is, without entities.
const RAW_TEXT_PARENTS: &[&str] = &[
    "style",
    "script",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
    "noscript",
];

/// Whether opening `opening` closes the open element `open` first (outside XML mode).
fn closes(opening: &str, open: &str) -> bool {
    const FORM: &[&str] = &[
        "input", "option", "optgroup", "select", "button", "datalist", "textarea",
    ];
    match opening {
        "tr" => matches!(open, "tr" | "th" | "td"),
        "th" => open == "th",
        "td" => matches!(open, "thead" | "th" | "td"),
        "body" => matches!(open, "head" | "link" | "script"),
        "li" => open == "li",
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => open == "p",
        "select" | "input" | "output" | "button" | "datalist" | "textarea" => FORM.contains(&open),
        "option" => open == "option",
        "optgroup" => open == "optgroup",
        _ => false,
    }
}

fn entity_table() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        entities::ENTITIES
            .iter()
            .map(|e| (e.entity.trim_start_matches('&'), e.characters))
            .collect()
    })
}

fn code_point(n: u32) -> char {
    match n {
        0 | 0xD800..=0xDFFF => '\u{FFFD}',
        _ => char::from_u32(n).unwrap_or('\u{FFFD}'),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum EntityContext {
    Text,
    Attribute,
}

/// Decodes the entity at `s[0] == '&'`: the text it stands for and the bytes it used, or `None` to keep the
/// `&` as it is.
fn entity_at(s: &str, xml: bool, context: EntityContext) -> Option<(String, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let start = if hex { 3 } else { 2 };
        let digits = b[start..]
            .iter()
            .take_while(|c| {
                if hex {
                    c.is_ascii_hexdigit()
                } else {
                    c.is_ascii_digit()
                }
            })
            .count();
        if digits == 0 {
            return None;
        }
        let end = start + digits;
        let n = u32::from_str_radix(&s[start..end], if hex { 16 } else { 10 }).unwrap_or(0x110000);
        let used = if b.get(end) == Some(&b';') {
            end + 1
        } else {
            end
        };
        return Some((code_point(n).to_string(), used));
    }
    let len = b[1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if len == 0 {
        return None;
    }
    let name = &s[1..1 + len];
    let next = b.get(1 + len).copied();
    if xml {
        if next != Some(b';') {
            return None;
        }
        let text = match name {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => return None,
        };
        return Some((text.to_string(), len + 2));
    }
    let table = entity_table();
    let with_semicolon = format!("{name};");
    match context {
        EntityContext::Attribute => {
            if next == Some(b'=') {
                return None;
            }
            let text = table.get(with_semicolon.as_str())?;
            let used = if next == Some(b';') { len + 2 } else { len + 1 };
            Some((text.to_string(), used))
        }
        EntityContext::Text => {
            if next == Some(b';') {
                if let Some(text) = table.get(with_semicolon.as_str()) {
                    return Some((text.to_string(), len + 2));
                }
            }
            // Legacy entities need no semicolon: the longest one the name starts with.
            (1..=len.min(6))
                .rev()
                .find_map(|n| table.get(&name[..n]).map(|text| (text.to_string(), n + 1)))
        }
    }
}

fn decode(s: &str, xml: bool, context: EntityContext) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(at) = s[i..].find('&') {
        out.push_str(&s[i..i + at]);
        i += at;
        match entity_at(&s[i..], xml, context) {
            Some((text, used)) => {
                out.push_str(&text);
                i += used;
            }
            None => {
                out.push('&');
                i += 1;
            }
        }
    }
    out.push_str(&s[i..]);
    out
}

struct Builder {
    dom: Dom,
    stack: Vec<usize>,
}

impl Builder {
    fn parent(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    fn add(&mut self, kind: Kind, name: String, data: String) -> usize {
        let id = self.dom.nodes.len();
        let parent = self.parent();
        self.dom.nodes.push(Node {
            kind,
            name,
            attrs: Vec::new(),
            data,
            parent: Some(parent),
            children: Vec::new(),
        });
        self.dom.nodes[parent].children.push(id);
        id
    }

    fn text(&mut self, text: String) {
        if text.is_empty() {
            return;
        }
        let parent = self.parent();
        if let Some(&last) = self.dom.nodes[parent].children.last() {
            if self.dom.nodes[last].kind == Kind::Text {
                self.dom.nodes[last].data.push_str(&text);
                return;
            }
        }
        self.add(Kind::Text, String::new(), text);
    }

    fn name_of(&self, id: usize) -> &str {
        &self.dom.nodes[id].name
    }

    fn open(&mut self, name: String, attrs: Vec<(String, String)>) -> usize {
        if !self.dom.xml {
            while let Some(&top) = self.stack.last() {
                if closes(&name, self.name_of(top)) {
                    self.stack.pop();
                } else {
                    break;
                }
            }
        }
        let kind = match name.as_str() {
            "script" => Kind::Script,
            "style" => Kind::Style,
            _ => Kind::Tag,
        };
        let id = self.add(kind, name, String::new());
        self.dom.nodes[id].attrs = attrs;
        self.stack.push(id);
        id
    }

    fn close(&mut self, name: &str) {
        let html = !self.dom.xml;
        let void = html && VOID.contains(&name);
        if !self.stack.is_empty() && !void {
            if let Some(pos) = self.stack.iter().rposition(|&id| self.name_of(id) == name) {
                self.stack.truncate(pos);
            } else if html && name == "p" {
                self.open(name.to_string(), Vec::new());
                self.stack.pop();
            }
        } else if html && (name == "br" || name == "p") {
            self.open(name.to_string(), Vec::new());
            self.stack.pop();
        }
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Finds `</name` (ASCII case-insensitive) followed by a space, `/` or `>`, from `from`.
fn find_raw_end(s: &str, from: usize, name: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = from;
    while let Some(at) = s[i..].find("</") {
        let start = i + at;
        let end = start + 2 + name.len();
        if end <= b.len()
            && b[start + 2..end].eq_ignore_ascii_case(name.as_bytes())
            && b.get(end)
                .is_none_or(|&c| is_space(c) || c == b'/' || c == b'>')
        {
            return Some(start);
        }
        i = start + 2;
    }
    None
}

fn case(name: &str, xml: bool) -> String {
    if xml {
        name.to_string()
    } else {
        name.to_ascii_lowercase()
    }
}

/// Parses an opening tag at `s[i] == '<'`; returns its name, attributes, whether it ended with `/>`, and the
/// index after it. `None` when the input ends inside the tag (the tag is dropped, as htmlparser2 does).
#[allow(clippy::type_complexity)]
fn open_tag(s: &str, i: usize, xml: bool) -> Option<(String, Vec<(String, String)>, bool, usize)> {
    let b = s.as_bytes();
    let mut j = i + 1;
    while j < b.len() && !is_space(b[j]) && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    let name = case(&s[i + 1..j], xml);
    let mut attrs: Vec<(String, String)> = Vec::new();
    loop {
        while j < b.len() && is_space(b[j]) {
            j += 1;
        }
        match b.get(j)? {
            b'>' => return Some((name, attrs, false, j + 1)),
            b'/' => {
                if b.get(j + 1) == Some(&b'>') {
                    return Some((name, attrs, true, j + 2));
                }
                j += 1;
                continue;
            }
            _ => {}
        }
        let start = j;
        while j < b.len() && !is_space(b[j]) && !matches!(b[j], b'=' | b'/' | b'>') {
            j += 1;
        }
        let key = case(&s[start..j], xml);
        let mut k = j;
        while k < b.len() && is_space(b[k]) {
            k += 1;
        }
        let mut value = String::new();
        if b.get(k) == Some(&b'=') {
            k += 1;
            while k < b.len() && is_space(b[k]) {
                k += 1;
            }
            match b.get(k)? {
                &q @ (b'"' | b'\'') => {
                    let end = k + 1 + s[k + 1..].find(q as char)?;
                    value = decode(&s[k + 1..end], xml, EntityContext::Attribute);
                    j = end + 1;
                }
                _ => {
                    let start = k;
                    while k < b.len() && !is_space(b[k]) && b[k] != b'>' {
                        k += 1;
                    }
                    value = decode(&s[start..k], xml, EntityContext::Attribute);
                    j = k;
                }
            }
        }
        if !attrs.iter().any(|(k, _)| *k == key) {
            attrs.push((key, value));
        }
    }
}

/// The name of a `<!…>` or `<?…>` instruction: up to the first space or `/`.
fn instruction_name(value: &str, xml: bool) -> String {
    let end = value
        .find(|c: char| c.is_ascii_whitespace() || c == '/')
        .unwrap_or(value.len());
    case(&value[..end], xml)
}

pub fn parse(s: &str, xml: bool) -> Dom {
    let mut builder = Builder {
        dom: Dom {
            nodes: vec![Node {
                kind: Kind::Root,
                name: "root".into(),
                attrs: Vec::new(),
                data: String::new(),
                parent: None,
                children: Vec::new(),
            }],
            xml,
            reordered: false,
        },
        stack: Vec::new(),
    };
    let b = s.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    let flush = |builder: &mut Builder, from: usize, to: usize| {
        if from < to {
            builder.text(decode(&s[from..to], xml, EntityContext::Text));
        }
    };
    while i < b.len() {
        if b[i] != b'<' {
            i += s[i..].find('<').unwrap_or(b.len() - i);
            continue;
        }
        let next = b.get(i + 1).copied();
        match next {
            Some(b'/') => {
                flush(&mut builder, text_start, i);
                let mut j = i + 2;
                while j < b.len() && is_space(b[j]) {
                    j += 1;
                }
                let start = j;
                while j < b.len() && !is_space(b[j]) && b[j] != b'>' {
                    j += 1;
                }
                let name = case(&s[start..j], xml);
                let Some(gt) = s[j..].find('>') else {
                    text_start = b.len();
                    break;
                };
                i = j + gt + 1;
                text_start = i;
                if !name.is_empty() {
                    builder.close(&name);
                }
            }
            Some(b'!') => {
                flush(&mut builder, text_start, i);
                if s[i..].starts_with("<!--") {
                    let (data, end) = match s[i + 4..].find("-->") {
                        Some(at) => (&s[i + 4..i + 4 + at], i + 4 + at + 3),
                        None => (&s[i + 4..], b.len()),
                    };
                    builder.add(Kind::Comment, String::new(), data.to_string());
                    i = end;
                } else if s[i..].starts_with("<![CDATA[") {
                    let (data, end) = match s[i + 9..].find("]]>") {
                        Some(at) => (&s[i + 9..i + 9 + at], i + 9 + at + 3),
                        None => (&s[i + 9..], b.len()),
                    };
                    if xml {
                        let id = builder.add(Kind::Cdata, String::new(), String::new());
                        builder.stack.push(id);
                        builder.text(data.to_string());
                        builder.stack.pop();
                    } else {
                        builder.add(Kind::Comment, String::new(), format!("[CDATA[{data}]]"));
                    }
                    i = end;
                } else {
                    let Some(gt) = s[i..].find('>') else {
                        text_start = b.len();
                        break;
                    };
                    let value = &s[i + 1..i + gt];
                    let name = format!("!{}", instruction_name(&value[1..], xml));
                    builder.add(Kind::Directive, name, value.to_string());
                    i += gt + 1;
                }
                text_start = i;
            }
            Some(b'?') => {
                flush(&mut builder, text_start, i);
                let Some(gt) = s[i..].find('>') else {
                    text_start = b.len();
                    break;
                };
                let value = &s[i + 1..i + gt];
                let name = format!("?{}", instruction_name(&value[1..], xml));
                builder.add(Kind::Directive, name, value.to_string());
                i += gt + 1;
                text_start = i;
            }
            Some(c) if !is_space(c) && c != b'>' => {
                let Some((name, attrs, self_closing, end)) = open_tag(s, i, xml) else {
                    flush(&mut builder, text_start, i);
                    text_start = b.len();
                    break;
                };
                flush(&mut builder, text_start, i);
                let id = builder.open(name, attrs);
                i = end;
                text_start = i;
                let name = builder.dom.nodes[id].name.clone();
                if xml {
                    if self_closing {
                        builder.close(&name);
                    }
                } else if VOID.contains(&name.as_str()) {
                    builder.stack.pop();
                } else if name == "script" || name == "style" {
                    let end = find_raw_end(s, i, &name).unwrap_or(b.len());
                    builder.text(s[i..end].to_string());
                    i = end;
                    text_start = i;
                }
            }
            _ => i += 1,
        }
    }
    flush(&mut builder, text_start, b.len());
    builder.dom
}

/// cheerio's escaping of text and attribute values: `& < > " '` and every non-ASCII character.
fn encode_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_ascii() => out.push(c),
            c => out.push_str(&format!("&#x{:X};", c as u32)),
        }
    }
}

impl Dom {
    /// Markup of `id` and its descendants (iterative: a deeply nested page cannot exhaust the stack).
    pub fn outer_html(&self, id: usize, out: &mut String) {
        enum Step {
            Open(usize),
            Close(usize),
        }
        let mut steps = vec![Step::Open(id)];
        while let Some(step) = steps.pop() {
            let (id, node) = match step {
                Step::Close(id) => {
                    if let Some(node) = self.nodes.get(id) {
                        out.push_str("</");
                        out.push_str(&node.name);
                        out.push('>');
                    }
                    continue;
                }
                Step::Open(id) => match self.nodes.get(id) {
                    Some(node) => (id, node),
                    None => continue,
                },
            };
            let push_children = |steps: &mut Vec<Step>| {
                steps.extend(node.children.iter().rev().map(|&c| Step::Open(c)));
            };
            match node.kind {
                Kind::Root => push_children(&mut steps),
                Kind::Text => {
                    let raw = !self.xml
                        && node
                            .parent
                            .and_then(|p| self.nodes.get(p))
                            .is_some_and(|p| {
                                p.kind.is_element() && RAW_TEXT_PARENTS.contains(&p.name.as_str())
                            });
                    if raw {
                        out.push_str(&node.data);
                    } else {
                        encode_into(out, &node.data);
                    }
                }
                Kind::Comment => {
                    out.push_str("<!--");
                    out.push_str(&node.data);
                    out.push_str("-->");
                }
                Kind::Directive => {
                    out.push('<');
                    out.push_str(&node.data);
                    out.push('>');
                }
                Kind::Cdata => {
                    out.push_str("<![CDATA[");
                    for &c in &node.children {
                        if let Some(child) = self.nodes.get(c) {
                            out.push_str(&child.data);
                        }
                    }
                    out.push_str("]]>");
                }
                Kind::Tag | Kind::Script | Kind::Style => {
                    out.push('<');
                    out.push_str(&node.name);
                    for (key, value) in &node.attrs {
                        out.push(' ');
                        out.push_str(key);
                        if !value.is_empty() || self.xml {
                            out.push_str("=\"");
                            encode_into(out, value);
                            out.push('"');
                        }
                    }
                    if self.xml && node.children.is_empty() {
                        out.push_str("/>");
                        continue;
                    }
                    out.push('>');
                    if !self.xml && VOID.contains(&node.name.as_str()) {
                        continue;
                    }
                    steps.push(Step::Close(id));
                    push_children(&mut steps);
                }
            }
        }
    }

    pub fn inner_html(&self, id: usize, out: &mut String) {
        if let Some(node) = self.nodes.get(id) {
            for &c in &node.children {
                self.outer_html(c, out);
            }
        }
    }

    /// The text of `id`: its text nodes' data, in order (comments left out).
    pub fn text(&self, id: usize, out: &mut String) {
        let mut stack = vec![id];
        while let Some(id) = stack.pop() {
            let Some(node) = self.nodes.get(id) else {
                continue;
            };
            match node.kind {
                Kind::Text => out.push_str(&node.data),
                Kind::Comment | Kind::Directive => {}
                _ => stack.extend(node.children.iter().rev()),
            }
        }
    }

    pub fn attr(&self, id: usize, name: &str) -> Option<&str> {
        self.nodes
            .get(id)?
            .attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Each node's position in document order (preorder from the root, then the detached subtrees), or
    /// `None` while the tree is as parsed and index order is document order.
    pub fn ranks(&self) -> Option<Vec<usize>> {
        if !self.reordered {
            return None;
        }
        let n = self.nodes.len();
        let mut rank = vec![usize::MAX; n];
        let mut next = 0;
        for start in 0..n {
            if rank[start] != usize::MAX || (start != 0 && self.nodes[start].parent.is_some()) {
                continue;
            }
            let mut stack = vec![start];
            while let Some(id) = stack.pop() {
                if id >= n || rank[id] != usize::MAX {
                    continue;
                }
                rank[id] = next;
                next += 1;
                stack.extend(self.nodes[id].children.iter().rev().copied());
            }
        }
        for r in rank.iter_mut().filter(|r| **r == usize::MAX) {
            *r = next;
            next += 1;
        }
        Some(rank)
    }

    /// Whether `ancestor` is `id` or one of its ancestors.
    fn is_ancestor_or_self(&self, ancestor: usize, id: usize) -> bool {
        let mut at = Some(id);
        let mut steps = 0;
        while let Some(a) = at {
            if a == ancestor {
                return true;
            }
            steps += 1;
            if steps > self.nodes.len() {
                return false;
            }
            at = self.nodes.get(a).and_then(|n| n.parent);
        }
        false
    }

    /// Takes `id` out of its parent's children; it keeps its own subtree.
    pub fn detach(&mut self, id: usize) {
        let Some(parent) = self.nodes.get(id).and_then(|n| n.parent) else {
            return;
        };
        self.nodes[parent].children.retain(|&c| c != id);
        self.nodes[id].parent = None;
        self.reordered = true;
    }

    /// Removes every child of `id`.
    pub fn clear_children(&mut self, id: usize) {
        let Some(node) = self.nodes.get_mut(id) else {
            return;
        };
        let children = std::mem::take(&mut node.children);
        for c in children {
            self.nodes[c].parent = None;
        }
        self.reordered = true;
    }

    /// Moves `ids` (in that order) among the children of `parent`, before the child now at `index`
    /// (the end when `index` is past it); nodes moved within the same parent are counted where they were,
    /// as cheerio's splice does. A node cannot go below itself.
    pub fn insert(&mut self, parent: usize, index: usize, ids: &[usize]) -> Result<(), String> {
        let n = self.nodes.len();
        if parent >= n {
            return Err("no such parent node".into());
        }
        if !matches!(
            self.nodes[parent].kind,
            Kind::Root | Kind::Tag | Kind::Script | Kind::Style | Kind::Cdata
        ) {
            return Err("this node cannot have children".into());
        }
        let mut moving: Vec<usize> = Vec::new();
        for &id in ids {
            if id >= n || id == 0 {
                return Err("cannot insert the document root".into());
            }
            if self.is_ancestor_or_self(id, parent) {
                return Err("cannot insert a node into itself".into());
            }
            if !moving.contains(&id) {
                moving.push(id);
            }
        }
        let siblings = &self.nodes[parent].children;
        let before = siblings
            .iter()
            .take(index)
            .filter(|c| moving.contains(c))
            .count();
        let mut index = index.min(siblings.len()) - before;
        for &id in &moving {
            self.detach(id);
        }
        index = index.min(self.nodes[parent].children.len());
        for &id in &moving {
            self.nodes[parent].children.insert(index, id);
            self.nodes[id].parent = Some(parent);
            index += 1;
        }
        self.reordered = true;
        Ok(())
    }

    /// Copies the subtree of `id` in `other` into this document, detached; the new indexes, in preorder.
    pub fn copy_from(&mut self, other: &Dom, id: usize) -> Vec<usize> {
        let mut made = Vec::new();
        if id >= other.nodes.len() || id == 0 {
            return made;
        }
        let mut stack: Vec<(usize, Option<usize>)> = vec![(id, None)];
        while let Some((src, parent)) = stack.pop() {
            let node = &other.nodes[src];
            let new = self.nodes.len();
            self.nodes.push(Node {
                kind: node.kind,
                name: node.name.clone(),
                attrs: node.attrs.clone(),
                data: node.data.clone(),
                parent,
                children: Vec::new(),
            });
            if let Some(p) = parent {
                self.nodes[p].children.push(new);
            }
            made.push(new);
            stack.extend(node.children.iter().rev().map(|&c| (c, Some(new))));
        }
        self.reordered = true;
        made
    }

    /// A new detached text node.
    pub fn create_text(&mut self, data: String) -> usize {
        self.nodes.push(Node {
            kind: Kind::Text,
            name: String::new(),
            attrs: Vec::new(),
            data,
            parent: None,
            children: Vec::new(),
        });
        self.reordered = true;
        self.nodes.len() - 1
    }

    /// Sets (`Some`) or removes (`None`) an attribute; a new one goes last.
    pub fn set_attr(&mut self, id: usize, name: &str, value: Option<String>) {
        let Some(node) = self.nodes.get_mut(id) else {
            return;
        };
        let at = node.attrs.iter().position(|(k, _)| k == name);
        match (at, value) {
            (Some(i), Some(v)) => node.attrs[i].1 = v,
            (None, Some(v)) => node.attrs.push((name.to_string(), v)),
            (Some(i), None) => {
                node.attrs.remove(i);
            }
            (None, None) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(src: &str) -> String {
        let dom = parse(src, false);
        let mut out = String::new();
        dom.outer_html(0, &mut out);
        out
    }

    #[test]
    fn tree_follows_htmlparser2() {
        assert_eq!(html("<p>a<p>b"), "<p>a</p><p>b</p>");
        assert_eq!(html("<div/><p>x</p>"), "<div><p>x</p></div>");
        assert_eq!(
            html("<div></br></p></div></p>"),
            "<div><br><p></p></div><p></p>"
        );
        assert_eq!(
            html("<table><tr><td>1<td>2</table>"),
            "<table><tr><td>1</td><td>2</td></tr></table>"
        );
        assert_eq!(html("<script>a<b</script >"), "<script>a<b</script>");
        assert_eq!(html("a <3 b"), "a ");
        assert_eq!(
            html("<p>&copyx &amp &#65;&#x42; &foo; é</p>"),
            "<p>&#xA9;x &amp; AB &amp;foo; &#xE9;</p>"
        );
        assert_eq!(
            html("<input disabled><x a='1' A=2>"),
            "<input disabled><x a=\"1\"></x>"
        );
        assert_eq!(
            html("<!DOCTYPE html><?xml v?><!--c-->"),
            "<!DOCTYPE html><?xml v?><!--c-->"
        );
        assert_eq!(html("<p><![CDATA[x<y]]></p>"), "<p><!--[CDATA[x<y]]--></p>");
    }

    #[test]
    fn xml_mode_keeps_case_and_self_closing_tags() {
        let dom = parse("<a><B x=\"\"/><![CDATA[c]]></a>", true);
        let mut out = String::new();
        dom.outer_html(0, &mut out);
        assert_eq!(out, "<a><B x=\"\"/><![CDATA[c]]></a>");
    }

    #[test]
    fn odd_input_never_panics() {
        for odd in [
            "<é",
            "&#",
            "&#x",
            "&#xZ",
            "&#99999999999999;",
            "&#0;",
            "<a b='é",
            "</",
            "</é",
            "<!",
            "<?",
            "<!--",
            "<![CDATA[",
            "&é;",
            "<a é=1 b=é>é</a>",
            "<a b=\"&amp",
            "<script>é",
            "<style></styl",
            "<<>>",
            "<p/ >",
            "< p>",
            "<a\tb\n=\r'x'>",
            "&copy\u{e9}",
            "<x:y a:b='1'/>",
        ] {
            for xml in [false, true] {
                let dom = parse(odd, xml);
                let mut out = String::new();
                dom.outer_html(0, &mut out);
                dom.text(0, &mut out);
            }
        }
    }

    #[test]
    fn deep_nesting_does_not_exhaust_the_stack() {
        let src = "<div>".repeat(200_000);
        let dom = parse(&src, false);
        let mut out = String::new();
        dom.outer_html(0, &mut out);
        assert_eq!(out.len(), 11 * 200_000);
        let mut text = String::new();
        dom.text(0, &mut text);
        assert!(text.is_empty());
    }

    #[test]
    fn changes_keep_the_tree_whole() {
        let mut dom = parse("<ul><li>a</li><li>b</li></ul><p>x</p>", false);
        let out = |dom: &Dom| {
            let mut o = String::new();
            dom.outer_html(0, &mut o);
            o
        };
        // ul=1, li=2, a=3, li=4, b=5, p=6, x=7
        dom.insert(1, 0, &[4]).unwrap();
        assert_eq!(out(&dom), "<ul><li>b</li><li>a</li></ul><p>x</p>");
        dom.insert(1, 2, &[4]).unwrap();
        assert_eq!(out(&dom), "<ul><li>a</li><li>b</li></ul><p>x</p>");
        let other = parse("<i>n<b>m</b></i>", false);
        let ids = dom.copy_from(&other, 1);
        assert_eq!(ids.len(), 4);
        dom.insert(6, 0, &ids[..1]).unwrap();
        assert_eq!(
            out(&dom),
            "<ul><li>a</li><li>b</li></ul><p><i>n<b>m</b></i>x</p>"
        );
        let rank = dom.ranks().unwrap();
        assert!(rank[ids[0]] < rank[7] && rank[4] < rank[6]);
        dom.detach(1);
        assert_eq!(out(&dom), "<p><i>n<b>m</b></i>x</p>");
        let t = dom.create_text("<&>".into());
        dom.clear_children(6);
        dom.insert(6, 5, &[t]).unwrap();
        assert_eq!(out(&dom), "<p>&lt;&amp;&gt;</p>");
        // Odd requests are errors or nothing, never a panic.
        assert!(dom.insert(2, 0, &[1]).is_err());
        assert!(dom.insert(6, 0, &[6]).is_err());
        assert!(dom.insert(1, 0, &[0]).is_err());
        assert!(dom.insert(99, 0, &[1]).is_err());
        assert!(dom.insert(1, 0, &[99]).is_err());
        assert!(dom.insert(t, 0, &[1]).is_err());
        assert!(dom.copy_from(&other, 99).is_empty());
        dom.detach(99);
        dom.detach(0);
        dom.clear_children(99);
        assert_eq!(out(&dom), "<p>&lt;&amp;&gt;</p>");
    }
}
