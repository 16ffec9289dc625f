//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const C = require('crypto-js'); const H=C.enc.Hex, U=C.enc.Utf8;
const iv=H.parse('000102030405060708090a0b0c0d0e0f');"##;

const CASES: &[(&str, &str)] = &[
    // k4
    (
        r##"(()=>{const k=U.parse('k'.repeat(4)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)})()"##,
        r##"c6c17b0e73b95b4bfe170ee87e9cdd54 message text"##,
    ),
    // k8
    (
        r##"(()=>{const k=U.parse('k'.repeat(8)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)})()"##,
        r##"69266951c989845e56f2c9a176b11874 message text"##,
    ),
    // k12
    (
        r##"(()=>{const k=U.parse('k'.repeat(12)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)})()"##,
        r##"67a3a883cd97d668891feb139f0b8b50 message text"##,
    ),
    // k20
    (
        r##"(()=>{const k=U.parse('k'.repeat(20)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)})()"##,
        r##"87a38435c1e884c9175852a7c18e9071 message text"##,
    ),
    // k28
    (
        r##"(()=>{const k=U.parse('k'.repeat(28)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)})()"##,
        r##"aa549f9f6db45c69bb8ffc7f444aa4fa message text"##,
    ),
    // k36
    (
        r##"(()=>{const k=U.parse('k'.repeat(36)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)})()"##,
        r##"6352e7165a2ee423c9ff68dd8463cbd2 message text"##,
    ),
    // k64
    (
        r##"(()=>{const k=U.parse('k'.repeat(64)); const e=C.AES.encrypt('message text', k, {iv:iv}); return e.ciphertext.toString()+' '+C.AES.decrypt(e, k, {iv:iv}).toString(U)})()"##,
        r##"de4cf690e26838970fd82065a6e836c6 message text"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
