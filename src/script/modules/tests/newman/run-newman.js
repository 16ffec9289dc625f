const newman = require(process.env.NEWMAN_MODULE || '/tmp/pmdiff/node_modules/newman');
const fs = require('fs');
const src = fs.readFileSync(process.argv[2], 'utf8');
const col = {info:{name:'x',schema:'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
  item:[{name:'r',request:{method:'GET',url:'http://127.0.0.1:9/'},event:[{listen:'prerequest',script:{exec:src.split('\n')}}]}]};
newman.run({collection: col, timeoutRequest: 300}).on('console', (e, a) => {
  console.log(a.messages.map(m => typeof m === 'string' ? m : JSON.stringify(m)).join(' '));
}).on('exception', (e, a) => console.log('EXCEPTION', a.error && a.error.message))
.on('script', (e,a)=>{ if (a.execution && a.execution.error) console.log('SCRIPTERR', a.execution.error.message); if (e) console.log('ERR', e.message)});
