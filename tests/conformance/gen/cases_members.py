"""Script API members (issue 14 item 8): every probe's result is in its test's name, so a difference shows in the
report. `probe(label, fn)` names a passing test `label => typeof JSON` (or `throws ErrorName`)."""
from make import C, F, R, auth, case, raw

PROBE = """
var show = function (v) {
  if (v === undefined) return 'undefined';
  if (typeof v === 'function') return 'function';
  try { return typeof v + ' ' + JSON.stringify(v); } catch (e) { return 'unserializable ' + typeof v; }
};
var probe = function (label, fn) {
  var out;
  try { out = show(fn()); } catch (e) { out = 'throws ' + (e && e.name); }
  pm.test(label + ' => ' + out, function () {});
};
"""


def probes(code):
    return PROBE + code


SCOPE_PROBES = """
var scopes = { environment: pm.environment, globals: pm.globals, collectionVariables: pm.collectionVariables,
  iterationData: pm.iterationData, variables: pm.variables };
Object.keys(scopes).forEach(function (name) {
  var s = scopes[name];
  probe(name + '.values is list', function () { return typeof s.values + ' ' + (s.values && typeof s.values.each); });
  probe(name + '.values.count', function () { return s.values.count(); });
  probe(name + '.values.map key', function () { return s.values.map(function (v) { return v.key; }); });
  probe(name + '.values.toObject', function () { return s.values.toObject(); });
  probe(name + '.toObject', function () { return s.toObject(); });
  probe(name + '.toJSON', function () { var j = s.toJSON(); j.id = typeof j.id; return j; });
  probe(name + '.has one', function () { return [s.has('one'), s.has('nope'), s.has('off')]; });
  probe(name + '.get off', function () { return s.get('off'); });
  probe(name + '.replaceIn', function () { return s.replaceIn('{{one}}-{{nope}}-{{off}}'); });
  probe(name + '.id name', function () { return [typeof s.id, s.name]; });
});
var env = pm.environment;
probe('values.get', function () { return env.values.get('one'); });
probe('values.one', function () { return env.values.one('one'); });
probe('values.one off', function () { return env.values.one('off'); });
probe('values.has', function () { return [env.values.has('one'), env.values.has('one', '1'), env.values.has('nope')]; });
probe('values.idx', function () { return env.values.idx(1); });
probe('values.indexOf', function () { return [env.values.indexOf('two'), env.values.indexOf(env.values.idx(0))]; });
probe('values.filter', function () { return env.values.filter(function (v) { return v.key.length === 3; }); });
probe('values.find', function () { return env.values.find(function (v) { return v.value === '2'; }); });
probe('values.reduce', function () { return env.values.reduce(function (a, v) { return a + v.key; }, ''); });
probe('values.all', function () { return env.values.all().length; });
probe('values.each', function () { var out = []; env.values.each(function (v) { out.push(v.key + '=' + v.value); }); return out; });
probe('values.toJSON', function () { return env.values.toJSON(); });
probe('values.toObject excludeDisabled', function () { return env.values.toObject(true); });
probe('variable members', function () {
  var v = env.values.one('one');
  return [v.key, v.value, v.type, v.get(), v.valueOf(), String(v), v.toJSON(), v.disabled];
});
probe('variable set', function () {
  env.values.one('two').set('22');
  return [env.get('two'), env.values.get('two')];
});
probe('set then values sees it', function () { env.set('added', 'A'); return env.values.one('added'); });
probe('set with type', function () { env.set('typed', '5', 'number'); return [env.get('typed'), env.values.one('typed').type]; });
probe('set boolean type', function () { env.set('flag', 'yes', 'boolean'); return env.get('flag'); });
probe('values.add', function () { env.values.add({ key: 'viaAdd', value: 'x' }); return [env.get('viaAdd'), env.has('viaAdd')]; });
probe('values.upsert', function () { return [env.values.upsert({ key: 'viaAdd', value: 'y' }), env.get('viaAdd')]; });
probe('values.remove', function () { env.values.remove('viaAdd'); return env.has('viaAdd'); });
probe('unset keeps disabled', function () { env.unset('off'); return env.values.map(function (v) { return v.key; }); });
probe('set over disabled', function () { pm.globals.set('off', 'now'); return pm.globals.values.toJSON(); });
probe('syncVariablesTo', function () { var o = { stale: 1 }; env.syncVariablesTo(o); return o; });
probe('syncVariablesFrom', function () { return typeof env.syncVariablesFrom; });
probe('variables()', function () { return env.variables(); });
probe('toObjectResolved', function () { return typeof env.toObjectResolved; });
probe('iterationData.get', function () { return [pm.iterationData.get('one'), pm.iterationData.get('row')]; });
probe('iterationData.set', function () { pm.iterationData.set('row', 9); return pm.iterationData.get('row'); });
probe('iterationData.unset', function () { pm.iterationData.unset('row'); return pm.iterationData.toObject(); });
probe('variables.set', function () { pm.variables.set('loc', 'L'); return [pm.variables.get('loc'), pm.variables.has('loc')]; });
probe('variables.toObject', function () { return pm.variables.toObject(); });
probe('variables.replaceIn object', function () { return pm.variables.replaceIn({ a: '{{one}}', b: ['{{loc}}'] }); });
probe('environment.clear', function () { pm.collectionVariables.clear(); return pm.collectionVariables.toObject(); });
probe('get non-string key', function () { return [env.get(), env.get(null), env.has()]; });
probe('set returns', function () { return env.set('r', 1); });
probe('unset returns', function () { return env.unset('r'); });
"""

