//! The small XML writer the junit reporter needs: escaping as Newman's xmlbuilder does it,
//! CDATA sections, and the class names Newman derives from suite names.

/// Characters XML 1.0 cannot carry at all (control characters, lone surrogates cannot occur in `str`).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

/// An attribute value: `&`, `<`, `"` and the whitespace controls escaped (xmlbuilder leaves `>` alone).
pub fn attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars().filter(|c| is_xml_char(*c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#x9;"),
            '\n' => out.push_str("&#xA;"),
            '\r' => out.push_str("&#xD;"),
            c => out.push(c),
        }
    }
    out
}

/// A CDATA section; a `]]>` inside is split across two sections.
pub fn cdata(text: &str) -> String {
    let clean: String = text.chars().filter(|c| is_xml_char(*c)).collect();
    format!("<![CDATA[{}]]>", clean.replace("]]>", "]]]]><![CDATA[>"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Upper,
    Lower,
    Digit,
    Break,
}

fn class_of(c: char) -> CharClass {
    if c.is_ascii_digit() {
        CharClass::Digit
    } else if c.is_uppercase() {
        CharClass::Upper
    } else if c.is_alphabetic() {
        CharClass::Lower
    } else {
        CharClass::Break
    }
}

/// Splits a name into words the way lodash's `words` does for Latin text: runs of letters and digits,
/// cut where a lower-case letter meets an upper-case one (`fooBar`), before the last capital of an
/// upper-case run followed by lower case (`JSONData` → `JSON`, `Data`), and around digit runs.
fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().filter(|c| *c != '\'' && *c != '’').collect();
    let mut words = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let class = class_of(c);
        if class == CharClass::Break {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        if let Some(&prev) = i.checked_sub(1).and_then(|p| chars.get(p)) {
            let prev_class = class_of(prev);
            let next_class = chars.get(i + 1).map(|n| class_of(*n));
            let cut = match (prev_class, class) {
                (CharClass::Break, _) => false,
                (CharClass::Lower, CharClass::Upper) => true,
                (CharClass::Digit, CharClass::Upper | CharClass::Lower) => true,
                (CharClass::Upper | CharClass::Lower, CharClass::Digit) => true,
                (CharClass::Upper, CharClass::Upper) => next_class == Some(CharClass::Lower),
                _ => false,
            };
            if cut && !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
        }
        current.push(c);
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// Newman's JUnit class name: the name in UpperCamelCase with every non-word character removed
/// (`Folder A / failing post` → `FolderAFailingPost`).
pub fn class_name(name: &str) -> String {
    let mut out = String::new();
    for word in words(name) {
        let lower = word.to_lowercase();
        let mut chars = lower.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out.retain(|c| c.is_ascii_alphanumeric() || c == '_');
    out
}

/// JavaScript's `Number.prototype.toFixed(3)` for the non-negative times the report shows.
pub fn seconds(value: f64) -> String {
    if value.is_finite() {
        format!("{value:.3}")
    } else {
        "0.000".into()
    }
}

/// JavaScript objects list integer-like keys first, in numeric order, then the others as inserted.
pub fn is_array_index(key: &str) -> Option<u32> {
    if key.is_empty() || (key.len() > 1 && key.starts_with('0')) {
        return None;
    }
    key.parse::<u32>().ok().filter(|n| *n != u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_names_as_lodash_upper_camel_case() {
        assert_eq!(class_name("Folder A / failing post"), "FolderAFailingPost");
        assert_eq!(class_name("getJSONData item2abc"), "GetJsonDataItem2Abc");
        assert_eq!(class_name("request error"), "RequestError");
        assert_eq!(class_name("!!"), "");
    }

    #[test]
    fn escaping_and_cdata() {
        assert_eq!(
            attribute("a<b>&\"c\"\n\t"),
            "a&lt;b>&amp;&quot;c&quot;&#xA;&#x9;"
        );
        assert_eq!(cdata("x]]>y\u{1}"), "<![CDATA[x]]]]><![CDATA[>y]]>");
        assert_eq!(is_array_index("12"), Some(12));
        assert_eq!(is_array_index("012"), None);
    }
}
