"""Run flow: --folder, setNextRequest, skipRequest, sendRequest, --bail, -x, iteration flow."""
from make import C, F, R, auth, case, raw

OK = "pm.test('ok ' + pm.info.requestName, () => pm.response.to.be.ok);"

FOLDERS = C("folders", [
    R("root request", path="/get?r=root", test=OK),
    F("Alpha", [R("a1", path="/get?r=a1", test=OK), R("a2", path="/get?r=a2", test=OK)], pre="pm.environment.set('alphaPre', 'ran');"),
    F("Beta", [R("b1", path="/get?r=b1", test=OK), F("Inner", [R("i1", path="/get?r=i1", test=OK)])]),
], pre="pm.globals.set('count', (pm.globals.get('count') || 0) + 1);")

case("folder-select-one", FOLDERS, flags="--folder Beta")
case("folder-select-two", FOLDERS, flags="--folder Alpha --folder Inner")
case("folder-select-request", FOLDERS, flags="--folder a2")
case("folder-select-missing", FOLDERS, flags="--folder Nope")

case("set-next-request-jump",
     C("jump", [R("first", path="/get?n=1", test="postman.setNextRequest('third'); " + OK),
                R("second", path="/get?n=2", test=OK),
                R("third", path="/get?n=3", test="if (!pm.environment.has('back')) { pm.environment.set('back', 1); pm.execution.setNextRequest('second'); }"),
                R("fourth", path="/get?n=4", test=OK)]))

case("set-next-request-null-and-loop",
     C("loop", [R("loop", path="/get?i={{i}}", pre="pm.environment.set('i', (pm.environment.get('i') || 0) + 1);", test="""
pm.test('iteration ' + pm.environment.get('i'), () => pm.expect(pm.response.json().args.i).to.eql(String(pm.environment.get('i'))));
if (pm.environment.get('i') < 3) { pm.execution.setNextRequest('loop'); }
"""), R("stop", path="/get?s=1", test="pm.execution.setNextRequest(null);"),
        R("never", path="/get?never=1", test=OK)]),
     flags="-n 2")

case("set-next-request-prerequest-and-unknown",
     C("snr", [R("a", path="/get?a", pre="postman.setNextRequest('c');", test=OK),
               R("b", path="/get?b", test=OK),
               R("c", path="/get?c", test="pm.execution.setNextRequest('does not exist');"),
               R("d", path="/get?d", test=OK)]))

case("skip-request",
     C("skip", [R("skipped", path="/get?skipped=1", pre="""
pm.environment.set('before', 'yes');
pm.execution.skipRequest();
pm.environment.set('after', 'still runs?');
""", test="pm.environment.set('test', 'ran');"),
                R("conditional skip", path="/get?c=1", pre="if (pm.info.iteration === 0) { pm.execution.skipRequest(); }", test=OK),
                R("normal", path="/get?n=1", test=OK)]),
     flags="-n 2")

case("send-request",
     C("sendRequest", [R("send", path="/get?main=1", pre="""
pm.sendRequest(pm.variables.replaceIn('{{baseUrl}}/get?from=pre'), (err, res) => {
  pm.environment.set('pre_err', err === null ? 'null' : String(err));
  pm.environment.set('pre_code', res.code);
  pm.environment.set('pre_args', JSON.stringify(res.json().args));
});
""", test="""
pm.sendRequest({
  url: pm.environment.get('baseUrl') + '/post',
  method: 'POST',
  header: {'Content-Type': 'application/json', 'X-From': 'test'},
  body: {mode: 'raw', raw: JSON.stringify({a: 1})}
}, (err, res) => {
  pm.test('sendRequest response', () => {
    pm.expect(err).to.be.null;
    pm.expect(res.json().json).to.eql({a: 1});
    pm.expect(res.json().headers['x-from']).to.eql('test');
  });
  pm.test('sendRequest failing assertion', () => pm.expect(res.code).to.eql(201));
  // chained, so that the server sees the requests in a fixed order
  pm.sendRequest({url: pm.environment.get('baseUrl') + '/post', method: 'POST',
    body: {mode: 'urlencoded', urlencoded: [{key: 'k', value: 'v'}]}}, (err2, res2) => {
    pm.environment.set('urlencoded_form', JSON.stringify(res2.json().form));
  });
});
pm.test('main', () => pm.response.to.be.ok);
"""), R("send to dead port", path="/get", test="""
pm.sendRequest(pm.environment.get('deadUrl') + '/x', (err, res) => {
  pm.environment.set('dead_err', err ? err.code : 'none');
  pm.test('no response', () => pm.expect(res).to.be.undefined);
});
""")]))

case("bail-on-failure",
     C("bail", [R("passes", path="/get", test=OK),
                R("fails", path="/get", test="pm.test('fails', () => pm.expect(1).to.eql(2));"),
                R("not reached", path="/get", test=OK)]),
     flags="--bail failure")

case("bail-on-request-error",
     C("bail", [R("refused", url="{{deadUrl}}/x", test=OK), R("not reached", path="/get", test=OK)]),
     flags="--bail")

case("suppress-exit-code",
     C("suppress", [R("fails", path="/get", test="pm.test('fails', () => pm.expect(1).to.eql(2));")]),
     flags="-x")

case("token-flow",
     C("oauth-ish", [R("login", "POST", "/oauth/token", body={"mode": "urlencoded", "urlencoded": [
         {"key": "grant_type", "value": "client_credentials"}, {"key": "scope", "value": "read write"}]}, test="""
const j = pm.response.json();
pm.test('token', () => pm.expect(j.access_token).to.eql('tok-1'));
pm.test('scope', () => pm.expect(j.scope).to.eql('read write'));
pm.environment.set('token', j.access_token);
pm.collectionVariables.set('refresh', j.refresh_token);
"""), R("use", path="/headers", auth=auth("bearer", token="{{token}}"), test="""
pm.test('bearer', () => pm.expect(pm.response.json().headers.authorization).to.eql('Bearer tok-1'));
"""), R("json login", "POST", "/api/login", body=raw('{"scope":"admin"}', "json"), test="""
pm.test('second token', () => pm.expect(pm.response.json()).to.include({access_token: 'tok-2', scope: 'admin'}));
pm.environment.set('refresh_used', pm.variables.get('refresh'));
""")]))

case("collection-variables-and-iterations",
     C("coll vars", [R("count", path="/get?c={{counter}}", test="""
pm.collectionVariables.set('counter', Number(pm.collectionVariables.get('counter')) + 1);
pm.test('counter ' + pm.collectionVariables.get('counter'), () => pm.expect(pm.collectionVariables.get('counter')).to.be.above(1));
pm.environment.set('counter_seen', pm.collectionVariables.get('counter'));
""")], variable={"counter": "1"}),
     flags="-n 3")

case("env-persists-across-iterations",
     C("env iterations", [R("acc", path="/get?acc={{acc}}", pre="pm.variables.set('local', 'L' + pm.info.iteration);", test="""
pm.environment.set('acc', (pm.environment.get('acc') || '') + pm.iterationData.get('x'));
pm.globals.set('gacc', (pm.globals.get('gacc') || '') + pm.info.iteration);
pm.test('local not persisted', () => pm.expect(pm.variables.get('local')).to.eql('L' + pm.info.iteration));
pm.environment.set('localSeenNext', String(pm.variables.get('localFromPrev')));
pm.variables.set('localFromPrev', 'x');
""")]),
     csv="x\na\nb\nc\n")
