//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const J=JSON.stringify;"##;

const CASES: &[(&str, &str)] = &[
    // u1
    (
        r##"(()=>J([_.pluck([{a:{b:1}},{a:{b:2}}],'a.b'),_.where([{a:1,b:{c:2}},{a:1,b:{c:3}}],{b:{c:2}}),_.findWhere([{a:1},{a:2}],{a:2}),_.contains('abc','b'),_.contains({x:1},1),_.max([{a:1},{a:3}],'a'),_.max([1,5,3]),_.min([]),_.min({a:4,b:2}),_.sum([1,2]),_.sum([{n:1},{n:2}],'n'),_.sum({a:1,b:2})]))()"##,
        r##"[[1,2],[{"a":1,"b":{"c":2}}],{"a":2},true,true,{"a":3},5,null,2,3,3,3]"##,
    ),
    // u2
    (
        r##"(()=>J([_.uniq([1,1,2],true),_.uniq([{a:1},{a:1},{a:2}],'a'),_.uniq([1.1,1.2,2.1],Math.floor),_.flatten([1,[2,[3]]],true),_.flatten([1,[2,[3]]]),_.object([['a',1],['b',2]]),_.object(['a','b'],[1,2]),_.pairs({a:1}),_.indexBy([{id:1}],'id'),_.rest([1,2,3]),_.first([1,2]),_.last([1,2]),_.capitalize('fOO'),_.trunc('hi-diddly-ho there, neighborino',10),_.padLeft('a',3,'-'),_.padRight('a',3),_.trimLeft('  a '),_.pick({a:1,b:2},function(v){return v>1}),_.omit({a:1,b:2},'a'),_.sortByOrder([{a:1},{a:3}],['a'],['desc']),_.sortByAll([{a:2,b:1},{a:1,b:2}],['a'])]))()"##,
        r##"[[1,2],[{"a":1},{"a":2}],[1.1,2.1],[1,2,3],[1,2,[3]],{"a":1,"b":2},{"a":1,"b":2},[["a",1]],{"1":{"id":1}},[2,3],1,2,"FOO","hi-didd...","--a","a  ","a ",{"b":2},{"b":2},[{"a":3},{"a":1}],[{"a":1,"b":2},{"a":2,"b":1}]]"##,
    ),
    // u3
    (
        r##"(()=>J([_.isEmpty({}),_.isNil,_.get({a:[1]},'a[0]'),_.keys({a:1}),_.map([1,2],n=>n*2),_.filter({a:1,b:2},v=>v>1),_.reduce([1,2,3],(s,n)=>s+n),_.groupBy([1.1,2.1,1.5],Math.floor),_.range(3),_.times(3,i=>i*2),_.assign({a:1},{b:2},(o,s)=>s*10),_.merge({a:{b:1}},{a:{c:2}}),_.template('hi <%= n %>')({n:1}),_.chain([1,2,3]).map(x=>x+1).filter(x=>x>2).value(),_([1,2]).map(x=>x*3).value(),_.includes([1,2],2),_.some([1,2],x=>x>1),_.every([1,2],x=>x>1),_.size({a:1}),_.camelCase('foo bar'),_.kebabCase('fooBar'),_.snakeCase('fooBar'),_.startCase('fooBar'),_.random(3,3),_.invoke([[3,1],[2,0]],'sort'),_.sample([7],1),_.invert({a:1,b:1},true),_.isEqual({a:1},{a:1}),_.cloneDeep({a:[1]}),_.zipObject(['a'],[1]),_.zipObject([['a',1]])]))()"##,
        r##"[true,null,1,["a"],[2,4],[2],6,{"1":[1.1,1.5],"2":[2.1]},[0,1,2],[0,2,4],{"a":1,"b":20},{"a":{"b":1,"c":2}},"hi 1",[3,4],[3,6],true,true,false,1,"fooBar","foo-bar","foo_bar","Foo Bar",3,[[1,3],[0,2]],[7],{"1":["a","b"]},true,{"a":[1]},{"a":1},{"a":1}]"##,
    ),
    // u4
    (
        r##"(()=>J([typeof _.isNil, typeof _.toPairs, typeof _.pluck, typeof _.head, typeof _.uniqBy, typeof _.flatMap, typeof _.padStart, typeof _.toString, typeof _.isInteger, typeof _.get, typeof _.set, typeof _.has, typeof _.fromPairs, typeof _.sortBy]))()"##,
        r##"["undefined","undefined","function","function","undefined","undefined","undefined","function","undefined","function","function","function","undefined","function"]"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
