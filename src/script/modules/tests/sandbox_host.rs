//! The host every library vector runs in: the expressions run in a real pre-request script of a
//! `ScriptRuntime` (its `require`, its globals), on `GET http://127.0.0.1:9/` as in
//! `tests/newman/run-newman.js`.

use crate::script::tests::Harness;
use crate::script::ScriptKind;
use std::cell::RefCell;

pub struct Host {
    harness: RefCell<Harness>,
    prelude: RefCell<String>,
}

impl Host {
    pub fn new() -> Host {
        let mut harness = Harness::new();
        harness.request = crate::script::ScriptRequest::new(
            serde_json::from_value(serde_json::json!({
                "url": "http://127.0.0.1:9/",
                "method": "GET"
            }))
            .expect("test request"),
        );
        harness.response = None;
        Host {
            harness: RefCell::new(harness),
            prelude: RefCell::new(String::new()),
        }
    }

    /// Declarations every later evaluation sees.
    pub fn run(&self, js: &str) {
        let mut prelude = self.prelude.borrow_mut();
        prelude.push_str(js);
        prelude.push('\n');
    }

    /// The expression's value as `String(value)`, or "ERR <message>" when it throws.
    pub fn eval(&self, js: &str) -> String {
        self.eval_all(&[js]).pop().unwrap_or_default()
    }

    /// Each expression's value as `String(value)`, or "ERR <message>" when it throws, from one script.
    pub fn eval_all(&self, expressions: &[&str]) -> Vec<String> {
        let mut script = self.prelude.borrow().clone();
        script.push_str("var __out = [];\n");
        for js in expressions {
            script.push_str(&format!(
                "__out.push((function () {{ try {{ return String((function () {{ return ({js}); }})()); }} catch (e) {{ return 'ERR ' + (e && e.message); }} }})());\n"
            ));
        }
        script.push_str("console.log(JSON.stringify(__out));\n");
        run_for_json(&mut self.harness.borrow_mut(), &script)
    }
}

/// Runs `script` as a pre-request script and reads the JSON array its last console line printed.
pub fn run_for_json(harness: &mut Harness, script: &str) -> Vec<String> {
    let outcome = harness.run(ScriptKind::Prerequest, script);
    if let Some(e) = &outcome.error {
        panic!("script failed: {}: {}", e.name, e.message);
    }
    let text = outcome
        .console
        .last()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    let json = logged_string(&text);
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("bad output {text:?}: {e}"))
}

/// The string a console line shows (Newman prints a logged string quoted and escaped, as Node's
/// `util.inspect` does).
fn logged_string(line: &str) -> String {
    let inner = line
        .get(1..line.len().saturating_sub(1))
        .filter(|_| line.starts_with(['\'', '"', '`']))
        .unwrap_or(line);
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('v') => out.push('\u{b}'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Asserts each (expression, expected) pair, reporting all mismatches at once.
pub fn check(host: &Host, cases: &[(&str, &str)]) {
    let expressions: Vec<&str> = cases.iter().map(|(js, _)| *js).collect();
    let got = host.eval_all(&expressions);
    super::assert_matches(cases, &got);
}
