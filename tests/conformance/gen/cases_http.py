"""HTTP: bodies, auth and its inheritance, headers, URLs, methods, redirects, cookies, transport errors."""
from make import C, F, R, auth, case, raw

ECHO_BACK = """
const j = pm.response.json();
const ct = (j.headers['content-type'] || '').replace(/boundary=.*$/, 'boundary=<b>');
pm.environment.set('echo', JSON.stringify({args: j.args, data: j.data, form: j.form, files: j.files, json: j.json, ct: ct}));
"""

case("body-raw-json",
     C("raw json", [R("json", "POST", "/post", body=raw('{\n  "name": "{{name}}",\n  "n": 1,\n  "nested": {"ok": true}\n}', "json"), test=ECHO_BACK + """
pm.test('json parsed', () => pm.expect(pm.response.json().json).to.eql({name: 'Ann', n: 1, nested: {ok: true}}));
"""), R("json with explicit content-type", "PUT", "/put", headers=[("Content-Type", "application/vnd.api+json")],
        body=raw('{"a":1}', "json"), test=ECHO_BACK)]),
     env={"name": "Ann"})

case("body-raw-text-xml-html",
     C("raw text", [R("text", "POST", "/post", body=raw("plain {{word}} text\nline 2"), test=ECHO_BACK),
                    R("xml", "POST", "/post", body=raw("<a><b>{{word}}</b></a>", "xml"), test=ECHO_BACK),
                    R("html", "PATCH", "/patch", body=raw("<p>hi</p>", "html"), test=ECHO_BACK),
                    R("javascript", "POST", "/post", body=raw("var x = 1;", "javascript"), test=ECHO_BACK),
                    R("text language", "POST", "/post", body=raw("t", "text"), test=ECHO_BACK)]),
     env={"word": "WORD"})

case("body-urlencoded",
     C("urlencoded", [R("form", "POST", "/post", body={"mode": "urlencoded", "urlencoded": [
         {"key": "a", "value": "1"},
         {"key": "space key", "value": "v a&l=u+e"},
         {"key": "dup", "value": "x"},
         {"key": "dup", "value": "y"},
         {"key": "off", "value": "no", "disabled": True},
         {"key": "unicode", "value": "ü€"},
         {"key": "empty", "value": ""},
         {"key": "var", "value": "{{v}}"}]}, test=ECHO_BACK + """
pm.test('form', () => pm.expect(pm.response.json().form).to.eql({a: '1', 'space key': 'v a&l=u+e', dup: ['x', 'y'], unicode: 'ü€', empty: '', var: 'V'}));
""")]),
     env={"v": "V"})

case("body-formdata-text-and-file",
     C("formdata", [R("formdata", "POST", "/post", body={"mode": "formdata", "formdata": [
         {"key": "field", "value": "value {{v}}", "type": "text"},
         {"key": "off", "value": "no", "type": "text", "disabled": True},
         {"key": "typed", "value": "{\"a\":1}", "type": "text", "contentType": "application/json"},
         {"key": "upload", "src": "upload.txt", "type": "file"},
         {"key": "unicode", "value": "ü", "type": "text"}]}, test=ECHO_BACK + """
const body = pm.response.json();
pm.test('form', () => pm.expect(body.form).to.have.property('field', 'value V'));
pm.test('file', () => pm.expect(Object.keys(body.files)).to.eql(['upload.txt']));
""")]),
     env={"v": "V"}, files={"upload.txt": "hello from a file\nsecond line\n"})

case("body-file",
     C("file body", [R("binary file", "POST", "/post", body={"mode": "file", "file": {"src": "payload.json"}}, test=ECHO_BACK),
                     R("missing file", "POST", "/post", body={"mode": "file", "file": {"src": "does-not-exist.bin"}}, test=ECHO_BACK)]),
     files={"payload.json": '{"from":"file"}\n'})

