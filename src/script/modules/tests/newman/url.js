const out=(k,f)=>{try{console.log(k+' => '+f())}catch(e){console.log(k+' => ERR '+e.message)}};
const J=JSON.stringify; const url=require('url');
out('k', ()=>Object.keys(url).join(',')+' '+typeof URL+' '+typeof URLSearchParams);
out('p1', ()=>J(url.parse('https://user:pw@Example.com:8080/p/a/t/h?query=string&a=1#hash')));
out('p2', ()=>J(url.parse('https://example.com/p?x=1&x=2&y', true).query)+' '+J(url.parse('/relative/path?q=1')));
out('f1', ()=>url.format({protocol:'https',hostname:'ex.com',pathname:'/a b',query:{q:'1 2',r:[1,2]}})+' '+url.resolve('http://a.com/b/c','../d')+' '+url.resolve('/one/two/three','four'));
out('p3', ()=>J(url.parse('http://x.com/a b/c?d=e f#g h'))+' '+J(url.parse('mailto:user@host.com'))+' '+J(url.parse('//host/p',false,true))+' '+J(url.parse('HTTP://[::1]:80/x')));
out('f2', ()=>url.format(url.parse('https://a.com/b?c=d'))+' '+url.format({host:'h.com',pathname:'p'})+' '+url.format({protocol:'http:',host:'h',search:'q=1',hash:'x'})+' '+url.format('http://A.com'));
out('r2', ()=>[url.resolve('http://a.com/b/c?x=1','?y=2'),url.resolve('http://a.com/b/c','#h'),url.resolve('http://a.com/b/c','//other.com/z'),url.resolve('http://a.com/b/c','https://x.org'),url.resolve('http://a.com','p'),url.resolve('http://a.com/b/','./c/../d')].join(' '));
