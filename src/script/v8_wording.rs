//! Newman runs scripts on V8; postie's QuickJS words syntax errors its own way. These functions
//! reword QuickJS's messages the way V8 (Node 20, under Newman 6.2.2) reports the same mistake,
//! checked against Newman on the broken scripts in `tests/syntax_errors/`.
//!
//! Many V8 messages name or describe the offending token (`Unexpected identifier 'x'`,
//! `Unexpected number`) or depend on where it is (`missing ) after argument list`), so a script's
//! compile error is reworded with the compiled text at hand: a small tokenizer reads the token at
//! the error's line:column and the brackets still open there.

/// Rewords a SyntaxError message when the source and position are unknown (a runtime
/// `SyntaxError`, e.g. from `eval`); other errors keep their words.
pub fn reword(name: &str, message: String) -> String {
    if name != "SyntaxError" {
        return message;
    }
    if let Some(token) = message.strip_prefix("unexpected token in expression: ") {
        return match token {
            "''" => "Unexpected end of input".to_string(),
            "'@'" | "'#'" | "'\\'" => "Invalid or unexpected token".to_string(),
            _ => format!("Unexpected token {token}"),
        };
    }
    fixed_wording(&message).unwrap_or(message)
}

/// Rewords the message of a SyntaxError QuickJS raised compiling `source` (the text exactly as
/// compiled), at 1-based `line` and byte `column` of `source` when QuickJS gave them.
pub fn reword_compile_error(
    message: &str,
    source: &str,
    line: Option<u32>,
    column: Option<u32>,
) -> String {
    let tokens = tokenize(source);
    let Some(at) = line.zip(column).and_then(|(l, c)| offset_of(source, l, c)) else {
        // the regular expression compiler reports no position
        return regexp_error(message, &tokens)
            .unwrap_or_else(|| reword("SyntaxError", message.to_string()));
    };
    let index = tokens
        .iter()
        .position(|t| t.end > at || t.kind == Kind::Eof)
        .unwrap_or(tokens.len().saturating_sub(1));
    let Some(token) = tokens.get(index) else {
        return reword("SyntaxError", message.to_string());
    };
    let before = &tokens[..index];
    let prev = before.last();
    let ident_before = || {
        before
            .iter()
            .rev()
            .find(|t| t.kind == Kind::Ident)
            .map(|t| t.text)
            .unwrap_or("")
    };

    // `await` outside an async function is an identifier to QuickJS, so the error is at the
    // token after it (in an async function, `await }` fails as an expression)
    let operand_error = message.starts_with("unexpected token in expression: ");
    if prev.is_some_and(|p| p.is_ident("await")) && !operand_error {
        return "await is only valid in async functions and the top level bodies of modules"
            .to_string();
    }
    if prev.is_some_and(|p| p.is_ident("import")) && !matches!(token.text, "(" | ".") {
        return "Cannot use import statement outside a module".to_string();
    }

    let expect_family =
        message.starts_with("Unexpected ") || message == "Invalid or unexpected token";
    if expect_family {
        // V8 stops an argument list at the first token that is neither `,` nor `)`
        if token.text != ")" && innermost_open(before) == Some(Open::CallParen) {
            return "missing ) after argument list".to_string();
        }
        if token.text == "=" && innermost_open(before) == Some(Open::Brace) {
            let shorthand = before.len() >= 2
                && prev.is_some_and(|p| p.kind == Kind::Ident)
                && matches!(before[before.len() - 2].text, "{" | ",");
            if shorthand {
                return "Invalid shorthand property initializer".to_string();
            }
        }
        if token.text == "," && before.len() >= 2 && before[before.len() - 2].text == "..." {
            return "Rest parameter must be last formal parameter".to_string();
        }
        // QuickJS's own words for templates and regular expressions differ from V8's
        return match message {
            "Unexpected string template" | "Unexpected regexp" => unexpected(token),
            _ => message.to_string(),
        };
    }

    match message {
        "unexpected end of string" => {
            if token.text.starts_with(['`', '}']) {
                // an unterminated template runs to the end of the script
                "Unexpected end of input".to_string()
            } else {
                "Invalid or unexpected token".to_string()
            }
        }
        "variable name expected" if matches!(token.text, "{" | "[") => {
            "Missing initializer in destructuring declaration".to_string()
        }
        "missing formal parameter" if !token.is_keyword() && !in_function_parameters(before) => {
            // `(1) => 2`: V8 reads the parenthesized expression first
            "Invalid destructuring assignment target".to_string()
        }
        "invalid redefinition of lexical identifier"
        | "invalid redefinition of a variable"
        | "invalid redefinition of global identifier"
        | "invalid redefinition of parameter name" => {
            format!("Identifier '{}' has already been declared", ident_before())
        }
        "invalid increment/decrement operand" => {
            if matches!(token.text, "++" | "--") {
                "Invalid left-hand side expression in postfix operation".to_string()
            } else {
                "Invalid left-hand side expression in prefix operation".to_string()
            }
        }
        "break/continue label not found" => {
            let label = if token.kind == Kind::Ident {
                token.text
            } else {
                ident_before()
            };
            format!("Undefined label '{label}'")
        }
        "duplicate label name" => format!("Label '{}' has already been declared", token.text),
        "invalid number of arguments for getter or setter" => {
            let setter = before
                .iter()
                .rev()
                .find(|t| t.is_ident("get") || t.is_ident("set"))
                .is_some_and(|t| t.text == "set");
            if setter {
                "Setter must have exactly one formal parameter.".to_string()
            } else {
                "Getter must not have any formal parameters.".to_string()
            }
        }
        "expecting ';'"
        | "expecting field name"
        | "variable name expected"
        | "missing formal parameter"
        | "invalid property name"
        | "identifier expected"
        | "identifier or string expected"
        | "class statement requires a name"
        | "unexpected character"
        | "invalid first character of private name"
        | "expected '}' after template expression"
        | "cannot mix ?? with && or ||" => unexpected(token),
        _ if message.starts_with("unexpected token in expression: ")
            || message.starts_with("unsupported keyword: ")
            || message.starts_with("expecting '") =>
        {
            unexpected(token)
        }
        _ => reword("SyntaxError", message.to_string()),
    }
}

