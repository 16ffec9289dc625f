//! Finding where in a JSON text a value sits, so errors about a document's structure can name a line
//! and column as syntax errors do.

/// One step of a path into a JSON document.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// The 1-based line and column of the value at `path` in `text` (the last of duplicate keys, as
/// serde_json keeps it); `None` if the path is not there.
pub fn locate(text: &str, path: &[Step]) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    for step in path {
        pos = match step {
            Step::Key(key) => member(bytes, pos, key)?,
            Step::Index(i) => element(bytes, pos, *i)?,
        };
    }
    let before = &text[..pos];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Some((line, column))
}

fn skip_ws(b: &[u8], mut pos: usize) -> usize {
    while pos < b.len() && matches!(b[pos], b' ' | b'\t' | b'\n' | b'\r') {
        pos += 1;
    }
    pos
}

/// The position after the string starting at `pos` (which is a `"`).
fn skip_string(b: &[u8], mut pos: usize) -> Option<usize> {
    pos += 1;
    while pos < b.len() {
        match b[pos] {
            b'\\' => pos += 2,
            b'"' => return Some(pos + 1),
            _ => pos += 1,
        }
    }
    None
}

/// The position after the value starting at `pos`.
fn skip_value(b: &[u8], pos: usize) -> Option<usize> {
    match b.get(pos)? {
        b'"' => skip_string(b, pos),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut p = pos;
            while p < b.len() {
                match b[p] {
                    b'"' => {
                        p = skip_string(b, p)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(p + 1);
                        }
                    }
                    _ => {}
                }
                p += 1;
            }
            None
        }
        _ => {
            let mut p = pos;
            while p < b.len() && !matches!(b[p], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            {
                p += 1;
            }
            Some(p)
        }
    }
}

/// The start of the value of the (last) member `key` of the object at `pos`.
fn member(b: &[u8], pos: usize, key: &str) -> Option<usize> {
    if b.get(pos) != Some(&b'{') {
        return None;
    }
    let mut p = skip_ws(b, pos + 1);
    let mut found = None;
    while b.get(p) == Some(&b'"') {
        let end = skip_string(b, p)?;
        let name: Option<String> = std::str::from_utf8(&b[p..end])
            .ok()
            .and_then(|s| serde_json::from_str(s).ok());
        p = skip_ws(b, end);
        if b.get(p) != Some(&b':') {
            return found;
        }
        p = skip_ws(b, p + 1);
        if name.as_deref() == Some(key) {
            found = Some(p);
        }
        p = skip_ws(b, skip_value(b, p)?);
        if b.get(p) != Some(&b',') {
            break;
        }
        p = skip_ws(b, p + 1);
    }
    found
}

/// The start of element `index` of the array at `pos`.
fn element(b: &[u8], pos: usize, index: usize) -> Option<usize> {
    if b.get(pos) != Some(&b'[') {
        return None;
    }
    let mut p = skip_ws(b, pos + 1);
    for _ in 0..index {
        p = skip_ws(b, skip_value(b, p)?);
        if b.get(p) != Some(&b',') {
            return None;
        }
        p = skip_ws(b, p + 1);
    }
    (p < b.len() && b[p] != b']').then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let text =
            "{\n  \"a\": {\"x\": \"}]\\\"\", \"item\": [1, {\"k\": [true, null]}]},\n  \"a\": 2\n}";
        let key = |k: &str| Step::Key(k.into());
        assert_eq!(locate(text, &[]), Some((1, 1)));
        assert_eq!(
            locate(text, &[key("a")]),
            Some((3, 8)),
            "the last duplicate wins"
        );
        assert_eq!(locate(text, &[key("a"), key("x")]), None);
        let first = "{\"a\": {\"x\": \"}]\\\"\", \"item\": [1, {\"k\": [true, null]}]}}";
        assert_eq!(
            locate(
                first,
                &[
                    key("a"),
                    key("item"),
                    Step::Index(1),
                    key("k"),
                    Step::Index(1)
                ]
            ),
            Some((1, 46))
        );
        assert_eq!(
            locate(first, &[key("a"), key("item"), Step::Index(2)]),
            None
        );
    }
}
