const C = require('crypto-js'); const H=C.enc.Hex, B=C.enc.Base64;
const out=(k,f)=>{try{console.log(k+' => '+f())}catch(e){console.log(k+' => ERR '+e.message)}};
out('rc4', ()=>C.RC4.encrypt('Plaintext', H.parse('4b6579')).ciphertext.toString()+' '+C.RC4.encrypt('', H.parse('01')).ciphertext.toString()+' '+C.RC4.decrypt(C.RC4.encrypt('Attack at dawn', H.parse('536563726574')), H.parse('536563726574')).toString(C.enc.Utf8));
out('rc4drop', ()=>C.RC4Drop.encrypt('Plaintext', H.parse('4b6579')).ciphertext.toString()+' '+C.RC4Drop.encrypt('Plaintext', H.parse('4b6579'), {drop: 1}).ciphertext.toString());
out('rc4pass', ()=>C.RC4.decrypt(C.RC4.encrypt('msg','pw').toString(),'pw').toString(C.enc.Utf8)+' '+C.RC4.encrypt('msg','pw').toString().length+' '+C.RC4.encrypt('m',H.parse('4b6579')).toString());