/// Names Newman's sandbox passes to a script's function as parameters (its globals, the legacy
/// API, the timers), so a top-level `let` or `const` of one of them does not compile in Newman
/// (`const data = pm.response.json()`: `Identifier 'data' has already been declared`).
/// Found with Newman 6.2.2 by declaring each global name in a pre-request and a test script.
const SANDBOX_PARAMETERS: &[&str] = &[
    "Array",
    "ArrayBuffer",
    "Atomics",
    "Backbone",
    "BigInt",
    "BigInt64Array",
    "BigUint64Array",
    "Boolean",
    "Buffer",
    "CryptoJS",
    "DataView",
    "Date",
    "Error",
    "EvalError",
    "Float32Array",
    "Float64Array",
    "Function",
    "Infinity",
    "Int16Array",
    "Int32Array",
    "Int8Array",
    "JSON",
    "Map",
    "Math",
    "NaN",
    "Number",
    "Object",
    "Promise",
    "Proxy",
    "RangeError",
    "ReferenceError",
    "Reflect",
    "RegExp",
    "Set",
    "SharedArrayBuffer",
    "String",
    "Symbol",
    "SyntaxError",
    "TypeError",
    "URIError",
    "Uint16Array",
    "Uint32Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "WeakMap",
    "WeakSet",
    "_",
    "__exitscope",
    "arguments",
    "atob",
    "bridge",
    "btoa",
    "cheerio",
    "clearImmediate",
    "clearInterval",
    "clearTimeout",
    "console",
    "data",
    "decodeURI",
    "decodeURIComponent",
    "encodeURI",
    "encodeURIComponent",
    "environment",
    "escape",
    "globals",
    "isFinite",
    "isNaN",
    "iteration",
    "parseFloat",
    "parseInt",
    "pm",
    "postman",
    "request",
    "setImmediate",
    "setInterval",
    "setTimeout",
    "tests",
    "tv4",
    "undefined",
    "unescape",
    "xml2Json",
];

/// Parameters only test scripts get (the legacy response globals).
const TEST_SCRIPT_PARAMETERS: &[&str] = &[
    "responseBody",
    "responseCode",
    "responseCookies",
    "responseHeaders",
    "responseTime",
];

/// Whether Newman passes `name` as a parameter to a test (`test_script`) or pre-request script.
pub fn is_sandbox_parameter(name: &str, test_script: bool) -> bool {
    SANDBOX_PARAMETERS.contains(&name) || (test_script && TEST_SCRIPT_PARAMETERS.contains(&name))
}

/// The message Newman gives for a top-level `let`/`const` of a sandbox parameter.
pub fn redeclared(name: &str) -> String {
    format!("Identifier '{name}' has already been declared")
}

