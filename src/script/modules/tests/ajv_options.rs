//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const J=JSON.stringify; const Ajv=require('ajv');"##;

const CASES: &[(&str, &str)] = &[
    // nullable
    (
        r##"(()=>{const a=new Ajv({nullable:true}); return [a.validate({type:'string',nullable:true},null), a.validate({type:'string',nullable:true},1), J(a.errors), new Ajv().validate({type:'string',nullable:true},null)].join(' ')})()"##,
        r##"true false [{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"string,null"},"message":"should be string,null"}] false"##,
    ),
    // defaults
    (
        r##"(()=>{const a=new Ajv({useDefaults:true}); const d={}; const ok=a.validate({properties:{x:{default:5},y:{type:'object',properties:{z:{default:'q'}},default:{}}},items:{default:1}},d); return ok+' '+J(d)})()"##,
        r##"true {"x":5,"y":{"z":"q"}}"##,
    ),
    // removeAdd
    (
        r##"(()=>{const a=new Ajv({removeAdditional:true}); const d={a:1,b:2}; return a.validate({properties:{a:{}},additionalProperties:false},d)+' '+J(d)})()"##,
        r##"true {"a":1}"##,
    ),
    // idref
    (
        r##"(()=>{const a=new Ajv(); return a.validate({$id:'http://ex.com/root.json',definitions:{p:{$id:'#pos',type:'number',minimum:0}},properties:{a:{$ref:'#pos'}}},{a:-1})+' '+J(a.errors)})()"##,
        r##"false [{"keyword":"minimum","dataPath":".a","schemaPath":"#pos/minimum","params":{"comparison":">=","limit":0,"exclusive":false},"message":"should be >= 0"}]"##,
    ),
    // idref2
    (
        r##"(()=>{const a=new Ajv(); a.addSchema({$id:'http://ex.com/defs.json',definitions:{s:{type:'string'}}}); return a.validate({$id:'http://ex.com/main.json',properties:{a:{$ref:'defs.json#/definitions/s'}}},{a:1})+' '+J(a.errors)})()"##,
        r##"false [{"keyword":"type","dataPath":".a","schemaPath":"defs.json#/definitions/s/type","params":{"type":"string"},"message":"should be string"}]"##,
    ),
    // recursive
    (
        r##"(()=>{const a=new Ajv({allErrors:true}); return a.validate({$id:'t',type:'object',properties:{v:{type:'number'},kids:{type:'array',items:{$ref:'#'}}}},{v:1,kids:[{v:'x',kids:[{v:2},{v:'y'}]}]})+' '+J(a.errors)})()"##,
        r##"false [{"keyword":"type","dataPath":".kids[0].v","schemaPath":"#/properties/v/type","params":{"type":"number"},"message":"should be number"},{"keyword":"type","dataPath":".kids[0].kids[1].v","schemaPath":"#/properties/v/type","params":{"type":"number"},"message":"should be number"}]"##,
    ),
    // verbose
    (
        r##"(()=>{const a=new Ajv({verbose:true}); a.validate({type:'string'},1); return J(Object.keys(a.errors[0]))+' '+J(a.errors[0].schema)+' '+J(a.errors[0].data)})()"##,
        r##"["keyword","dataPath","schemaPath","params","message","schema","parentSchema","data"] "string" 1"##,
    ),
    // coerce
    (
        r##"(()=>{const a=new Ajv({coerceTypes:true}); const d={n:'5',b:'true',s:7,i:'x',z:null,f:'1.5',arr:['1',2],e:'',q:false}; const ok=a.validate({properties:{n:{type:'number'},b:{type:'boolean'},s:{type:'string'},i:{type:'integer'},z:{type:'string'},f:{type:'integer'},arr:{items:{type:'number'}},e:{type:'number'},q:{type:'null'}}},d); return ok+' '+J(d)+' '+J(a.errors)})()"##,
        r##"false {"n":5,"b":true,"s":"7","i":"x","z":null,"f":"1.5","arr":["1",2],"e":"","q":false} [{"keyword":"type","dataPath":".i","schemaPath":"#/properties/i/type","params":{"type":"integer"},"message":"should be integer"}]"##,
    ),
    // coerce2
    (
        r##"(()=>{const a=new Ajv({coerceTypes:true,allErrors:true}); const d={a:'10',b:'x'}; return a.validate({properties:{a:{type:'integer',maximum:5},b:{type:['number','boolean']}}},d)+' '+J(d)+' '+J(a.errors)})()"##,
        r##"false {"a":10,"b":"x"} [{"keyword":"maximum","dataPath":".a","schemaPath":"#/properties/a/maximum","params":{"comparison":"<=","limit":5,"exclusive":false},"message":"should be <= 5"},{"keyword":"type","dataPath":".b","schemaPath":"#/properties/b/type","params":{"type":"number,boolean"},"message":"should be number,boolean"}]"##,
    ),
    // coerce3
    (
        r##"(()=>{const a=new Ajv({coerceTypes:true,allErrors:true}); const d={z:null,f:'1.5',arr:['1',2,'x'],e:'',q:false,t:0,u:'false',w:true}; const ok=a.validate({properties:{z:{type:'string'},f:{type:'integer'},arr:{items:{type:'number'}},e:{type:'number'},q:{type:'null'},t:{type:'boolean'},u:{type:'boolean'},w:{type:'number'}}},d); return ok+' '+J(d)+' '+J(a.errors)})()"##,
        r##"false {"z":"","f":"1.5","arr":[1,2,"x"],"e":"","q":null,"t":false,"u":false,"w":1} [{"keyword":"type","dataPath":".f","schemaPath":"#/properties/f/type","params":{"type":"integer"},"message":"should be integer"},{"keyword":"type","dataPath":".arr[2]","schemaPath":"#/properties/arr/items/type","params":{"type":"number"},"message":"should be number"},{"keyword":"type","dataPath":".e","schemaPath":"#/properties/e/type","params":{"type":"number"},"message":"should be number"}]"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
