const C = require('crypto-js'); const H=C.enc.Hex, U=C.enc.Utf8;
const out=(k,f)=>{try{console.log(k+' => '+f())}catch(e){console.log(k+' => ERR '+e.message)}};
const iv=H.parse('000102030405060708090a0b0c0d0e0f');

out('k4', ()=>{const k=U.parse('k'.repeat(4)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)});
out('k8', ()=>{const k=U.parse('k'.repeat(8)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)});
out('k12', ()=>{const k=U.parse('k'.repeat(12)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)});
out('k20', ()=>{const k=U.parse('k'.repeat(20)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)});
out('k28', ()=>{const k=U.parse('k'.repeat(28)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)});
out('k36', ()=>{const k=U.parse('k'.repeat(36)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)});
out('k64', ()=>{const k=U.parse('k'.repeat(64)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)});
out('k6', ()=>{try{C.AES.encrypt('m', U.parse('kkkkkk'), {iv:iv}); return 'no error'}catch(e){return 'threw'}});