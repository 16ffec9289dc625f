//! XML parsing for xml2js / xml2Json: quick-xml turns the document into a small JSON tree that the JS
//! (js/xml2js.js) shapes the way xml2js does. Only the first root element is kept, as xml2js reports it.
//!
//! Tree: an element is `{"n": name, "a": [[key, value], ...], "c": [child, ...]}`; a child is an element,
//! `{"t": text}` or `{"d": cdata}`. The document is `null` when it holds no element.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use serde_json::{json, Map, Value};

fn element(start: &BytesStart<'_>) -> Result<Map<String, Value>, String> {
    let mut attrs = Vec::new();
    for attr in start.attributes() {
        let attr = attr.map_err(|e| format!("Invalid attribute: {e}"))?;
        let key = String::from_utf8_lossy(attr.key.as_ref()).into_owned();
        let value = match attr.unescape_value() {
            Ok(v) => v.into_owned(),
            Err(_) => String::from_utf8_lossy(&attr.value).into_owned(),
        };
        attrs.push(json!([key, value]));
    }
    let mut map = Map::new();
    map.insert(
        "n".into(),
        Value::String(String::from_utf8_lossy(start.name().as_ref()).into_owned()),
    );
    map.insert("a".into(), Value::Array(attrs));
    map.insert("c".into(), Value::Array(Vec::new()));
    Ok(map)
}

fn push_child(stack: &mut [Map<String, Value>], child: Value) {
    if let Some(Value::Array(children)) = stack.last_mut().and_then(|top| top.get_mut("c")) {
        children.push(child);
    }
}

/// sax-style message: what went wrong, then the line (0-based) and column of the position.
fn located(text: &str, pos: usize, what: &str) -> String {
    let mut end = pos.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count();
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    let ch = before.chars().last().map(String::from).unwrap_or_default();
    format!("{what}\nLine: {line}\nColumn: {column}\nChar: {ch}")
}

/// How deep elements may nest: the tree is built, serialised and shaped recursively.
const MAX_DEPTH: usize = 2000;

pub fn parse_to_json(text: &str) -> Result<String, String> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Map<String, Value>> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|e| {
            let what = match e {
                quick_xml::Error::IllFormed(
                    quick_xml::errors::IllFormedError::MismatchedEndTag { .. },
                )
                | quick_xml::Error::IllFormed(
                    quick_xml::errors::IllFormedError::UnmatchedEndTag(_),
                ) => "Unexpected close tag".to_string(),
                other => other.to_string(),
            };
            located(text, reader.buffer_position() as usize, &what)
        })?;
        match event {
            Event::Start(_) if stack.len() >= MAX_DEPTH => {
                return Err(format!(
                    "Maximum call stack size exceeded: XML nested deeper than {MAX_DEPTH} elements"
                ))
            }
            Event::Start(start) => stack.push(element(&start)?),
            Event::Empty(start) => {
                let el = Value::Object(element(&start)?);
                if stack.is_empty() {
                    return Ok(el.to_string());
                }
                push_child(&mut stack, el);
            }
            Event::End(_) => {
                if let Some(done) = stack.pop() {
                    if stack.is_empty() {
                        return Ok(Value::Object(done).to_string());
                    }
                    push_child(&mut stack, Value::Object(done));
                }
            }
            Event::Text(t) => {
                let s = match t.unescape() {
                    Ok(s) => s.into_owned(),
                    Err(_) => String::from_utf8_lossy(&t).into_owned(),
                };
                if stack.is_empty() {
                    if !s.trim().is_empty() {
                        let pos = (reader.buffer_position() as usize).saturating_sub(s.len()) + 1;
                        return Err(located(text, pos, "Non-whitespace before first tag."));
                    }
                } else {
                    push_child(&mut stack, json!({ "t": s }));
                }
            }
            Event::CData(c) => push_child(
                &mut stack,
                json!({ "d": String::from_utf8_lossy(&c).into_owned() }),
            ),
            Event::Eof => {
                if stack.is_empty() {
                    return Ok("null".into());
                }
                // sax reports the end of input with an empty character.
                let at_end = located(text, text.len(), "Unclosed root tag");
                let cut = at_end
                    .rfind("Char: ")
                    .map_or(at_end.len(), |i| i + "Char: ".len());
                return Err(at_end[..cut].to_string());
            }
            _ => {}
        }
    }
}
