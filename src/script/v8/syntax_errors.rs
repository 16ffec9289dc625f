//! Newman runs scripts on V8; postie's QuickJS words syntax errors its own way. These functions
//! reword QuickJS's messages the way V8 (Node 20, under Newman 6.2.2) reports the same mistake,
//! checked against Newman on the broken scripts in `tests/syntax_errors/`.
//!
//! Many V8 messages name or describe the offending token (`Unexpected identifier 'x'`,
//! `Unexpected number`) or depend on where it is (`missing ) after argument list`), so a script's
//! compile error is reworded with the compiled text at hand: a small tokenizer reads the token at
//! the error's line:column and the brackets still open there.

use super::tokens::{is_callee_end, offset_of, tokenize, Kind, Token};

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

/// Whether the innermost open `(` holds a function's (not an arrow's) parameters.
fn in_function_parameters(tokens: &[Token<'_>]) -> bool {
    let Some(&(Open::Paren, i)) = open_brackets(tokens).last() else {
        return false;
    };
    let before = |k: usize| i.checked_sub(k).and_then(|j| tokens.get(j));
    before(1).is_some_and(|t| t.is_ident("function") || t.text == "*")
        || before(2).is_some_and(|t| t.is_ident("function") || t.text == "*")
}

#[cfg(test)]
mod tests {
    use super::*;

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
