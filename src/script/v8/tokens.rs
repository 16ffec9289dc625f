//! A small JavaScript tokenizer: enough to find the token at an error's position, the brackets
//! open there, and the names a declaration binds.

/// Byte offset of 1-based `line` and byte `column`.
pub(super) fn offset_of(source: &str, line: u32, column: u32) -> Option<usize> {
    let mut start = 0;
    for _ in 1..line {
        start += source[start..].find('\n')? + 1;
    }
    let at = start + (column as usize).checked_sub(1)?;
    (at <= source.len()).then_some(at)
}

/// Whether the token at `i` can end a callee, so a `(` after it starts arguments.
pub(super) fn is_callee_end(tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    match t.kind {
        Kind::Ident => {
            if t.is_keyword() {
                return matches!(t.text, "super" | "import" | "this");
            }
            // `function name(`: parameters, not arguments
            let declared =
                i > 0 && (tokens[i - 1].is_ident("function") || tokens[i - 1].text == "*");
            !declared
        }
        Kind::Punct => matches!(t.text, ")" | "]" | "?."),
        Kind::Template => t.text.ends_with('`'),
        _ => false,
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Ident,
    Punct,
    Number,
    Str,
    Template,
    Regex,
    Illegal,
    Eof,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Token<'a> {
    pub(super) kind: Kind,
    pub(super) text: &'a str,
    pub(super) end: usize,
}

/// Words V8 reports as `Unexpected token 'word'` (the rest read as identifiers in sloppy code).
const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
];

/// Words after which a `/` starts a regular expression.
const BEFORE_EXPRESSION: &[&str] = &[
    "return",
    "typeof",
    "instanceof",
    "in",
    "of",
    "new",
    "delete",
    "void",
    "throw",
    "case",
    "do",
    "else",
    "yield",
    "await",
];

const PUNCTUATORS: &[&str] = &[
    ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=", "=>", "==", "!=",
    "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    "<<", ">>", "**", "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%",
    "&", "|", "^", "!", "~", "?", ":", "=", ".",
];

impl Token<'_> {
    pub(super) fn is_ident(&self, word: &str) -> bool {
        self.kind == Kind::Ident && self.text == word
    }

    pub(super) fn is_keyword(&self) -> bool {
        self.kind == Kind::Ident && KEYWORDS.contains(&self.text)
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == '$'
}

fn is_ident_part(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$' || c == '\u{200c}' || c == '\u{200d}'
}

