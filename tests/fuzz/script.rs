//! Script lines for fuzzed events: calls into the sandbox with odd arguments, and things a script
//! should not do.

use super::rng::Rng;
use super::target::target;

/// A JavaScript expression for an argument.
fn js_value(rng: &mut Rng) -> String {
    #[rustfmt::skip]
    const VALUES: &[&str] = &[
        "undefined", "null", "0", "-0", "NaN", "Infinity", "1e21", "''", "'x'", "'{{baseUrl}}'",
        "'{{missing}}'", "'é😀\\u0000'", "'a'.repeat(100000)", "[]", "{}", "[1,[2,[3]]]",
        "{a:{b:1}}", "function(){}", "Symbol('s')", "new Date(NaN)", "/re/g", "new Error('e')",
        "Buffer.from('ab')", "new Uint8Array(3)", "Object.create(null)",
        "(()=>{const o={};o.o=o;return o})()", "BigInt(1)",
        "new Proxy({}, {get(){ throw new Error('trap') }})", "pm.response", "pm.request",
        "pm.environment", "responseBody", "'GET'", "'test'", "'Alpha'", "{key:'k',value:'v'}",
        "{mode:'raw',raw:'x'}",
        "{mode:'formdata',formdata:[{key:'f',type:'file',src:'inside.txt'}]}",
        "{type:'bearer',bearer:[{key:'token',value:'t'}]}", "'hex'", "'base64'", "'utf8'",
        "'latin1'", "'ucs2'", "'nope'", "'lodash'", "'crypto-js'", "'cheerio'", "'xml2js'",
        "'moment'", "'ajv'", "'tv4'", "'uuid'", "'csv-parse/lib/sync'", "'postman-collection'",
        "'buffer'", "'events'", "'stream'", "'util'", "'url'", "'path'", "'fs'", "'nope'",
    ];
    if rng.one_in(8) {
        return format!("'{}'", target().url(rng));
    }
    rng.pick(VALUES).to_string()
}

/// One line of script: a call into the sandbox with odd arguments, or something a script should not do.
pub fn script_line(rng: &mut Rng) -> String {
    #[rustfmt::skip]
    const LINES: &[&str] = &[
        "pm.environment.set($V, $V);", "pm.globals.set($V, $V);",
        "pm.collectionVariables.set($V, $V);", "pm.variables.set($V, $V);",
        "pm.environment.unset($V); pm.globals.clear();",
        "pm.variables.get($V); pm.variables.replaceIn($V); pm.environment.toObject();",
        "pm.iterationData.get($V); pm.iterationData.toObject();",
        "pm.test($V, () => pm.expect($V).to.eql($V));", "pm.test($V, $V);",
        "pm.test.skip($V, () => {});", "pm.test('done', (done) => setTimeout(done, 3));",
        "pm.test('async', async () => { throw $V });", "pm.expect($V).to.be.a($V);",
        "pm.expect($V).to.have.property($V);", "pm.expect($V).to.include($V);",
        "pm.expect($V).to.be.oneOf($V);", "pm.response.to.have.status($V);",
        "pm.response.to.have.header($V, $V);", "pm.response.to.have.jsonBody($V, $V);",
        "pm.response.to.have.jsonSchema($V);", "pm.response.to.be.json; pm.response.to.be.ok;",
        "pm.request.url = $V;", "pm.request.url.query.add($V);",
        "pm.request.headers.add({key: $V, value: $V});",
        "pm.request.headers.upsert($V); pm.request.removeHeader($V);", "pm.request.method = $V;",
        "pm.request.body = $V;", "pm.request.auth = $V;", "pm.request.addQueryParams($V);",
        "pm.sendRequest($V, (e, r) => console.log(e, r && r.code, r && r.text().length));",
        "pm.sendRequest({url: $U, method: $V, header: $V, body: $V}, () => {});",
        "pm.sendRequest($U).then(r => r.json()).catch(e => e);",
        "pm.sendRequest($U, (e, r) => { pm.test('sent', () => pm.expect(r.stream.length).to.be.above(-1)); });",
        "pm.setNextRequest($V);", "postman.setNextRequest($V);", "pm.execution.setNextRequest($V);",
        "pm.execution.skipRequest();", "pm.response.json();",
        "pm.response.text(); pm.response.size(); pm.response.reason(); pm.response.dataURI();",
        "pm.response.stream.toString($V);",
        "pm.response.headers.get($V); pm.response.cookies.get($V);", "JSON.parse(responseBody);",
        "xml2Json(responseBody);", "require($V);", "pm.require($V);",
        "require('lodash').get($V, $V);", "require('crypto-js').SHA256($V).toString();",
        "require('crypto-js').AES.encrypt($V, $V).toString();",
        "require('cheerio').load($V)('a').text();", "require('xml2js').parseString($V, () => {});",
        "require('moment')($V).format($V);", "new (require('ajv'))().validate($V, $V);",
        "require('tv4').validate($V, $V);", "require('csv-parse/lib/sync')($V);",
        "require('buffer').Buffer.from($V, $V).toString($V);", "atob($V); btoa($V);",
        "setTimeout(() => pm.environment.set('late', $V), 2);", "setInterval(() => {}, 1);",
        "clearTimeout($V); Promise.reject($V);",
        "new Promise(r => setTimeout(r, 2)).then(() => { throw $V });",
        "console.log($V, $V); console.error($V); console.info($V);", "throw $V;",
        "undefinedFunction($V);", ";(", "})", "return;",
        "function deep(n) { return deep(n + 1) } deep(0);", "new Array($V); 'x'.repeat($V);",
        "pm.cookies.jar().set($U, $V, $V, () => {});",
        "pm.cookies.jar().getAll($U, () => {}); pm.cookies.get($V); pm.cookies.toObject();",
        "pm.info.requestName; pm.info.iteration; pm.vault.get($V);", "pm.visualizer.set($V, $V);",
        "tests[$V] = $V;", "postman.setEnvironmentVariable($V, $V); postman.getResponseHeader($V);",
        "responseCode.code; globals[$V]; environment[$V]; iteration; data[$V];", "eval($V);",
        "Function($V)();", "Object.prototype.polluted = $V;", "JSON.stringify = $V;",
        "globalThis.pm = $V;", "delete globalThis.console;",
        "try { $L } catch (e) { console.log(String(e)); }", "if ($V) { $L }",
    ];
    let mut line = rng.pick(LINES).to_string();
    if rng.one_in(300) {
        line = "while (true) {}".into();
    }
    let mut out = String::new();
    let mut rest = line.as_str();
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let code = rest[at + 1..].chars().next().unwrap_or(' ');
        match code {
            'V' => out.push_str(&js_value(rng)),
            'U' => out.push_str(&format!("'{}'", target().url(rng).replace('\'', "%27"))),
            'L' => out.push_str(&script_line(rng)),
            _ => out.push('$'),
        }
        rest = &rest[(at + 1 + code.len_utf8()).min(rest.len())..];
    }
    out.push_str(rest);
    out
}
