//! `--script-modules DIR`: scripts `require` pure-JavaScript CommonJS packages from a
//! node_modules folder (main in package.json, relative requires, JSON files, nested
//! node_modules, one load per run), built-in modules keep priority, and `pm.require` loads
//! packages from the same folder.

mod support;

use serde_json::{json, Value};
use std::path::Path;
use support::{run_postie, temp_dir, TestServer};

fn write(root: &Path, path: &str, text: &str) {
    let file = root.join(path);
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).expect("create folder");
    }
    std::fs::write(file, text).expect("write file");
}

/// A node_modules folder with a package whose main is in lib/, which requires a sibling file,
/// a JSON file one level up and a package from its own nested node_modules.
fn node_modules(root: &Path) {
    write(
        root,
        "signer/package.json",
        r#"{"name": "signer", "version": "1.0.0", "main": "lib/main"}"#,
    );
    write(
        root,
        "signer/lib/main.js",
        "var util = require('./util');\n\
         var config = require('../config.json');\n\
         var pad = require('left-pad');\n\
         var lodash = require('lodash');\n\
         globalThis.__signerLoads = (globalThis.__signerLoads || 0) + 1;\n\
         module.exports = {\n\
           sign: function (s) { return config.prefix + util.reverse(s) + pad('7', 3, '0'); },\n\
           loads: function () { return globalThis.__signerLoads; },\n\
           file: __filename.slice(-11),\n\
           builtinLodash: typeof lodash.chunk === 'function' && !lodash.fake\n\
         };\n",
    );
    write(
        root,
        "signer/lib/util.js",
        "exports.reverse = function (s) { return s.split('').reverse().join(''); };\n",
    );
    write(root, "signer/config.json", r#"{"prefix": "sig-"}"#);
    write(
        root,
        "signer/node_modules/left-pad/index.js",
        "module.exports = function (s, n, c) { s = String(s); while (s.length < n) s = c + s; return s; };\n",
    );
    // Same name as a built-in module: the built-in wins.
    write(
        root,
        "lodash/index.js",
        "module.exports = { fake: true };\n",
    );
    write(
        root,
        "@acme/tools/package.json",
        r#"{"name": "@acme/tools", "main": "./src/index.js"}"#,
    );
    write(
        root,
        "@acme/tools/src/index.js",
        "module.exports = { hello: function (n) { return 'hello ' + n; } };\n",
    );
    write(root, "../secret.js", "module.exports = 'outside';\n");
}

fn collection(base: &str) -> Value {
    let pre = [
        "var signer = require('signer');",
        "pm.request.headers.add({key: 'X-Sig', value: signer.sign('abc')});",
    ];
    let test = [
        "var signer = require('signer');",
        "pm.test('signed', function () { pm.expect(signer.sign('xy')).to.equal('sig-yx007'); });",
        "pm.test('loaded once per run', function () { pm.expect(signer.loads()).to.equal(1); });",
        "pm.test('__filename', function () { pm.expect(signer.file).to.equal('lib/main.js'); });",
        "pm.test('built-in lodash has priority', function () { pm.expect(signer.builtinLodash).to.equal(true); pm.expect(require('lodash').fake).to.equal(undefined); });",
        "pm.test('scoped package by pm.require', function () { pm.expect(pm.require('npm:@acme/tools@1.0.0').hello('x')).to.equal('hello x'); });",
        "pm.test('missing module', function () { require('nope'); });",
        "pm.test('outside the folder', function () { require('../secret'); });",
    ];
    json!({
        "info": {"name": "modules", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{
            "name": "signed request",
            "request": {"method": "GET", "url": format!("{base}/get")},
            "event": [
                {"listen": "prerequest", "script": {"exec": pre}},
                {"listen": "test", "script": {"exec": test}}
            ]
        }]
    })
}

fn assertions(report: &Path) -> Vec<(String, Option<String>)> {
    let text = std::fs::read_to_string(report).expect("report written");
    let summary: Value = serde_json::from_str(&text).expect("report is JSON");
    summary["run"]["executions"][0]["assertions"]
        .as_array()
        .expect("assertions")
        .iter()
        .map(|a| {
            (
                a["assertion"].as_str().unwrap_or_default().to_string(),
                a["error"]["message"].as_str().map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn scripts_require_packages_from_the_script_modules_folder() {
    let server = TestServer::start();
    let dir = temp_dir();
    let modules = dir.path().join("deps").join("node_modules");
    std::fs::create_dir_all(&modules).expect("node_modules");
    node_modules(&modules);
    let collection_file = dir.path().join("c.json");
    std::fs::write(&collection_file, collection(&server.base_url()).to_string())
        .expect("collection");
    let report = dir.path().join("report.json");
    let out = run_postie(
        &[
            "run".as_ref(),
            collection_file.as_os_str(),
            "--script-modules".as_ref(),
            modules.as_os_str(),
            "-r".as_ref(),
            "json".as_ref(),
            "--reporter-json-export".as_ref(),
            report.as_os_str(),
        ],
        dir.path(),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "{stderr}");
    assert_eq!(requests[0].header("x-sig"), Some("sig-cba007"));

    let results = assertions(&report);
    let names: Vec<&str> = results.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "signed",
            "loaded once per run",
            "__filename",
            "built-in lodash has priority",
            "scoped package by pm.require",
            "missing module",
            "outside the folder"
        ]
    );
    for (name, error) in &results[..5] {
        assert_eq!(error, &None, "{name}");
    }
    let missing = results[5].1.clone().expect("missing module fails");
    assert!(
        missing.starts_with("Cannot find module 'nope' ("),
        "{missing}"
    );
    for listed in ["@acme/tools", "lodash", "signer", "built in: ", "crypto-js"] {
        assert!(missing.contains(listed), "{listed} in {missing}");
    }
    let outside = results[6]
        .1
        .clone()
        .expect("a file outside the folder is refused");
    assert!(
        outside.starts_with("Cannot find module '../secret'"),
        "{outside}"
    );
    // Two assertions fail on purpose.
    assert_eq!(out.status.code(), Some(1), "{stderr}");
}

#[test]
fn without_the_flag_packages_are_not_found_as_in_newman() {
    let server = TestServer::start();
    let dir = temp_dir();
    let collection_file = dir.path().join("c.json");
    let body = json!({
        "info": {"name": "no modules"},
        "item": [{
            "name": "r",
            "request": format!("{}/get", server.base_url()),
            "event": [{"listen": "test", "script": {"exec": [
                "pm.test('require', function () { require('signer'); });",
                "pm.test('pm.require', function () { pm.require('npm:signer@1'); });"
            ]}}]
        }]
    });
    std::fs::write(&collection_file, body.to_string()).expect("collection");
    let report = dir.path().join("report.json");
    let out = run_postie(
        &[
            "run".as_ref(),
            collection_file.as_os_str(),
            "-r".as_ref(),
            "json".as_ref(),
            "--reporter-json-export".as_ref(),
            report.as_os_str(),
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let results = assertions(&report);
    assert_eq!(results[0].1.as_deref(), Some("Cannot find module 'signer'"));
    let pm_require = results[1].1.clone().unwrap_or_default();
    assert!(pm_require.contains("--script-modules"), "{pm_require}");
}

#[test]
fn a_missing_script_modules_folder_is_an_error_before_the_run() {
    let server = TestServer::start();
    let dir = temp_dir();
    let collection_file = dir.path().join("c.json");
    let body = json!({"info": {"name": "x"}, "item": [{"name": "r", "request": format!("{}/get", server.base_url())}]});
    std::fs::write(&collection_file, body.to_string()).expect("collection");
    let missing = dir.path().join("no-such-folder");
    let out = run_postie(
        &[
            "run".as_ref(),
            collection_file.as_os_str(),
            "--script-modules".as_ref(),
            missing.as_os_str(),
        ],
        dir.path(),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("--script-modules"), "{stderr}");
    assert!(server.requests().is_empty(), "nothing runs");
}