SCOPE_VALUES = {"one": "1", "two": "2", "off": {"value": "hidden", "enabled": False}}
case("api-variable-scopes",
     C("variable scopes", [R("scopes", path="/get", test=probes(SCOPE_PROBES)),
                           R("after", path="/get?one={{one}}&typed={{typed}}&two={{two}}", test=probes("""
probe('next request sees', function () { return pm.response.json().args; });
probe('exported values', function () { return pm.environment.toObject(); });
"""))],
       variable={"one": "c1", "cv": "c"}),
     env=SCOPE_VALUES, globals={"one": "g1", "off": {"value": "ghidden", "enabled": False}},
     data=[{"one": "d1", "row": 1}])

URL_PROBES = """
var u = pm.request.url;
probe('url toString', function () { return u.toString(); });
probe('url toString forceProtocol', function () { return [u.toString(true), u.toString(false)]; });
probe('url toJSON', function () { var j = u.toJSON(); j.port = typeof j.port; return j; });
probe('url protocol host port', function () { return [u.protocol, u.host, typeof u.port]; });
probe('url path', function () { return u.path; });
probe('url path members', function () { return [u.path.length, u.path.indexOf('items'), u.path.includes('items'), u.path.join('/')]; });
probe('url host join', function () { return u.host.join('.'); });
probe('url hash auth', function () { return [u.hash, u.auth]; });
probe('getHost', function () { return u.getHost(); });
probe('getPath', function () { return [u.getPath(), u.getPath(true)]; });
probe('getPathWithQuery', function () { return u.getPathWithQuery(); });
probe('getQueryString', function () { return u.getQueryString(); });
probe('getRaw', function () { return u.getRaw(); });
probe('getRemote', function () { return [u.getRemote(), u.getRemote(true), u.getRemote({ forcePort: true })]; });
probe('getOAuth1BaseUrl', function () { return u.getOAuth1BaseUrl(); });
probe('query list', function () { return u.query.toJSON(); });
probe('query toObject', function () { return u.query.toObject(); });
probe('query toString', function () { return u.query.toString(); });
probe('query get has one', function () { return [u.query.get('a'), u.query.has('a'), u.query.has('zz'), u.query.one('b')]; });
probe('query count idx', function () { return [u.query.count(), u.query.idx(0)]; });
probe('query members', function () { var out = []; u.query.members.forEach(function (q) { out.push(q.key); }); return out; });
probe('query each', function () { var out = []; u.query.each(function (q) { out.push(q.key + '=' + q.value); }); return out; });
probe('query map filter', function () { return [u.query.map(function (q) { return q.key; }), u.query.filter(function (q) { return q.disabled; }).length]; });
probe('query param members', function () { var q = u.query.idx(0); return [q.key, q.value, q.disabled, String(q), q.valueOf(), typeof q.toJSON, typeof q.update]; });
probe('query reference', function () { return Object.keys(u.query.reference || {}); });
probe('query Type', function () { return typeof u.query.Type; });
probe('variables list', function () { return u.variables.toJSON(); });
probe('variables get', function () { return [u.variables.get('id'), u.variables.has('id'), u.variables.count()]; });
probe('addQueryParams string', function () { u.addQueryParams('x=1&y'); return u.getQueryString(); });
probe('addQueryParams list', function () { u.addQueryParams([{ key: 'z', value: '2' }]); return u.getQueryString(); });
probe('removeQueryParams', function () { u.removeQueryParams(['x', 'y']); u.removeQueryParams({ key: 'z' }); return u.getQueryString(); });
probe('query add upsert remove', function () {
  u.query.add({ key: 'n', value: '1' });
  u.query.upsert({ key: 'n', value: '2' });
  var before = u.query.toString();
  u.query.remove('n');
  return [before, u.query.toString()];
});
probe('query insertAfter', function () { u.query.insertAfter({ key: 'ins', value: 'i' }, 'a'); return u.query.toString(); });
probe('query prepend', function () { u.query.prepend({ key: 'first', value: 'f' }); return u.query.toString(); });
probe('query populate', function () { u.query.populate([{ key: 'p', value: '1' }]); return u.query.count(); });
probe('query clear', function () { var q = new (require('postman-collection').Url)('http://h/p?a=1').query; q.clear(); return q.count(); });
probe('url update string', function () {
  var v = new (require('postman-collection').Url)('http://a.com/x');
  v.update('https://u:p@b.example.com:8443/y/z?k=v#frag');
  return [v.toString(), v.protocol, v.host, v.port, v.path, v.hash, v.auth];
});
probe('sdk url parse', function () { return require('postman-collection').Url.parse('https://h.com:81/a/:b?c=d&e#f'); });
probe('url variables resolved in path', function () {
  var v = new (require('postman-collection').Url)({ raw: 'http://h/items/:id', host: ['h'], path: ['items', ':id'], variable: [{ key: 'id', value: '7' }] });
  return [v.getPath(), v.toString(), v.getPathWithQuery()];
});
probe('url with disabled query', function () {
  var v = new (require('postman-collection').Url)({ raw: 'http://h/p?a=1', host: ['h'], path: ['p'], query: [{ key: 'a', value: '1' }, { key: 'b', value: '2', disabled: true }] });
  return [v.getQueryString(), v.toString(), v.query.toObject(), v.query.toObject(true)];
});
probe('query with no value and empty', function () {
  var v = new (require('postman-collection').Url)('http://h/p?a&b=&c=3');
  return [v.query.toJSON(), v.getQueryString(), v.query.toObject()];
});
probe('url after edits', function () { return pm.request.url.toString(); });
"""

