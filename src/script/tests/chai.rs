//! Failure messages checked against Newman 6.2.2 (each script ran inside one `pm.test` there too).
//! An empty message means the assertion passed in Newman.

use super::*;

/// (script inside `pm.test`, error name, message) with the body `{"id":7,...}` and status 200.
const VALUE_CASES: &[(&str, &str, &str)] = &[
    ("pm.expect(404).to.equal(200)", "AssertionError", "expected 404 to equal 200"),
    ("pm.expect({a:1}).to.have.property('b')", "AssertionError", "expected { a: 1 } to have property 'b'"),
    ("pm.expect('abc').to.include('z')", "AssertionError", "expected 'abc' to include 'z'"),
    ("pm.expect([1,2]).to.have.lengthOf(3)", "AssertionError", "expected [ 1, 2 ] to have a length of 3 but got 2"),
    ("pm.expect({}).to.be.an('array')", "AssertionError", "expected {} to be an array"),
    ("pm.expect(1).to.be.a('string')", "AssertionError", "expected 1 to be a string"),
    ("pm.expect({a:1}).to.eql({a:2})", "AssertionError", "expected { a: 1 } to deeply equal { a: 2 }"),
    ("pm.expect({a:1}).to.deep.equal({a:2})", "AssertionError", "expected { a: 1 } to deeply equal { a: 2 }"),
    ("pm.expect(null).to.be.ok", "AssertionError", "expected null to be truthy"),
    ("pm.expect(1).to.be.true", "AssertionError", "expected 1 to be true"),
    ("pm.expect(0).to.be.false", "AssertionError", "expected +0 to be false"),
    ("pm.expect(1).to.be.null", "AssertionError", "expected 1 to be null"),
    ("pm.expect(1).to.be.undefined", "AssertionError", "expected 1 to be undefined"),
    ("pm.expect(undefined).to.exist", "AssertionError", "expected undefined to exist"),
    ("pm.expect(null).to.not.exist", "", ""),
    ("pm.expect([1]).to.be.empty", "AssertionError", "expected [ 1 ] to be empty"),
    ("pm.expect('').to.not.be.empty", "AssertionError", "expected '' not to be empty"),
    ("pm.expect({}).to.not.be.empty", "AssertionError", "expected {} not to be empty"),
    ("pm.expect({a:1}).to.be.empty", "AssertionError", "expected { a: 1 } to be empty"),
    ("pm.expect(5).to.be.above(10)", "AssertionError", "expected 5 to be above 10"),
    ("pm.expect(5).to.be.below(1)", "AssertionError", "expected 5 to be below 1"),
    ("pm.expect(5).to.be.at.least(10)", "AssertionError", "expected 5 to be at least 10"),
    ("pm.expect(5).to.be.at.most(1)", "AssertionError", "expected 5 to be at most 1"),
    ("pm.expect(5).to.be.within(6,10)", "AssertionError", "expected 5 to be within 6..10"),
    ("pm.expect({a:1}).to.have.property('a', 2)", "AssertionError", "expected { a: 1 } to have property 'a' of 2, but got 1"),
    ("pm.expect('abc').to.match(/z/)", "AssertionError", "expected 'abc' to match /z/"),
    ("pm.expect('abc').to.have.string('z')", "AssertionError", "expected 'abc' to contain 'z'"),
    ("pm.expect({a:1}).to.have.keys('b')", "AssertionError", "expected { a: 1 } to have key 'b'"),
    ("pm.expect({a:1,b:2}).to.have.all.keys('a')", "AssertionError", "expected { a: 1, b: 2 } to have key 'a'"),
    ("pm.expect({a:1}).to.have.any.keys('b','c')", "AssertionError", "expected { a: 1 } to have keys 'b', or 'c'"),
    ("pm.expect({a:1}).to.have.keys(['a','b'])", "AssertionError", "expected { a: 1 } to have keys 'a', and 'b'"),
    ("pm.expect(3).to.be.oneOf([1,2])", "AssertionError", "expected 3 to be one of [ 1, 2 ]"),
    ("pm.expect([1,2]).to.have.members([1,3])", "AssertionError", "expected [ 1, 2 ] to have the same members as [ 1, 3 ]"),
    ("pm.expect([1,2]).to.include.members([3])", "AssertionError", "expected [ 1, 2 ] to be a superset of [ 3 ]"),
    ("pm.expect({}).to.be.instanceOf(Array)", "AssertionError", "expected {} to be an instance of Array"),
    ("pm.expect(1.5).to.be.closeTo(2, 0.1)", "AssertionError", "expected 1.5 to be close to 2 +/- 0.1"),
    ("pm.expect(1).to.satisfy(function(x){return x>2})", "AssertionError", "expected 1 to satisfy [Function]"),
    ("pm.expect(function(){}).to.throw()", "AssertionError", "expected [Function] to throw an error"),
    ("pm.expect(function(){ throw new TypeError('x')}).to.throw(RangeError)", "AssertionError", "expected [Function] to throw 'RangeError' but 'TypeError: x' was thrown"),
    ("pm.expect(function(){ throw new TypeError('x')}).to.throw('y')", "AssertionError", "expected [Function] to throw error including 'y' but got 'x'"),
    ("pm.expect(1).to.be.NaN", "AssertionError", "expected 1 to be NaN"),
    ("pm.expect(Infinity).to.be.finite", "AssertionError", "expected Infinity to be a finite number"),
    ("pm.expect.fail()", "AssertionError", "expect.fail()"),
    ("pm.expect.fail('custom')", "AssertionError", "custom"),
    ("pm.expect(1, 'my msg').to.equal(2)", "AssertionError", "my msg: expected 1 to equal 2"),
    ("pm.expect('a'.repeat(100)).to.equal('b')", "AssertionError", "expected 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' to equal 'b'"),
    ("pm.expect({a:{b:{c:{d:1}}}}).to.equal(1)", "AssertionError", "expected { a: { b: { c: { d: 1 } } } } to equal 1"),
    ("pm.expect([1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]).to.equal(1)", "AssertionError", "expected [ Array(40) ] to equal 1"),
    ("pm.expect({a:1, b:'x', c:[1,2], d:null, e:undefined, f: function(){}}).to.equal(1)", "AssertionError", "expected { a: 1, b: 'x', c: [ 1, 2 ], …(3) } to equal 1"),
    ("pm.expect({a:1, b:'x', c:[1,2], d:null, e:undefined, f: function foo(){}, g: 1, h: 'yyyyyyyyyyyyyy'}).to.equal(1)", "AssertionError", "expected { a: 1, b: 'x', c: [ 1, 2 ], …(5) } to equal 1"),
    ("pm.expect(new Date(0)).to.equal(1)", "AssertionError", "expected 1970-01-01T00:00:00.000Z to equal 1"),
    ("pm.expect(/re/g).to.equal(1)", "AssertionError", "expected /re/g to equal 1"),
    ("pm.expect(NaN).to.equal(1)", "AssertionError", "expected NaN to equal 1"),
    ("pm.expect(-0).to.equal(1)", "AssertionError", "expected -0 to equal 1"),
    ("pm.expect([1,[2,[3,[4]]]]).to.equal(1)", "AssertionError", "expected [ 1, [ 2, [ 3, [ 4 ] ] ] ] to equal 1"),
    ("pm.expect({ 'a-b': 1 }).to.equal(1)", "AssertionError", "expected { 'a-b': 1 } to equal 1"),
    ("pm.expect(\"it's\").to.equal(1)", "AssertionError", "expected 'it\\'s' to equal 1"),
    ("pm.expect(1).to.not.equal(1)", "AssertionError", "expected 1 to not equal 1"),
    ("pm.expect([1,2]).to.include(3)", "AssertionError", "expected [ 1, 2 ] to include 3"),
    ("pm.expect({a:1}).to.include({a:2})", "AssertionError", "expected { a: 1 } to have property 'a' of 2, but got 1"),
    ("pm.expect({a:1}).to.deep.include({a:2})", "AssertionError", "expected { a: 1 } to have deep property 'a' of 2, but got 1"),
    ("pm.expect([{a:1}]).to.deep.include({a:2})", "AssertionError", "expected [ { a: 1 } ] to deep include { a: 2 }"),
    ("pm.expect({a:{b:1}}).to.have.nested.property('a.c')", "AssertionError", "expected { a: { b: 1 } } to have nested property 'a.c'"),
    ("pm.expect({a:1}).to.have.own.property('b')", "AssertionError", "expected { a: 1 } to have own property 'b'"),
    ("pm.expect('abc').to.have.lengthOf(2)", "AssertionError", "expected 'abc' to have a length of 2 but got 3"),
    ("pm.expect(undefined).to.have.property('a')", "AssertionError", "Target cannot be null or undefined."),
    ("pm.expect(5).to.be.a('number').and.above(10)", "AssertionError", "expected 5 to be above 10"),
    ("pm.expect([]).to.be.an('array').that.is.not.empty", "AssertionError", "expected [] not to be empty"),
    ("pm.expect([]).to.be.an('array').that.is.empty", "", ""),
    ("pm.expect(1).to.equal('1')", "AssertionError", "expected 1 to equal '1'"),
    ("pm.expect(true).to.be.false", "AssertionError", "expected true to be false"),
    ("pm.expect(undefined).to.equal(null)", "AssertionError", "expected undefined to equal null"),
    ("pm.expect([1,2,3]).to.eql([1,2])", "AssertionError", "expected [ 1, 2, 3 ] to deeply equal [ 1, 2 ]"),
    ("pm.expect(new Error('boo')).to.equal(1)", "AssertionError", "expected Error: boo to equal 1"),
    ("pm.expect(function foo(){}).to.equal(1)", "AssertionError", "expected [Function foo] to equal 1"),
    ("pm.expect(function(){}).to.equal(1)", "AssertionError", "expected [Function] to equal 1"),
    ("pm.expect(()=>1).to.equal(1)", "AssertionError", "expected [Function] to equal 1"),
    ("pm.expect(new Map([[1,2]])).to.equal(1)", "AssertionError", "expected Map{} to equal 1"),
    ("pm.expect(new Set([1,2])).to.equal(1)", "AssertionError", "expected Set{ 1, 2 } to equal 1"),
    ("pm.expect(Symbol('s')).to.equal(1)", "AssertionError", "expected Symbol(s) to equal 1"),
    ("pm.expect({a:'x'.repeat(50), b:'y'.repeat(50)}).to.equal(1)", "AssertionError", "expected { …(2) } to equal 1"),
    ("pm.expect('x\\ny').to.equal(1)", "AssertionError", "expected 'x\\ny' to equal 1"),
    ("pm.expect(1.5).to.equal(1)", "AssertionError", "expected 1.5 to equal 1"),
    ("pm.expect(1e21).to.equal(1)", "AssertionError", "expected 1e+21 to equal 1"),
    ("pm.expect([undefined, null]).to.equal(1)", "AssertionError", "expected [ undefined, null ] to equal 1"),
    ("pm.expect({nested: {arr: [1,{x:2}]}}).to.equal(1)", "AssertionError", "expected { nested: { arr: [ 1, { x: 2 } ] } } to equal 1"),
    ("pm.expect(5).to.be.greaterThan(6)", "AssertionError", "expected 5 to be above 6"),
    ("pm.expect(5).to.be.lessThan(4)", "AssertionError", "expected 5 to be below 4"),
    ("pm.expect(5).to.be.gte(6)", "AssertionError", "expected 5 to be at least 6"),
    ("pm.expect(5).to.be.lte(4)", "AssertionError", "expected 5 to be at most 4"),
    ("pm.expect([1,2]).to.have.length.above(5)", "AssertionError", "expected [ 1, 2 ] to have a length above 5 but got 2"),
    ("pm.expect('x').to.be.oneOf(['a','b'])", "AssertionError", "expected 'x' to be one of [ 'a', 'b' ]"),
    ("pm.expect([1,2]).to.have.ordered.members([2,1])", "AssertionError", "expected [ 1, 2 ] to have the same ordered members as [ 2, 1 ]"),
    ("pm.expect([1,2]).to.have.same.members([1])", "AssertionError", "expected [ 1, 2 ] to have the same members as [ 1 ]"),
    ("pm.expect(null).to.be.an('object')", "AssertionError", "expected null to be an object"),
    ("pm.expect([]).to.be.an('object')", "AssertionError", "expected [] to be an object"),
    ("pm.expect(1).to.be.an('undefined')", "AssertionError", "expected 1 to be an undefined"),
    ("pm.expect({a:1}).to.have.property('a').that.equals(2)", "AssertionError", "expected 1 to equal 2"),
    ("pm.expect({a:{b:1}}).to.have.nested.property('a.b', 2)", "AssertionError", "expected { a: { b: 1 } } to have nested property 'a.b' of 2, but got 1"),
    ("pm.expect({a:{b:1}}).to.have.deep.property('a', {b:2})", "AssertionError", "expected { a: { b: 1 } } to have deep property 'a' of { b: 2 }, but got { b: 1 }"),
    ("pm.expect(2).to.be.approximately(3, 0.5)", "AssertionError", "expected 2 to be close to 3 +/- 0.5"),
    ("pm.expect(5).to.be.a('string', 'custom message')", "AssertionError", "custom message: expected 5 to be a string"),
    ("pm.expect([1,2]).to.contain(5)", "AssertionError", "expected [ 1, 2 ] to include 5"),
    ("pm.expect('abc').to.contains('d')", "AssertionError", "expected 'abc' to include 'd'"),
    ("pm.expect([1,2]).to.be.an('array').and.to.have.lengthOf.above(3)", "AssertionError", "expected [ 1, 2 ] to have a length above 3 but got 2"),
    ("pm.expect({}).to.have.lengthOf(1)", "AssertionError", "expected {} to have property 'length'"),
    ("pm.expect(1).to.have.ownProperty('x')", "AssertionError", "expected 1 to have own property 'x'"),
    ("pm.expect('a').to.be.instanceof(String)", "AssertionError", "expected 'a' to be an instance of String"),
    ("pm.expect([1,2]).to.have.length(3)", "AssertionError", "expected [ 1, 2 ] to have a length of 3 but got 2"),
    ("pm.expect([1,2]).to.not.have.lengthOf(2)", "AssertionError", "expected [ 1, 2 ] to not have a length of 2"),
    ("pm.expect(1).to.be.ok.and.to.not.be.ok", "AssertionError", "expected 1 to be falsy"),
    ("pm.expect({a:1,b:2,c:3,d:4,e:5,f:6,g:7,h:8,i:9,j:10,k:11,l:12,m:13,n:14,o:15,p:16,q:17,r:18,s:19,t:20,u:21,v:22,w:23,x:24,y:25,z:26}).to.equal(1)", "AssertionError", "expected { a: 1, b: 2, c: 3, d: 4, e: 5, …(21) } to equal 1"),
    ("pm.expect(['aaaaaaaaaaaaaaaaaaaa','bbbbbbbbbbbbbbbbbbbbbbb','cccccccccccccccccccccc','ddddddddddddd']).to.equal(1)", "AssertionError", "expected [ 'aaaaaaaaaaaaaaaaaaaa', …(3) ] to equal 1"),
    ("pm.expect(1).to.be.within(2, 3, 'msg')", "AssertionError", "msg: expected 1 to be within 2..3"),
    ("pm.expect([1,2,3]).to.include.members([4], 'msg')", "AssertionError", "msg: expected [ 1, 2, 3 ] to be a superset of [ 4 ]"),
    ("pm.expect(1).to.be.empty", "AssertionError", ".empty was passed non-string primitive 1"),
    ("throw new TypeError('boom')", "TypeError", "boom"),
    ("nonexistent()", "ReferenceError", "nonexistent is not defined"),
    ("undefined.x", "TypeError", "Cannot read properties of undefined (reading 'x')"),
    ("pm.expect(5).to.be.true.and.false", "AssertionError", "expected 5 to be true"),
    ("pm.expect(undefined).to.be.an('array')", "AssertionError", "expected undefined to be an array"),
    ("pm.expect('3').to.be.above(2)", "AssertionError", "expected '3' to be a number or a date"),
    ("pm.expect(new Date(0)).to.be.a('date')", "", ""),
    ("pm.expect(Promise.resolve(1)).to.equal(1)", "AssertionError", "expected Promise{…} to equal 1"),
    ("pm.expect(Object.create(null)).to.equal(1)", "AssertionError", "expected {} to equal 1"),
    ("pm.expect(new (class Foo { constructor(){this.a=1} })()).to.equal(1)", "AssertionError", "expected Foo{ a: 1 } to equal 1"),
    ("pm.expect(new Uint8Array([1,2])).to.equal(1)", "AssertionError", "expected Uint8Array[ 1, 2 ] to equal 1"),
    ("pm.expect(arguments).to.equal(1)", "AssertionError", "expected Arguments[] to equal 1"),
    ("pm.expect({a:[{b:[{c:[1]}]}]}).to.eql({})", "AssertionError", "expected { a: [ { b: [ { c: [ 1 ] } ] } ] } to deeply equal {}"),
    ("pm.expect(new Number(5)).to.equal(1)", "AssertionError", "expected 5 to equal 1"),
    ("pm.expect(new String('s')).to.equal(1)", "AssertionError", "expected 's' to equal 1"),
    ("pm.expect(-5).to.be.above(0)", "AssertionError", "expected -5 to be above +0"),
    ("pm.expect({toString: 1}).to.equal(1)", "AssertionError", "expected { toString: 1 } to equal 1"),
    ("pm.expect([,1]).to.equal(1)", "AssertionError", "expected [ undefined, 1 ] to equal 1"),
    ("pm.expect(['a', 'b']).to.include('c')", "AssertionError", "expected [ 'a', 'b' ] to include 'c'"),
    ("pm.expect({a:1, b:2}).to.have.all.keys('a', 'c')", "AssertionError", "expected { a: 1, b: 2 } to have keys 'a', and 'c'"),
    ("pm.expect({a:1}).to.not.have.property('a')", "AssertionError", "expected { a: 1 } to not have property 'a'"),
    ("pm.expect(1).to.exist.and.be.a('string')", "AssertionError", "expected 1 to be a string"),
    ("pm.expect('abc').to.have.lengthOf.at.least(5)", "AssertionError", "expected 'abc' to have a length at least 5 but got 3"),
    ("pm.expect('abc').to.be.a('string').with.lengthOf(2)", "AssertionError", "expected 'abc' to have a length of 2 but got 3"),
];

