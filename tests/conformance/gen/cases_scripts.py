"""Scripts: execution order, legacy globals, pm.* objects, chai and chai-postman assertions and their messages,
script errors."""
from make import C, F, R, auth, case, raw


def trace(tag):
    return f"pm.globals.set('trace', (pm.globals.get('trace') || '') + '{tag}[' + pm.info.requestName + ']>');"


case("script-order",
     C("order", [
         R("top", path="/get", pre=trace("r-pre"), test=trace("r-test")),
         F("folder", [
             R("inner", path="/get", pre=trace("r-pre"), test=trace("r-test")),
             F("sub", [R("deep", path="/get", pre=trace("r-pre"), test=trace("r-test"))], pre=trace("sub-pre"), test=trace("sub-test")),
         ], pre=trace("f-pre"), test=trace("f-test")),
         R("no scripts", path="/get"),
     ], pre=trace("c-pre"), test=trace("c-test")))

case("legacy-api",
     C("legacy", [R("legacy", "POST", "/post?x=1", headers=[("X-Req", "r")], body=raw('{"in":1}', "json"), test="""
tests['status code is 200'] = responseCode.code === 200;
tests['code name'] = responseCode.name === 'OK';
tests['body has json'] = responseBody.indexOf('"in":1') > -1;
tests['failing legacy'] = false;
tests['undefined counts as fail'] = undefined;
tests['truthy string'] = 'yes';
tests['responseTime is number'] = typeof responseTime === 'number';
tests['header lookup'] = responseHeaders['Content-Type'] !== undefined;
tests['request method ' + request.method] = true;
tests['request url'] = request.url.indexOf('/post?x=1') > -1;
tests['request header'] = request.headers['X-Req'] === 'r' || request.headers['x-req'] === 'r';
tests['request data'] = request.data === '{"in":1}';
tests['iteration'] = iteration === 0;
tests['env object'] = environment.preset === 'p';
tests['globals object'] = globals.g === 'G';
tests['data object'] = typeof data === 'object';
postman.setEnvironmentVariable('legacyEnv', 'set');
postman.setGlobalVariable('legacyGlob', 1);
postman.clearEnvironmentVariable('preset');
postman.clearGlobalVariable('g');
tests['getEnvironmentVariable'] = postman.getEnvironmentVariable('legacyEnv') === 'set';
tests['getGlobalVariable'] = postman.getGlobalVariable('legacyGlob') === '1' || postman.getGlobalVariable('legacyGlob') === 1;
tests['json parse'] = JSON.parse(responseBody).args.x === '1';
"""), R("legacy clear all", path="/get", test="""
postman.clearEnvironmentVariables();
postman.setEnvironmentVariable('only', 'me');
postman.clearGlobalVariables();
tests['cleared'] = Object.keys(environment).length === 1;
""")]),
     env={"preset": "p", "other": "o"}, globals={"g": "G"})

case("pm-info-and-request",
     C("info", [F("folder", [R("info req", "POST", "/post?q=1", headers=[("X-A", "a")], body=raw('{"k":"{{v}}"}', "json"), pre="""
pm.request.headers.add({key: 'X-Added', value: 'pre'});
pm.request.headers.upsert({key: 'X-A', value: 'upserted'});
pm.request.url.query.add({key: 'added', value: 'yes'});
pm.environment.set('pre_event', pm.info.eventName);
pm.environment.set('pre_method', pm.request.method);
""", test="""
pm.test('event name', () => pm.expect(pm.info.eventName).to.eql('test'));
pm.test('request name', () => pm.expect(pm.info.requestName).to.eql('info req'));
pm.test('iteration', () => pm.expect([pm.info.iteration, pm.info.iterationCount]).to.eql([0, 1]));
pm.test('requestId is a string', () => pm.expect(pm.info.requestId).to.be.a('string'));
pm.test('url toString', () => pm.expect(pm.request.url.toString()).to.match(/\\/post\\?q=1&added=yes$/));
pm.test('url parts', () => pm.expect([pm.request.url.getPath(), pm.request.url.getQueryString()]).to.eql(['/post', 'q=1&added=yes']));
pm.test('headers get', () => pm.expect(pm.request.headers.get('X-Added')).to.eql('pre'));
pm.test('upsert', () => pm.expect(pm.request.headers.get('x-a')).to.eql('upserted'));
pm.test('body raw resolved?', () => pm.expect(pm.request.body.raw).to.be.a('string'));
pm.environment.set('body_raw', pm.request.body.raw);
pm.environment.set('body_mode', pm.request.body.mode);
pm.environment.set('sent_header', pm.response.json().headers['x-added']);
pm.environment.set('sent_a', pm.response.json().headers['x-a']);
pm.environment.set('req_headers', JSON.stringify(pm.request.headers.toObject()));
""")])]),
     env={"v": "V"})

