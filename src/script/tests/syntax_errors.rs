//! Broken scripts (`syntax_errors/corpus.js`) and the error Newman 6.2.2 reports for each
//! (`syntax_errors/newman.json`, recorded by `syntax_errors/gen.py`): postie must report the same
//! name and message, except for the cases listed in `KNOWN_DIFFERENCES`.

use super::*;

const RECORDED: &str = include_str!("syntax_errors/newman.json");

/// Cases where postie's error still differs from Newman's, with the reason.
/// The test fails if one of these starts matching (then remove it from here).
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[(
    "postfix_increment_call",
    "V8 compiles `f()++` and throws a ReferenceError when it runs (here `f is not defined` \
         comes first); QuickJS rejects it when compiling",
)];

fn reported(error: &Option<ScriptError>) -> Option<(String, String)> {
    error.as_ref().map(|e| (e.name.clone(), e.message.clone()))
}

#[test]
fn syntax_errors_read_as_newman_reports_them() {
    let cases: Vec<Value> = serde_json::from_str(RECORDED).expect("newman.json");
    let mut h = Harness::new();
    let (mut matched, mut regressed, mut now_matching) = (0, Vec::new(), Vec::new());
    for case in &cases {
        let name = case["name"].as_str().expect("name");
        let script = case["script"].as_str().expect("script");
        let expected = case["error"].as_object().map(|e| {
            (
                e["name"].as_str().expect("error name").to_string(),
                e["message"].as_str().expect("error message").to_string(),
            )
        });
        let got = reported(&h.test(script).error);
        let known = KNOWN_DIFFERENCES.iter().any(|(k, _)| *k == name);
        if got == expected {
            matched += 1;
            if known {
                now_matching.push(name);
            }
        } else if !known {
            regressed.push(format!("{name}: newman {expected:?}, postie {got:?}"));
        }
    }
    for (k, _) in KNOWN_DIFFERENCES {
        assert!(
            cases.iter().any(|c| c["name"] == *k),
            "{k} is not in the corpus"
        );
    }
    println!(
        "{matched}/{} scripts report what Newman reports",
        cases.len()
    );
    assert!(
        regressed.is_empty(),
        "differ from Newman:\n{}",
        regressed.join("\n")
    );
    assert!(
        now_matching.is_empty(),
        "now match Newman, remove from KNOWN_DIFFERENCES: {now_matching:?}"
    );
    assert_eq!(matched + KNOWN_DIFFERENCES.len(), cases.len());
}