/// The names a script declares with `let` or `const` at its top level that are sandbox
/// parameters of some script (see `is_sandbox_parameter`), in source order.
pub fn declared_sandbox_parameters(script: &str) -> Vec<String> {
    let mut found = Vec::new();
    let tokens = tokenize(script);
    let mut depth = 0usize;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        match t.kind {
            Kind::Punct if matches!(t.text, "(" | "[" | "{") => depth += 1,
            Kind::Punct if matches!(t.text, ")" | "]" | "}") => depth = depth.saturating_sub(1),
            Kind::Template if t.text.starts_with('}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        if t.kind == Kind::Template && t.text.ends_with("${") {
            depth += 1;
        }
        let declares = depth == 0
            && (t.is_ident("const") || t.is_ident("let"))
            && tokens.get(i + 1).is_some_and(|n| {
                matches!(n.text, "{" | "[") || (n.kind == Kind::Ident && !n.is_keyword())
            });
        if declares {
            let (names, next) = declared_names(&tokens, i + 1);
            found.extend(
                names
                    .into_iter()
                    .filter(|n| is_sandbox_parameter(n, true))
                    .map(str::to_string),
            );
            i = next;
            continue;
        }
        i += 1;
    }
    found
}

/// The names bound by the declarators starting at `tokens[i]` (after `let`/`const`), and the
/// index of the token that ends the declaration.
fn declared_names<'a>(tokens: &[Token<'a>], mut i: usize) -> (Vec<&'a str>, usize) {
    let mut names = Vec::new();
    loop {
        // one binding: a name or a pattern
        match tokens.get(i) {
            Some(t) if t.kind == Kind::Ident => {
                names.push(t.text);
                i += 1;
            }
            Some(t) if matches!(t.text, "{" | "[") => i = pattern_names(tokens, i, &mut names),
            _ => return (names, i),
        }
        // an initializer runs to a `,` or the end of the declaration at this level
        if tokens.get(i).is_some_and(|t| t.text == "=") {
            let mut depth = 0usize;
            i += 1;
            while let Some(t) = tokens.get(i) {
                match t.text {
                    "(" | "[" | "{" => depth += 1,
                    ")" | "]" | "}" if depth == 0 => return (names, i),
                    ")" | "]" | "}" => depth -= 1,
                    "," | ";" if depth == 0 => break,
                    _ if t.kind == Kind::Template && t.text.ends_with("${") => depth += 1,
                    _ if t.kind == Kind::Template && t.text.starts_with('}') => {
                        depth = depth.saturating_sub(1)
                    }
                    _ => {}
                }
                if t.kind == Kind::Eof {
                    return (names, i);
                }
                i += 1;
            }
        }
        match tokens.get(i) {
            Some(t) if t.text == "," => i += 1,
            _ => return (names, i),
        }
    }
}

/// Collects the names a destructuring pattern starting at `tokens[start]` binds; returns the
/// index after its closing bracket.
fn pattern_names<'a>(tokens: &[Token<'a>], start: usize, names: &mut Vec<&'a str>) -> usize {
    let mut depth = 0usize;
    // inside a default value (`{ a = f(x) }`), until the next `,` at its level
    let mut default_at: Option<usize> = None;
    let mut i = start;
    while let Some(t) = tokens.get(i) {
        if t.kind == Kind::Eof {
            return i;
        }
        match t.text {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" => {
                depth = depth.saturating_sub(1);
                if default_at.is_some_and(|d| depth < d) {
                    default_at = None;
                }
                if depth == 0 {
                    return i + 1;
                }
            }
            "," if default_at == Some(depth) => default_at = None,
            "=" if default_at.is_none() => default_at = Some(depth),
            _ => {}
        }
        let binding = default_at.is_none()
            && t.kind == Kind::Ident
            && !t.is_keyword()
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.text != ":" && n.text != "(");
        if binding {
            names.push(t.text);
        }
        i += 1;
    }
    i
}