URL_OBJECT = {
    "raw": "{{baseUrl}}/items/:id/detail?a=1&b=two&empty=&flag&off=x#top", "host": ["{{baseUrl}}"],
    "path": ["items", ":id", "detail"],
    "query": [{"key": "a", "value": "1"}, {"key": "b", "value": "two"}, {"key": "empty", "value": ""},
              {"key": "flag", "value": None}, {"key": "off", "value": "x", "disabled": True}],
    "variable": [{"key": "id", "value": "42"}], "hash": "top"}
case("api-url-members",
     C("url members", [R("url", url=URL_OBJECT, test=probes(URL_PROBES)),
                       R("url pre", path="/items/:id?a=1", pre=probes("""
probe('pre url', function () { return pm.request.url.toString(); });
probe('pre variables', function () { return pm.request.url.variables.toJSON(); });
pm.request.url.addQueryParams('added=yes');
pm.request.url.query.upsert({ key: 'a', value: 'changed' });
"""), test="""pm.test('server saw ' + JSON.stringify(pm.response.json().args), function () {});""")]))

REQUEST_PROBES = """
var r = pm.request;
probe('method', function () { return [r.method, r.method.toLowerCase()]; });
probe('headers toJSON', function () { return r.headers.toJSON(); });
probe('headers get has', function () { return [r.headers.get('x-one'), r.headers.get('X-ONE'), r.headers.has('x-one'), r.headers.has('X-One', '1'), r.headers.has('nope')]; });
probe('headers one', function () { return r.headers.one('x-two'); });
probe('headers toObject', function () { return [r.headers.toObject(), r.headers.toObject(true), r.headers.toObject(false, true), r.headers.toObject(false, false, true)]; });
probe('headers all count', function () { return [r.headers.all().length, r.headers.count()]; });
probe('headers members', function () { var out = []; r.headers.members.forEach(function (h) { out.push(h.key); }); return out; });
probe('headers each map filter', function () { var out = []; r.headers.each(function (h) { out.push(h.key); }); return [out, r.headers.map(function (h) { return h.value; }), r.headers.filter(function (h) { return h.disabled; }).length]; });
probe('headers toString', function () { return r.headers.toString(); });
probe('headers reference', function () { return Object.keys(r.headers.reference || {}); });
probe('headers forEach', function () { return typeof r.headers.forEach; });
probe('headers contentSize', function () { return [r.headers.contentSize(), typeof r.url.query.contentSize]; });
probe('header member', function () { var h = r.headers.one('X-One'); return [h.key, h.value, String(h), h.valueOf(), h.toJSON(), typeof h.update]; });
probe('headers add', function () { r.headers.add({ key: 'X-Added', value: 'a' }); return r.headers.get('x-added'); });
probe('headers add string', function () { r.headers.add('X-Str: s'); return r.headers.toObject(); });
probe('headers upsert', function () { return [r.headers.upsert({ key: 'x-one', value: 'up' }), r.headers.upsert({ key: 'X-New', value: 'n' }), r.headers.get('X-One')]; });
probe('headers remove', function () { r.headers.remove('x-new'); r.headers.remove(function (h) { return h.key === 'X-Str'; }); return r.headers.count(); });
probe('addHeader', function () { r.addHeader({ key: 'X-AH', value: '1' }); return r.headers.get('X-AH'); });
probe('upsertHeader', function () { r.upsertHeader({ key: 'x-ah', value: '2' }); r.upsertHeader({ key: 'X-AH', value: '3' }); return r.headers.toJSON(); });
probe('removeHeader', function () { r.removeHeader('X-AH'); r.removeHeader('x-added', { ignoreCase: true }); return r.headers.toJSON(); });
probe('getHeaders', function () { return [r.getHeaders(), r.getHeaders({ enabled: true }), r.getHeaders({ ignoreCase: true })]; });
probe('forEachHeader', function () { var out = []; r.forEachHeader(function (h) { out.push(h.key); }); return out; });
probe('body', function () { return [r.body.mode, r.body.raw, r.body.options]; });
probe('body toJSON', function () { return r.body.toJSON ? r.body.toJSON() : 'no toJSON'; });
probe('body toString isEmpty', function () { return [r.body.toString(), r.body.isEmpty()]; });
probe('body JSON', function () { return JSON.parse(JSON.stringify(r.body)); });
probe('body own keys', function () { return Object.keys(r.body); });
probe('auth', function () { return [r.auth.type, typeof r.auth.parameters, r.auth.toJSON ? r.auth.toJSON() : 'no toJSON']; });
probe('auth parameters', function () { return r.auth.parameters().toObject(); });
probe('auth current', function () { return typeof r.auth.current; });
probe('auth get', function () { return r.auth.bearer; });
probe('url string', function () { return String(r.url); });
probe('description', function () { return r.description; });
probe('id name', function () { return [typeof r.id, r.name]; });
probe('size', function () { return r.size(); });
probe('request toJSON keys', function () { return Object.keys(r.toJSON()); });
probe('request toJSON', function () { var j = r.toJSON(); return [j.method, j.header, j.body, j.auth]; });
probe('request toJSON url', function () { return r.toJSON().url; });
probe('clone', function () { var c = r.clone(); c.headers.add({ key: 'X-Clone', value: 'c' }); return [c.method, c.url.toString(), r.headers.has('X-Clone'), c.headers.has('X-Clone')]; });
probe('authorizeUsing', function () { var c = r.clone(); c.authorizeUsing('basic', { username: 'u', password: 'p' }); return [c.auth.type, c.auth.toJSON ? c.auth.toJSON() : c.auth]; });
probe('headers clear', function () { var c = r.clone(); c.headers.clear(); return c.headers.count(); });
probe('headers populate repopulate', function () { var c = r.clone(); c.headers.repopulate([{ key: 'A', value: '1' }]); c.headers.populate([{ key: 'B', value: '2' }]); return c.headers.toJSON(); });
probe('headers insert prepend', function () { var c = r.clone(); c.headers.prepend({ key: 'P', value: 'p' }); c.headers.insert({ key: 'I', value: 'i' }, 'P'); return c.headers.map(function (h) { return h.key; }); });
probe('headers assimilate', function () { var c = r.clone(); c.headers.assimilate([{ key: 'x-one', value: 'as' }, { key: 'Z', value: 'z' }]); return c.headers.toObject(); });
probe('headers idx indexOf find', function () { return [r.headers.idx(0).key, r.headers.indexOf('x-two'), r.headers.find(function (h) { return h.value === '2'; }).key]; });
probe('headers reduce', function () { return r.headers.reduce(function (a, h) { return a + h.key; }, ''); });
"""