/// Splits `source` into tokens (comments and white space dropped), ending with an `Eof` token.
/// Enough of JavaScript's lexical grammar to find a token and the brackets around it.
pub(super) fn tokenize(source: &str) -> Vec<Token<'_>> {
    let mut tokens: Vec<Token<'_>> = Vec::new();
    // open `{` (false) and template substitutions `${` (true)
    let mut braces: Vec<bool> = Vec::new();
    let mut i = 0;
    let char_at = |i: usize| source[i..].chars().next();
    // Past a backslash at `i` and the character it escapes.
    let past_escape = |i: usize| i + 1 + char_at(i + 1).map_or(0, char::len_utf8);
    while let Some(c) = char_at(i) {
        let start = i;
        let rest = &source[i..];
        if c.is_whitespace() || c == '\u{feff}' {
            i += c.len_utf8();
            continue;
        }
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
            continue;
        }
        if let Some(comment) = rest.strip_prefix("/*") {
            match comment.find("*/") {
                Some(end) => i += end + 4,
                None => {
                    tokens.push(Token {
                        kind: Kind::Illegal,
                        text: rest,
                        end: source.len(),
                    });
                    i = source.len();
                }
            }
            continue;
        }
        let kind;
        if c == '\'' || c == '"' {
            i += 1;
            kind = loop {
                match char_at(i) {
                    None | Some('\n') | Some('\r') => break Kind::Illegal,
                    Some('\\') => i = past_escape(i),
                    Some(q) if q == c => {
                        i += 1;
                        break Kind::Str;
                    }
                    Some(other) => i += other.len_utf8(),
                }
            };
        } else if c == '`' || (c == '}' && braces.last() == Some(&true)) {
            if c == '}' {
                braces.pop();
            }
            i += 1;
            loop {
                match char_at(i) {
                    None => break,
                    Some('\\') => i = past_escape(i),
                    Some('`') => {
                        i += 1;
                        break;
                    }
                    Some('$') if source[i..].starts_with("${") => {
                        i += 2;
                        braces.push(true);
                        break;
                    }
                    Some(other) => i += other.len_utf8(),
                }
            }
            kind = Kind::Template;
        } else if c == '/' && regexp_allowed(tokens.last()) {
            i += 1;
            let mut class = false;
            kind = loop {
                match char_at(i) {
                    None | Some('\n') | Some('\r') => break Kind::Illegal,
                    Some('\\') => i = past_escape(i),
                    Some('/') if !class => {
                        i += 1;
                        while let Some(f) = char_at(i).filter(|&f| is_ident_part(f)) {
                            i += f.len_utf8();
                        }
                        break Kind::Regex;
                    }
                    Some(other) => {
                        class = match other {
                            '[' => true,
                            ']' => false,
                            _ => class,
                        };
                        i += other.len_utf8();
                    }
                }
            };
        } else if c.is_ascii_digit()
            || (c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit()))
        {
            let hex =
                rest.len() > 1 && rest.starts_with('0') && !rest[1..].starts_with(['.', 'e', 'E']);
            let mut prev = c;
            i += 1;
            while let Some(d) = char_at(i) {
                let sign = (d == '+' || d == '-') && (prev == 'e' || prev == 'E') && !hex;
                if !(d.is_ascii_alphanumeric() || d == '_' || d == '.' || sign) {
                    break;
                }
                prev = d;
                i += 1;
            }
            kind = Kind::Number;
        } else if is_ident_start(c)
            || c == '\\'
            || (c == '#' && rest[1..].starts_with(is_ident_start))
        {
            if c == '\\' && !rest.starts_with("\\u") {
                i += 1;
                kind = Kind::Illegal;
            } else {
                i += c.len_utf8();
                while let Some(d) = char_at(i) {
                    if is_ident_part(d) {
                        i += d.len_utf8();
                    } else if source[i..].starts_with("\\u") {
                        i += 2;
                    } else {
                        break;
                    }
                }
                kind = Kind::Ident;
            }
        } else if let Some(p) = PUNCTUATORS.iter().find(|p| {
            p.as_bytes()[0] == rest.as_bytes()[0]
                && rest.starts_with(**p)
                && !(**p == "?." && rest[2..].starts_with(|d: char| d.is_ascii_digit()))
        }) {
            i += p.len();
            match *p {
                "{" => braces.push(false),
                "}" => {
                    braces.pop();
                }
                _ => {}
            }
            kind = Kind::Punct;
        } else {
            i += c.len_utf8();
            kind = Kind::Illegal;
        }
        tokens.push(Token {
            kind,
            text: &source[start..i],
            end: i,
        });
    }
    tokens.push(Token {
        kind: Kind::Eof,
        text: "",
        end: source.len(),
    });
    tokens
}

/// Whether a `/` after `prev` starts a regular expression (rather than dividing).
fn regexp_allowed(prev: Option<&Token<'_>>) -> bool {
    let Some(prev) = prev else {
        return true;
    };
    match prev.kind {
        Kind::Punct => !matches!(prev.text, ")" | "]" | "++" | "--"),
        Kind::Ident => {
            BEFORE_EXPRESSION.contains(&prev.text)
                || (prev.is_keyword()
                    && !matches!(prev.text, "this" | "super" | "true" | "false" | "null"))
        }
        Kind::Illegal | Kind::Eof => true,
        Kind::Number | Kind::Str | Kind::Template | Kind::Regex => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_cover_strings_templates_regexps_and_comments() {
        let src = "a = `x${ {b: 1}.b }y` / 2; /* c */ r = /[/]+/g; s = 'it\\'s' // d\n.5e-3 #p @";
        let texts: Vec<(Kind, &str)> = tokenize(src).iter().map(|t| (t.kind, t.text)).collect();
        assert_eq!(
            texts,
            [
                (Kind::Ident, "a"),
                (Kind::Punct, "="),
                (Kind::Template, "`x${"),
                (Kind::Punct, "{"),
                (Kind::Ident, "b"),
                (Kind::Punct, ":"),
                (Kind::Number, "1"),
                (Kind::Punct, "}"),
                (Kind::Punct, "."),
                (Kind::Ident, "b"),
                (Kind::Template, "}y`"),
                (Kind::Punct, "/"),
                (Kind::Number, "2"),
                (Kind::Punct, ";"),
                (Kind::Ident, "r"),
                (Kind::Punct, "="),
                (Kind::Regex, "/[/]+/g"),
                (Kind::Punct, ";"),
                (Kind::Ident, "s"),
                (Kind::Punct, "="),
                (Kind::Str, "'it\\'s'"),
                (Kind::Number, ".5e-3"),
                (Kind::Ident, "#p"),
                (Kind::Illegal, "@"),
                (Kind::Eof, ""),
            ]
        );
    }
}
