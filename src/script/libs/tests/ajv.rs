//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const s1={type:'object',required:['a','b'],properties:{a:{type:'string',minLength:2},b:{type:'integer',minimum:0,maximum:10},c:{type:'array',items:{type:'number'},minItems:1,uniqueItems:true},d:{enum:['x','y']},e:{pattern:'^a+$'},f:{format:'email'}},additionalProperties:false};
const J=JSON.stringify; const Ajv=require('ajv');
const V=(s,d,o)=>{const ajv=new Ajv(o||{allErrors:true}); const ok=ajv.validate(s,d); return ok+' '+J(ajv.errors)};"##;

const CASES: &[(&str, &str)] = &[
    // v1a1
    (
        r##"(()=>{const ajv=new Ajv(); const v=ajv.compile(s1); return v({a:'x',b:3.5,z:1})+' '+J(v.errors)})()"##,
        r##"false [{"keyword":"additionalProperties","dataPath":"","schemaPath":"#/additionalProperties","params":{"additionalProperty":"z"},"message":"should NOT have additional properties"}]"##,
    ),
    // v1a2
    (
        r##"(()=>{const ajv=new Ajv({allErrors:true}); const v=ajv.compile(s1); return v({a:1,b:-1,c:[1,1],d:'q',e:'b',f:'x',z:1})+' '+J(v.errors)+' '+ajv.errorsText(v.errors)})()"##,
        r##"false [{"keyword":"additionalProperties","dataPath":"","schemaPath":"#/additionalProperties","params":{"additionalProperty":"z"},"message":"should NOT have additional properties"},{"keyword":"type","dataPath":".a","schemaPath":"#/properties/a/type","params":{"type":"string"},"message":"should be string"},{"keyword":"minimum","dataPath":".b","schemaPath":"#/properties/b/minimum","params":{"comparison":">=","limit":0,"exclusive":false},"message":"should be >= 0"},{"keyword":"uniqueItems","dataPath":".c","schemaPath":"#/properties/c/uniqueItems","params":{"i":0,"j":1},"message":"should NOT have duplicate items (items ## 1 and 0 are identical)"},{"keyword":"enum","dataPath":".d","schemaPath":"#/properties/d/enum","params":{"allowedValues":["x","y"]},"message":"should be equal to one of the allowed values"},{"keyword":"pattern","dataPath":".e","schemaPath":"#/properties/e/pattern","params":{"pattern":"^a+$"},"message":"should match pattern \"^a+$\""},{"keyword":"format","dataPath":".f","schemaPath":"#/properties/f/format","params":{"format":"email"},"message":"should match format \"email\""}] data should NOT have additional properties, data.a should be string, data.b should be >= 0, data.c should NOT have duplicate items (items ## 1 and 0 are identical), data.d should be equal to one of the allowed values, data.e should match pattern "^a+$", data.f should match format "email""##,
    ),
    // v1a3
    (
        r##"(()=>{const ajv=new Ajv(); return ajv.validate({type:'string'},5)+' '+J(ajv.errors)+' '+ajv.errorsText()})()"##,
        r##"false [{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"string"},"message":"should be string"}] data should be string"##,
    ),
    // v1a4
    (
        r##"(()=>{const ajv=new Ajv({allErrors:true}); return ajv.validate({type:'array',items:[{type:'integer'}],additionalItems:false,contains:{const:3},maxItems:1},[1,'a'])+' '+J(ajv.errors)})()"##,
        r##"false [{"keyword":"maxItems","dataPath":"","schemaPath":"#/maxItems","params":{"limit":1},"message":"should NOT have more than 1 items"},{"keyword":"additionalItems","dataPath":"","schemaPath":"#/additionalItems","params":{"limit":1},"message":"should NOT have more than 1 items"},{"keyword":"const","dataPath":"[0]","schemaPath":"#/contains/const","params":{"allowedValue":3},"message":"should be equal to constant"},{"keyword":"const","dataPath":"[1]","schemaPath":"#/contains/const","params":{"allowedValue":3},"message":"should be equal to constant"},{"keyword":"contains","dataPath":"","schemaPath":"#/contains","params":{},"message":"should contain a valid item"}]"##,
    ),
    // v1a5
    (
        r##"(()=>{const ajv=new Ajv({allErrors:true}); return ajv.validate({anyOf:[{type:'string'},{minimum:10}],oneOf:[{type:'integer'},{minimum:1}],not:{type:'number'}},5)+' '+J(ajv.errors)})()"##,
        r##"false [{"keyword":"not","dataPath":"","schemaPath":"#/not","params":{},"message":"should NOT be valid"},{"keyword":"type","dataPath":"","schemaPath":"#/anyOf/0/type","params":{"type":"string"},"message":"should be string"},{"keyword":"minimum","dataPath":"","schemaPath":"#/anyOf/1/minimum","params":{"comparison":">=","limit":10,"exclusive":false},"message":"should be >= 10"},{"keyword":"anyOf","dataPath":"","schemaPath":"#/anyOf","params":{},"message":"should match some schema in anyOf"},{"keyword":"oneOf","dataPath":"","schemaPath":"#/oneOf","params":{"passingSchemas":[0,1]},"message":"should match exactly one schema in oneOf"}]"##,
    ),
    // v1a6
    (
        r##"(()=>{const ajv=new Ajv({allErrors:true}); return ajv.validate({definitions:{x:{type:'string'}},properties:{a:{$ref:'#/definitions/x'},b:{exclusiveMinimum:3,multipleOf:2},c:{propertyNames:{maxLength:1}},d:{if:{type:'string'},then:{minLength:3},else:{type:'number'}}},dependencies:{a:['q']}},{a:1,b:3,c:{xy:1},d:'ab'})+' '+J(ajv.errors)})()"##,
        r##"false [{"keyword":"dependencies","dataPath":"","schemaPath":"#/dependencies","params":{"property":"a","missingProperty":"q","depsCount":1,"deps":"q"},"message":"should have property q when property a is present"},{"keyword":"type","dataPath":".a","schemaPath":"#/definitions/x/type","params":{"type":"string"},"message":"should be string"},{"keyword":"exclusiveMinimum","dataPath":".b","schemaPath":"#/properties/b/exclusiveMinimum","params":{"comparison":">","limit":3,"exclusive":true},"message":"should be > 3"},{"keyword":"multipleOf","dataPath":".b","schemaPath":"#/properties/b/multipleOf","params":{"multipleOf":2},"message":"should be multiple of 2"},{"keyword":"maxLength","dataPath":".c","schemaPath":"#/properties/c/propertyNames/maxLength","params":{"limit":1},"message":"should NOT be longer than 1 characters","propertyName":"xy"},{"keyword":"propertyNames","dataPath":".c","schemaPath":"#/properties/c/propertyNames","params":{"propertyName":"xy"},"message":"property name 'xy' is invalid"},{"keyword":"minLength","dataPath":".d","schemaPath":"#/properties/d/then/minLength","params":{"limit":3},"message":"should NOT be shorter than 3 characters"},{"keyword":"if","dataPath":".d","schemaPath":"#/properties/d/if","params":{"failingKeyword":"then"},"message":"should match \"then\" schema"}]"##,
    ),
    // v1a7
    (
        r##"(()=>{const ajv=new Ajv(); return ajv.validate({$schema:'http://json-schema.org/draft-04/schema#',type:'number',minimum:1,exclusiveMinimum:true},1)+' '+J(ajv.errors)})()"##,
        r##"ERR no schema with key or ref "http://json-schema.org/draft-04/schema#""##,
    ),
    // v1a8
    (
        r##"(()=>{const ajv=new Ajv({schemaId:'auto'}); return ajv.validate({$schema:'http://json-schema.org/draft-04/schema#',type:'number',minimum:1,exclusiveMinimum:true},1)+' '+J(ajv.errors)})()"##,
        r##"ERR no schema with key or ref "http://json-schema.org/draft-04/schema#""##,
    ),
    // v1a9
    (
        r##"(()=>{const ajv=new Ajv({allErrors:true,verbose:false}); return ajv.validate({type:'object',properties:{a:{type:['string','null'],maxLength:1,format:'date'}},required:['b'],additionalProperties:{type:'string'}},{a:'xx',z:1})+' '+J(ajv.errors)})()"##,
        r##"false [{"keyword":"required","dataPath":"","schemaPath":"#/required","params":{"missingProperty":"b"},"message":"should have required property 'b'"},{"keyword":"type","dataPath":"['z']","schemaPath":"#/additionalProperties/type","params":{"type":"string"},"message":"should be string"},{"keyword":"maxLength","dataPath":".a","schemaPath":"#/properties/a/maxLength","params":{"limit":1},"message":"should NOT be longer than 1 characters"},{"keyword":"format","dataPath":".a","schemaPath":"#/properties/a/format","params":{"format":"date"},"message":"should match format \"date\""}]"##,
    ),
    // v1a10
    (
        r##"(()=>{const ajv=new Ajv(); const v=ajv.compile({type:'integer'}); return v(1)+' '+v.errors+' '+typeof ajv.addSchema+' '+typeof ajv.addFormat+' '+typeof ajv.getSchema+' '+Object.keys(v).join(',')})()"##,
        r##"true null function function function schema,errors,refs,refVal,root"##,
    ),
    // v1a11
    (
        r##"(()=>{const ajv=new Ajv({allErrors:true}); return ajv.validate({properties:{a:{enum:[1,2]},b:{const:'x'},c:{minProperties:1,maxProperties:0},d:{pattern:'^x'},e:{type:'object',properties:{f:{type:'boolean'}}}}},{a:3,b:'y',c:{},d:'y',e:{f:1}})+' '+J(ajv.errors)})()"##,
        r##"false [{"keyword":"enum","dataPath":".a","schemaPath":"#/properties/a/enum","params":{"allowedValues":[1,2]},"message":"should be equal to one of the allowed values"},{"keyword":"const","dataPath":".b","schemaPath":"#/properties/b/const","params":{"allowedValue":"x"},"message":"should be equal to constant"},{"keyword":"minProperties","dataPath":".c","schemaPath":"#/properties/c/minProperties","params":{"limit":1},"message":"should NOT have fewer than 1 properties"},{"keyword":"pattern","dataPath":".d","schemaPath":"#/properties/d/pattern","params":{"pattern":"^x"},"message":"should match pattern \"^x\""},{"keyword":"type","dataPath":".e.f","schemaPath":"#/properties/e/properties/f/type","params":{"type":"boolean"},"message":"should be boolean"}]"##,
    ),
    // v1a12
    (
        r##"(()=>{const ajv=new Ajv(); try{ajv.compile({type:'foo'})}catch(e){return e.message}})()"##,
        r##"schema is invalid: data.type should be equal to one of the allowed values, data.type should be array, data.type should match some schema in anyOf"##,
    ),
    // v1a13
    (
        r##"(()=>{const ajv=new Ajv({allErrors:true, jsonPointers:true}); return ajv.validate({properties:{a:{properties:{'b c':{type:'string'}}}}},{a:{'b c':1}})+' '+J(ajv.errors)})()"##,
        r##"false [{"keyword":"type","dataPath":"/a/b c","schemaPath":"#/properties/a/properties/b%20c/type","params":{"type":"string"},"message":"should be string"}]"##,
    ),
    // v1a14
    (
        r##"(()=>{const ajv=new Ajv({allErrors:true}); return ajv.validate({properties:{a:{properties:{'b c':{type:'string'}, 'd':{items:{type:'string'}}}}}},{a:{'b c':1,d:[1]}})+' '+J(ajv.errors)})()"##,
        r##"false [{"keyword":"type","dataPath":".a['b c']","schemaPath":"#/properties/a/properties/b%20c/type","params":{"type":"string"},"message":"should be string"},{"keyword":"type","dataPath":".a.d[0]","schemaPath":"#/properties/a/properties/d/items/type","params":{"type":"string"},"message":"should be string"}]"##,
    ),
    // v1a15
    (
        r##"(()=>{const ajv=new Ajv(); return ajv.errorsText(null)+'|'+ajv.errorsText([{keyword:'x',dataPath:'.a',message:'m'}], {separator:'; ', dataVar:'d'})})()"##,
        r##"No errors|d.a m"##,
    ),
    // o1
    (
        r##"(()=>V({type:'string',enum:['a'],maxLength:1,not:{minLength:0}},'bb'))()"##,
        r##"false [{"keyword":"maxLength","dataPath":"","schemaPath":"#/maxLength","params":{"limit":1},"message":"should NOT be longer than 1 characters"},{"keyword":"enum","dataPath":"","schemaPath":"#/enum","params":{"allowedValues":["a"]},"message":"should be equal to one of the allowed values"},{"keyword":"not","dataPath":"","schemaPath":"#/not","params":{},"message":"should NOT be valid"}]"##,
    ),
    // o2
    (
        r##"(()=>V({type:'string',enum:['a'],maxLength:1},5))()"##,
        r##"false [{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"string"},"message":"should be string"},{"keyword":"enum","dataPath":"","schemaPath":"#/enum","params":{"allowedValues":["a"]},"message":"should be equal to one of the allowed values"}]"##,
    ),
    // o3
    (
        r##"(()=>V({type:'integer',enum:[1],minimum:3},2.5))()"##,
        r##"false [{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"integer"},"message":"should be integer"},{"keyword":"minimum","dataPath":"","schemaPath":"#/minimum","params":{"comparison":">=","limit":3,"exclusive":false},"message":"should be >= 3"},{"keyword":"enum","dataPath":"","schemaPath":"#/enum","params":{"allowedValues":[1]},"message":"should be equal to one of the allowed values"}]"##,
    ),
    // o4
    (
        r##"(()=>V({type:['string','null'],minimum:3,const:1},5))()"##,
        r##"false [{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"string,null"},"message":"should be string,null"},{"keyword":"const","dataPath":"","schemaPath":"#/const","params":{"allowedValue":1},"message":"should be equal to constant"}]"##,
    ),
    // o5
    (
        r##"(()=>V({minimum:3,maxLength:1,const:1,required:['a']},'xx'))()"##,
        r##"false [{"keyword":"maxLength","dataPath":"","schemaPath":"#/maxLength","params":{"limit":1},"message":"should NOT be longer than 1 characters"},{"keyword":"const","dataPath":"","schemaPath":"#/const","params":{"allowedValue":1},"message":"should be equal to constant"}]"##,
    ),
    // o6
    (
        r##"(()=>V({minimum:3,maxLength:1,const:1,required:['a']},'xx',{}))()"##,
        r##"false [{"keyword":"maxLength","dataPath":"","schemaPath":"#/maxLength","params":{"limit":1},"message":"should NOT be longer than 1 characters"}]"##,
    ),
    // o7
    (
        r##"(()=>V({items:{type:'string'},uniqueItems:true,minItems:5},[{a:1},{a:1},'x']))()"##,
        r##"false [{"keyword":"minItems","dataPath":"","schemaPath":"#/minItems","params":{"limit":5},"message":"should NOT have fewer than 5 items"},{"keyword":"type","dataPath":"[0]","schemaPath":"#/items/type","params":{"type":"string"},"message":"should be string"},{"keyword":"type","dataPath":"[1]","schemaPath":"#/items/type","params":{"type":"string"},"message":"should be string"}]"##,
    ),
    // o8
    (
        r##"(()=>V({oneOf:[{type:'string'},{minimum:10}]},5))()"##,
        r##"false [{"keyword":"type","dataPath":"","schemaPath":"#/oneOf/0/type","params":{"type":"string"},"message":"should be string"},{"keyword":"minimum","dataPath":"","schemaPath":"#/oneOf/1/minimum","params":{"comparison":">=","limit":10,"exclusive":false},"message":"should be >= 10"},{"keyword":"oneOf","dataPath":"","schemaPath":"#/oneOf","params":{"passingSchemas":null},"message":"should match exactly one schema in oneOf"}]"##,
    ),
    // o9
    (
        r##"(()=>V({oneOf:[{minimum:1},{minimum:2},{minimum:3}]},5))()"##,
        r##"false [{"keyword":"oneOf","dataPath":"","schemaPath":"#/oneOf","params":{"passingSchemas":[0,1]},"message":"should match exactly one schema in oneOf"}]"##,
    ),
    // o10
    (
        r##"(()=>V({properties:{a:{type:'string'}},patternProperties:{'^b':{type:'number'}},additionalProperties:false},{a:1,bb:'x',c:1,'d e':2}))()"##,
        r##"false [{"keyword":"additionalProperties","dataPath":"","schemaPath":"#/additionalProperties","params":{"additionalProperty":"c"},"message":"should NOT have additional properties"},{"keyword":"additionalProperties","dataPath":"","schemaPath":"#/additionalProperties","params":{"additionalProperty":"d e"},"message":"should NOT have additional properties"},{"keyword":"type","dataPath":".a","schemaPath":"#/properties/a/type","params":{"type":"string"},"message":"should be string"},{"keyword":"type","dataPath":"['bb']","schemaPath":"#/patternProperties/%5Eb/type","params":{"type":"number"},"message":"should be number"}]"##,
    ),
    // o11
    (
        r##"(()=>V({dependencies:{a:['b','c'],d:{required:['e']}}},{a:1,d:1}))()"##,
        r##"false [{"keyword":"dependencies","dataPath":"","schemaPath":"#/dependencies","params":{"property":"a","missingProperty":"b","depsCount":2,"deps":"b, c"},"message":"should have properties b, c when property a is present"},{"keyword":"dependencies","dataPath":"","schemaPath":"#/dependencies","params":{"property":"a","missingProperty":"c","depsCount":2,"deps":"b, c"},"message":"should have properties b, c when property a is present"},{"keyword":"required","dataPath":"","schemaPath":"#/dependencies/d/required","params":{"missingProperty":"e"},"message":"should have required property 'e'"}]"##,
    ),
    // o12
    (
        r##"(()=>V({required:['a','b c']},{}, {}))()"##,
        r##"false [{"keyword":"required","dataPath":"","schemaPath":"#/required","params":{"missingProperty":".a"},"message":"should have required property '.a'"}]"##,
    ),
    // o13
    (
        r##"(()=>V({type:'object',required:['a'],properties:{a:{type:'string'}}},[]))()"##,
        r##"false [{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"object"},"message":"should be object"}]"##,
    ),
    // o14
    (
        r##"(()=>V({properties:{a:false,b:true}},{a:1,b:1}))()"##,
        r##"false [{"keyword":"false schema","dataPath":".a","schemaPath":"#/properties/a/false schema","params":{},"message":"boolean schema is false"}]"##,
    ),
    // o15
    (
        r##"(()=>V(false,1)+' '+V(true,1))()"##,
        r##"false [{"keyword":"false schema","dataPath":"","schemaPath":"#/false schema","params":{},"message":"boolean schema is false"}] true null"##,
    ),
    // o16
    (
        r##"(()=>V({$ref:'#/definitions/a',definitions:{a:{type:'string'}}, type:'number'},5))()"##,
        r##"false [{"keyword":"type","dataPath":"","schemaPath":"#/definitions/a/type","params":{"type":"string"},"message":"should be string"}]"##,
    ),
    // o17
    (
        r##"(()=>V({definitions:{n:{type:'object',properties:{c:{$ref:'#/definitions/n'},v:{type:'integer'}}}},$ref:'#/definitions/n'},{c:{c:{v:'x'}}}))()"##,
        r##"false [{"keyword":"type","dataPath":".c.c.v","schemaPath":"#/properties/v/type","params":{"type":"integer"},"message":"should be integer"}]"##,
    ),
    // o18
    (
        r##"(()=>V({format:'date-time'},'2020-01-01T00:00:00Z')+V({format:'date-time'},'2020-01-01')+V({format:'uri'},'x')+V({format:'ipv4'},'1.2.3.4')+V({format:'uuid'},'x')+V({type:'string',format:'hostname'},'a.b')+V({format:'ipv6'},'::1'))()"##,
        r##"true nullfalse [{"keyword":"format","dataPath":"","schemaPath":"#/format","params":{"format":"date-time"},"message":"should match format \"date-time\""}]false [{"keyword":"format","dataPath":"","schemaPath":"#/format","params":{"format":"uri"},"message":"should match format \"uri\""}]true nullfalse [{"keyword":"format","dataPath":"","schemaPath":"#/format","params":{"format":"uuid"},"message":"should match format \"uuid\""}]true nulltrue null"##,
    ),
    // o19
    (
        r##"(()=>{try{new Ajv().compile({format:'nope'})}catch(e){return e.message}})()"##,
        r##"unknown format "nope" is used in schema at path "#""##,
    ),
    // o20
    (
        r##"(()=>{try{new Ajv().compile({$ref:'#/nope'})}catch(e){return e.message}})()"##,
        r##"can't resolve reference #/nope from id #"##,
    ),
    // o21
    (
        r##"(()=>{const a=new Ajv(); a.addSchema({$id:'http://e/s',type:'string'}); return a.validate('http://e/s',1)+J(a.errors)+a.validate({properties:{x:{$ref:'http://e/s'}}},{x:1})+J(a.errors)})()"##,
        r##"false[{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"string"},"message":"should be string"}]false[{"keyword":"type","dataPath":".x","schemaPath":"http://e/s/type","params":{"type":"string"},"message":"should be string"}]"##,
    ),
    // o22
    (
        r##"(()=>{const a=new Ajv(); a.addFormat('even',/^\d*[02468]$/); return a.validate({format:'even'},'3')+J(a.errors)})()"##,
        r##"false[{"keyword":"format","dataPath":"","schemaPath":"#/format","params":{"format":"even"},"message":"should match format \"even\""}]"##,
    ),
    // o23
    (
        r##"(()=>V({maximum:3,exclusiveMaximum:3},3)+V({minimum:1,exclusiveMinimum:0},0)+V({multipleOf:0.1},0.3))()"##,
        r##"false [{"keyword":"exclusiveMaximum","dataPath":"","schemaPath":"#/exclusiveMaximum","params":{"comparison":"<","limit":3,"exclusive":true},"message":"should be < 3"}]false [{"keyword":"minimum","dataPath":"","schemaPath":"#/minimum","params":{"comparison":">=","limit":1,"exclusive":false},"message":"should be >= 1"}]false [{"keyword":"multipleOf","dataPath":"","schemaPath":"#/multipleOf","params":{"multipleOf":0.1},"message":"should be multiple of 0.1"}]"##,
    ),
    // o24
    (
        r##"(()=>V({if:{minimum:3},else:{type:'string'}},1)+V({contains:{type:'string'}},[1],{})+V({additionalItems:{type:'string'},items:[{}]},[1,2]))()"##,
        r##"false [{"keyword":"type","dataPath":"","schemaPath":"#/else/type","params":{"type":"string"},"message":"should be string"},{"keyword":"if","dataPath":"","schemaPath":"#/if","params":{"failingKeyword":"else"},"message":"should match \"else\" schema"}]false [{"keyword":"contains","dataPath":"","schemaPath":"#/contains","params":{},"message":"should contain a valid item"}]false [{"keyword":"type","dataPath":"[1]","schemaPath":"#/additionalItems/type","params":{"type":"string"},"message":"should be string"}]"##,
    ),
    // o25
    (
        r##"(()=>new Ajv().errorsText([{dataPath:'.a',message:'m'},{dataPath:'',message:'n'}]))()"##,
        r##"data.a m, data n"##,
    ),
    // o26
    (
        r##"(()=>V({type:'number'},NaN)+V({type:'integer'},1.0)+V({type:'number',maximum:2},Infinity))()"##,
        r##"true nulltrue nullfalse [{"keyword":"maximum","dataPath":"","schemaPath":"#/maximum","params":{"comparison":"<=","limit":2,"exclusive":false},"message":"should be <= 2"}]"##,
    ),
    // o27
    (
        r##"(()=>V({propertyNames:{pattern:'^a'}},{b:1,c:2})+V({propertyNames:{pattern:'^a'}},{b:1,c:2},{}))()"##,
        r##"false [{"keyword":"pattern","dataPath":"","schemaPath":"#/propertyNames/pattern","params":{"pattern":"^a"},"message":"should match pattern \"^a\"","propertyName":"b"},{"keyword":"propertyNames","dataPath":"","schemaPath":"#/propertyNames","params":{"propertyName":"b"},"message":"property name 'b' is invalid"},{"keyword":"pattern","dataPath":"","schemaPath":"#/propertyNames/pattern","params":{"pattern":"^a"},"message":"should match pattern \"^a\"","propertyName":"c"},{"keyword":"propertyNames","dataPath":"","schemaPath":"#/propertyNames","params":{"propertyName":"c"},"message":"property name 'c' is invalid"}]false [{"keyword":"pattern","dataPath":"","schemaPath":"#/propertyNames/pattern","params":{"pattern":"^a"},"message":"should match pattern \"^a\"","propertyName":"b"},{"keyword":"propertyNames","dataPath":"","schemaPath":"#/propertyNames","params":{"propertyName":"b"},"message":"property name 'b' is invalid"}]"##,
    ),
    // o28
    (
        r##"(()=>V({items:{type:'integer'}},[1,'a',2,'b'],{})+V({items:{type:'integer'}},[1,'a',2,'b'],{jsonPointers:true,allErrors:true}))()"##,
        r##"false [{"keyword":"type","dataPath":"[1]","schemaPath":"#/items/type","params":{"type":"integer"},"message":"should be integer"}]false [{"keyword":"type","dataPath":"/1","schemaPath":"#/items/type","params":{"type":"integer"},"message":"should be integer"},{"keyword":"type","dataPath":"/3","schemaPath":"#/items/type","params":{"type":"integer"},"message":"should be integer"}]"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
