"""Behaviours the real-collection corpus showed (issue 14), each reduced to a small case."""
from make import C, R, case, raw

case("system-headers",
     C("system headers", [
         R("user agent seen by the server", test="""
pm.environment.set('ua', pm.response.json().headers['user-agent']);
"""),
         R("accept and user-agent turned off", method="DELETE", path="/delete",
           ppb={"disabledSystemHeaders": {"accept": True, "user-agent": True, "Cache-Control": True}}, test="""
var h = pm.response.json().headers;
pm.environment.set('sent', ['accept', 'user-agent', 'cache-control'].map(function (k) { return k + '=' + (k in h); }).join(','));
"""),
         R("a set accept header still goes", path="/get", headers=[("Accept", "text/plain")],
           ppb={"disabledSystemHeaders": {"accept": True}}),
     ]))

case("query-values-not-strings",
     C("query values", [
         R("typed values", url={
             "raw": "{{baseUrl}}/get?a=true&b=5&c&d=s&e=1.5&f=x",
             "host": ["{{baseUrl}}"], "path": ["get"],
             "query": [{"key": "a", "value": True}, {"key": "b", "value": 5}, {"key": "c", "value": None},
                       {"key": "d", "value": "s"}, {"key": "e", "value": 1.5}, {"key": "f", "value": {"x": 1}},
                       {"key": 7, "value": "k"}]}, test="""
pm.environment.set('query', JSON.stringify(pm.request.url.query.toJSON()));
"""),
     ]))

case("eval-syntax-errors",
     C("eval", [
         R("keeps a body", path="/get", test="pm.environment.set('lib', responseBody);"),
         R("evaluates a JSON body kept", path="/get", pre="""
var window = {};
eval(pm.environment.get('lib'));
"""),
         R("evaluates the response", path="/get", test="""
eval(responseBody);
"""),
         R("evaluates html", path="/html", test="eval(pm.response.text());"),
         R("evaluates words", path="/get", pre="pm.environment.set('words', 'var a = 1;\\nfoo bar');",
           test="eval(pm.environment.get('words'));"),
     ]))

case("replace-in-objects",
     C("replaceIn", [
         R("a url object", path="/get/{{segment}}", test="""
var url = pm.variables.replaceIn(pm.request.url);
pm.environment.set('url', url.toString().replace(/^http:\\/\\/[^/]+/, ''));
pm.environment.set('kinds', [typeof pm.variables.replaceIn(5), typeof pm.variables.replaceIn(true),
  String(pm.variables.replaceIn(null)), JSON.stringify(pm.variables.replaceIn({ a: '{{segment}}', b: ['{{segment}}'] }))].join(','));
pm.sendRequest({ url: url.toString(), method: 'PUT', body: { mode: 'raw', raw: 'from script' } }, function () {});
"""),
     ], variable={"segment": "seg1"}))

case("empty-response-assertions",
     C("empty response", [
         R("relative url", url="/database/connection", test="""
pm.test('code', function () { pm.response.to.have.status(200); });
pm.test('reason', function () { pm.response.to.have.status('OK'); });
pm.test('ok', function () { pm.response.to.be.ok; });
pm.test('own properties', function () { pm.expect(Object.getOwnPropertyNames(pm.response)).to.eql([]); });
"""),
         R("response properties", path="/get", test="""
pm.test('own properties', function () { pm.expect(Object.getOwnPropertyNames(pm.response)).to.eql([]); });
pm.sendRequest(pm.environment.get('baseUrl') + '/status/404', function (err, res) {
  pm.test('script response', function () { pm.expect(Object.getOwnPropertyNames(res)).to.eql([]); });
  pm.test('script response code', function () { pm.expect(res).to.have.property('code', 200); });
});
"""),
     ]))

case("file-part-types",
     C("file parts", [
         R("files by extension", method="POST", path="/post", body={"mode": "formdata", "formdata": [
             {"key": "feature", "type": "file", "src": "sum.feature"},
             {"key": "sound", "type": "file", "src": "tone.mp3"},
             {"key": "data", "type": "file", "src": "rows.csv"},
         ]}),
     ]),
     files={"sum.feature": "Feature: sums\n", "tone.mp3": "ID3", "rows.csv": "a,b\n1,2\n"})