case("body-graphql",
     C("graphql", [R("graphql", "POST", "/post", body={"mode": "graphql", "graphql": {
         "query": "query Q($id: ID!) { user(id: $id) { name } }", "variables": "{\"id\": \"{{uid}}\"}"}}, test=ECHO_BACK + """
pm.test('query sent', () => pm.expect(pm.response.json().json.query).to.include('user(id: $id)'));
pm.test('variables', () => pm.expect(pm.response.json().json.variables).to.eql({id: '7'}));
"""), R("graphql no variables", "POST", "/post", body={"mode": "graphql", "graphql": {"query": "{ ping }"}}, test=ECHO_BACK)]),
     env={"uid": "7"})

case("body-get-and-empty",
     C("get body", [R("GET with raw body is pruned", "GET", "/get", body=raw("should not be sent"), test=ECHO_BACK),
                    R("GET with body kept", "GET", "/get", body=raw("kept"), ppb={"disableBodyPruning": True}, test=ECHO_BACK),
                    R("POST empty raw", "POST", "/post", body=raw(""), test=ECHO_BACK),
                    R("POST no body", "POST", "/post", test=ECHO_BACK),
                    R("DELETE with json", "DELETE", "/delete", body=raw('{"d":1}', "json"), test=ECHO_BACK)]))

case("auth-basic",
     C("basic", [R("good", path="/basic-auth/{{user}}/{{pass}}", auth=auth("basic", username="{{user}}", password="{{pass}}"), test="""
pm.test('authenticated', () => pm.response.to.have.status(200));
pm.test('body', () => pm.expect(pm.response.json()).to.eql({authenticated: true, user: 'alice'}));
"""), R("wrong password", path="/basic-auth/alice/other", auth=auth("basic", username="alice", password="nope"), test="""
pm.test('401', () => pm.response.to.have.status(401));
pm.test('challenge', () => pm.response.to.have.header('WWW-Authenticate'));
"""), R("unicode and colon", path="/headers", auth=auth("basic", username="üser", password="p:w"))]),
     env={"user": "alice", "pass": "s3cret"})

case("auth-bearer-apikey",
     C("tokens", [R("bearer", path="/headers", auth=auth("bearer", token="{{tok}}")),
                  R("apikey header", path="/headers", auth=auth("apikey", key="X-Api-Key", value="{{tok}}", **{"in": "header"})),
                  R("apikey query", path="/get?a=1", auth=auth("apikey", key="api_key", value="{{tok}}", **{"in": "query"})),
                  R("apikey default in", path="/headers", auth=auth("apikey", key="K", value="V")),
                  R("bearer overrides header", path="/headers", headers=[("Authorization", "Custom xyz")], auth=auth("bearer", token="t2"))]),
     env={"tok": "abc123"})

INHERIT_TEST = "pm.environment.set('auth_' + pm.info.requestName.replace(/ /g, '_'), pm.response.json().headers.authorization || 'none');"

case("auth-inheritance",
     C("inherit", [
         R("top inherits collection", path="/headers", test=INHERIT_TEST),
         F("folder bearer", [
             R("inherits folder", path="/headers", test=INHERIT_TEST),
             R("explicit inherit", path="/headers", auth=auth("inherit"), test=INHERIT_TEST),
             R("noauth", path="/headers", auth=auth("noauth"), test=INHERIT_TEST),
             F("subfolder no auth", [R("inherits grandparent", path="/headers", test=INHERIT_TEST)]),
             F("subfolder noauth", [R("under noauth folder", path="/headers", test=INHERIT_TEST)], auth=auth("noauth")),
         ], auth=auth("bearer", token="folder-token")),
         F("folder inherit", [R("via inherit folder", path="/headers", test=INHERIT_TEST)], auth=auth("inherit")),
         R("own basic", path="/headers", auth=auth("basic", username="u", password="p"), test=INHERIT_TEST),
     ], auth=auth("apikey", key="X-Coll-Key", value="coll", **{"in": "header"})))

