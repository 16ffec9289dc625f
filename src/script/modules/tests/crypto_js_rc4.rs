//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const C = require('crypto-js'); const H=C.enc.Hex, B=C.enc.Base64;"##;

const CASES: &[(&str, &str)] = &[
    // rc4
    (
        r##"(()=>C.RC4.encrypt('Plaintext', H.parse('4b6579')).ciphertext.toString()+' '+C.RC4.encrypt('', H.parse('01')).ciphertext.toString()+' '+C.RC4.decrypt(C.RC4.encrypt('Attack at dawn', H.parse('536563726574')), H.parse('536563726574')).toString(C.enc.Utf8))()"##,
        r##"bbf316e8d940af0ad3  Attack at dawn"##,
    ),
    // rc4drop
    (
        r##"(()=>C.RC4Drop.encrypt('Plaintext', H.parse('4b6579')).ciphertext.toString()+' '+C.RC4Drop.encrypt('Plaintext', H.parse('4b6579'), {drop: 1}).ciphertext.toString())()"##,
        r##"857047028b192029fd e758ab1bc96d2f5013"##,
    ),
    // rc4pass
    (
        r##"(()=>C.RC4.decrypt(C.RC4.encrypt('msg','pw').toString(),'pw').toString(C.enc.Utf8)+' '+C.RC4.encrypt('msg','pw').toString().length+' '+C.RC4.encrypt('m',H.parse('4b6579')).toString())()"##,
        r##"msg 28 hg=="##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