/// QuickJS messages that always read the same in V8.
fn fixed_wording(message: &str) -> Option<String> {
    let v8 = match message {
        // an unterminated string, a malformed number, an unterminated comment
        "unexpected end of string"
        | "invalid number literal"
        | "unexpected end of comment"
        | "unexpected character"
        | "invalid first character of private name" => "Invalid or unexpected token",
        "function name expected" => "Function statements require a function name",
        "'let' is not a valid lexical identifier" | "invalid lexical variable name 'let'" => {
            "let is disallowed as a lexically bound name"
        }
        "missing initializer for variable" => "Missing initializer in const declaration",
        "invalid assignment left-hand side" => "Invalid left-hand side in assignment",
        "break must be inside loop or switch" => "Illegal break statement",
        "continue must be inside loop" => {
            "Illegal continue statement: no surrounding iteration statement"
        }
        "expecting catch or finally" => "Missing catch or finally after try",
        "property constructor appears more than once" => "A class may only have one constructor",
        "super() is only valid in a derived class constructor"
        | "'super' is only valid in a method"
        | "invalid use of 'super'" => "'super' keyword unexpected here",
        "Octal literals are not allowed in strict mode" => {
            "Octal literals are not allowed in strict mode."
        }
        "Octal escape sequences are not allowed in strict mode" => {
            "Octal escape sequences are not allowed in strict mode."
        }
        "cannot delete a direct reference in strict mode" => {
            "Delete of an unqualified identifier in strict mode."
        }
        "invalid keyword: with" => "Strict mode code may not include a with statement",
        "invalid lvalue in strict mode" => "Unexpected eval or arguments in strict mode",
        "lexical declarations can't appear in single-statement context" => {
            "Lexical declaration cannot appear in a single-statement context"
        }
        "line terminator not allowed after throw" => "Illegal newline after throw",
        "rest element must be the last one" => "Rest element must be last element",
        "invalid destructuring target" => "Invalid destructuring assignment target",
        "a declaration in the head of a for-in loop can't have an initializer" => {
            "for-in loop variable declaration may not have an initializer."
        }
        "a declaration in the head of a for-of loop can't have an initializer" => {
            "for-of loop variable declaration may not have an initializer."
        }
        "unparenthesized unary expression can't appear on the left-hand side of '**'" => {
            "Unary operator used immediately before exponentiation expression. \
             Parenthesis must be used to disambiguate operator precedence"
        }
        "duplicate default" => "More than one default clause in switch statement",
        "unexpected line terminator in regexp" | "unexpected end of regexp" => {
            "Invalid regular expression: missing /"
        }
        "invalid regular expression flags" => "Invalid regular expression flags",
        _ => return None,
    };
    Some(v8.to_string())
}