case("request-headers",
     C("headers", [R("headers", path="/headers", headers=[
         ("X-Plain", "a"), {"key": "X-Disabled", "value": "no", "disabled": True}, ("X-Dup", "1"), ("X-Dup", "2"),
         ("X-Empty", ""), ("x-lower", "lower"), ("X-Var", "{{hv}}"), ("Accept", "application/json"),
         ("User-Agent", "custom-agent/1.0"), ("X-Spaces", "  padded  ")], test="""
const h = pm.response.json().headers;
pm.test('custom UA', () => pm.expect(h['user-agent']).to.eql('custom-agent/1.0'));
pm.test('dup joined', () => pm.expect(h['x-dup']).to.eql('1, 2'));
pm.test('disabled absent', () => pm.expect(h).to.not.have.property('x-disabled'));
pm.environment.set('accept', h.accept);
""")]),
     env={"hv": "from-env"})

case("url-encoding",
     C("urls", [R("spaces and unicode in query", path="/get?q=a b&u=ü&pct=%20&plus=a+b&amp=x%26y&empty=&flag"),
                R("path with spaces", path="/a path/with ü/get"),
                R("reserved chars", path="/get?x=[1]&y={a}&z=|&q='\"&h=a#frag"),
                R("object url", url={"raw": "{{baseUrl}}/get?k=v&off=1", "host": ["{{baseUrl}}"], "path": ["get"],
                                     "query": [{"key": "k", "value": "v"}, {"key": "off", "value": "1", "disabled": True},
                                               {"key": "nov", "value": None}]}),
                R("path variables", url={"raw": "{{baseUrl}}/users/:id/items/:item", "host": ["{{baseUrl}}"],
                                         "path": ["users", ":id", "items", ":item"],
                                         "variable": [{"key": "id", "value": "42"}, {"key": "item", "value": "{{itemVar}}"}]},
                  test="pm.test('path var', () => pm.expect(pm.response.json().url).to.include('/users/42/items/abc'));"),
                R("double slash and dots", path="//get/../get/./x")]),
     env={"itemVar": "abc"})

case("http-methods",
     C("methods", [R(m, m, "/anything", test="pm.test('" + m + " echoed', () => pm.expect(pm.response.code).to.eql(200));")
                   for m in ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]] +
       [R("HEAD", "HEAD", "/get", test="pm.test('head has no body', () => pm.expect(pm.response.text()).to.eql(''));"),
        R("custom method", "PURGE", "/anything", test="pm.test('custom', () => pm.expect(pm.response.json().method).to.eql('PURGE'));")]))

case("status-codes",
     C("status", [R(f"status {c}", path=f"/status/{c}", test="""
pm.test('code', () => pm.expect(pm.response.code).to.be.a('number'));
pm.environment.set('s' + pm.response.code, pm.response.status);
""") for c in [200, 201, 204, 301, 400, 401, 403, 404, 418, 429, 500, 503]]))

case("redirects-followed",
     C("redirects", [R("three hops", path="/redirect/3", test="""
pm.test('landed', () => pm.response.to.have.status(200));
pm.test('final url', () => pm.expect(pm.response.json().url).to.match(/\\/get$/));
"""), R("redirect-to absolute", path="/redirect-to?url={{baseUrl}}/get%3Fz%3D1", test="""
pm.test('args', () => pm.expect(pm.response.json().args).to.eql({z: '1'}));
"""), R("307 keeps method and body", "POST", "/redirect-to?url=/post&status_code=307", body=raw("keep me"), test=ECHO_BACK),
        R("302 POST becomes GET", "POST", "/redirect-to?url=/anything&status_code=302", body=raw("drop me"), test=ECHO_BACK),
        R("per-request no follow", path="/redirect/1", ppb={"followRedirects": False},
          test="pm.test('302', () => pm.response.to.have.status(302));")]))

case("redirects-ignored",
     C("no redirects", [R("not followed", path="/redirect/2", test="""
pm.test('302', () => pm.response.to.have.status(302));
pm.test('location', () => pm.expect(pm.response.headers.get('Location')).to.eql('/redirect/1'));
pm.test('is redirection', () => pm.response.to.be.redirection);
"""), R("per-request follow overrides flag", path="/redirect/1", ppb={"followRedirects": True},
        test="pm.test('followed', () => pm.response.to.have.status(200));")]),
     flags="--ignore-redirects")