case("pm-response-api",
     C("response", [R("response", path="/response-headers?X-Token=t1&Content-Type=application/json", test="""
pm.test('code/status', () => pm.expect([pm.response.code, pm.response.status]).to.eql([200, 'OK']));
pm.test('reason', () => pm.expect(pm.response.reason()).to.eql('OK'));
pm.test('text', () => pm.expect(pm.response.text()).to.eql(JSON.stringify({'X-Token': 't1', 'Content-Type': 'application/json'})));
pm.test('json', () => pm.expect(pm.response.json()['X-Token']).to.eql('t1'));
pm.test('headers.has', () => pm.expect(pm.response.headers.has('x-token')).to.be.true);
pm.test('header object', () => pm.expect(pm.response.headers.get('X-Token')).to.eql('t1'));
pm.test('responseTime', () => pm.expect(pm.response.responseTime).to.be.a('number'));
pm.test('size', () => pm.expect(pm.response.size()).to.have.property('body', pm.response.text().length));
pm.test('cookies empty', () => pm.expect(pm.response.cookies.count()).to.eql(0));
pm.environment.set('headers_obj', JSON.stringify(pm.response.headers.toObject()));
pm.environment.set('dataURI', pm.response.dataURI().slice(0, 30));
""")]))

case("pm-response-to",
     C("to", [R("passing", path="/response-headers?X-A=1", test="""
pm.test('status 200', () => pm.response.to.have.status(200));
pm.test('status text', () => pm.response.to.have.status('OK'));
pm.test('ok', () => pm.response.to.be.ok);
pm.test('success', () => pm.response.to.be.success);
pm.test('json', () => pm.response.to.be.json);
pm.test('withBody', () => pm.response.to.be.withBody);
pm.test('header', () => pm.response.to.have.header('X-A'));
pm.test('header value', () => pm.response.to.have.header('X-A', '1'));
pm.test('jsonBody path', () => pm.response.to.have.jsonBody('X-A', '1'));
pm.test('jsonBody', () => pm.response.to.have.jsonBody({'X-A': '1'}));
pm.test('body string', () => pm.response.to.have.body('{"X-A":"1"}'));
pm.test('not error', () => pm.response.to.not.be.error);
pm.test('responseTime below', () => pm.response.to.have.responseTime.below(60000));
pm.test('expect response', () => pm.expect(pm.response).to.have.status(200));
"""), R("failing", path="/status/404", test="""
pm.test('status 200', () => pm.response.to.have.status(200));
pm.test('status text', () => pm.response.to.have.status('Created'));
pm.test('ok', () => pm.response.to.be.ok);
pm.test('success', () => pm.response.to.be.success);
pm.test('serverError', () => pm.response.to.be.serverError);
pm.test('notFound passes', () => pm.response.to.be.notFound);
pm.test('clientError passes', () => pm.response.to.be.clientError);
pm.test('badRequest', () => pm.response.to.be.badRequest);
pm.test('unauthorized', () => pm.response.to.be.unauthorized);
pm.test('header missing', () => pm.response.to.have.header('X-Missing'));
pm.test('header wrong value', () => pm.response.to.have.header('Content-Type', 'text/plain'));
pm.test('jsonBody path', () => pm.response.to.have.jsonBody('status', 200));
pm.test('jsonBody missing', () => pm.response.to.have.jsonBody('nope'));
pm.test('body', () => pm.response.to.have.body('nope'));
pm.test('not json', () => pm.response.to.not.be.json);
pm.test('responseTime above', () => pm.response.to.have.responseTime.above(60000));
pm.test('jsonSchema', () => pm.response.to.have.jsonSchema({type: 'object', required: ['id'], properties: {status: {type: 'string'}}}));
"""), R("empty body", path="/status/204", test="""
pm.test('withBody fails', () => pm.response.to.be.withBody);
pm.test('json fails', () => pm.response.to.be.json);
pm.test('json() throws', () => pm.response.json());
""")]))

