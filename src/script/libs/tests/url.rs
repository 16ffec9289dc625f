//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const J=JSON.stringify; const url=require('url');"##;

const CASES: &[(&str, &str)] = &[
    // k
    (
        r##"(()=>Object.keys(url).join(',')+' '+typeof URL+' '+typeof URLSearchParams)()"##,
        r##"parse,resolve,resolveObject,format,Url undefined undefined"##,
    ),
    // p1
    (
        r##"(()=>J(url.parse('https://user:pw@Example.com:8080/p/a/t/h?query=string&a=1#hash')))()"##,
        r##"{"protocol":"https:","slashes":true,"auth":"user:pw","host":"example.com:8080","port":"8080","hostname":"example.com","hash":"#hash","search":"?query=string&a=1","query":"query=string&a=1","pathname":"/p/a/t/h","path":"/p/a/t/h?query=string&a=1","href":"https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash"}"##,
    ),
    // p2
    (
        r##"(()=>J(url.parse('https://example.com/p?x=1&x=2&y', true).query)+' '+J(url.parse('/relative/path?q=1')))()"##,
        r##"{"x":["1","2"],"y":""} {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?q=1","query":"q=1","pathname":"/relative/path","path":"/relative/path?q=1","href":"/relative/path?q=1"}"##,
    ),
    // f1
    (
        r##"(()=>url.format({protocol:'https',hostname:'ex.com',pathname:'/a b',query:{q:'1 2',r:[1,2]}})+' '+url.resolve('http://a.com/b/c','../d')+' '+url.resolve('/one/two/three','four'))()"##,
        r##"https://ex.com/a b?q=1%202&r=1&r=2 http://a.com/d /one/two/four"##,
    ),
    // p3
    (
        r##"(()=>J(url.parse('http://x.com/a b/c?d=e f#g h'))+' '+J(url.parse('mailto:user@host.com'))+' '+J(url.parse('//host/p',false,true))+' '+J(url.parse('HTTP://[::1]:80/x')))()"##,
        r##"{"protocol":"http:","slashes":true,"auth":null,"host":"x.com","port":null,"hostname":"x.com","hash":"#g%20h","search":"?d=e%20f","query":"d=e%20f","pathname":"/a%20b/c","path":"/a%20b/c?d=e%20f","href":"http://x.com/a%20b/c?d=e%20f#g%20h"} {"protocol":"mailto:","slashes":null,"auth":"user","host":"host.com","port":null,"hostname":"host.com","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"mailto:user@host.com"} {"protocol":null,"slashes":true,"auth":null,"host":"host","port":null,"hostname":"host","hash":null,"search":null,"query":null,"pathname":"/p","path":"/p","href":"//host/p"} {"protocol":"http:","slashes":true,"auth":null,"host":"[::1]:80","port":"80","hostname":"::1","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"http://[::1]:80/x"}"##,
    ),
    // f2
    (
        r##"(()=>url.format(url.parse('https://a.com/b?c=d'))+' '+url.format({host:'h.com',pathname:'p'})+' '+url.format({protocol:'http:',host:'h',search:'q=1',hash:'x'})+' '+url.format('http://A.com'))()"##,
        r##"https://a.com/b?c=d //h.com/p http://h?q=1#x http://a.com/"##,
    ),
    // r2
    (
        r##"(()=>[url.resolve('http://a.com/b/c?x=1','?y=2'),url.resolve('http://a.com/b/c','#h'),url.resolve('http://a.com/b/c','//other.com/z'),url.resolve('http://a.com/b/c','https://x.org'),url.resolve('http://a.com','p'),url.resolve('http://a.com/b/','./c/../d')].join(' '))()"##,
        r##"http://a.com/b/c?y=2 http://a.com/b/c#h http://other.com/z https://x.org/ http://a.com/p http://a.com/b/d"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