REQUEST_AFTER = """
var r = pm.request;
probe('method after', function () { return r.method; });
probe('url after', function () { var j = r.url.toJSON(); j.port = typeof j.port; return j; });
probe('own headers after', function () { return r.headers.filter(function (h) { return /^x-/i.test(h.key); }); });
probe('body after', function () { return r.body.toJSON(); });
probe('auth after', function () { return r.auth.toJSON(); });
"""

# Not probed: pm.response.cookies (always empty in Newman 6.2.2; postie lists the jar's cookies for the URL)
# and the fields of a cookie (Newman's also have expires, maxAge and hostOnly).
RESPONSE_PROBES = """
var s = pm.response;
probe('code status', function () { return [s.code, s.status, s.reason()]; });
probe('headers', function () { return [s.headers.get('content-type'), s.headers.has('Content-Type'), s.headers.count() > 2]; });
probe('headers all', function () { return s.headers.all().map(function (h) { return h.key; }); });
probe('headers toObject', function () { return Object.keys(s.headers.toObject()); });
probe('headers get X-Custom', function () { return s.headers.get('x-custom'); });
probe('header member', function () { return s.headers.one('X-Custom').toJSON(); });
probe('responseTime', function () { return typeof s.responseTime; });
probe('responseSize', function () { return s.responseSize; });
probe('size', function () { var z = s.size(); return [z.body, typeof z.header, typeof z.total]; });
probe('text', function () { return s.text().length; });
probe('json', function () { return s.json().method; });
probe('json reviver', function () { return s.json(function (k, v) { return k === 'method' ? 'X' : v; }).method; });
probe('jsonp', function () { return typeof s.jsonp; });
probe('dataURI', function () { return s.dataURI().slice(0, 40); });
probe('contentInfo', function () { return s.contentInfo(); });
probe('mime', function () { return typeof s.mime; });
probe('encoding', function () { return typeof s.encoding; });
probe('stream', function () { return [typeof s.stream, s.stream && s.stream.length]; });
probe('toJSON keys', function () { return Object.keys(s.toJSON()); });
probe('id', function () { return typeof s.id; });
probe('to.have.status', function () { s.to.have.status(200); s.to.have.status('OK'); return 'ok'; });
probe('to.have.header', function () { s.to.have.header('X-Custom'); s.to.have.header('X-Custom', 'c1'); return 'ok'; });
probe('to.be.ok json withBody', function () { s.to.be.ok; s.to.be.json; s.to.be.withBody; s.to.be.success; return 'ok'; });
probe('to.have.jsonBody', function () { s.to.have.jsonBody('method', 'GET'); return 'ok'; });
probe('to.not.be.error', function () { s.to.not.be.error; s.to.not.be.clientError; s.to.not.be.serverError; return 'ok'; });
probe('to.have.body', function () { s.to.have.body(); return 'ok'; });
probe('to.be.accepted', function () { s.to.be.accepted; return 'ok'; });
probe('cookies jar', function () { var j = pm.cookies.jar(); return [typeof j.get, typeof j.set, typeof j.getAll, typeof j.unset, typeof j.clear]; });
probe('pm.cookies', function () { return [pm.cookies.count(), pm.cookies.has('sess'), pm.cookies.get('sess')]; });
probe('pm.info', function () { return [pm.info.eventName, pm.info.iteration, pm.info.iterationCount, pm.info.requestName, typeof pm.info.requestId]; });
probe('pm.execution', function () { return [typeof pm.execution.setNextRequest, typeof pm.execution.skipRequest, pm.execution.location, pm.execution.location.current]; });
probe('legacy getResponseHeader', function () { return postman.getResponseHeader('X-Custom'); });
"""

