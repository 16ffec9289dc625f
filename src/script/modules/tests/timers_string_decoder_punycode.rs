//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const J=JSON.stringify;"##;

const CASES: &[(&str, &str)] = &[
    // timers
    (
        r##"(()=>Object.keys(require('timers')).join(','))()"##,
        r##"setTimeout,setInterval,clearInterval,clearTimeout,enroll,unenroll,active,_unrefActive,setImmediate,clearImmediate"##,
    ),
    // sd
    (
        r##"(()=>{const {StringDecoder}=require('string_decoder'); const d=new StringDecoder('utf8'); const b=Buffer.from('é€😀'); return [d.write(b.slice(0,1)), d.write(b.slice(1,4)), d.write(b.slice(4,8)), d.end(b.slice(8)), new StringDecoder('hex').write(Buffer.from('ab')), new StringDecoder('base64').write(Buffer.from('abcd')), new StringDecoder().end(), Object.keys(require('string_decoder')).join(',')].join('|')})()"##,
        r##"|é|€|😀|6162|YWJj||StringDecoder"##,
    ),
    // pc
    (
        r##"(()=>{const p=require('punycode'); return [Object.keys(p).join(','), p.toASCII('mañana.com'), p.toUnicode('xn--maana-pta.com'), p.encode('mañana'), p.decode('maana-pta'), p.toASCII('ü.example'), p.version, J(p.ucs2.decode('😀a')), p.ucs2.encode([128512,97])].join('|')})()"##,
        r##"version,ucs2,decode,encode,toASCII,toUnicode|xn--maana-pta.com|mañana.com|maana-pta|mañana|xn--tda.example|1.4.1|[128512,97]|😀a"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
