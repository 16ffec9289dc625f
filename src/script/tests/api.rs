use super::*;

fn passed(out: &ScriptOutcome) -> Vec<(String, Option<String>)> {
    out.assertions
        .iter()
        .map(|a| (a.name.clone(), a.error.as_ref().map(|e| e.message.clone())))
        .collect()
}

#[test]
fn variables_keep_their_types_and_order() {
    let mut h = Harness::new();
    h.scopes.environment.vars[0].kind = Some("string".to_string());
    let out = h.test(
        "pm.environment.set('n', 5); pm.environment.set('obj', {a: [1, 2]}); pm.environment.set('b', true);\n\
         pm.environment.set('host', 'other.example.com');\n\
         pm.globals.set('g', 'x'); pm.collectionVariables.set('c', 1.5); pm.variables.set('loc', 'L');",
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    let env = &h.scopes.environment;
    let keys: Vec<&str> = env.vars.iter().map(|v| v.key.as_str()).collect();
    assert_eq!(keys, ["host", "n", "obj", "b"]);
    assert_eq!(env.vars[0].kind.as_deref(), Some("string"));
    assert_eq!(env.get("host"), Some(&json!("other.example.com")));
    assert_eq!(env.get("n"), Some(&json!(5)));
    assert_eq!(env.get("obj"), Some(&json!({"a": [1, 2]})));
    assert_eq!(env.get("b"), Some(&json!(true)));
    assert_eq!(h.scopes.globals.get("g"), Some(&json!("x")));
    assert_eq!(h.scopes.collection.get("c"), Some(&json!(1.5)));
    assert_eq!(h.scopes.local.get("loc"), Some(&json!("L")));
}

#[test]
fn variable_lookup_precedence_and_replace_in() {
    let mut h = Harness::new();
    h.scopes.globals.set("a", json!("g"));
    h.scopes.collection.set("a", json!("c"));
    h.scopes.collection.set("b", json!("c"));
    h.scopes.data.set("d", json!(3));
    let out = h.test(
        "pm.test('lookup', function () {\n\
           pm.expect(pm.variables.get('a')).to.equal('c');\n\
           pm.expect(pm.variables.get('d')).to.equal(3);\n\
           pm.expect(pm.iterationData.get('d')).to.equal(3);\n\
           pm.expect(pm.variables.has('zzz')).to.be.false;\n\
           pm.expect(pm.environment.name).to.equal('Staging');\n\
           pm.expect(pm.variables.replaceIn('https://{{host}}/{{a}}/{{missing}}')).to.equal('https://api.example.com/c/{{missing}}');\n\
           pm.expect(pm.variables.replaceIn('{{$guid}}')).to.match(/^[0-9a-f-]{36}$/);\n\
           pm.variables.set('a', 'local');\n\
           pm.expect(pm.variables.get('a')).to.equal('local');\n\
           pm.expect(pm.globals.get('a')).to.equal('g');\n\
           pm.expect(pm.globals.toObject()).to.eql({a: 'g'});\n\
         });",
    );
    assert_eq!(passed(&out), [("lookup".to_string(), None)]);
}

#[test]
fn unset_and_clear() {
    let mut h = Harness::new();
    h.scopes.globals.set("x", json!(1));
    h.scopes.globals.set("y", json!(2));
    let out = h.test("pm.environment.unset('host'); pm.globals.clear();");
    assert!(out.error.is_none());
    assert!(h.scopes.environment.vars.is_empty());
    assert!(h.scopes.globals.vars.is_empty());
}

#[test]
fn untouched_scopes_are_left_alone() {
    let mut h = Harness::new();
    h.scopes.environment.vars[0].enabled = false;
    let out = h.test("pm.globals.set('g', 1); var x = pm.environment.get('host');");
    assert!(out.error.is_none());
    assert!(!h.scopes.environment.vars[0].enabled);
}

#[test]
fn prerequest_changes_reach_the_request() {
    let mut h = Harness::new();
    let out = h.run(
        ScriptKind::Prerequest,
        "pm.request.headers.add({key: 'X-Token', value: 'abc'});\n\
         pm.request.headers.upsert({key: 'accept', value: 'text/plain'});\n\
         pm.request.url.query.add({key: 'extra', value: '1'});\n\
         pm.request.method = 'POST';\n\
         pm.request.body = {mode: 'raw', raw: '{\"a\":1}'};",
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    let r = h.request.get();
    assert_eq!(r.method, "POST");
    let headers: Vec<(&str, &str)> = r
        .headers
        .iter()
        .map(|h| (h.key.as_str(), h.value.as_str()))
        .collect();
    // Postman's upsert takes the key from the new item too.
    assert_eq!(headers, [("accept", "text/plain"), ("X-Token", "abc")]);
    assert_eq!(
        r.url.raw,
        "https://api.example.com/v1/items?page=2&q=x&extra=1"
    );
    assert_eq!(
        r.body.as_ref().and_then(|b| b.raw.as_deref()),
        Some("{\"a\":1}")
    );
}

#[test]
fn request_changes_come_back_only_when_wanted() {
    let change = "pm.request.headers.add({key: 'X-Seen', value: '1'});";
    let seen = |h: &Harness| h.request.get().headers.iter().any(|h| h.key == "X-Seen");
    let mut h = Harness::new();
    h.keep_request_changes = false;
    assert!(h.test(change).error.is_none());
    assert!(
        !seen(&h),
        "an item's last test script has no one to hand its request to"
    );
    h.keep_request_changes = true;
    assert!(h.test(change).error.is_none());
    assert!(seen(&h));
}

#[test]
fn reading_the_request_does_not_change_it() {
    let mut h = Harness::new();
    let before = serde_json::to_value(h.request.get()).expect("json");
    let out = h.run(
        ScriptKind::Prerequest,
        "pm.test('url', function () {\n\
           pm.expect(pm.request.url.toString()).to.equal('https://api.example.com/v1/items?page=2&q=x');\n\
           pm.expect(pm.request.url.getHost()).to.equal('api.example.com');\n\
           pm.expect(pm.request.url.getPath()).to.equal('/v1/items');\n\
           pm.expect(pm.request.url.getQueryString()).to.equal('page=2&q=x');\n\
           pm.expect(pm.request.url.getPathWithQuery()).to.equal('/v1/items?page=2&q=x');\n\
           pm.expect(pm.request.url.query.get('page')).to.equal('2');\n\
           pm.expect(pm.request.url.query.toObject()).to.eql({page: '2', q: 'x'});\n\
           pm.expect(pm.request.headers.get('ACCEPT')).to.equal('application/json');\n\
           pm.expect(pm.request.method).to.equal('GET');\n\
         });",
    );
    assert_eq!(passed(&out), [("url".to_string(), None)]);
    assert_eq!(serde_json::to_value(h.request.get()).expect("json"), before);
}

#[test]
fn response_api() {
    let mut h = Harness::new();
    let out = h.test(
        "pm.test('r', function () {\n\
           pm.expect(pm.response.code).to.equal(200);\n\
           pm.expect(pm.response.status).to.equal('OK');\n\
           pm.expect(pm.response.reason()).to.equal('OK');\n\
           pm.expect(pm.response.json().tags).to.eql(['a', 'b']);\n\
           pm.expect(pm.response.text()).to.include('widget');\n\
           pm.expect(pm.response.headers.get('x-trace')).to.equal('abc');\n\
           pm.expect(pm.response.headers.has('CONTENT-TYPE')).to.be.true;\n\
           pm.expect(pm.response.responseTime).to.equal(12);\n\
           pm.expect(pm.response.size().body).to.equal(41);\n\
           pm.response.to.have.status(200);\n\
           pm.response.to.be.ok;\n\
           pm.response.to.be.json;\n\
           pm.response.to.have.jsonBody('name', 'widget');\n\
           pm.response.to.not.have.header('X-Nope');\n\
         });",
    );
    assert_eq!(passed(&out), [("r".to_string(), None)]);
}

#[test]
fn bad_json_body_throws_a_json_error() {
    let mut h = Harness::new();
    h.response = Some(json_response(200, "OK", "{bad"));
    let out = h.test("pm.test('j', function () { pm.response.json(); });");
    let e = out.assertions[0].error.clone().expect("error");
    assert_eq!(e.name, "JSONError");
    assert_eq!(e.message, "Unexpected token 'b' at 1:2\n{bad\n ^");
}

#[test]
fn token_flows_from_the_samples() {
    let mut h = Harness::new();
    h.response = Some(json_response(200, "OK", r#"{"access_token":"tok-1"}"#));
    let out = h.test(
        "var jsonData = JSON.parse(responseBody); postman.setEnvironmentVariable('token', jsonData.access_token);\n\
         pm.environment.set('token2', pm.response.json().access_token);",
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    assert_eq!(h.scopes.environment.get("token"), Some(&json!("tok-1")));
    assert_eq!(h.scopes.environment.get("token2"), Some(&json!("tok-1")));
}

#[test]
fn legacy_interface() {
    let mut h = Harness::new();
    let out = h.test(
        "tests['code'] = responseCode.code === 200;\n\
         tests['name'] = responseCode.name === 'OK';\n\
         tests['header'] = responseHeaders['X-Trace'] === 'abc';\n\
         tests['getResponseHeader'] = postman.getResponseHeader('x-trace') === 'abc';\n\
         tests['time'] = responseTime === 12;\n\
         tests['iteration'] = iteration === 0;\n\
         tests['request'] = request.method === 'GET' && request.url === 'https://api.example.com/v1/items?page=2&q=x' && request.headers.accept === 'application/json' && request.name === 'Get items' && request.id === 'req-1';\n\
         tests['environment'] = environment.host === 'api.example.com';\n\
         postman.setEnvironmentVariable('n', 5);\n\
         postman.setGlobalVariable('g', true);\n\
         tests['stringified'] = postman.getEnvironmentVariable('n') === '5' && environment.n === '5';\n\
         postman.setEnvironmentVariable('zero', 0);\n\
         tests['falsy kept'] = postman.getEnvironmentVariable('zero') === 0;\n\
         tests['failing'] = 0;\n\
         tests['undefined'] = undefined;\n\
         tests['empty'] = '';",
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    let got = passed(&out);
    let failures: Vec<_> = got.iter().filter(|(_, e)| e.is_some()).cloned().collect();
    assert_eq!(
        failures,
        [
            (
                "failing".to_string(),
                Some("expected 0 to be truthy".to_string())
            ),
            (
                "undefined".to_string(),
                Some("expected undefined to be truthy".to_string())
            ),
            (
                "empty".to_string(),
                Some("expected  to be truthy".to_string())
            ),
        ]
    );
    assert_eq!(got.len(), 13);
    assert_eq!(h.scopes.environment.get("n"), Some(&json!("5")));
    assert_eq!(h.scopes.globals.get("g"), Some(&json!("true")));
}

#[test]
fn test_indexes_skips_and_thrown_values() {
    let mut h = Harness::new();
    let out = h.test(
        "tests['legacy'] = true;\n\
         pm.test('one', function () {});\n\
         pm.test.skip('skipped', function () { throw new Error('never'); });\n\
         pm.test('no function');\n\
         pm.test('type error', function () { null.x; });\n\
         pm.test('string', function () { throw 'plain'; });\n\
         pm.test('index', function () { pm.expect(pm.test.index()).to.equal(6); });",
    );
    type Row = (String, usize, bool, Option<(String, String)>);
    let summary: Vec<Row> = out
        .assertions
        .iter()
        .map(|a| {
            (
                a.name.clone(),
                a.index,
                a.skipped,
                a.error
                    .as_ref()
                    .map(|e| (e.name.clone(), e.message.clone())),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("one".to_string(), 0, false, None),
            ("skipped".to_string(), 1, true, None),
            ("no function".to_string(), 2, false, None),
            (
                "type error".to_string(),
                3,
                false,
                Some((
                    "TypeError".to_string(),
                    "Cannot read properties of null (reading 'x')".to_string()
                ))
            ),
            (
                "string".to_string(),
                4,
                false,
                Some(("AssertionError".to_string(), "string".to_string()))
            ),
            ("index".to_string(), 5, false, None),
            ("legacy".to_string(), 6, false, None),
        ]
    );
}

#[test]
fn async_tests_are_awaited_and_done_callbacks_work() {
    let mut h = Harness::new();
    let out = h.test(
        "pm.test('async rejects', async function () { await null; pm.expect(1).to.equal(2); });\n\
         pm.test('async passes', async function () { await null; });\n\
         pm.test('promise rejects', function () { return Promise.reject(new TypeError('nope')); });\n\
         pm.test('done fails', function (done) { setTimeout(function () { done(new Error('late')); }, 5); });\n\
         pm.test('done passes', function (done) { setTimeout(done, 1); });\n\
         pm.test('done with assertion', function (done) { setTimeout(function () { try { pm.expect(1).to.equal(3); done(); } catch (e) { done(e); } }, 2); });",
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    let mut got = passed(&out);
    got.sort();
    assert_eq!(
        got,
        [
            ("async passes".to_string(), None),
            (
                "async rejects".to_string(),
                Some("expected 1 to equal 2".to_string())
            ),
            ("done fails".to_string(), Some("late".to_string())),
            ("done passes".to_string(), None),
            (
                "done with assertion".to_string(),
                Some("expected 1 to equal 3".to_string())
            ),
            ("promise rejects".to_string(), Some("nope".to_string())),
        ]
    );
    let indexes: Vec<usize> = {
        let mut v: Vec<usize> = out.assertions.iter().map(|a| a.index).collect();
        v.sort();
        v
    };
    assert_eq!(indexes, [0, 1, 2, 3, 4, 5]);
}

#[test]
fn next_request_and_skip() {
    let mut h = Harness::new();
    let out = h.test("postman.setNextRequest('Login');");
    assert_eq!(
        out.next_request,
        Some(NextRequest::Item("Login".to_string()))
    );
    let out = h.test("pm.execution.setNextRequest(null);");
    assert_eq!(out.next_request, Some(NextRequest::Stop));
    let out = h.test("var x = 1;");
    assert_eq!(out.next_request, None);
    assert!(!out.skip_request);
    let out = h.run(ScriptKind::Prerequest, "pm.execution.skipRequest();");
    assert!(out.skip_request);
}

#[test]
fn info_and_location() {
    let mut h = Harness::new();
    let out = h.run(
        ScriptKind::Prerequest,
        "pm.test('info', function () {\n\
           pm.expect(pm.info.eventName).to.equal('prerequest');\n\
           pm.expect(pm.info.iteration).to.equal(0);\n\
           pm.expect(pm.info.iterationCount).to.equal(1);\n\
           pm.expect(pm.info.requestName).to.equal('Get items');\n\
           pm.expect(pm.info.requestId).to.equal('req-1');\n\
           pm.expect(Array.from(pm.execution.location)).to.eql(['Coll', 'Folder', 'Get items']);\n\
           pm.expect(pm.execution.location.current).to.equal('Get items');\n\
         });",
    );
    assert_eq!(passed(&out), [("info".to_string(), None)]);
}

#[test]
fn console_messages_are_formatted_like_newman() {
    // Expected texts are what Newman 6.2.2's cli reporter printed for the same calls.
    let mut h = Harness::new();
    let out = h.test(
        "console.log('hello', {a: 1, b: 'x'}, [1, 2], 5, null, undefined);\n\
         console.warn('%s is %d years', 'Bob', 42, {x: 1});\n\
         console.error({a: {b: {c: {d: 1}}}});\n\
         console.info(function foo() {}, 'x\\ny', -0);",
    );
    let got: Vec<(String, String)> = out
        .console
        .iter()
        .map(|m| (m.level.clone(), m.text.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "log".to_string(),
                "'hello', { a: 1, b: 'x' }, [ 1, 2 ], 5, null, undefined".to_string()
            ),
            (
                "warn".to_string(),
                "'%s is %d years', 'Bob', 42, { x: 1 }".to_string()
            ),
            (
                "error".to_string(),
                "{\n  a: { b: { c: { d: 1 } } }\n}".to_string()
            ),
            (
                "info".to_string(),
                "'[Function: foo]', 'x\\ny', 0".to_string()
            ),
        ]
    );
}

#[test]
fn send_request_callback_and_promise() {
    let mut h = Harness::new();
    let out = h.test(
        "pm.sendRequest('http://svc.local/a', function (err, res) {\n\
           pm.test('callback', function () { pm.expect(err).to.equal(null); pm.expect(res.json().sent).to.be.true; res.to.have.status(200); });\n\
         });\n\
         pm.sendRequest({url: 'http://svc.local/b', method: 'POST'}).then(function (res) {\n\
           pm.environment.set('second', res.code);\n\
         });\n\
         pm.sendRequest('http://fail.invalid/', function (err, res) {\n\
           pm.environment.set('failure', err.message);\n\
         });\n\
         pm.environment.set('order', 'body-first');",
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    assert_eq!(passed(&out), [("callback".to_string(), None)]);
    assert_eq!(h.scopes.environment.get("second"), Some(&json!(200)));
    assert_eq!(
        h.scopes.environment.get("failure"),
        Some(&json!("getaddrinfo ENOTFOUND fail.invalid"))
    );
    let seen = h.sender.seen.borrow();
    assert_eq!(seen[0], json!("http://svc.local/a"));
    assert_eq!(
        seen[1],
        json!({"url": "http://svc.local/b", "method": "POST"})
    );
}

#[test]
fn require_vault_and_visualizer() {
    let mut h = Harness::new();
    let out = h.test(
        "pm.visualizer.set('<b>{{x}}</b>', {x: 1}); pm.visualizer.clear();\n\
         pm.test('require', function () { require('left-pad'); });\n\
         pm.test('vault', function () { pm.vault.get('k'); });\n\
         pm.test('base64', function () { pm.expect(btoa('hi')).to.equal('aGk='); pm.expect(atob('aGk=')).to.equal('hi');\n\
           pm.expect(Buffer.from('héllo').toString('base64')).to.equal('aMOpbGxv'); pm.expect(Buffer.from('aMOpbGxv', 'base64').toString()).to.equal('héllo'); });",
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    assert_eq!(
        passed(&out),
        [
            (
                "require".to_string(),
                Some("Cannot find module 'left-pad'".to_string())
            ),
            (
                "vault".to_string(),
                Some("pm.vault is not available in postie".to_string())
            ),
            ("base64".to_string(), None),
        ]
    );
    let warning = out
        .console
        .iter()
        .find(|m| m.level == "warn")
        .map(|m| m.text.as_str());
    assert_eq!(
        warning,
        Some(
            "require('left-pad'): no such module; built in: ajv, assert, atob, backbone, btoa, buffer, \
             chai, cheerio, crypto-js, csv-parse/lib/sync, events, fs, lodash, moment, os, path, \
             postman-collection, punycode, querystring, stream, string_decoder, timers, tv4, url, util, uuid, \
             xml2js; others load with --script-modules DIR"
        )
    );
}

#[test]
fn registered_modules_load_once_per_runtime() {
    let mut h = Harness::new();
    let out = h.test(
        "var m = require('postie-test-module');\n\
         pm.test('first', function () { pm.expect(m.answer).to.equal(42); pm.expect(m.twice(1)).to.equal(43); });",
    );
    assert_eq!(passed(&out), [("first".to_string(), None)]);
    let out = h.test(
        "pm.test('cached', function () { pm.expect(require('postie-test-module').loads).to.equal(1); });",
    );
    assert_eq!(passed(&out), [("cached".to_string(), None)]);
}

#[test]
fn console_line_breaking_matches_newman() {
    // Expected texts are what Newman 6.2.2's cli reporter printed (Node's util.inspect, 44 columns).
    let mut h = Harness::new();
    let out = h.test(
        "console.log({ long1: 'aaaaaaaaaaaaaaaaaaaaaa', long2: 'bbbbbbbbbbbbbbbbbbbbbbbbbbb', long3: 'cccccccccccccccccccc' });\n\
         console.log([{a:1,b:2},{a:3,b:4}]);\n\
         console.log({x:[1,2,3], y:{z:'w'}});\n\
         console.log({a:{b:{c:1}}, d:{e:{f:{g:1}}}});",
    );
    let got: Vec<&str> = out.console.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        got,
        [
            "{\n  long1: 'aaaaaaaaaaaaaaaaaaaaaa',\n  long2: 'bbbbbbbbbbbbbbbbbbbbbbbbbbb',\n  long3: 'cccccccccccccccccccc'\n}",
            "[ { a: 1, b: 2 }, { a: 3, b: 4 } ]",
            "{ x: [ 1, 2, 3 ], y: { z: 'w' } }",
            "{\n  a: { b: { c: 1 } },\n  d: { e: { f: { g: 1 } } }\n}",
        ]
    );
}

#[test]
fn sugar_prototype_extensions_of_the_legacy_sandbox() {
    let mut h = Harness::new();
    let out = h.test(
        "var checks = {\n\
           has: 'diabetes'.has('betes') && !'abc'.has('d') && 'abc'.has(/B/i),\n\
           none: ['a', 'b'].none('d') && ![1, 2].none(2),\n\
           any: [[1, 2], [2, 3]].any([2, 3]) && [{a: 1, b: 2}].any({a: 1}),\n\
           average: [1, 2, 3, 4, 5].average() === 3 && [{n: 2}, {n: 4}].average('n') === 3,\n\
           sum: [1, 2, 3].sum() === 6, first: [1, 2, 3].first() === 1 && [1, 2, 3].last(2).join() === '2,3',\n\
           unique: [1, 1, 2].unique().join() === '1,2', compact: [1, null, 2, undefined].compact().length === 2,\n\
           once: (function () { var n = 0; var f = (function () { n++; }).once(); f(); f(); return n === 1; })(),\n\
           hex: (56).hex() === '38' && (5).hex(2) === '05', even: (56).isEven() && (3).isOdd(),\n\
           ordinalize: (56).ordinalize() === '56th' && (11).ordinalize() === '11th' && (22).ordinalize() === '22nd',\n\
           format: (56789.10).format() === '56,789.1' && (1234.567).format(2) === '1,234.57',\n\
           camelize: 'a-beta'.camelize() === 'ABeta' && 'a-beta'.camelize(false) === 'aBeta',\n\
           shift: 'abc'.shift(5) === 'fgh', spacify: 'a-b_cD'.spacify() === 'a b c d',\n\
           dasherize: 'fooBar'.dasherize() === 'foo-bar', capitalize: 'hello world'.capitalize(true) === 'Hello World',\n\
           native: 'jumpy'.endsWith('py') && 'a'.repeat(3) === 'aaa',\n\
           hidden: Object.keys([]).length === 0 && (function () { for (var k in []) return false; return true; })()\n\
         };\n\
         Object.keys(checks).forEach(function (k) { pm.test(k, function () { pm.expect(checks[k]).to.equal(true); }); });",
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    let failed: Vec<&str> = out
        .assertions
        .iter()
        .filter(|a| a.error.is_some())
        .map(|a| a.name.as_str())
        .collect();
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(out.assertions.len(), 20);
}

#[test]
fn every_module_the_warning_lists_loads() {
    let mut h = Harness::new();
    let out = h.test(
        "['lodash', 'moment', 'chai', 'cheerio', 'crypto-js', 'ajv', 'tv4', 'xml2js', 'uuid', 'csv-parse/lib/sync',\n\
          'atob', 'btoa', 'postman-collection', 'backbone', 'assert', 'buffer', 'events', 'path', 'punycode',\n\
          'querystring', 'stream', 'string_decoder', 'timers', 'url', 'util', 'fs', 'os'].forEach(function (name) {\n\
           pm.test(name, function () { pm.expect(require(name)).to.exist; });\n\
         });",
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    let failed: Vec<_> = passed(&out)
        .into_iter()
        .filter(|(_, error)| error.is_some())
        .collect();
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(passed(&out).len(), 27);
}

/// A body long enough for lazily built arrays: what scripts see is what `JSON.parse` gives,
/// read a little, all of it, or changed.
#[test]
fn long_arrays_in_json_bodies_behave_as_json_parse_builds_them() {
    let records: Vec<String> = (0..120)
        .map(|i| {
            format!(
                r#"{{"id":{i},"name":"item {i}{}","big":{},"tags":["a","b"],"rows":[{}],"owner":{{"id":{}}}}}"#,
                if i == 4 { "\\ud800" } else { "" },
                if i == 2 { "1e400" } else { "1" },
                (0..20).map(|r| format!("[{r},{}]", r * i)).collect::<Vec<_>>().join(","),
                i * 7
            )
        })
        .collect();
    let body = format!(r#"{{"page":1,"data":[{}]}}"#, records.join(","));
    let mut h = Harness::new();
    h.response = Some(json_response(200, "OK", &body));
    let out = h.test(
        "const j = pm.response.json(), plain = JSON.parse(pm.response.text());\n\
         pm.test('a few reads', function () {\n\
           pm.expect(j.data.length).to.equal(120);\n\
           pm.expect(Array.isArray(j.data)).to.be.true;\n\
           pm.expect(j.data).to.be.an('array');\n\
           pm.expect(j.data[7].owner.id).to.equal(49);\n\
           pm.expect(j.data[7]).to.equal(j.data[7]);\n\
           pm.expect(j.data[3].rows[19]).to.eql([19, 57]);\n\
           pm.expect(j.data[2].big).to.equal(Infinity);\n\
           pm.expect(j.data[120]).to.be.undefined;\n\
           pm.expect('5' in j.data).to.be.true;\n\
           pm.expect(j.data[4].name).to.equal(plain.data[4].name);\n\
         });\n\
         pm.test('all of it', function () {\n\
           pm.expect(JSON.stringify(j)).to.equal(JSON.stringify(plain));\n\
           pm.expect(j).to.eql(plain);\n\
           pm.expect(Object.keys(j.data[9].rows).length).to.equal(20);\n\
           pm.expect(j.data.map(function (d) { return d.id; })[119]).to.equal(119);\n\
           pm.expect(_.isEqual(j, plain)).to.be.true;\n\
         });\n\
         pm.test('changed', function () {\n\
           const k = JSON.parse(JSON.stringify(plain)), m = pm.response.json(function (key, v) { return v; });\n\
           j.data.push({ id: 'new' }); k.data.push({ id: 'new' });\n\
           j.data[0] = 0; k.data[0] = 0;\n\
           j.data.sort(function (a, b) { return (b.id || 0) - (a.id || 0); });\n\
           k.data.sort(function (a, b) { return (b.id || 0) - (a.id || 0); });\n\
           pm.expect(JSON.stringify(j)).to.equal(JSON.stringify(k));\n\
           pm.expect(m).to.eql(plain);\n\
         });",
    );
    assert_eq!(
        passed(&out),
        [
            ("a few reads".to_string(), None),
            ("all of it".to_string(), None),
            ("changed".to_string(), None)
        ]
    );
}

#[test]
fn list_to_json_matches_a_json_round_trip() {
    let mut h = Harness::new();
    let out = h.test(
        "function Custom() { this.key = 'c'; } Custom.prototype.toJSON = function () { return {key: 'custom'}; };\n\
         var list = pm.request.headers;\n\
         list.clear();\n\
         list.add({key: 'a', value: 'x', disabled: true, n: NaN, i: -Infinity, u: undefined, f: function () {},\n\
                   nested: {d: new Date(0), u: undefined, deep: [1, undefined, {e: 2}]}, z: null, k: 7});\n\
         list.add({key: 'b', value: 'y', src: {toJSON: function () { return undefined; }}});\n\
         list.members.push(new Custom());\n\
         pm.test('copies', function () {\n\
           var expected = list.members.map(function (m) { return JSON.parse(JSON.stringify(m)); });\n\
           pm.expect(list.toJSON()).to.eql(expected);\n\
           pm.expect(JSON.stringify(list.toJSON())).to.equal(JSON.stringify(expected));\n\
           pm.expect(list.toJSON()[0]).to.have.all.keys('key', 'value', 'disabled', 'n', 'i', 'nested', 'z', 'k');\n\
         });",
    );
    assert_eq!(passed(&out), [("copies".to_string(), None)]);
}

#[test]
fn scope_values_come_back_as_json_would_carry_them() {
    let mut h = Harness::new();
    let out = h.test(
        "var values = {s: 'tök€n', e: '', i: 42, neg: -7, f: 1.5, whole: 2.0, negZero: -0, big: 1e21,\n\
           past53: 9007199254740993, huge: 12345678901234567890, nan: NaN, inf: -Infinity, t: true,\n\
           third: 1 / 3, three: 3 / 2 * 2, negHalf: -5 / 2, tiny: 5e-324, at53: Math.pow(2, 53),\n\
           below53: Math.pow(2, 53) / 2 - 0.5 + 0.5, minusBig: -Math.pow(2, 60), parsed: JSON.parse('[4.0]')[0],\n\
           n: null, u: undefined, fn: function () {}, date: new Date(0), arr: [1, undefined, 'x'],\n\
           obj: {a: {b: [true, null]}, skip: undefined}, custom: {toJSON: function () { return 'mine'; }}};\n\
         Object.keys(values).forEach(function (k) {\n\
           pm.environment.set(k, values[k]);\n\
           pm.globals.set(k, JSON.stringify([values[k]]));\n\
         });\n\
         var cycle = {}; cycle.self = cycle;\n\
         pm.collectionVariables.set('cycle', cycle);\n\
         pm.collectionVariables.set('bigint', BigInt(10));",
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    let env = &h.scopes.environment;
    let mut checked = 0;
    for var in &h.scopes.globals.vars {
        let text = var.value.as_str().expect("a JSON text");
        let json: Value = serde_json::from_str(text).expect("JSON");
        assert_eq!(env.get(&var.key), Some(&json[0]), "{}", var.key);
        // The same text when written out: integers stay integers.
        assert_eq!(
            serde_json::to_string(&env.get(&var.key)).expect("json"),
            serde_json::to_string(&json[0]).expect("json"),
            "{}",
            var.key
        );
        checked += 1;
    }
    assert_eq!(checked, 28);
    assert_eq!(env.get("i"), Some(&json!(42)));
    assert_eq!(env.get("u"), Some(&Value::Null));
    let collection = &h.scopes.collection;
    assert_eq!(collection.get("cycle"), Some(&json!("[object Object]")));
    assert_eq!(collection.get("bigint"), Some(&json!("10")));
}

#[test]
fn kept_scopes_follow_what_the_runner_changes_between_scripts() {
    let mut h = Harness::new();
    let out = h.test("pm.environment.set('a', 1); pm.variables.set('v', 'x');");
    assert!(out.error.is_none(), "{:?}", out.error);
    h.scopes.environment.set("a", json!(2));
    h.scopes.environment.set("b", json!("added"));
    h.scopes.local.clear();
    let out = h.test(
        "pm.test('sees', () => {\n\
           pm.expect(pm.environment.toObject()).to.eql({host: 'api.example.com', a: 2, b: 'added'});\n\
           pm.expect(pm.variables.has('v')).to.be.false;\n\
         });\n\
         pm.environment.set('c', true);",
    );
    assert_eq!(passed(&out), [("sees".to_string(), None)]);
    let out = h.test(
        "pm.test('kept', () => pm.expect(pm.environment.toObject())\n\
           .to.eql({host: 'api.example.com', a: 2, b: 'added', c: true}));",
    );
    assert_eq!(passed(&out), [("kept".to_string(), None)]);
}

#[test]
fn a_script_cannot_change_the_next_ones_scopes_behind_the_runners_back() {
    let mut h = Harness::new();
    // an object value is a fresh copy in every script: changing it in place changes nothing
    h.test("pm.environment.set('o', {n: 1}); globalThis.stash = pm.environment;");
    h.test("pm.environment.get('o').n = 5;");
    // a scope kept from an earlier script, changed through a stale reference, is not reported
    h.test("pm.environment.unset('o');");
    h.test("globalThis.stash2 = pm.environment;");
    h.test("stash2.set('stale', 1);");
    let out = h.test(
        "pm.test('fresh', () => {\n\
           pm.expect(pm.environment.has('stale')).to.be.false;\n\
           pm.expect(pm.environment.has('o')).to.be.false;\n\
         });",
    );
    assert_eq!(passed(&out), [("fresh".to_string(), None)]);
    assert!(!h.scopes.environment.has("stale"));
    h.test("pm.environment.set('o', {n: 1});");
    h.test("pm.environment.get('o').n = 5;");
    let out = h.test("pm.test('copy', () => pm.expect(pm.environment.get('o')).to.eql({n: 1}));");
    assert_eq!(passed(&out), [("copy".to_string(), None)]);
}

#[test]
fn a_scope_object_from_an_earlier_script_is_detached_from_the_next_ones() {
    let mut h = Harness::new();
    h.test("pm.environment.set('a', 1); globalThis.old = pm.environment;");
    // the next script's scope object is a new one, holding what the old one held
    let out = h.test(
        "pm.test('new object', () => {\n\
           pm.expect(pm.environment).to.not.equal(old);\n\
           pm.expect(pm.environment.get('a')).to.equal(1);\n\
           pm.expect(old.get('a')).to.equal(1);\n\
         });\n\
         old.set('stale', 1); old.mark = 1;",
    );
    assert_eq!(passed(&out), [("new object".to_string(), None)]);
    let out = h.test(
        "pm.test('untouched', () => {\n\
           pm.expect(pm.environment.has('stale')).to.be.false;\n\
           pm.expect(pm.environment.mark).to.be.undefined;\n\
         });",
    );
    assert_eq!(passed(&out), [("untouched".to_string(), None)]);
    assert!(!h.scopes.environment.has("stale"));
}

#[test]
fn the_next_script_sees_a_string_as_the_runner_stored_it() {
    let mut h = Harness::new();
    h.test(
        "pm.environment.set('odd', 'a\\ud800'); pm.environment.set('emoji', 'x\\ud83d\\ude00');",
    );
    for key in ["odd", "emoji"] {
        let stored = serde_json::to_string(&h.scopes.environment.get(key)).expect("json");
        let out = h.test(&format!(
            "pm.test('{key}', () => pm.expect(JSON.stringify(pm.environment.get('{key}'))).to.equal({stored:?}));"
        ));
        assert_eq!(passed(&out), [(key.to_string(), None)]);
    }
}

#[test]
fn response_lists_made_on_first_read_look_like_own_values() {
    let mut h = Harness::new();
    let out = h.test(
        "var r = pm.response;\n\
         pm.test('own keys in order', function () {\n\
           pm.expect(Object.keys(r).join()).to.equal('id,_details,status,code,headers,stream,cookies,responseTime,responseSize');\n\
         });\n\
         pm.test('read through the list', function () {\n\
           pm.expect(r.headers.get('content-type')).to.equal('application/json; charset=utf-8');\n\
           pm.expect(r.headers.count()).to.equal(2);\n\
           pm.expect(r.headers === r.headers).to.equal(true);\n\
           pm.expect(r.cookies.count()).to.equal(0);\n\
         });\n\
         pm.test('in JSON', function () {\n\
           var j = JSON.parse(JSON.stringify(r));\n\
           pm.expect(j.header).to.eql([{key: 'Content-Type', value: 'application/json; charset=utf-8'}, {key: 'X-Trace', value: 'abc'}]);\n\
           pm.expect(Object.assign({}, r).headers).to.equal(r.headers);\n\
         });\n\
         pm.test('assigned', function () {\n\
           r.cookies = undefined;\n\
           r.headers = 5;\n\
           pm.expect(r.headers).to.equal(5);\n\
           pm.expect(r.cookies).to.equal(undefined);\n\
           pm.expect(pm.response.headers).to.equal(5);\n\
         });",
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    let results = passed(&out);
    assert_eq!(results.len(), 4);
    assert!(results.iter().all(|(_, e)| e.is_none()), "{results:?}");
}
