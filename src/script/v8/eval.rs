//! A SyntaxError raised by `eval` in a script reaches postie without the text that was
//! evaluated, so its QuickJS words ("expecting ';'") cannot be turned into V8's ("Unexpected
//! token ':'") the way a script's own compile errors are. Scripts evaluate text they hold in a
//! variable or received as the response (`eval(responseBody)`, a library kept in the
//! environment); among those texts, the one that fails to compile with the same message at
//! the same place is the evaluated text, and V8's words are read from it.

use super::syntax_errors;
use rquickjs::Ctx;

/// Longest text tried: a downloaded library is a few hundred KiB.
const MAX_SOURCE: usize = 4 << 20;
/// How many candidate texts are compiled at most.
const MAX_TRIES: usize = 64;

/// `<input>:line:column`, the position QuickJS gives an error inside evaluated text, when it
/// is the first frame of `stack`.
pub fn eval_position(stack: &str) -> Option<(u32, u32)> {
    let rest = stack.trim_start().strip_prefix("at <input>:")?;
    let mut parts = rest.split(|c: char| !c.is_ascii_digit());
    let line = parts.next()?.parse().ok()?;
    let column = parts.next()?.parse().ok()?;
    Some((line, column))
}

/// The message and position QuickJS gives compiling `text` as evaluated code; `None` when
/// it compiles. The text is wrapped in a function that is never called, so nothing runs.
fn compile_error(ctx: &Ctx<'_>, text: &str) -> Option<(String, (u32, u32))> {
    let mut options = rquickjs::context::EvalOptions::default();
    options.global = true;
    options.filename = Some("<input>".into());
    let wrapped = format!("(function () {{\n{text}\n}})");
    match ctx.eval_with_options::<rquickjs::Value, _>(wrapped, options) {
        Ok(_) => None,
        Err(rquickjs::Error::Exception) => {
            let exception = ctx.catch();
            let object = exception.as_object()?;
            let message: String = object.get("message").ok()?;
            let stack: String = object.get("stack").ok()?;
            let (line, column) = eval_position(&stack)?;
            Some((message, (line.checked_sub(1)?, column)))
        }
        Err(_) => None,
    }
}

/// V8's words for a SyntaxError `eval` raised, when one of `candidates` is the text that was
/// evaluated; `None` when the error did not come from `eval` or no candidate matches.
pub fn reworded<'t>(
    ctx: &Ctx<'_>,
    name: &str,
    message: &str,
    stack: &str,
    candidates: impl IntoIterator<Item = &'t str>,
) -> Option<String> {
    if name != "SyntaxError" {
        return None;
    }
    let at = eval_position(stack)?;
    let mut seen = std::collections::HashSet::new();
    // the message may have been reworded already, as far as words alone allow
    let same =
        |raw: &str| raw == message || syntax_errors::reword(name, raw.to_string()) == message;
    let (source, raw) = candidates
        .into_iter()
        .filter(|t| !t.is_empty() && t.len() <= MAX_SOURCE && seen.insert(*t))
        .take(MAX_TRIES)
        .find_map(|text| match compile_error(ctx, text) {
            Some((raw, p)) if p == at && same(&raw) => Some((text, raw)),
            _ => None,
        })?;
    Some(syntax_errors::reword_compile_error(
        &raw,
        source,
        Some(at.0),
        Some(at.1),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_inside_evaluated_text_has_its_position() {
        assert_eq!(
            eval_position("    at <input>:2:5\n    at f (script.js:3:7)"),
            Some((2, 5))
        );
        assert_eq!(eval_position("    at f (script.js:3:7)"), None);
    }

    #[test]
    fn the_evaluated_text_is_found_among_the_candidates_and_worded_as_v8() {
        let runtime = rquickjs::Runtime::new().expect("runtime");
        let context = rquickjs::Context::full(&runtime).expect("context");
        context.with(|ctx| {
            let json = r#"{"args":{},"url":"x"}"#;
            let (message, at) = compile_error(&ctx, json).expect("JSON is no script");
            let stack = format!("    at <input>:{}:{}\n", at.0, at.1);
            let worded = reworded(
                &ctx,
                "SyntaxError",
                &message,
                &stack,
                ["var a = 1;", "<html>", json],
            );
            assert_eq!(worded.as_deref(), Some("Unexpected token ':'"));
            let none = reworded(&ctx, "SyntaxError", &message, &stack, ["var a = 1;"]);
            assert_eq!(none, None);
        });
    }
}
