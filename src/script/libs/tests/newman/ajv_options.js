const out=(k,f)=>{try{console.log(k+' => '+f())}catch(e){console.log(k+' => ERR '+e.message)}};
const J=JSON.stringify; const Ajv=require('ajv');
out('nullable', ()=>{const a=new Ajv({nullable:true}); return [a.validate({type:'string',nullable:true},null), a.validate({type:'string',nullable:true},1), J(a.errors), new Ajv().validate({type:'string',nullable:true},null)].join(' ')});
out('defaults', ()=>{const a=new Ajv({useDefaults:true}); const d={}; const ok=a.validate({properties:{x:{default:5},y:{type:'object',properties:{z:{default:'q'}},default:{}}},items:{default:1}},d); return ok+' '+J(d)});
out('removeAdd', ()=>{const a=new Ajv({removeAdditional:true}); const d={a:1,b:2}; return a.validate({properties:{a:{}},additionalProperties:false},d)+' '+J(d)});
out('idref', ()=>{const a=new Ajv(); return a.validate({$id:'http://ex.com/root.json',definitions:{p:{$id:'#pos',type:'number',minimum:0}},properties:{a:{$ref:'#pos'}}},{a:-1})+' '+J(a.errors)});
out('idref2', ()=>{const a=new Ajv(); a.addSchema({$id:'http://ex.com/defs.json',definitions:{s:{type:'string'}}}); return a.validate({$id:'http://ex.com/main.json',properties:{a:{$ref:'defs.json#/definitions/s'}}},{a:1})+' '+J(a.errors)});
out('recursive', ()=>{const a=new Ajv({allErrors:true}); return a.validate({$id:'t',type:'object',properties:{v:{type:'number'},kids:{type:'array',items:{$ref:'#'}}}},{v:1,kids:[{v:'x',kids:[{v:2},{v:'y'}]}]})+' '+J(a.errors)});
out('verbose', ()=>{const a=new Ajv({verbose:true}); a.validate({type:'string'},1); return J(Object.keys(a.errors[0]))+' '+J(a.errors[0].schema)+' '+J(a.errors[0].data)});
