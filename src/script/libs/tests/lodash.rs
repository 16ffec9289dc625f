//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const J=JSON.stringify; const L=require('lodash');"##;

const CASES: &[(&str, &str)] = &[
    // ver
    (
        r##"(()=>_.VERSION+' '+L.VERSION+' '+(_===L))()"##,
        r##"3.10.2 4.17.21 false"##,
    ),
    // first
    (
        r##"(()=>J(_.first([1,2,3],2))+' '+J(L.first([1,2,3],2)))()"##,
        r##"1 1"##,
    ),
    // cap
    (
        r##"(()=>_.capitalize('hELLO')+' '+L.capitalize('hELLO'))()"##,
        r##"HELLO Hello"##,
    ),
    // pluck
    (
        r##"(()=>J(_.pluck([{a:1},{a:2}],'a'))+' '+typeof L.pluck)()"##,
        r##"[1,2] undefined"##,
    ),
    // contains
    (
        r##"(()=>_.contains([1,2],2)+' '+typeof L.contains)()"##,
        r##"true undefined"##,
    ),
    // where
    (
        r##"(()=>J(_.where([{a:1,b:2},{a:2}],{a:1}))+' '+typeof L.where)()"##,
        r##"[{"a":1,"b":2}] undefined"##,
    ),
    // max
    (
        r##"(()=>J(_.max([]))+' '+J(L.max([]))+' '+J(_.max([{a:1},{a:3}],'a'))+' '+J(L.maxBy([{a:1},{a:3}],'a')))()"##,
        r##"null undefined {"a":3} {"a":3}"##,
    ),
    // uniq
    (
        r##"(()=>J(_.uniq([1,2,1,3]))+' '+J(_.uniq([{a:1},{a:1}],'a')))()"##,
        r##"[1,2,3] [{"a":1}]"##,
    ),
    // isEmpty
    (
        r##"(()=>[_.isEmpty(null),_.isEmpty(1),_.isEmpty(''),_.isEmpty('a'),_.isEmpty({}),_.isEmpty([1])].join())()"##,
        r##"true,true,true,false,true,false"##,
    ),
    // get
    (
        r##"(()=>J(L.get({a:{b:[{c:3}]}},'a.b[0].c'))+' '+J(_.get({a:{b:[{c:3}]}},'a.b[0].c'))+' '+J(L.get(null,'a','d')))()"##,
        r##"3 3 "d""##,
    ),
    // range
    (
        r##"(()=>J(L.range(4))+J(L.range(1,5))+J(L.range(0,20,5))+J(L.range(0,-4,-1))+J(L.range(-4)))()"##,
        r##"[0,1,2,3][1,2,3,4][0,5,10,15][0,-1,-2,-3][0,-1,-2,-3]"##,
    ),
    // sortBy
    (
        r##"(()=>J(L.sortBy([{n:'b',a:2},{n:'a',a:2},{n:'c',a:1}],['a','n']))+J(L.orderBy([{a:1},{a:3},{a:2}],['a'],['desc'])))()"##,
        r##"[{"n":"c","a":1},{"n":"a","a":2},{"n":"b","a":2}][{"a":3},{"a":2},{"a":1}]"##,
    ),
    // groupBy
    (
        r##"(()=>J(L.groupBy([6.1,4.2,6.3],Math.floor))+J(L.groupBy(['one','two','three'],'length'))+J(L.countBy([6.1,4.2,6.3],Math.floor))+J(L.keyBy([{id:'a'},{id:'b'}],'id')))()"##,
        r##"{"4":[4.2],"6":[6.1,6.3]}{"3":["one","two"],"5":["three"]}{"4":1,"6":2}{"a":{"id":"a"},"b":{"id":"b"}}"##,
    ),
    // str
    (
        r##"(()=>[L.camelCase('Foo Bar'),L.camelCase('--foo-bar--'),L.camelCase('__FOO_BAR__'),L.kebabCase('fooBar'),L.snakeCase('Foo Bar'),L.startCase('--foo-bar--'),L.startCase('fooBar'),L.upperFirst('fred'),L.lowerFirst('Fred'),L.pad('abc',8),L.padStart('abc',6,'_-'),L.padEnd('abc',6),L.repeat('*',3),L.trim('  abc  '),L.trim('-_-abc-_-','_-'),L.escape('fred, barney, & <pebbles> "\'`'),L.unescape('&amp;&lt;&gt;&quot;&#39;'),L.toUpper('--foo-bar--'),L.words('fred, barney, & pebbles').join('|'),L.camelCase('XMLHttpRequest'),L.snakeCase('XMLHttpRequest'),L.kebabCase('hello2World'),L.startCase('hello_world foo')].join('|'))()"##,
        r##"fooBar|fooBar|fooBar|foo-bar|foo_bar|Foo Bar|Foo Bar|Fred|fred|  abc   |_-_abc|abc   |***|abc|abc|fred, barney, &amp; &lt;pebbles&gt; &quot;&#39;`|&<>"'|--FOO-BAR--|fred|barney|pebbles|xmlHttpRequest|xml_http_request|hello-2-world|Hello World Foo"##,
    ),
    // tmpl
    (
        r##"(()=>L.template('hello <%= user %>!')({user:'fred'})+L.template('<% _.forEach(users, function(u) { %><li><%- u %></li><% }); %>')({users:['a','<b>']})+L.template('${x}')({x:1}))()"##,
        r##"hello fred!<li>a</li><li>&lt;b&gt;</li>1"##,
    ),
    // merge
    (
        r##"(()=>J(L.merge({a:[{b:2},{d:4}]},{a:[{c:3},{e:5}]}))+J(L.assign({a:1},{b:2},{a:3}))+J(L.defaults({a:1},{b:2},{a:3}))+J(L.defaultsDeep({a:{b:2}},{a:{b:1,c:3}})))()"##,
        r##"{"a":[{"b":2,"c":3},{"d":4,"e":5}]}{"a":3,"b":2}{"a":1,"b":2}{"a":{"b":2,"c":3}}"##,
    ),
    // eq
    (
        r##"(()=>[L.isEqual({a:[1,{b:2}]},{a:[1,{b:2}]}),L.isEqual(NaN,NaN),L.isEqual([1],[1,2]),L.isEqual(new Date(1),new Date(1)),L.isEqual(1,'1')].join())()"##,
        r##"true,true,false,true,false"##,
    ),
    // num
    (
        r##"(()=>[L.toNumber('3.2'),L.toNumber(''),L.toNumber('0x1f'),L.parseInt('08'),L.toString(null),L.toString([1,[2,null]]),L.toString(-0),L.round(4.006,2),L.floor(4.006),L.ceil(6.004,2),L.sum([4,2,8,6]),L.mean([4,2,8,6]),L.sumBy([{n:4},{n:2}],'n'),L.clamp(10,-5,5),L.inRange(3,2,4),L.toInteger(3.7),L.toInteger('3.2'),L.isInteger(3),L.isNumber(NaN),L.isFinite('3'),L.max([4,2,8,6]),L.min([])].join())()"##,
        r##"3.2,0,31,8,,1,2,null,-0,4.01,4,6.01,20,5,6,5,true,3,3,true,true,false,8,"##,
    ),
    // arr
    (
        r##"(()=>J([L.chunk(['a','b','c','d','e'],2),L.compact([0,1,false,2,'',3,null,NaN]),L.difference([2,1],[2,3]),L.intersection([2,1],[2,3]),L.union([2],[1,2]),L.zip(['a','b'],[1,2],[true,false]),L.unzip([['a',1],['b',2]]),L.flatten([1,[2,[3,[4]],5]]),L.flattenDeep([1,[2,[3,[4]],5]]),L.take([1,2,3]),L.take([1,2,3],2),L.drop([1,2,3],2),L.takeRight([1,2,3],2),L.dropRight([1,2,3]),L.without([2,1,2,3],1,2),L.tail([1,2,3]),L.initial([1,2,3]),L.last([1,2,3]),L.head([]),L.nth([1,2,3],-1),L.indexOf([1,2,1,2],2,2),L.lastIndexOf([1,2,1,2],2),L.fromPairs([['a',1],['b',2]]),L.toPairs({a:1,b:2}),L.uniqBy([2.1,1.2,2.3],Math.floor),L.xor([2,1],[2,3]),L.zipObject(['a','b'],[1,2]),L.reverse([1,2,3]),L.fill([1,2,3],'a'),L.findIndex([{a:1},{a:2}],{a:2}),L.findLastIndex([1,2,3],x=>x<3),L.sortedIndex([30,50],40),L.pullAll([1,2,3,1],[1]),L.concat([1],2,[3],[[4]])]))()"##,
        r##"[[["a","b"],["c","d"],["e"]],[1,2,3],[1],[2],[2,1],[["a",1,true],["b",2,false]],[["a","b"],[1,2]],[1,2,[3,[4]],5],[1,2,3,4,5],[1],[1,2],[3],[2,3],[1,2],[3],[2,3],[1,2],3,null,3,3,3,{"a":1,"b":2},[["a",1],["b",2]],[2.1,1.2],[1,3],{"a":1,"b":2},[3,2,1],["a","a","a"],1,1,1,[2,3],[1,2,3,[4]]]"##,
    ),
    // coll
    (
        r##"(()=>J([L.map({a:1,b:2},(v,k)=>k+v),L.map([{a:1},{a:2}],'a'),L.filter([{a:1,b:0},{a:2}],{a:1}),L.filter([1,2,3],x=>x>1),L.reject([1,2,3],x=>x>1),L.find([{a:1},{a:2}],['a',2]),L.some([null,0,'yes'],Boolean),L.every([true,1,null],Boolean),L.includes([1,2,3],1,2),L.includes('abcd','bc'),L.includes({a:1},1),L.reduce([1,2],(s,n)=>s+n,0),L.reduce({a:1,b:2},(r,v,k)=>{(r[v]||(r[v]=[])).push(k);return r},{}),L.size({a:1,b:2}),L.size('pebbles'),L.partition([1,2,3],x=>x%2),L.sample([5]),L.shuffle([1]).length,L.flatMap([1,2],x=>[x,x]),L.invokeMap([[5,1,7],[3,2,1]],'sort'),L.forEach([1,2],function(){}),L.each({a:1},function(){}),L.reduceRight([[0,1],[2,3]],(a,b)=>a.concat(b),[])]))()"##,
        r##"[["a1","b2"],[1,2],[{"a":1,"b":0}],[2,3],[1],{"a":2},true,false,false,true,true,3,{"1":["a"],"2":["b"]},2,7,[[1,3],[2]],5,1,[1,1,2,2],[[1,5,7],[1,2,3]],[1,2],{"a":1},[2,3,0,1]]"##,
    ),
    // obj
    (
        r##"(()=>J([L.pick({a:1,b:'2',c:3},['a','c']),L.pick({a:1,b:2},'a'),L.omit({a:1,b:'2',c:3},['a','c']),L.pickBy({a:1,b:'2'},L.isNumber),L.omitBy({a:1,b:'2'},L.isNumber),L.set({a:[{b:{c:3}}]},'a[0].b.c',4),L.set({},'x[0].y.z',5),L.has({a:{b:2}},'a.b'),L.has({a:{b:2}},['a','c']),L.hasIn({},'toString'),L.invert({a:1,b:2,c:1}),L.mapValues({a:{n:1},b:{n:2}},'n'),L.mapKeys({a:1,b:2},(v,k)=>k+v),L.keys('hi'),L.values({a:1,b:2}),L.entries({a:1}),L.unset({a:{b:1}},'a.b'),L.result({a:{b:()=>2}},'a.b'),L.at({a:[{b:{c:3}},4]},['a[0].b.c','a[1]']),L.findKey({a:{x:1},b:{x:2}},{x:2}),L.cloneDeep({a:[1,{b:2}]}),L.clone([1,{a:1}]),L.update({a:1},'a',n=>n+1),L.toPath('a[0].b.c'),L.forOwn({a:1},()=>{}),L.assignIn({a:1},{b:2}),L.extend({a:1},{b:2}),L.create===undefined,L.transform([2,3,4],(r,n)=>{r.push(n*n);return n%2==0},[]),L.get({a:1},'b','def'),L.invertBy({a:1,b:2,c:1})]))()"##,
        r##"[{"a":1,"c":3},{"a":1},{"b":"2"},{"a":1},{"b":"2"},{"a":[{"b":{"c":4}}]},{"x":[{"y":{"z":5}}]},true,false,true,{"1":"c","2":"b"},{"a":1,"b":2},{"a1":1,"b2":2},["0","1"],[1,2],[["a",1]],true,2,[3,4],"b",{"a":[1,{"b":2}]},[1,{"a":1}],{"a":2},["a","0","b","c"],{"a":1},{"a":1,"b":2},{"a":1,"b":2},false,[4,9],"def",{"1":["a","c"],"2":["b"]}]"##,
    ),
    // type
    (
        r##"(()=>[L.isString(''),L.isObject([]),L.isObject(null),L.isPlainObject({}),L.isPlainObject([]),L.isArray([]),L.isNil(undefined),L.isNull(null),L.isUndefined(void 0),L.isFunction(L.noop),L.isBoolean(false),L.isDate(new Date),L.isRegExp(/x/),L.isEmpty(new Map),L.isArrayLike('abc'),L.isObjectLike({}),L.isNaN(NaN),L.isNaN('a'),L.isError(new Error),L.isSafeInteger(3),L.isSymbol(1),L.isArguments([]),L.isLength(3),L.isElement(1),L.isMatch({a:1,b:2},{b:2}),L.isTypedArray([]),L.isMap(new Map),L.isSet(new Set),L.castArray(1).length,L.isEqualWith===undefined,L.isArrayLikeObject('a'),L.isNative(Math.max),L.isBuffer(1)].join())()"##,
        r##"true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,false,false,true,false,true,false,true,true,1,false,false,true,false"##,
    ),
    // fn
    (
        r##"(()=>{let n=0;const o=L.once(()=>++n);o();o();const m=L.memoize(x=>x*2);const c=L.curry((a,b,c)=>a+b+c);const p=L.partial((a,b)=>a+b,'x');const f=L.flow([x=>x+1,x=>x*2]);const neg=L.negate(x=>x>1);return [n,m(2),m.cache.get(2),c(1)(2)(3),c(1,2)(3),p('y'),f(1),neg(2),L.identity(3),L.constant(4)(),L.times(3,String).join(''),L.times(2).join(),L.uniqueId('c_').slice(0,2),L.nthArg(1)('a','b'),L.ary(parseInt,1)('10',2),typeof L.debounce(()=>1,10),typeof L.throttle(()=>1),L.attempt(()=>{throw new Error('x')}).message,L.defaultTo(null,5),L.stubArray().length,L.property('a.b')({a:{b:2}}),L.matches({a:1})({a:1,b:2}),L.matchesProperty('a',1)({a:1}),L.iteratee('a')({a:7}),L.range(3).map(L.ary(L.add,1)).length,L.add(1,2),L.subtract(5,2),L.multiply(2,3),L.divide(6,2),L.random(5,5),L.toArray('ab').join(),L.toArray({a:1}).join(),L.bind(function(x){return this.a+x},{a:1})(2),L.overEvery([Boolean,isFinite])(1),L.delay===undefined].join()})()"##,
        r##"1,4,4,6,6,xy,4,false,3,4,012,0,1,c_,b,10,function,function,x,5,0,2,true,true,7,3,3,3,6,3,5,a,b,1,3,true,false"##,
    ),
    // chain
    (
        r##"(()=>J([L([1,2,3]).map(x=>x*2).filter(x=>x>2).value(),L.chain([{a:1},{a:2}]).map('a').sum().value(),L([1,2,3]).sum(),L({a:1}).keys().value(),L('abc').split('').reverse().join('').value?'w':'x',L([3,1,2]).sortBy().head(),L.chain([1,2]).head().value()]))()"##,
        r##"[[4,6],3,6,["a"],"x",1,1]"##,
    ),
    // edge
    (
        r##"(()=>J([L.map(null,x=>x),L.filter(undefined),L.get(undefined,'a'),L.keys(null),L.size(null),L.head(null),L.flatten(null),L.uniq(null),L.sortBy(null),L.groupBy(null),L.pick(null,'a'),L.omit(null,'a'),L.merge(null,{a:1}),L.assign(null,{a:1}),L.isEmpty(undefined),L.includes(null,1),L.max(null),L.sum(null),L.find(null),L.split('a-b-c','-',2),L.split(null),L.replace('Hi Fred','Fred','Barney'),L.startsWith('abc','b',1),L.endsWith('abc','b',2),L.toLower('ABC'),L.truncate('hi-diddly-ho there, neighborino',{length:24,separator:' '}),L.truncate('hi-diddly-ho there, neighborino'),L.deburr('déjà vu'),L.upperCase('--foo-bar'),L.lowerCase('--Foo-Bar--'),L.parseInt('10',2),L.chunk([1,2,3]),L.zip(),L.range(),L.times(-1)]))()"##,
        r##"[[],[],null,[],0,null,[],[],[],{},{},{},{"a":1},{"a":1},true,false,null,0,null,["a","b"],[""],"Hi Barney",true,true,"abc","hi-diddly-ho there,...","hi-diddly-ho there, neighbo...","deja vu","FOO BAR","foo bar",2,[[1],[2],[3]],[],[],[]]"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