CHAI_PASS = """
pm.test('eql', () => pm.expect({a: [1, {b: 2}]}).to.eql({a: [1, {b: 2}]}));
pm.test('equal', () => pm.expect('x').to.equal('x'));
pm.test('include string', () => pm.expect('hello world').to.include('lo w'));
pm.test('include array', () => pm.expect([1, 2, 3]).to.include(2));
pm.test('deep include', () => pm.expect([{a: 1}]).to.deep.include({a: 1}));
pm.test('property', () => pm.expect({a: {b: 1}}).to.have.nested.property('a.b', 1));
pm.test('keys', () => pm.expect({a: 1, b: 2}).to.have.all.keys('a', 'b'));
pm.test('lengthOf', () => pm.expect([1, 2]).to.have.lengthOf(2));
pm.test('types', () => { pm.expect('s').to.be.a('string'); pm.expect(1).to.be.a('number'); pm.expect([]).to.be.an('array'); pm.expect(null).to.be.null; });
pm.test('numbers', () => { pm.expect(5).to.be.above(4).and.below(6); pm.expect(5).to.be.within(5, 5); pm.expect(1.5).to.be.closeTo(1.4, 0.2); });
pm.test('match', () => pm.expect('abc123').to.match(/\\d+$/));
pm.test('oneOf', () => pm.expect('b').to.be.oneOf(['a', 'b']));
pm.test('members', () => pm.expect([3, 1]).to.have.members([1, 3]));
pm.test('truthiness', () => { pm.expect(1).to.be.ok; pm.expect(true).to.be.true; pm.expect(false).to.be.false; pm.expect(undefined).to.be.undefined; pm.expect(0).to.exist; });
pm.test('empty', () => { pm.expect('').to.be.empty; pm.expect({}).to.be.empty; pm.expect([]).to.be.empty; });
pm.test('throw', () => pm.expect(() => { throw new TypeError('bad'); }).to.throw(TypeError, 'bad'));
pm.test('satisfy', () => pm.expect(4).to.satisfy(n => n % 2 === 0));
pm.test('not', () => pm.expect({a: 1}).to.not.have.property('b'));
pm.test('string helpers', () => { pm.expect('abc').to.have.string('b'); pm.expect('abc').to.have.lengthOf.at.least(2); });
pm.test('NaN and instanceOf', () => { pm.expect(NaN).to.be.NaN; pm.expect([]).to.be.instanceOf(Array); });
"""

case("chai-passing", C("chai pass", [R("pass", test=CHAI_PASS)]))

case("chai-failing-messages-1", C("chai fail 1", [R("fail", test="""
pm.test('eql object', () => pm.expect({a: 1, b: [1, 2]}).to.eql({a: 1, b: [1, 3]}));
pm.test('equal string', () => pm.expect('actual').to.equal('expected'));
pm.test('equal number', () => pm.expect(1).to.equal(2));
pm.test('strict vs loose', () => pm.expect('1').to.equal(1));
pm.test('include string', () => pm.expect('hello').to.include('xyz'));
pm.test('include array', () => pm.expect([1, 2]).to.include(3));
pm.test('deep include', () => pm.expect([{a: 1}]).to.deep.include({a: 2}));
pm.test('property', () => pm.expect({a: 1}).to.have.property('b'));
pm.test('property value', () => pm.expect({a: 1}).to.have.property('a', 2));
pm.test('nested property', () => pm.expect({a: {b: 1}}).to.have.nested.property('a.c'));
pm.test('lengthOf', () => pm.expect([1, 2, 3]).to.have.lengthOf(2));
pm.test('lengthOf string', () => pm.expect('abc').to.have.lengthOf(5));
pm.test('custom message', () => pm.expect(1, 'my custom message').to.eql(2));
pm.test('long array', () => pm.expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).to.eql([1]));
pm.test('long string', () => pm.expect('x'.repeat(200)).to.eql('y'));
""")]))

