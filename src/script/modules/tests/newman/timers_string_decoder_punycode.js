const out=(k,f)=>{try{console.log(k+' => '+f())}catch(e){console.log(k+' => ERR '+e.message)}};
const J=JSON.stringify;
out('timers', ()=>Object.keys(require('timers')).join(','));
out('sd', ()=>{const {StringDecoder}=require('string_decoder'); const d=new StringDecoder('utf8'); const b=Buffer.from('é€😀'); return [d.write(b.slice(0,1)), d.write(b.slice(1,4)), d.write(b.slice(4,8)), d.end(b.slice(8)), new StringDecoder('hex').write(Buffer.from('ab')), new StringDecoder('base64').write(Buffer.from('abcd')), new StringDecoder().end(), Object.keys(require('string_decoder')).join(',')].join('|')});
out('pc', ()=>{const p=require('punycode'); return [Object.keys(p).join(','), p.toASCII('mañana.com'), p.toUnicode('xn--maana-pta.com'), p.encode('mañana'), p.decode('maana-pta'), p.toASCII('ü.example'), p.version, J(p.ucs2.decode('😀a')), p.ucs2.encode([128512,97])].join('|')});
