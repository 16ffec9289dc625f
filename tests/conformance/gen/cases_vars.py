"""Variables: scopes and precedence, nesting, dynamic variables, the pm.* scope APIs."""
from make import C, F, R, auth, case, raw

ECHO_V = """
const j = pm.response.json();
pm.test('query v resolved', () => pm.expect(j.args.v).to.eql(pm.variables.get('v')));
pm.environment.set('seen_' + pm.info.iteration, j.args.v);
"""

case("var-precedence-env-collection-globals",
     C("precedence", [R("echo v", path="/get?v={{v}}&c={{onlyColl}}&g={{onlyGlob}}&e={{onlyEnv}}", test=ECHO_V)],
       variable={"v": "from-collection", "onlyColl": "c1"}),
     env={"v": "from-env", "onlyEnv": "e1"}, globals={"v": "from-globals", "onlyGlob": "g1"})

case("var-precedence-collection-over-globals",
     C("precedence", [R("echo v", path="/get?v={{v}}", test=ECHO_V)], variable={"v": "from-collection"}),
     globals={"v": "from-globals"})

case("var-precedence-data-over-env",
     C("precedence", [R("echo v", path="/get?v={{v}}&row={{row}}", test=ECHO_V)], variable={"v": "from-collection"}),
     env={"v": "from-env"}, globals={"v": "from-globals"}, csv="v,row\nfrom-data-1,1\nfrom-data-2,2\n")

case("var-precedence-local-over-data",
     C("precedence", [R("echo v", path="/get?v={{v}}",
                        pre="pm.variables.set('v', 'local-' + pm.iterationData.get('v'));",
                        test=ECHO_V + "\npm.test('local only in this request', () => pm.expect(pm.environment.get('v')).to.eql('from-env'));"),
                      R("next request", path="/get?v={{v}}", test=ECHO_V)]),
     env={"v": "from-env"}, data=[{"v": "d1"}])

case("var-cli-overrides",
     C("cli", [R("echo", path="/get?e={{e}}&g={{g}}&both={{both}}", test="""
pm.test('env-var wins over file', () => pm.expect(pm.environment.get('e')).to.eql('cli-e'));
pm.test('global-var set', () => pm.expect(pm.globals.get('g')).to.eql('cli-g'));
pm.test('env outranks globals', () => pm.expect(pm.variables.get('both')).to.eql('env-both'));
""")]),
     env={"e": "file-e", "both": "env-both"}, globals={"g": "file-g"},
     flags="--env-var e=cli-e --global-var g=cli-g --global-var both=glob-both --env-var 'spaced=a b=c'")

case("var-nested-and-composed",
     C("nested", [R("nested", path="/get?a={{a}}&composed={{key_{{idx}}}}&deep={{d1}}", test="""
const j = pm.response.json();
pm.test('a resolves through b', () => pm.expect(j.args.a).to.eql('final'));
pm.test('composed name', () => pm.expect(j.args.composed).to.eql('second'));
pm.test('deep chain', () => pm.expect(j.args.deep).to.eql('bottom'));
pm.test('replaceIn nested', () => pm.expect(pm.variables.replaceIn('{{a}}-{{key_{{idx}}}}')).to.eql('final-second'));
""")], variable={"key_1": "first", "key_2": "second", "d1": "{{d2}}", "d2": "{{d3}}", "d3": "bottom"}),
     env={"a": "{{b}}", "b": "final", "idx": "2"})

case("var-self-reference-and-undefined",
     C("selfref", [R("selfref", path="/get?self={{self}}&loop={{ping}}&missing={{nope}}&empty={{empty}}",
                     headers=[("X-Missing", "{{nope}}"), ("X-Self", "{{self}}")], test="""
const j = pm.response.json();
pm.test('args', () => pm.expect(j.args).to.eql({}));
pm.environment.set('args', JSON.stringify(j.args));
pm.environment.set('url', j.url);
pm.environment.set('hdr', j.headers['x-missing'] + '|' + j.headers['x-self']);
""")]),
     env={"self": "{{self}}", "ping": "{{pong}}", "pong": "{{ping}}", "empty": ""})

