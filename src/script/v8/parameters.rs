//! Newman's sandbox parameter list: the names a script's top-level `let`/`const` may not declare.

use super::tokens::{tokenize, Kind, Token};

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
}