case("chai-failing-messages-2", C("chai fail 2", [R("fail", test="""
pm.test('a string', () => pm.expect(1).to.be.a('string'));
pm.test('an array', () => pm.expect({}).to.be.an('array'));
pm.test('above', () => pm.expect(1).to.be.above(5));
pm.test('below', () => pm.expect(10).to.be.below(5));
pm.test('within', () => pm.expect(10).to.be.within(1, 5));
pm.test('least/most', () => pm.expect(1).to.be.at.least(2));
pm.test('closeTo', () => pm.expect(1.5).to.be.closeTo(3, 0.1));
pm.test('match', () => pm.expect('abc').to.match(/^\\d+$/));
pm.test('oneOf', () => pm.expect('z').to.be.oneOf(['a', 'b']));
pm.test('keys', () => pm.expect({a: 1}).to.have.all.keys('a', 'b'));
pm.test('members', () => pm.expect([1, 2]).to.have.members([1, 3]));
pm.test('ok', () => pm.expect(0).to.be.ok);
pm.test('true', () => pm.expect('true').to.be.true);
pm.test('false', () => pm.expect(1).to.be.false);
pm.test('null', () => pm.expect(undefined).to.be.null);
pm.test('undefined', () => pm.expect(null).to.be.undefined);
pm.test('exist', () => pm.expect(null).to.exist);
pm.test('not exist', () => pm.expect(1).to.not.exist);
pm.test('empty', () => pm.expect([1]).to.be.empty);
pm.test('not empty', () => pm.expect('').to.not.be.empty);
""")]))

case("chai-failing-messages-3", C("chai fail 3", [R("fail", test="""
pm.test('NaN', () => pm.expect(1).to.be.NaN);
pm.test('instanceOf', () => pm.expect({}).to.be.instanceOf(Array));
pm.test('throw', () => pm.expect(() => 1).to.throw());
pm.test('throw type', () => pm.expect(() => { throw new Error('x'); }).to.throw(TypeError));
pm.test('satisfy', () => pm.expect(3).to.satisfy(n => n % 2 === 0));
pm.test('not eql', () => pm.expect({a: 1}).to.not.eql({a: 1}));
pm.test('not include', () => pm.expect('abc').to.not.include('b'));
pm.test('string', () => pm.expect('abc').to.have.string('z'));
pm.test('not a', () => pm.expect('s').to.not.be.a('string'));
pm.test('assert.equal', () => pm.expect.fail('explicit failure'));
pm.test('chai assert', () => require('chai').assert.equal(1, 2));
pm.test('date', () => pm.expect(new Date(0)).to.eql(new Date(1)));
pm.test('nested objects', () => pm.expect({a: {b: {c: {d: 1}}}}).to.eql({a: {b: {c: {d: 2}}}}));
pm.test('function', () => pm.expect(function named() {}).to.eql(1));
pm.test('undefined vs null', () => pm.expect(undefined).to.eql(null));
""")]))

case("pm-test-variants", C("pm.test", [R("variants", test="""
pm.test('no function');
pm.test.skip('skipped test', () => pm.expect(1).to.eql(2));
pm.test('throws plain error', () => { throw new Error('plain'); });
pm.test('throws string', () => { throw 'a string'; });
pm.test('throws TypeError', () => { null.x; });
pm.test('returns false still passes', () => false);
pm.test('done callback pass', (done) => { setTimeout(() => { pm.expect(1).to.eql(1); done(); }, 10); });
pm.test('done with error', (done) => { done(new Error('via done')); });
pm.test('outer', () => { pm.test('inner', () => pm.expect(1).to.eql(1)); });
pm.test('', () => {});
pm.test('same name', () => {});
pm.test('same name', () => pm.expect(1).to.eql(0));
pm.environment.set('index', pm.test.index());
pm.test('async function', async () => { pm.expect(1).to.eql(1); });
""")]))