case("var-disabled-entries",
     C("disabled", [R("disabled", path="/get?on={{on}}&off={{off}}", test="""
pm.test('disabled env var is not defined', () => pm.expect(pm.environment.has('off')).to.be.false);
pm.test('enabled is', () => pm.expect(pm.environment.get('on')).to.eql('yes'));
""")], variable={"off": "from-collection"}),
     env={"on": "yes", "off": {"value": "hidden", "enabled": False}})

case("dynamic-variables",
     C("dynamic", [R("dynamic", path="/get?guid={{$guid}}&ts={{$timestamp}}&int={{$randomInt}}&uuid={{$randomUUID}}",
                     headers=[("X-Email", "{{$randomEmail}}"), ("X-Iso", "{{$isoTimestamp}}")], test="""
const a = pm.response.json().args;
pm.test('guid format', () => pm.expect(a.guid).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
pm.test('uuid format', () => pm.expect(a.uuid).to.match(/^[0-9a-f-]{36}$/));
pm.test('timestamp is seconds', () => pm.expect(a.ts).to.match(/^\\d{10}$/));
pm.test('randomInt 0..1000', () => { const n = Number(a.int); pm.expect(n).to.be.within(0, 1000); });
pm.test('email', () => pm.expect(pm.response.json().headers['x-email']).to.include('@'));
pm.test('iso', () => pm.expect(pm.response.json().headers['x-iso']).to.match(/^\\d{4}-\\d{2}-\\d{2}T/));
pm.test('distinct per use', () => pm.expect(pm.variables.replaceIn('{{$guid}}')).to.not.eql(pm.variables.replaceIn('{{$guid}}')));
pm.test('unknown dynamic left alone', () => pm.expect(pm.variables.replaceIn('{{$notAThing}}')).to.eql('{{$notAThing}}'));
""")]))

case("var-scope-apis",
     C("scope apis", [R("apis", test="""
pm.environment.set('num', 42);
pm.environment.set('bool', true);
pm.environment.set('obj', {a: 1});
pm.environment.set('arr', [1, 'two']);
pm.environment.set('nul', null);
pm.globals.set('g1', 'one');
pm.globals.set('g2', 'two');
pm.globals.unset('g2');
pm.collectionVariables.set('cv', 'coll');
pm.test('types come back', () => {
  pm.expect(pm.environment.get('num')).to.equal(42);
  pm.expect(pm.environment.get('bool')).to.equal(true);
  pm.expect(pm.environment.get('obj')).to.eql({a: 1});
});
pm.test('has', () => pm.expect([pm.environment.has('num'), pm.environment.has('zzz'), pm.globals.has('g2')]).to.eql([true, false, false]));
pm.test('collectionVariables', () => pm.expect(pm.collectionVariables.get('cv')).to.eql('coll'));
pm.test('variables sees collection', () => pm.expect(pm.variables.get('cv')).to.eql('coll'));
pm.test('toObject', () => pm.expect(Object.keys(pm.globals.toObject())).to.eql(['keep', 'g1']));
pm.test('env name', () => pm.expect(pm.environment.name).to.eql('env'));
pm.environment.unset('drop');
pm.environment.set('undef', undefined);
"""), R("after", path="/get?cv={{cv}}&num={{num}}&obj={{obj}}&arr={{arr}}", test="""
pm.test('collection var used in url', () => pm.expect(pm.response.json().args.cv).to.eql('coll'));
pm.environment.set('objInUrl', pm.response.json().args.obj);
pm.environment.set('arrInUrl', pm.response.json().args.arr);
""")]),
     env={"drop": "x", "keep": "y"}, globals={"keep": "z"})

case("var-clear-scopes",
     C("clear", [R("clear", test="""
pm.environment.clear();
pm.globals.clear();
pm.environment.set('after', 'clear');
pm.test('env empty but one', () => pm.expect(Object.keys(pm.environment.toObject())).to.eql(['after']));
pm.test('globals empty', () => pm.expect(pm.globals.toObject()).to.eql({}));
""")]),
     env={"a": "1", "b": "2"}, globals={"c": "3"})

