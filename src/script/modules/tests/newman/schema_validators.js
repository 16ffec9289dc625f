const out=(k,f)=>{try{console.log(k+' => '+f())}catch(e){console.log(k+' => ERR '+e.message)}};
const J=JSON.stringify; const Ajv=require('ajv');
const schemas=[
 {type:'object',required:['id','name'],properties:{id:{type:'integer',minimum:1},name:{type:'string',minLength:1},tags:{type:'array',items:{type:'string'},uniqueItems:true},meta:{type:['object','null'],additionalProperties:{type:'number'}}}},
 {type:'array',items:{type:'object',required:['a'],properties:{a:{enum:[1,2,3]},b:{type:'boolean'}}},minItems:1,maxItems:3},
 {definitions:{pos:{type:'number',exclusiveMinimum:0}},type:'object',properties:{x:{$ref:'#/definitions/pos'},y:{allOf:[{$ref:'#/definitions/pos'},{maximum:10}]}},dependencies:{x:['y']}},
 {anyOf:[{type:'string',pattern:'^[a-z]+$'},{type:'number',multipleOf:5}]},
 {oneOf:[{type:'object',required:['a']},{type:'object',required:['b']}]},
 {type:'string',format:'date-time'},
 {type:'object',propertyNames:{pattern:'^[a-z]+$'},minProperties:1,maxProperties:2},
 {type:'object',properties:{kind:{const:'x'}},if:{properties:{kind:{const:'x'}}},then:{required:['xv']},else:{required:['other']}},
 {not:{type:'null'},type:['string','number','object']},
 {type:'object',patternProperties:{'^n_':{type:'number'},'^s_':{type:'string'}},additionalProperties:false},
 {type:'array',items:[{type:'string'},{type:'number'}],additionalItems:false,contains:{type:'number'}},
 {type:'object',properties:{email:{type:'string',format:'email'},uri:{type:'string',format:'uri'},ip:{format:'ipv4'},uuid:{format:'uuid'},d:{format:'date'}}},
 {type:'integer'},
 {properties:{nested:{properties:{deep:{properties:{v:{type:'string',maxLength:2}}}}}}},
 {type:'object',required:['a b','c-d'],properties:{'a b':{type:'string'}}}
];
const datas=[null,0,7.5,'abc','2024-03-05T10:00:00Z',[],[{a:1},{a:4,b:'x'}],['x',5,6],{id:0,name:'',tags:['a','a'],meta:{k:'v'}},{id:3,name:'n'},{x:-1},{x:2,y:20},{a:1,b:2},{Ab:1,c:2,d:3},{kind:'x'},{kind:'y'},{n_1:'s',s_1:2,z:1},{email:'bad',uri:'nope',ip:'1.2.3',uuid:'zz',d:'2024-13-01'},{nested:{deep:{v:'long'}}},{'a b':1}];
out('sweep_all', ()=>schemas.map((s,i)=>{const ajv=new Ajv({allErrors:true}); const v=ajv.compile(s); return i+':'+datas.map(d=>v(d)?'1':J(v.errors.map(e=>[e.keyword,e.dataPath,e.schemaPath,J(e.params),e.message]))).join(' ¦ ')}).join('\n'));
out('sweep_first', ()=>schemas.map((s,i)=>{const ajv=new Ajv(); const v=ajv.compile(s); return i+':'+datas.map(d=>v(d)?'1':J(v.errors.map(e=>[e.keyword,e.dataPath,e.schemaPath,J(e.params),e.message]))).join(' ¦ ')}).join('\n'));
out('sweep_tv4', ()=>schemas.map((s,i)=>i+':'+datas.map(d=>{const r=tv4.validateMultiple(d,s); return r.valid?'1':J(r.errors.map(e=>[e.code,e.dataPath,e.schemaPath,e.message]))}).join(' ¦ ')).join('\n'));
