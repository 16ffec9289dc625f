//! Scripts cannot take the run down through the native helpers: sizes are checked, long loops stop
//! at the script's time limit, and deep documents are refused instead of overflowing the stack.
//! Each hostile script is followed by a request that must still run.

mod support;

use serde_json::{json, Value};
use support::TestServer;

/// Runs `script` as the pre-request script of the first of two items; returns the exit code and
/// the JSON report.
fn run(script: &str, extra: &[&str]) -> (Option<i32>, Value, String) {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let collection = dir.path().join("c.json");
    let doc = json!({
        "info": {"name": "hostile scripts"},
        "item": [
            {
                "name": "hostile",
                "event": [{"listen": "prerequest", "script": {"exec": [script]}}],
                "request": format!("{}/get?step=hostile", server.base_url())
            },
            {"name": "after", "request": format!("{}/get?step=after", server.base_url())}
        ]
    });
    std::fs::write(&collection, doc.to_string()).expect("write collection");
    let report = dir.path().join("report.json");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("run")
        .arg(&collection)
        .args(extra)
        .args(["-r", "json", "--reporter-json-export"])
        .arg(&report)
        .output()
        .expect("postie runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap_or_default())
        .unwrap_or_else(|e| panic!("no report ({e}); exit {:?}: {stderr}", out.status.code()));
    (out.status.code(), report, stderr)
}

fn script_error(report: &Value) -> String {
    let failure = &report["run"]["failures"][0];
    format!(
        "{}: {}",
        failure["error"]["name"].as_str().unwrap_or(""),
        failure["error"]["message"].as_str().unwrap_or("")
    )
}

fn assert_run_went_on(code: Option<i32>, report: &Value, stderr: &str) {
    assert_eq!(
        code,
        Some(1),
        "the script error fails the run, no crash: {stderr}"
    );
    let executions = report["run"]["executions"].as_array().expect("executions");
    assert_eq!(executions.len(), 2, "the next item ran");
    assert_eq!(executions[1]["response"]["code"], 200);
}

#[test]
fn a_word_array_with_a_huge_length_is_refused() {
    let (code, report, stderr) = run(
        "CryptoJS.enc.Hex.stringify({words: [], sigBytes: 1e12});",
        &[],
    );
    assert_run_went_on(code, &report, &stderr);
    let error = script_error(&report);
    assert!(
        error.starts_with("RangeError: Invalid array length"),
        "{error}"
    );
}

#[test]
fn pbkdf2_stops_at_the_script_time_limit() {
    let (code, report, stderr) = run(
        "CryptoJS.PBKDF2('password', 'salt', { keySize: 8, iterations: 1e9 });",
        &["--timeout-script", "300"],
    );
    assert_run_went_on(code, &report, &stderr);
    let error = script_error(&report);
    assert!(error.contains("script execution timeout"), "{error}");
}

/// Newman's xml2Json takes such a document; postie's gives `undefined` past 2000 levels. Either way
/// the run must go on (it used to overflow the stack and abort).
#[test]
fn deeply_nested_xml_does_not_overflow_the_stack() {
    let (code, report, stderr) = run(
        "var deep = new Array(50001).join('<a>') + new Array(50001).join('</a>'); xml2Json(deep);",
        &[],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let executions = report["run"]["executions"].as_array().expect("executions");
    assert_eq!(executions.len(), 2, "the next item ran");
}

/// Runs one item per script (each its item's test script) with an empty environment; returns the
/// exit code, the JSON report and the exported environment as `{key: value}`.
fn run_items(scripts: &[&str]) -> (Option<i32>, Value, serde_json::Map<String, Value>) {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let items: Vec<Value> = scripts
        .iter()
        .enumerate()
        .map(|(i, script)| {
            json!({
                "name": format!("item {i}"),
                "event": [{"listen": "test", "script": {"exec": [script]}}],
                "request": format!("{}/get?item={i}", server.base_url())
            })
        })
        .collect();
    let collection = dir.path().join("c.json");
    let doc = json!({"info": {"name": "hostile scripts"}, "item": items});
    std::fs::write(&collection, doc.to_string()).expect("write collection");
    let environment = dir.path().join("env.json");
    std::fs::write(&environment, r#"{"name": "env", "values": []}"#).expect("write env");
    let report = dir.path().join("report.json");
    let exported = dir.path().join("exported.json");
    let out = std::process::Command::new(support::postie_bin())
        .arg("run")
        .arg(&collection)
        .arg("-e")
        .arg(&environment)
        .arg("--export-environment")
        .arg(&exported)
        .args(["-r", "json", "--reporter-json-export"])
        .arg(&report)
        .output()
        .expect("postie runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let read = |path: &std::path::Path| -> Value {
        serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_default())
            .unwrap_or_else(|e| panic!("no {} ({e}): {stderr}", path.display()))
    };
    let report = read(&report);
    let mut env = serde_json::Map::new();
    for v in read(&exported)["values"].as_array().into_iter().flatten() {
        if let Some(key) = v["key"].as_str() {
            env.insert(key.to_string(), v["value"].clone());
        }
    }
    (out.status.code(), report, env)
}

/// The names of the failed assertions in the report, in order.
fn failed_assertions(report: &Value) -> Vec<String> {
    let mut failed = Vec::new();
    for execution in report["run"]["executions"].as_array().into_iter().flatten() {
        for a in execution["assertions"].as_array().into_iter().flatten() {
            if a.get("error").is_some_and(|e| !e.is_null()) {
                failed.push(a["assertion"].as_str().unwrap_or("").to_string());
            }
        }
    }
    failed
}

/// The item after the hostile one fails two tests and sets a variable: all must be recorded.
const LATER: &str = "pm.environment.set('later', 'set'); \
     pm.test('later failure', function () { pm.expect(1).to.equal(2); }); \
     tests['legacy failure'] = false;";
const LATER_FAILURES: [&str; 2] = ["later failure", "legacy failure"];

fn assert_later_failure_recorded(hostile: &str) {
    let (code, report, env) = run_items(&[hostile, LATER]);
    assert_eq!(code, Some(1), "{hostile}: the later failure fails the run");
    assert_eq!(
        failed_assertions(&report),
        LATER_FAILURES,
        "{hostile}: {}",
        report["run"]["executions"]
    );
    assert_eq!(env.get("later"), Some(&json!("set")), "{hostile}");
}

#[test]
fn reassigning_pm_test_does_not_hide_a_later_failure() {
    assert_later_failure_recorded("pm.test = function () {}; pm.expect = function () {};");
}

#[test]
fn overriding_array_push_does_not_hide_a_later_failure() {
    assert_later_failure_recorded("Array.prototype.push = function () { return 0; };");
}

#[test]
fn overriding_function_call_and_apply_does_not_hide_a_later_failure() {
    assert_later_failure_recorded(
        "Function.prototype.call = function () {}; Function.prototype.apply = function () {};",
    );
}

#[test]
fn replacing_json_and_object_statics_does_not_hide_a_later_failure() {
    assert_later_failure_recorded(
        "JSON.stringify = function () { return '{}'; }; JSON.parse = function () { return {}; }; \
         Object.keys = function () { return []; };",
    );
}

#[test]
fn getters_on_object_prototype_do_not_negate_or_drop_records() {
    assert_later_failure_recorded(
        "['negate', 'error', 'assertions', 'name'].forEach(function (k) { \
           Object.defineProperty(Object.prototype, k, { get: function () { return k === 'negate' ? true : undefined; }, \
             set: function () {}, configurable: true }); });",
    );
}

#[test]
fn an_object_prototype_to_json_does_not_change_exported_values() {
    let (code, report, env) = run_items(&[
        "pm.environment.set('before', {a: 1}); \
         Object.prototype.toJSON = function () { return 'HACKED'; }; \
         pm.environment.set('same script', {b: [1, {c: 2}]});",
        &format!("pm.environment.set('next script', {{d: new Date(0)}}); {LATER}"),
    ]);
    assert_eq!(code, Some(1));
    assert_eq!(failed_assertions(&report), LATER_FAILURES);
    assert_eq!(env.get("before"), Some(&json!({"a": 1})));
    assert_eq!(env.get("same script"), Some(&json!({"b": [1, {"c": 2}]})));
    assert_eq!(
        env.get("next script"),
        Some(&json!({"d": "1970-01-01T00:00:00.000Z"}))
    );
    assert_eq!(env.get("later"), Some(&json!("set")));
}

#[test]
fn the_native_helpers_are_not_a_global() {
    let (code, report, _) = run_items(&[
        "pm.test('hidden', function () { \
           pm.expect(typeof __postie_native).to.equal('undefined'); \
           pm.expect(Object.getOwnPropertyNames(globalThis).filter(function (n) { return /postie|native/i.test(n); })).to.eql([]); \
           pm.expect(CryptoJS.SHA256('a').toString()).to.have.lengthOf(64); \
         });",
    ]);
    assert_eq!(code, Some(0), "{}", report["run"]["executions"]);
}

/// As in Newman: each script has its own `pm` and `postman`, while the globals a script defines
/// and what it does to built-in prototypes stay for the scripts after it.
#[test]
fn each_script_has_its_own_pm_and_shares_globals() {
    let (code, report, _) = run_items(&[
        "pm.mark = 1; postman.mark = 1; pm.environment.mark = 1; pm.info.mark = 1; \
         pm.test.mark = 1; shared = 1; Array.prototype.mark = 1;",
        "pm.test('fresh', function () { \
           pm.expect([pm.mark, postman.mark, pm.environment.mark, pm.info.mark, pm.test.mark]) \
             .to.eql([undefined, undefined, undefined, undefined, undefined]); \
           pm.expect([shared, [].mark]).to.eql([1, 1]); \
           pm.expect(Object.keys(pm)).to.eql(['test']); \
         });",
    ]);
    assert_eq!(code, Some(0), "{}", report["run"]["executions"]);
}

/// Built-in methods a script replaces stay replaced for the scripts after it (as in Newman), but
/// the glue does not go through them: the request a later pre-request script edits, the console
/// lines and the assertion messages come out as without the replacements.
#[test]
fn replaced_array_and_string_methods_do_not_change_requests_logs_or_messages() {
    let hostile = "var a = ['map', 'forEach', 'filter', 'join', 'slice', 'indexOf', 'some', 'find', 'reduce', \
         'concat', 'splice', 'unshift', 'push']; \
         var s = ['slice', 'indexOf', 'lastIndexOf', 'replace', 'split', 'trim', 'toLowerCase', 'charAt', \
          'charCodeAt']; \
         for (var i = 0; i < a.length; i++) Array.prototype[a[i]] = function () { return 'HACKED'; }; \
         for (var j = 0; j < s.length; j++) String.prototype[s[j]] = function () { return 'HACKED'; }; \
         Object.prototype.hasOwnProperty = function () { return false; }; \
         Function.prototype.toString = function () { return 'HACKED'; };";
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let collection = dir.path().join("c.json");
    let doc = json!({
        "info": {"name": "replaced built-ins"},
        "item": [
            {
                "name": "hostile",
                "event": [{"listen": "test", "script": {"exec": [hostile]}}],
                "request": format!("{}/get?step=hostile", server.base_url())
            },
            {
                "name": "after",
                "event": [
                    {"listen": "prerequest", "script": {"exec": [
                        "pm.request.headers.add({key: 'X-Added', value: 'yes'}); \
                         pm.request.headers.upsert({key: 'X-Upserted', value: 'up'}); \
                         pm.request.url.addQueryParams('added=1');"
                    ]}},
                    {"listen": "test", "script": {"exec": [
                        "console.log({list: [1, 'two', {three: 3}], text: 'it\\'s'}, [new Map([['k', 1]])]); \
                         pm.test('message', function () { pm.expect({a: [1, 2]}).to.eql({a: [1, 3]}); });"
                    ]}}
                ],
                "request": {
                    "url": format!("{}/get?step=after", server.base_url()),
                    "header": [{"key": "X-Kept", "value": "kept"}]
                }
            }
        ]
    });
    std::fs::write(&collection, doc.to_string()).expect("write collection");
    let report = dir.path().join("report.json");
    let out = std::process::Command::new(support::postie_bin())
        .arg("run")
        .arg(&collection)
        .args(["-r", "cli,json", "--reporter-json-export"])
        .arg(&report)
        .output()
        .expect("postie runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap_or_default())
        .unwrap_or_else(|e| panic!("no report ({e}): {stdout}"));
    assert_eq!(out.status.code(), Some(1), "{stdout}");

    let after = server
        .requests()
        .into_iter()
        .find(|r| r.target.contains("step=after"))
        .unwrap_or_else(|| panic!("the second request was sent: {stdout}"));
    assert_eq!(after.target, "/get?step=after&added=1", "{stdout}");
    for (name, value) in [("x-kept", "kept"), ("x-added", "yes"), ("x-upserted", "up")] {
        assert_eq!(after.header(name), Some(value), "{name}: {stdout}");
    }

    let failure = &report["run"]["failures"][0]["error"];
    assert_eq!(
        failure["message"],
        "expected { a: [ 1, 2 ] } to deeply equal { a: [ 1, 3 ] }"
    );
    assert!(
        stdout.contains(
            "  │ {\n  │   list: [ 1, 'two', { three: 3 } ],\n  │   text: \"it's\"\n  │ }, [ Map(1) { 'k' => 1 } ]\n"
        ),
        "{stdout}"
    );
}