case("cookies",
     C("cookies", [R("set", path="/cookies/set?session=abc&theme=dark", test="""
pm.test('cookie visible', () => pm.expect(pm.cookies.get('session')).to.eql('abc'));
pm.test('has', () => pm.expect(pm.cookies.has('theme')).to.be.true);
pm.test('legacy', () => pm.expect(postman.getResponseCookie('session').value).to.eql('abc'));
pm.test('body', () => pm.expect(pm.response.json().cookies).to.eql({session: 'abc', theme: 'dark'}));
"""), R("sent back", path="/cookies", test="""
pm.test('jar sends cookies', () => pm.expect(pm.response.json().cookies).to.eql({session: 'abc', theme: 'dark'}));
"""), R("delete", path="/cookies/delete?theme", test="""
pm.test('deleted', () => pm.expect(pm.response.json().cookies).to.eql({session: 'abc'}));
"""), R("explicit cookie header", path="/cookies", headers=[("Cookie", "manual=1")], test="""
pm.environment.set('withManual', JSON.stringify(pm.response.json().cookies));
""")]))

case("response-kinds",
     C("responses", [R("gzip", path="/gzip", test="""
pm.test('decoded', () => pm.expect(pm.response.json().gzipped).to.be.true);
pm.test('encoding header', () => pm.response.to.have.header('Content-Encoding', 'gzip'));
"""), R("deflate", path="/deflate", test="pm.test('decoded', () => pm.expect(pm.response.json().deflated).to.be.true);"),
        R("xml", path="/xml", test="""
pm.test('xml body', () => pm.expect(pm.response.text()).to.include('<slideshow'));
pm.test('is xml', () => pm.response.to.be.xml);
const x = xml2Json(responseBody);
pm.test('xml2Json', () => pm.expect(x.slideshow.$.title).to.eql('Sample Slide Show'));
"""), R("html", path="/html", test="""
pm.test('is html', () => pm.response.to.be.html);
pm.test('cheerio', () => pm.expect(cheerio.load(responseBody)('#title').text()).to.eql('Herman Melville - Moby-Dick'));
"""), R("response headers", path="/response-headers?X-Foo=bar&X-Multi=1&X-Multi=2&Content-Type=text/plain", test="""
pm.test('get', () => pm.expect(pm.response.headers.get('x-foo')).to.eql('bar'));
pm.test('legacy', () => pm.expect(postman.getResponseHeader('X-FOO')).to.eql('bar'));
pm.test('responseHeaders', () => pm.expect(responseHeaders['X-Foo'] || responseHeaders['x-foo']).to.eql('bar'));
pm.test('content type', () => pm.response.to.have.header('Content-Type', 'text/plain'));
pm.environment.set('multi', pm.response.headers.get('X-Multi'));
pm.environment.set('hcount', pm.response.headers.count());
"""), R("binary", path="/bytes/16", test="""
pm.test('size', () => pm.expect(pm.response.responseSize).to.eql(16));
pm.environment.set('b64', pm.response.stream.toString('base64'));
"""), R("big", path="/big/256", test="""
const j = pm.response.json();
pm.test('parsed', () => pm.expect(j.items.length).to.eql(j.count));
pm.test('size', () => pm.expect(pm.response.size().body).to.be.above(262144));
""")]))

case("request-timeout",
     C("timeout", [R("slow", path="/delay/3000", test="""
pm.test('never runs with a response', () => pm.expect(pm.response.code).to.eql(200));
"""), R("fast after", path="/delay/10", test="pm.test('ok', () => pm.response.to.be.ok);")]),
     flags="--timeout-request 300")

case("connection-refused",
     C("refused", [R("refused", url="{{deadUrl}}/get", pre="pm.environment.set('pre', 'ran');", test="""
pm.environment.set('test', 'ran');
pm.test('response code', () => pm.expect(pm.response.code).to.eql(200));
"""), R("next still runs", path="/get", test="pm.test('ok', () => pm.response.to.be.ok);")]))

case("invalid-urls",
     C("invalid", [R("empty url", url="", test="pm.test('t', () => pm.expect(pm.response.code).to.eql(1));"),
                   R("after", path="/get", test="pm.test('ok', () => pm.response.to.be.ok);")]))
