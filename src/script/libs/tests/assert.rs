//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const J=JSON.stringify; const assert=require('assert');
const E=(f)=>{try{f();return 'ok'}catch(e){return J([e.name,e.message,e.code,e.operator,e.generatedMessage,e.actual instanceof Error?'Error:'+e.actual.message:e.actual,e.expected, e instanceof assert.AssertionError])}};"##;

const CASES: &[(&str, &str)] = &[
    // k
    (
        r##"(()=>typeof assert+' '+Object.keys(assert).join(','))()"##,
        r##"function fail,AssertionError,ok,equal,notEqual,deepEqual,notDeepEqual,deepStrictEqual,notDeepStrictEqual,strictEqual,notStrictEqual,throws,rejects,doesNotThrow,doesNotReject,ifError,strict"##,
    ),
    // a
    (
        r##"(()=>[E(()=>assert(0)),E(()=>assert(false,'boom')),E(()=>assert.ok('')),E(()=>assert.equal(1,2)),E(()=>assert.equal(1,'1')),E(()=>assert.notEqual(1,1)),E(()=>assert.strictEqual(1,2)),E(()=>assert.strictEqual('a','b','m')),E(()=>assert.notStrictEqual(1,1)),E(()=>assert.deepEqual({a:1},{a:2})),E(()=>assert.deepStrictEqual([1],['1'])),E(()=>assert.notDeepEqual({a:1},{a:1})),E(()=>assert.throws(()=>{})),E(()=>assert.throws(()=>{throw new Error('x')})),E(()=>assert.doesNotThrow(()=>{throw new Error('y')})),E(()=>assert.fail('f')),E(()=>assert.strictEqual({a:1},{a:1})),E(()=>assert.ifError(null)),E(()=>assert.ifError(new Error('z')))].join('\n'))()"##,
        r##"["AssertionError","0 == true","ERR_ASSERTION","==",false,0,true,true]
["AssertionError","boom","ERR_ASSERTION","==",false,false,true,true]
["AssertionError","'' == true","ERR_ASSERTION","==",false,"",true,true]
["AssertionError","1 == 2","ERR_ASSERTION","==",true,1,2,true]
ok
["AssertionError","1 != 1","ERR_ASSERTION","!=",true,1,1,true]
["AssertionError","Expected values to be strictly equal:\n\n1 !== 2\n","ERR_ASSERTION","strictEqual",true,1,2,true]
["AssertionError","m","ERR_ASSERTION","strictEqual",false,"a","b",true]
["AssertionError","Expected \"actual\" to be strictly unequal to: 1","ERR_ASSERTION","notStrictEqual",true,1,1,true]
["AssertionError","Expected values to be loosely deep-equal:\n\n{ a: 1 }\n\nshould equal\n\n{ a: 2 }","ERR_ASSERTION","deepEqual",true,{"a":1},{"a":2},true]
["AssertionError","Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [ 1 ]\n- [ '1' ]","ERR_ASSERTION","deepStrictEqual",true,[1],["1"],true]
["AssertionError","Expected \"actual\" not to be loosely deep-equal to:\n\n{ a: 1 }","ERR_ASSERTION","notDeepEqual",true,{"a":1},{"a":1},true]
["AssertionError","Missing expected exception.","ERR_ASSERTION","e",false,null,null,true]
ok
["AssertionError","Got unwanted exception.\nActual message: \"y\"","ERR_ASSERTION","e",false,"Error:y",null,true]
["AssertionError","f","ERR_ASSERTION","fail",false,null,null,true]
["AssertionError","Values identical but not reference-equal:\n\n{ a: 1 }\n","ERR_ASSERTION","strictEqual",true,{"a":1},{"a":1},true]
ok
["AssertionError","ifError got unwanted exception: z","ERR_ASSERTION","ifError",false,"Error:z",null,true]"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