/// Same, against a 404. response with body `{"status":404}`.
const RESPONSE_CASES: &[(&str, &str, &str)] = &[
    ("pm.response.to.have.status(200)", "AssertionError", "expected response to have status code 200 but got 404"),
    ("pm.response.to.have.status('OK')", "AssertionError", "expected response to have status reason 'OK' but got 'Not Found'"),
    ("pm.response.to.not.have.status(404)", "AssertionError", "expected response to not have status code 404"),
    ("pm.response.to.be.ok", "AssertionError", "expected response to have status reason 'OK' but got 'NOT FOUND'"),
    ("pm.response.to.not.be.notFound", "AssertionError", "expected response to not have status reason 'NOT FOUND'"),
    ("pm.response.to.be.success", "AssertionError", "expected response code to be 2XX but found 404"),
    ("pm.response.to.be.error", "", ""),
    ("pm.response.to.be.clientError", "", ""),
    ("pm.response.to.be.serverError", "AssertionError", "expected response code to be 5XX but found 404"),
    ("pm.response.to.be.notFound", "", ""),
    ("pm.response.to.be.info", "AssertionError", "expected response code to be 1XX but found 404"),
    ("pm.response.to.be.redirection", "AssertionError", "expected response code to be 3XX but found 404"),
    ("pm.response.to.be.accepted", "AssertionError", "expected response to have status reason 'ACCEPTED' but got 'NOT FOUND'"),
    ("pm.response.to.be.badRequest", "AssertionError", "expected response to have status reason 'BAD REQUEST' but got 'NOT FOUND'"),
    ("pm.response.to.be.unauthorized", "AssertionError", "expected response to have status reason 'UNAUTHORIZED' but got 'NOT FOUND'"),
    ("pm.response.to.be.forbidden", "AssertionError", "expected response to have status reason 'FORBIDDEN' but got 'NOT FOUND'"),
    ("pm.response.to.be.rateLimited", "AssertionError", "expected response to have status reason 'TOO MANY REQUESTS' but got 'NOT FOUND'"),
    ("pm.response.to.have.header('X-Missing')", "AssertionError", "expected response to have header with key 'X-Missing'"),
    ("pm.response.to.have.header('Content-Type','text/plain')", "AssertionError", "expected 'Content-Type' response header to be 'text/plain' but got 'application/json; charset=utf-8'"),
    ("pm.response.to.have.header('content-type')", "", ""),
    ("pm.response.to.not.have.header('content-type')", "AssertionError", "expected response to not have header with key 'content-type'"),
    ("pm.response.to.have.body('x')", "AssertionError", "expected response body to equal 'x' but got '{\"status\":404}'"),
    ("pm.response.to.have.body()", "", ""),
    ("pm.response.to.have.body(/zzz/)", "AssertionError", "expected response body text to match /zzz/ but got '{\"status\":404}'"),
    ("pm.response.to.not.have.body()", "AssertionError", "expected response to not have content in body"),
    ("pm.response.to.have.jsonBody('a.b')", "AssertionError", "expected { status: 404 } in response to contain property 'a.b'"),
    ("pm.response.to.have.jsonBody('url', 'x')", "AssertionError", "expected { status: 404 } in response to contain property 'url'"),
    ("pm.response.to.have.jsonBody({a:1})", "", ""),
    ("pm.response.to.have.jsonBody()", "", ""),
    ("pm.response.to.not.have.jsonBody()", "AssertionError", "expected response body not to be a valid json"),
    ("pm.response.to.be.json", "", ""),
    ("pm.response.to.be.html", "Error", "Invalid Chai property: html. Did you mean \"to\"?"),
    ("pm.response.to.be.xml", "Error", "Invalid Chai property: xml. Did you mean \"all\"?"),
    ("pm.response.to.be.withBody", "", ""),
    ("pm.response.to.not.be.withBody", "AssertionError", "expected response to not have content in body"),
    ("pm.response.to.have.responseTime.below(0)", "AssertionError", "expected 63 to be below +0"),
    ("pm.response.to.have.statusCode(201)", "AssertionError", "expected response to have status code 201 but got 404"),
    ("pm.response.to.have.statusReason('Bad')", "AssertionError", "expected response to have status reason 'Bad' but got 'Not Found'"),
    ("pm.expect(pm.response).to.have.status(201)", "AssertionError", "expected response to have status code 201 but got 404"),
    ("pm.expect(pm.response.code).to.eql(201)", "AssertionError", "expected 404 to deeply equal 201"),
];