case("var-replacein-and-types-in-url",
     C("replacein", [R("replacein", path="/get?n={{n}}&b={{b}}", test="""
pm.test('replaceIn env', () => pm.expect(pm.environment.replaceIn('x-{{n}}-{{b}}-{{none}}')).to.eql('x-5-false-{{none}}'));
pm.test('replaceIn variables', () => pm.expect(pm.variables.replaceIn('{{word}}')).to.eql('hello'));
pm.test('args', () => pm.expect(pm.response.json().args).to.eql({n: '5', b: 'false'}));
""")], variable={"word": "hello"}),
     env={"n": 5, "b": False})

case("var-in-every-part",
     C("everywhere", [R("{{reqName}}", method="POST", path="/{{seg}}/post?{{qk}}={{qv}}",
                        headers=[("X-{{hk}}", "{{hv}}")],
                        body={"mode": "urlencoded", "urlencoded": [{"key": "{{fk}}", "value": "{{fv}}"}]}, test="""
const j = pm.response.json();
pm.test('path', () => pm.expect(j.url).to.include('/api/post?'));
pm.test('query', () => pm.expect(j.args).to.eql({qkey: 'qval'}));
pm.test('header', () => pm.expect(j.headers['x-hkey']).to.eql('hval'));
pm.test('form', () => pm.expect(j.form).to.eql({fkey: 'fval'}));
pm.test('request name not resolved', () => pm.expect(pm.info.requestName).to.eql('{{reqName}}'));
""")]),
     env={"reqName": "resolved", "seg": "api", "qk": "qkey", "qv": "qval", "hk": "hkey", "hv": "hval", "fk": "fkey", "fv": "fval"})

case("iteration-data-csv",
     C("csv", [R("row", method="POST", path="/post?user={{user}}", body=raw('{"user":"{{user}}","n":{{n}}}', "json"), test="""
const j = pm.response.json();
pm.test('user ' + pm.iterationData.get('user'), () => pm.expect(j.json.user).to.eql(data.user));
pm.test('n is number', () => pm.expect(j.json.n).to.be.a('number'));
pm.test('iteration info', () => pm.expect(pm.info.iteration).to.be.below(pm.info.iterationCount));
pm.environment.set('last', pm.iterationData.get('user') + ':' + pm.info.iteration + '/' + pm.info.iterationCount);
pm.environment.set('obj_' + pm.info.iteration, JSON.stringify(pm.iterationData.toObject()));
""")]),
     csv='user,n,quoted\nalice,1,"a, b"\nbob,2,"say ""hi"""\n"carol",3,\n')

case("iteration-data-json-with-n",
     C("json", [R("row", path="/get?k={{k}}&missing={{only_first}}", test="""
pm.test('k matches', () => pm.expect(pm.response.json().args.k).to.eql(String(pm.iterationData.get('k'))));
pm.test('has', () => pm.expect(pm.iterationData.has('only_first')).to.eql(pm.info.iteration === 0));
pm.environment.set('it' + pm.info.iteration, pm.iterationData.get('k'));
""")]),
     data=[{"k": "one", "only_first": "x"}, {"k": 2}], flags="-n 4")

case("iteration-count-no-data",
     C("count", [R("a", path="/get?i={{i}}", pre="pm.environment.set('i', (pm.environment.get('i') || 0) + 1);", test="""
pm.test('iteration ' + pm.info.iteration, () => pm.expect(pm.response.json().args.i).to.eql(String(pm.info.iteration + 1)));
"""), R("b", path="/get")]),
     flags="-n 3")

# A chain of 25 variables each naming the next: Postman substitutes 19 levels deep and leaves the
# 20th reference as it is, in the request, in replaceIn and in a header.
_chain = {"v%d" % i: "{{v%d}}" % (i + 1) for i in range(25)}
_chain["v25"] = "end"
case("variable-depth-limit",
     C("depth", [R("chain", path="/get?deep={{v0}}&short={{v10}}", headers=[("X-Deep", "{{v0}}")], test="""
pm.environment.set('replaced', pm.variables.replaceIn('{{v0}}|{{v7}}'));
pm.environment.set('sent', pm.response.json().args.deep + '|' + pm.response.json().headers['x-deep']);
""")], variable=_chain))