/// A regular expression literal QuickJS could not compile: V8 quotes the literal.
fn regexp_error(message: &str, tokens: &[Token<'_>]) -> Option<String> {
    let v8 = match message {
        "expecting ')'" => "Unterminated group",
        "nothing to repeat" => "Nothing to repeat",
        "extraneous characters at the end" => "Unmatched ')'",
        "invalid class range" => "Range out of order in character class",
        "invalid group" => "Invalid group",
        "invalid repetition count" => "numbers out of order in {} quantifier",
        "invalid group name" => "Invalid capture group name",
        "duplicate group name" => "Duplicate capture group name",
        "group name not defined" => "Invalid named capture referenced",
        "too many captures" => "Too many captures",
        _ => return None,
    };
    // the first literal; a script rarely has more than one that could fail
    let literal = tokens.iter().find(|t| t.kind == Kind::Regex)?;
    Some(format!(
        "Invalid regular expression: {}: {v8}",
        literal.text
    ))
}

/// V8's words for an unexpected token.
fn unexpected(token: &Token<'_>) -> String {
    match token.kind {
        Kind::Eof => "Unexpected end of input".to_string(),
        Kind::Number => "Unexpected number".to_string(),
        Kind::Str => "Unexpected string".to_string(),
        Kind::Template => "Unexpected template string".to_string(),
        Kind::Regex => "Unexpected regular expression".to_string(),
        Kind::Illegal => "Invalid or unexpected token".to_string(),
        Kind::Ident if token.text == "enum" => "Unexpected reserved word".to_string(),
        Kind::Ident if token.is_keyword() => format!("Unexpected token '{}'", token.text),
        Kind::Ident => format!("Unexpected identifier '{}'", token.text),
        Kind::Punct => format!("Unexpected token '{}'", token.text),
    }
}

/// Byte offset of 1-based `line` and byte `column`.
pub(super) fn offset_of(source: &str, line: u32, column: u32) -> Option<usize> {
    let mut start = 0;
    for _ in 1..line {
        start += source[start..].find('\n')? + 1;
    }
    let at = start + (column as usize).checked_sub(1)?;
    (at <= source.len()).then_some(at)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Open {
    CallParen,
    Paren,
    Bracket,
    Brace,
}

/// The innermost bracket still open after `tokens`.
fn innermost_open(tokens: &[Token<'_>]) -> Option<Open> {
    open_brackets(tokens).last().map(|&(open, _)| open)
}

/// Open brackets after `tokens`, with the index of the token that opened each.
fn open_brackets(tokens: &[Token<'_>]) -> Vec<(Open, usize)> {
    let mut stack = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.kind == Kind::Template {
            if t.text.starts_with('}') {
                stack.pop();
            }
            if t.text.ends_with("${") {
                stack.push((Open::Brace, i));
            }
            continue;
        }
        if t.kind != Kind::Punct {
            continue;
        }
        match t.text {
            "(" => {
                let call = i > 0 && is_callee_end(tokens, i - 1);
                stack.push((if call { Open::CallParen } else { Open::Paren }, i));
            }
            "[" => stack.push((Open::Bracket, i)),
            "{" => stack.push((Open::Brace, i)),
            ")" | "]" | "}" => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack
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

/// Whether the innermost open `(` holds a function's (not an arrow's) parameters.
fn in_function_parameters(tokens: &[Token<'_>]) -> bool {
    let Some(&(Open::Paren, i)) = open_brackets(tokens).last() else {
        return false;
    };
    let before = |k: usize| i.checked_sub(k).and_then(|j| tokens.get(j));
    before(1).is_some_and(|t| t.is_ident("function") || t.text == "*")
        || before(2).is_some_and(|t| t.is_ident("function") || t.text == "*")
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
    fn is_ident(&self, word: &str) -> bool {
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
                    Some('\\') => {
                        i += 1;
                        i += char_at(i).map_or(0, char::len_utf8);
                    }
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
                    Some('\\') => {
                        i += 1;
                        i += char_at(i).map_or(0, char::len_utf8);
                    }
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
                    Some('\\') => {
                        i += 1;
                        i += char_at(i).map_or(0, char::len_utf8);
                    }
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
    fn top_level_declarations_of_sandbox_parameters_are_found() {
        let found = |s: &str| {
            declared_sandbox_parameters(s)
                .into_iter()
                .find(|n| is_sandbox_parameter(n, false))
                .map(|n| redeclared(&n))
        };
        let declared = |n: &str| Some(redeclared(n));
        assert_eq!(found("const data = pm.response.json();"), declared("data"));
        assert_eq!(found("let a = 1, _ = require('lodash');"), declared("_"));
        assert_eq!(
            found("const { id, data: { tests } } = x;"),
            declared("tests")
        );
        assert_eq!(found("const [first, ...pm] = x;"), declared("pm"));
        assert_eq!(found("const { a = JSON.parse(s), b } = x;"), None);
        assert_eq!(found("const { data: body } = x;"), None);
        assert_eq!(found("if (x) { const data = 1; }"), None);
        assert_eq!(found("for (let data of x) {}"), None);
        assert_eq!(found("var data = 1; let = 2;"), None);
        assert_eq!(
            found("const s = `${x}`, f = function () { let data; };"),
            None
        );
    }

    #[test]
    fn messages_without_a_position_read_as_v8_reports_them() {
        let cases = [
            (
                "unexpected token in expression: ''",
                "Unexpected end of input",
            ),
            (
                "unexpected token in expression: ';'",
                "Unexpected token ';'",
            ),
            (
                "unexpected token in expression: '@'",
                "Invalid or unexpected token",
            ),
            ("unexpected end of string", "Invalid or unexpected token"),
            ("invalid number literal", "Invalid or unexpected token"),
            ("unexpected end of comment", "Invalid or unexpected token"),
            (
                "function name expected",
                "Function statements require a function name",
            ),
            ("Unexpected token ';'", "Unexpected token ';'"),
        ];
        for (quickjs, v8) in cases {
            assert_eq!(reword("SyntaxError", quickjs.to_string()), v8, "{quickjs}");
        }
        // other errors keep their words
        assert_eq!(
            reword("TypeError", "unexpected end of string".to_string()),
            "unexpected end of string"
        );
    }

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

    #[test]
    fn a_missing_paren_in_arguments_is_named_as_v8_names_it() {
        // QuickJS stops at `;` expecting `,` or `)`
        let src = "pm.expect(a.b(1);";
        assert_eq!(
            reword_compile_error("Unexpected token ';'", src, Some(1), Some(17)),
            "missing ) after argument list"
        );
        // inside `if (...)` it is a plain unexpected token
        let src = "if (a b) {}";
        assert_eq!(
            reword_compile_error("Unexpected identifier 'b'", src, Some(1), Some(7)),
            "Unexpected identifier 'b'"
        );
    }
}