/// Same, against a 200 HTML page (`/html` of the echo server).
const HTML_CASES: &[(&str, &str, &str)] = &[
    (
        "pm.response.to.be.json",
        "AssertionError",
        "expected response body to be a valid json but got error Unexpected token '<' at 1:1",
    ),
    ("pm.response.to.not.be.json", "", ""),
    (
        "pm.response.to.be.error",
        "AssertionError",
        "expected response code to be 4XX or 5XX but found 200",
    ),
    (
        "pm.response.to.not.be.success",
        "AssertionError",
        "expected response code to not be 2XX",
    ),
    (
        "pm.response.to.not.be.ok",
        "AssertionError",
        "expected response to not have status reason 'OK'",
    ),
    (
        "pm.response.to.have.body({a:1})",
        "AssertionError",
        "expected response body json to equal { a: 1 } but got undefined",
    ),
    (
        "pm.response.to.not.have.status(200)",
        "AssertionError",
        "expected response to not have status code 200",
    ),
    (
        "pm.response.to.not.have.header('content-type', 'text/html; charset=utf-8')",
        "AssertionError",
        "expected response to not have header with key 'content-type'",
    ),
    (
        "pm.response.to.have.jsonBody('x')",
        "AssertionError",
        "expected undefined in response to contain property 'x'",
    ),
    (
        "pm.response.json()",
        "JSONError",
        "Unexpected token '<' at 1:1\n<!DOCTYPE html>\n^",
    ),
    (
        "pm.expect(pm.response.json()).to.equal(1)",
        "JSONError",
        "Unexpected token '<' at 1:1\n<!DOCTYPE html>\n^",
    ),
];

