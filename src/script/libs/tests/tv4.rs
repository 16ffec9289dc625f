//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const J=JSON.stringify; const P=e=>e&&({code:e.code,message:e.message,params:e.params,dataPath:e.dataPath,schemaPath:e.schemaPath,subErrors:e.subErrors&&e.subErrors.map(P)});
const M=(d,s)=>{const r=tv4.validateMultiple(d,s);return J({valid:r.valid,missing:r.missing,errors:r.errors.map(P)})};
const s1={type:'object',required:['a','b'],properties:{a:{type:'string',minLength:2},b:{type:'integer',minimum:0,maximum:10},c:{type:'array',items:{type:'number'},minItems:1,uniqueItems:true},d:{enum:['x','y']},e:{pattern:'^a+$'},f:{format:'email'}},additionalProperties:false};"##;

const CASES: &[(&str, &str)] = &[
    // v1t1
    (
        r##"(()=>tv4.validate({a:'xy',b:3},s1)+' '+J(tv4.error))()"##,
        r##"true null"##,
    ),
    // v1t17
    (
        r##"(()=>tv4.validate(5,{type:'string'})+' '+tv4.error.message+' '+tv4.error.code+' '+J(Object.keys(tv4.error))+' '+(tv4.error instanceof Error)+' '+J(tv4.missing))()"##,
        r##"false Invalid type: number (expected string) 0 ["message","params","code","dataPath","schemaPath","subErrors","stack"] true []"##,
    ),
    // t2
    (
        r##"(()=>tv4.validate({a:'x',b:3},s1)+' '+J(P(tv4.error)))()"##,
        r##"false {"code":200,"message":"String is too short (1 chars), minimum 2","params":{"length":1,"minimum":2},"dataPath":"/a","schemaPath":"/properties/a/minLength","subErrors":null}"##,
    ),
    // t3
    (
        r##"(()=>tv4.validate({b:3.5},s1)+' '+J(P(tv4.error)))()"##,
        r##"false {"code":302,"message":"Missing required property: a","params":{"key":"a"},"dataPath":"","schemaPath":"/required/0","subErrors":null}"##,
    ),
    // t4
    (
        r##"(()=>{const r=tv4.validateResult({a:'xy',b:11,z:1},s1); return J([r.valid,P(r.error),r.missing])})()"##,
        r##"[false,{"code":103,"message":"Value 11 is greater than maximum 10","params":{"value":11,"maximum":10},"dataPath":"/b","schemaPath":"/properties/b/maximum","subErrors":null},[]]"##,
    ),
    // t5
    (
        r##"(()=>M({a:1,b:-1,c:[1,1],d:'q',e:'b',z:1},s1))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":0,"message":"Invalid type: number (expected string)","params":{"type":"number","expected":"string"},"dataPath":"/a","schemaPath":"/properties/a/type","subErrors":null},{"code":101,"message":"Value -1 is less than minimum 0","params":{"value":-1,"minimum":0},"dataPath":"/b","schemaPath":"/properties/b/minimum","subErrors":null},{"code":402,"message":"Array items are not unique (indices 0 and 1)","params":{"match1":0,"match2":1},"dataPath":"/c","schemaPath":"/properties/c/uniqueItems","subErrors":null},{"code":1,"message":"No enum match for: \"q\"","params":{"value":"\"q\""},"dataPath":"/d","schemaPath":"/properties/d/type","subErrors":null},{"code":202,"message":"String does not match pattern: ^a+$","params":{"pattern":"^a+$"},"dataPath":"/e","schemaPath":"/properties/e/pattern","subErrors":null},{"code":303,"message":"Additional properties not allowed","params":{"key":"z"},"dataPath":"/z","schemaPath":"/additionalProperties","subErrors":null}]}"##,
    ),
    // t6
    (
        r##"(()=>M({c:[],d:'x',e:'aa',f:'nope'},s1))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":302,"message":"Missing required property: a","params":{"key":"a"},"dataPath":"","schemaPath":"/required/0","subErrors":null},{"code":302,"message":"Missing required property: b","params":{"key":"b"},"dataPath":"","schemaPath":"/required/1","subErrors":null},{"code":400,"message":"Array is too short (0), minimum 1","params":{"length":0,"minimum":1},"dataPath":"/c","schemaPath":"/properties/c/minItems","subErrors":null}]}"##,
    ),
    // t7
    (
        r##"(()=>M([1,'a',null],{type:'array',items:[{type:'integer'},{type:'string'}],additionalItems:false,maxItems:2}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":401,"message":"Array is too long (3), maximum 2","params":{"length":3,"maximum":2},"dataPath":"","schemaPath":"/maxItems","subErrors":null},{"code":403,"message":"Additional items not allowed","params":{},"dataPath":"/2","schemaPath":"/additionalItems","subErrors":null}]}"##,
    ),
    // t8
    (
        r##"(()=>M({a:{b:[{c:1}]}},{properties:{a:{properties:{b:{items:{properties:{c:{type:'string'}}}}}}}}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":0,"message":"Invalid type: number (expected string)","params":{"type":"number","expected":"string"},"dataPath":"/a/b/0/c","schemaPath":"/properties/a/properties/b/items/properties/c/type","subErrors":null}]}"##,
    ),
    // t9
    (
        r##"(()=>M(5,{anyOf:[{type:'string'},{minimum:10}]}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":10,"message":"Data does not match any schemas from \"anyOf\"","params":{},"dataPath":"","schemaPath":"/anyOf","subErrors":[{"code":0,"message":"Invalid type: number (expected string)","params":{"type":"number","expected":"string"},"dataPath":"","schemaPath":"/anyOf/0/type","subErrors":null},{"code":101,"message":"Value 5 is less than minimum 10","params":{"value":5,"minimum":10},"dataPath":"","schemaPath":"/anyOf/1/minimum","subErrors":null}]}]}"##,
    ),
    // t10
    (
        r##"(()=>M(5,{oneOf:[{type:'integer'},{minimum:1}]}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":12,"message":"Data is valid against more than one schema from \"oneOf\": indices 0 and 1","params":{"index1":0,"index2":1},"dataPath":"","schemaPath":"/oneOf","subErrors":null}]}"##,
    ),
    // t10b
    (
        r##"(()=>M(5,{oneOf:[{type:'string'},{minimum:10}]}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":11,"message":"Data does not match any schemas from \"oneOf\"","params":{},"dataPath":"","schemaPath":"/oneOf","subErrors":[{"code":0,"message":"Invalid type: number (expected string)","params":{"type":"number","expected":"string"},"dataPath":"","schemaPath":"/oneOf/0/type","subErrors":null},{"code":101,"message":"Value 5 is less than minimum 10","params":{"value":5,"minimum":10},"dataPath":"","schemaPath":"/oneOf/1/minimum","subErrors":null}]}]}"##,
    ),
    // t11
    (
        r##"(()=>M(5,{allOf:[{type:'integer'},{maximum:1}],not:{type:'number'}}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":103,"message":"Value 5 is greater than maximum 1","params":{"value":5,"maximum":1},"dataPath":"","schemaPath":"/allOf/1/maximum","subErrors":null},{"code":13,"message":"Data matches schema from \"not\"","params":{},"dataPath":"","schemaPath":"/not","subErrors":null}]}"##,
    ),
    // t12
    (
        r##"(()=>M({a:1},{dependencies:{a:['b'],},patternProperties:{'^a':{type:'string'}},minProperties:2,maxProperties:0}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":300,"message":"Too few properties defined (1), minimum 2","params":{"propertyCount":1,"minimum":2},"dataPath":"","schemaPath":"/minProperties","subErrors":null},{"code":301,"message":"Too many properties defined (1), maximum 0","params":{"propertyCount":1,"maximum":0},"dataPath":"","schemaPath":"/maxProperties","subErrors":null},{"code":0,"message":"Invalid type: number (expected string)","params":{"type":"number","expected":"string"},"dataPath":"/a","schemaPath":"/patternProperties/^a/type","subErrors":null},{"code":304,"message":"Dependency failed - key must exist: b (due to key: a)","params":{"key":"a","missing":"b"},"dataPath":"","schemaPath":"/dependencies/a/0","subErrors":null}]}"##,
    ),
    // t12b
    (
        r##"(()=>M({a:1},{dependencies:{a:'b'}})+M({a:1},{dependencies:{a:{required:['c']}}}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":304,"message":"Dependency failed - key must exist: b (due to key: a)","params":{"key":"a","missing":"b"},"dataPath":"","schemaPath":"/dependencies/a","subErrors":null}]}{"valid":false,"missing":[],"errors":[{"code":302,"message":"Missing required property: c","params":{"key":"c"},"dataPath":"","schemaPath":"/dependencies/a/required/0","subErrors":null}]}"##,
    ),
    // t13
    (
        r##"(()=>M('abc',{maxLength:2,multipleOf:2,type:['number','null']}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":0,"message":"Invalid type: string (expected number/null)","params":{"type":"string","expected":"number/null"},"dataPath":"","schemaPath":"/type","subErrors":null}]}"##,
    ),
    // t13b
    (
        r##"(()=>M('abc',{maxLength:2,pattern:'^x',enum:['abc']})+M(7,{multipleOf:2,maximum:3,exclusiveMaximum:true})+M(3,{maximum:3,exclusiveMaximum:true}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":201,"message":"String is too long (3 chars), maximum 2","params":{"length":3,"maximum":2},"dataPath":"","schemaPath":"/maxLength","subErrors":null}]}{"valid":false,"missing":[],"errors":[{"code":100,"message":"Value 7 is not a multiple of 2","params":{"value":7,"multipleOf":2},"dataPath":"","schemaPath":"","subErrors":null}]}{"valid":false,"missing":[],"errors":[{"code":104,"message":"Value 3 is equal to exclusive maximum 3","params":{"value":3,"maximum":3},"dataPath":"","schemaPath":"/exclusiveMaximum","subErrors":null}]}"##,
    ),
    // t14
    (
        r##"(()=>M({a:1},{definitions:{x:{type:'string'}},properties:{a:{$ref:'#/definitions/x'}}}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":0,"message":"Invalid type: number (expected string)","params":{"type":"number","expected":"string"},"dataPath":"/a","schemaPath":"/properties/a/type","subErrors":null}]}"##,
    ),
    // t15
    (
        r##"(()=>M(1.5,{type:'number',exclusiveMinimum:true,minimum:1.5,multipleOf:0.5}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":102,"message":"Value 1.5 is equal to exclusive minimum 1.5","params":{"value":1.5,"minimum":1.5},"dataPath":"","schemaPath":"/exclusiveMinimum","subErrors":null}]}"##,
    ),
    // t16
    (
        r##"(()=>M({a:1},{$ref:'http://x/y'}))()"##,
        r##"{"valid":true,"missing":["http://x/y"],"errors":[]}"##,
    ),
    // t17
    (
        r##"(()=>M({a:[1,{b:2}],'x/y':'s'},{properties:{a:{items:[{type:'string'},{properties:{b:{type:'string'}}}]},'x/y':{type:'number'}}}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":0,"message":"Invalid type: number (expected string)","params":{"type":"number","expected":"string"},"dataPath":"/a/0","schemaPath":"/properties/a/items/0/type","subErrors":null},{"code":0,"message":"Invalid type: number (expected string)","params":{"type":"number","expected":"string"},"dataPath":"/a/1/b","schemaPath":"/properties/a/items/1/properties/b/type","subErrors":null},{"code":0,"message":"Invalid type: string (expected number)","params":{"type":"string","expected":"number"},"dataPath":"/x~1y","schemaPath":"/properties/x~1y/type","subErrors":null}]}"##,
    ),
    // t18
    (
        r##"(()=>M(null,{type:'integer'})+M(1.5,{type:'integer'})+M([],{type:'object'})+M(NaN,{type:'number'})+M({},{type:'array'}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":0,"message":"Invalid type: null (expected integer)","params":{"type":"null","expected":"integer"},"dataPath":"","schemaPath":"/type","subErrors":null}]}{"valid":false,"missing":[],"errors":[{"code":0,"message":"Invalid type: number (expected integer)","params":{"type":"number","expected":"integer"},"dataPath":"","schemaPath":"/type","subErrors":null}]}{"valid":false,"missing":[],"errors":[{"code":0,"message":"Invalid type: array (expected object)","params":{"type":"array","expected":"object"},"dataPath":"","schemaPath":"/type","subErrors":null}]}{"valid":false,"missing":[],"errors":[{"code":105,"message":"Value NaN is not a valid number","params":{"value":null},"dataPath":"","schemaPath":"/type","subErrors":null}]}{"valid":false,"missing":[],"errors":[{"code":0,"message":"Invalid type: object (expected array)","params":{"type":"object","expected":"array"},"dataPath":"","schemaPath":"/type","subErrors":null}]}"##,
    ),
    // t19
    (
        r##"(()=>M({a:1,b:2},{properties:{a:{}},additionalProperties:{type:'string'}}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":0,"message":"Invalid type: number (expected string)","params":{"type":"number","expected":"string"},"dataPath":"/b","schemaPath":"/additionalProperties/type","subErrors":null}]}"##,
    ),
    // t20
    (
        r##"(()=>M({},{required:'x'})+M('x',{enum:[1,{a:1}]})+M({a:1},{enum:[{a:1}]}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":302,"message":"Missing required property: x","params":{"key":"x"},"dataPath":"","schemaPath":"/required/0","subErrors":null}]}{"valid":false,"missing":[],"errors":[{"code":1,"message":"No enum match for: \"x\"","params":{"value":"\"x\""},"dataPath":"","schemaPath":"/type","subErrors":null}]}{"valid":true,"missing":[],"errors":[]}"##,
    ),
    // v1t21
    (
        r##"(()=>tv4.validate(1,{type:'string'})+' '+tv4.validate(1,{type:'number'})+' '+J(tv4.error)+' '+J(tv4.missing)+' '+tv4.valid)()"##,
        r##"false true null [] true"##,
    ),
    // t22
    (
        r##"(()=>{tv4.addSchema('http://ex/s',{type:'string'}); return M(1,{$ref:'http://ex/s'})+M(1,{properties:{}, $ref:'http://ex/s'})})()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":0,"message":"Invalid type: number (expected string)","params":{"type":"number","expected":"string"},"dataPath":"","schemaPath":"/type","subErrors":null}]}{"valid":false,"missing":[],"errors":[{"code":0,"message":"Invalid type: number (expected string)","params":{"type":"number","expected":"string"},"dataPath":"","schemaPath":"/type","subErrors":null}]}"##,
    ),
    // t23
    (
        r##"(()=>{const r=tv4.validateMultiple({a:1},{additionalProperties:false},false,true); return J(r.errors.map(P))})()"##,
        r##"[{"code":303,"message":"Additional properties not allowed","params":{"key":"a"},"dataPath":"/a","schemaPath":"/additionalProperties","subErrors":null}]"##,
    ),
    // t24
    (
        r##"(()=>{tv4.addFormat('even',v=>v%2?'odd':null); return M(3,{format:'even'})})()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":500,"message":"Format validation failed (odd)","params":{"message":"odd"},"dataPath":"","schemaPath":"/format","subErrors":null}]}"##,
    ),
    // t25
    (
        r##"(()=>M('ab',{minLength:3,maxLength:1})+M([1],{minItems:2,maxItems:0,uniqueItems:true})+M([{a:1},{a:1},2,2],{uniqueItems:true}))()"##,
        r##"{"valid":false,"missing":[],"errors":[{"code":200,"message":"String is too short (2 chars), minimum 3","params":{"length":2,"minimum":3},"dataPath":"","schemaPath":"/minLength","subErrors":null}]}{"valid":false,"missing":[],"errors":[{"code":400,"message":"Array is too short (1), minimum 2","params":{"length":1,"minimum":2},"dataPath":"","schemaPath":"/minItems","subErrors":null},{"code":401,"message":"Array is too long (1), maximum 0","params":{"length":1,"maximum":0},"dataPath":"","schemaPath":"/maxItems","subErrors":null}]}{"valid":false,"missing":[],"errors":[{"code":402,"message":"Array items are not unique (indices 0 and 1)","params":{"match1":0,"match2":1},"dataPath":"","schemaPath":"/uniqueItems","subErrors":null},{"code":402,"message":"Array items are not unique (indices 2 and 3)","params":{"match1":2,"match2":3},"dataPath":"","schemaPath":"/uniqueItems","subErrors":null}]}"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