case("api-request-members",
     C("request members", [
         R("request", "POST", "/post?q=1", headers=[("X-One", "1"), ("X-Two", "2"), {"key": "X-Off", "value": "o", "disabled": True}],
           body=raw('{"a": 1}', "json"), auth=auth("bearer", token="tok"), desc="the description",
           pre=probes(REQUEST_PROBES), test=probes(REQUEST_AFTER)),
         R("urlencoded", "POST", "/post", body={"mode": "urlencoded", "urlencoded": [{"key": "a", "value": "1"}, {"key": "b", "value": "2", "disabled": True}]},
           pre=probes("""
probe('urlencoded body', function () { return [pm.request.body.mode, pm.request.body.urlencoded.toJSON ? pm.request.body.urlencoded.toJSON() : pm.request.body.urlencoded]; });
probe('urlencoded toString', function () { return pm.request.body.toString(); });
probe('urlencoded members', function () { return typeof pm.request.body.urlencoded.get; });
probe('body own keys', function () { return Object.keys(pm.request.body); });
""")),
     ]))

case("api-response-members",
     C("response members", [
         R("response", path="/response-headers?X-Custom=c1&Set-Cookie=sess%3Dabc%3B%20Path%3D%2F", test=probes(RESPONSE_PROBES)),
     ]))