fn check(h: &mut Harness, cases: &[(&str, &str, &str)]) {
    let mut wrong = Vec::new();
    for (source, name, message) in cases {
        let wrapped = format!("pm.test('t', function () {{ {source} }});");
        let out = h.test(&wrapped);
        let got = match (&out.error, out.assertions.first()) {
            (Some(e), _) => (format!("script error {}", e.name), e.message.clone()),
            (None, Some(a)) => match &a.error {
                Some(e) => (e.name.clone(), e.message.clone()),
                None => (String::new(), String::new()),
            },
            (None, None) => ("no assertion".to_string(), String::new()),
        };
        if got.0 != *name || got.1 != *message {
            wrong.push(format!(
                "{source}\n   newman: {name}: {message}\n   postie: {}: {}",
                got.0, got.1
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} differ:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}

#[test]
fn chai_messages_match_newman() {
    let mut h = Harness::new();
    check(&mut h, VALUE_CASES);
}

#[test]
fn response_assertion_messages_match_newman() {
    let mut h = Harness::new();
    let mut response = json_response(404, "Not Found", r#"{"status":404}"#);
    response.response_time = 63;
    h.response = Some(response);
    check(&mut h, RESPONSE_CASES);
}

#[test]
fn html_response_assertion_messages_match_newman() {
    let mut h = Harness::new();
    let mut response = json_response(200, "OK", "<!DOCTYPE html>\n<html>\n</html>\n");
    response.headers = vec![(
        "content-type".to_string(),
        "text/html; charset=utf-8".to_string(),
    )];
    h.response = Some(response);
    check(&mut h, HTML_CASES);
}
