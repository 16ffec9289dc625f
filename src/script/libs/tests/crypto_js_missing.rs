//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const C = require('crypto-js'); const H=C.enc.Hex, B=C.enc.Base64;"##;

const CASES: &[(&str, &str)] = &[
    // u1
    (
        r##"(()=>C.SHA256(undefined).toString()+' '+C.SHA256(null).toString()+' '+C.SHA256('').toString())()"##,
        r##"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"##,
    ),
    // u3
    (
        r##"(()=>C.HmacSHA256(undefined,'k').toString()+' '+C.HmacSHA256('m',undefined).toString())()"##,
        r##"ERR Cannot read properties of undefined (reading 'sigBytes')"##,
    ),
    // u4
    (
        r##"(()=>C.HmacSHA256('m','').toString()+' '+C.HmacSHA256('m',null).toString())()"##,
        r##"ERR Cannot read properties of null (reading 'sigBytes')"##,
    ),
    // u7
    (
        r##"(()=>C.enc.Utf8.parse(undefined).toString()+' '+C.enc.Utf8.parse(null).toString()+' '+C.enc.Utf8.parse(12).toString())()"##,
        r##"756e646566696e6564 6e756c6c 3132"##,
    ),
    // u8
    (
        r##"(()=>C.AES.encrypt(undefined,'k').toString().length)()"##,
        r##"44"##,
    ),
    // u10
    (
        r##"(()=>C.AES.decrypt('','k').toString()+'|'+C.AES.decrypt(undefined,'k'))()"##,
        r##"ERR Cannot read properties of undefined (reading 'salt')"##,
    ),
    // u11
    (
        r##"(()=>H.parse('zz').toString()+' '+H.parse('0g').toString())()"##,
        r##"00 00"##,
    ),
    // u12
    (
        r##"(()=>C.SHA256(C.lib.WordArray.create()).toString()+' '+C.lib.WordArray.create().toString()+'|'+C.lib.WordArray.create([1]).toString())()"##,
        r##"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 |00000001"##,
    ),
    // u13
    (
        r##"(()=>C.PBKDF2('p','s',{keySize:0}).toString()+'|'+C.PBKDF2('p','s',{iterations:0}).toString())()"##,
        r##"|843c87e7eda3ee2f64a61c8d1f997842"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