case("script-errors",
     C("errors", [R("syntax error in test", test="pm.test('never', () => {"),
                  R("syntax error in prerequest", pre="let = ;", test="pm.test('test still runs', () => pm.expect(1).to.eql(1));"),
                  R("runtime error after assertion", test="""
pm.test('before error', () => pm.expect(1).to.eql(1));
undefinedFunction();
pm.test('after error never runs', () => pm.expect(1).to.eql(1));
"""), R("runtime error in prerequest", pre="pm.environment.set('pre', 1); null.boom;", test="pm.test('test after pre error', () => pm.expect(pm.environment.get('pre')).to.eql(1));"),
                  R("thrown custom", test="throw new RangeError('custom range');"),
                  R("bad json response", path="/html", test="""
pm.test('json() in test', () => pm.response.json());
const body = pm.response.json();
pm.test('never', () => {});
"""), R("last one runs", path="/get", test="pm.test('ok', () => pm.response.to.be.ok);")]))

case("sandbox-libraries",
     C("libs", [R("libs", test="""
const _l = require('lodash');
pm.test('lodash', () => pm.expect(_l.get({a: {b: [5]}}, 'a.b[0]')).to.eql(5));
pm.test('global lodash', () => pm.expect(_.uniq([1, 1, 2])).to.eql([1, 2]));
pm.test('CryptoJS md5', () => pm.expect(CryptoJS.MD5('abc').toString()).to.eql('900150983cd24fb0d6963f7d28e17f72'));
pm.test('CryptoJS sha256', () => pm.expect(CryptoJS.SHA256('abc').toString()).to.eql('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'));
pm.test('CryptoJS hmac base64', () => pm.expect(CryptoJS.HmacSHA256('msg', 'key').toString(CryptoJS.enc.Base64)).to.eql('IDPqGlt0MQx5Ka9b6jL/GBGEMsXIJ7ns6fNs4pwBVZ8='));
pm.test('btoa/atob', () => pm.expect(atob(btoa('hi there'))).to.eql('hi there'));
pm.test('Buffer', () => pm.expect(Buffer.from('abc').toString('base64')).to.eql('YWJj'));
const moment = require('moment');
pm.test('moment', () => pm.expect(moment.utc(0).format('YYYY-MM-DD')).to.eql('1970-01-01'));
pm.test('uuid', () => pm.expect(require('uuid').v4()).to.match(/^[0-9a-f-]{36}$/));
pm.test('tv4', () => pm.expect(tv4.validate({a: 1}, {type: 'object', required: ['a']})).to.be.true);
pm.test('ajv', () => { const Ajv = require('ajv'); pm.expect(new Ajv().validate({type: 'string'}, 1)).to.be.false; });
pm.test('csv-parse', () => pm.expect(require('csv-parse/lib/sync')('a,b\\n1,2', {columns: true})).to.eql([{a: '1', b: '2'}]));
pm.test('url module', () => pm.expect(require('url').parse('http://x.io/p?q=1').pathname).to.eql('/p'));
pm.test('querystring', () => pm.expect(require('querystring').stringify({a: 1, b: 'x y'})).to.eql('a=1&b=x%20y'));
pm.test('JSON stringify order', () => pm.expect(JSON.stringify({b: 1, a: 2})).to.eql('{"b":1,"a":2}'));
pm.test('unknown module', () => require('no-such-module'));
""")]))

case("console-and-timers",
     C("timers", [R("timers", test="""
console.log('log', {a: 1});
console.info('info'); console.warn('warn'); console.error('error');
setTimeout(() => {
  pm.environment.set('timeout', 'fired');
  pm.test('inside timeout', () => pm.expect(1).to.eql(1));
}, 20);
let n = 0;
const iv = setInterval(() => { n++; if (n === 3) { clearInterval(iv); pm.environment.set('interval', n); } }, 5);
const cancelled = setTimeout(() => pm.environment.set('cancelled', 'fired'), 5);
clearTimeout(cancelled);
pm.test('sync', () => pm.expect(1).to.eql(1));
""")]))
