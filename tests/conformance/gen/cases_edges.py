"""Odds and ends: auth resolved after pre-request scripts, data shapes, empty collections, ids."""
from make import C, F, R, auth, case, raw

case("auth-uses-variable-set-in-prerequest",
     C("late auth", [R("bearer from pre", path="/headers", auth=auth("bearer", token="{{late}}"),
                       pre="pm.environment.set('late', 'set-in-pre-' + pm.info.iteration);", test="""
pm.test('token from pre-request', () => pm.expect(pm.response.json().headers.authorization).to.eql('Bearer set-in-pre-0'));
"""), R("basic from collection pre", path="/headers", auth=auth("basic", username="{{u}}", password="pw"))],
       pre="pm.variables.set('u', 'local-user');"))

case("data-json-nested-values",
     C("json data", [R("nested", "POST", "/post?flag={{flag}}&num={{num}}&obj={{obj}}&nul={{nul}}",
                       body=raw('{"obj": {{obj}}, "arr": {{arr}}}', "json"), test="""
pm.test('types kept in iterationData', () => {
  pm.expect(pm.iterationData.get('num')).to.equal(1.5);
  pm.expect(pm.iterationData.get('flag')).to.equal(true);
  pm.expect(pm.iterationData.get('obj')).to.eql({a: [1, 2]});
});
pm.environment.set('args', JSON.stringify(pm.response.json().args));
pm.environment.set('data_legacy', JSON.stringify(data));
""")]),
     data=[{"num": 1.5, "flag": True, "obj": {"a": [1, 2]}, "arr": [1, "x"], "nul": None}])

case("empty-collection", C("empty", []))

case("items-with-ids-and-set-next-by-id",
     C("ids", [dict(R("first", path="/get?n=1", test="pm.execution.setNextRequest('id-third');"), id="id-first"),
               dict(R("second", path="/get?n=2"), id="id-second"),
               dict(R("third", path="/get?n=3", test="""
pm.test('info ids', () => pm.expect(pm.info.requestId).to.eql('id-third'));
"""), id="id-third")]))

case("csv-bom-types-and-empty-cells",
     C("csv types", [R("row", path="/get?a={{a}}&b={{b}}&c={{c}}", test="""
pm.test('strings', () => pm.expect(typeof pm.iterationData.get('a')).to.eql('string'));
pm.environment.set('row' + pm.info.iteration, JSON.stringify(pm.iterationData.toObject()));
""")]),
     csv="\ufeffa,b,c\n1,true,\n 2 ,\"x\ny\",z\n")

case("delay-request-and-timeout-script",
     C("delays", [R("one", path="/get?d=1", test="pm.test('ok', () => pm.response.to.be.ok);"),
                  R("two", path="/get?d=2", test="pm.test('ok', () => pm.response.to.be.ok);")]),
     flags="--delay-request 20 --timeout-script 5000")

case("request-description-and-disabled-events",
     C("misc", [{"name": "disabled script", "request": {"method": "GET", "url": "{{baseUrl}}/get", "description": "desc"},
                 "event": [{"listen": "test", "disabled": True, "script": {"exec": ["pm.test('disabled', () => {});"]}},
                           {"listen": "test", "script": {"exec": "pm.test('string exec', () => pm.expect(1).to.eql(1));"}}]},
                {"name": "url as string with spaces", "request": {"method": "get", "url": "  {{baseUrl}}/get?x=1  "}}]))
