//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const C = require('crypto-js'); const H=C.enc.Hex, B=C.enc.Base64;"##;

const CASES: &[(&str, &str)] = &[
    // ta1
    (
        r##"(()=>C.lib.WordArray.create(new Uint8Array([1,2,3,250])).toString()+' '+C.lib.WordArray.create(new Uint8Array([1,2,3]).buffer).toString()+' '+C.lib.WordArray.create(new Uint16Array([1,258])).toString()+' '+C.lib.WordArray.create(new Int8Array([-1])).sigBytes)()"##,
        r##"010203fa 010203 01000201 1"##,
    ),
    // b64roundtrip
    (
        r##"(()=>B.stringify(C.enc.Utf8.parse('user:päss€'))+' '+B.parse('dXNlcjpww6Rzc+KCrA==').toString(C.enc.Utf8))()"##,
        r##"dXNlcjpww6Rzc+KCrA== user:päss€"##,
    ),
    // hmacb64key
    (
        r##"(()=>C.HmacSHA256('GET\n/path\n1700000000', B.parse('c2VjcmV0LWtleQ==')).toString(B))()"##,
        r##"XOLj2Dg8vGDxbBC3ru1IJC+XvwLDTII8z2aVjr3AwO0="##,
    ),
    // md5b64
    (
        r##"(()=>C.MD5('payload').toString(B)+' '+C.SHA256('x').toString().toUpperCase()+' '+C.SHA1('').toString(C.enc.Latin1).length)()"##,
        r##"Mhw89IbtUJFk7eweGYH+yA== 2D711642B726B04401627CA9FBAC32F5C8530FB1903CC4DB02258717921A4881 20"##,
    ),
    // aesecbutf8
    (
        r##"(()=>{const k=C.enc.Utf8.parse('1234567890123456'); const e=C.AES.encrypt(JSON.stringify({a:1}),k,{mode:C.mode.ECB,padding:C.pad.Pkcs7}).toString(); return e+' '+C.AES.decrypt(e,k,{mode:C.mode.ECB}).toString(C.enc.Utf8)})()"##,
        r##"UTFEdP/XJmvfXgtGWfjCNQ== {"a":1}"##,
    ),
    // aescbcstr
    (
        r##"(()=>{const k=C.enc.Utf8.parse('0123456789abcdef0123456789abcdef'), iv=C.enc.Utf8.parse('abcdef9876543210'); return C.AES.encrypt('text',k,{iv:iv}).ciphertext.toString(B)})()"##,
        r##"iHMCvdUdjiyS9KSoaZ1Gdw=="##,
    ),
    // decparams
    (
        r##"(()=>{const k=H.parse('000102030405060708090a0b0c0d0e0f'); const cp=C.lib.CipherParams.create({ciphertext:B.parse('XYdJ4q91MbK/ZmHp5drwEg==')}); return C.AES.decrypt(cp,k,{mode:C.mode.ECB}).toString(C.enc.Utf8)})()"##,
        r##"hello"##,
    ),
    // malformed
    (
        r##"(()=>H.parse('ff').toString(C.enc.Utf8))()"##,
        r##"ERR Malformed UTF-8 data"##,
    ),
    // utf8emoji
    (
        r##"(()=>C.enc.Utf8.parse('😀a').toString()+' '+C.enc.Utf8.parse('😀a').sigBytes+' '+C.enc.Utf8.stringify(H.parse('f09f9880')))()"##,
        r##"f09f988061 5 😀"##,
    ),
    // latin1hash
    (
        r##"(()=>C.SHA256(C.enc.Latin1.parse('\u00ff\u00fe')).toString())()"##,
        r##"b3d510ef04275ca8e698e5b3cbb0ece3949ef9252f0cdc839e9ee347409a2209"##,
    ),
    // sha3_224_384
    (
        r##"(()=>C.SHA3('abc',{outputLength:224}).toString()+' '+C.SHA3('abc',{outputLength:384}).toString())()"##,
        r##"c30411768506ebe1c2871b1ee2e87d38df342317300a9b97a95ec6a8 f7df1165f033337be098e7d288ad6a2f74409d7a60b49c36642218de161b1f99f8c681e4afaf31a34db29fb763e3c28e"##,
    ),
    // hmacwa_tostr
    (
        r##"(()=>C.HmacSHA1('a','b')+'')()"##,
        r##"8abe0fd691e3da3035f7b7ac91be45d99e942b9e"##,
    ),
    // words_after_hash
    (
        r##"(()=>JSON.stringify(C.MD5('a').words)+' '+C.MD5('a').sigBytes)()"##,
        r##"[214005177,-1057900888,834902498,1769416289] 16"##,
    ),
    // pbkdf2_256
    (
        r##"(()=>C.PBKDF2('pw', C.enc.Hex.parse('0102030405060708'), {keySize:256/32, iterations:1000, hasher:C.algo.SHA256}).toString())()"##,
        r##"b7cc3b0356af67a04dae697cd60041a793c0544673390a260c4271310897ae4a"##,
    ),
    // pbkdf2_sha512
    (
        r##"(()=>C.PBKDF2('pw','salt',{keySize:16,iterations:2,hasher:C.algo.SHA512}).toString(B))()"##,
        r##"iBbMOq9xNzY5w0FQSbK2Vy+NK62NdkH/ZAKTnfUNtHrv6mG/gbNK+mlszF0/5uVfmIJ1IqQH3FrLyqCmAjZJpg=="##,
    ),
    // des_cbc_dec
    (
        r##"(()=>C.DES.decrypt('Yz0b5wzR/yk=', H.parse('0001020304050607'),{iv:H.parse('0102030405060708')}).toString(C.enc.Utf8))()"##,
        r##"hello"##,
    ),
    // 3des_pass
    (
        r##"(()=>C.TripleDES.decrypt(C.TripleDES.encrypt('msg','pw').toString(),'pw').toString(C.enc.Utf8)+' '+C.DES.decrypt(C.DES.encrypt('msg2','pw'),'pw').toString(C.enc.Utf8))()"##,
        r##"msg msg2"##,
    ),
    // ctr_wrap
    (
        r##"(()=>C.AES.encrypt('x'.repeat(40), H.parse('000102030405060708090a0b0c0d0e0f'), {iv:H.parse('ffffffffffffffffffffffffffffffff'), mode:C.mode.CTR, padding:C.pad.NoPadding}).ciphertext.toString())()"##,
        r##"443c674ab67ffa5b1cafdae17628c36b877d214f0d14d5b6110c9533f4e005d6baf9e3023e6c0b0a"##,
    ),
    // iso10126len
    (
        r##"(()=>{const k=H.parse('000102030405060708090a0b0c0d0e0f'); const e=C.AES.encrypt('abc',k,{iv:k,padding:C.pad.Iso10126}); return e.ciphertext.sigBytes+' '+C.AES.decrypt(e,k,{iv:k,padding:C.pad.Iso10126}).toString(C.enc.Utf8)})()"##,
        r##"16 abc"##,
    ),
    // enc_obj
    (
        r##"(()=>{const e=C.AES.encrypt('m',H.parse('000102030405060708090a0b0c0d0e0f'),{iv:H.parse('000102030405060708090a0b0c0d0e0f')}); return [typeof e.ciphertext, e.iv.toString(), e.key.toString(), e.salt, e.mode===C.mode.CBC, e.padding===C.pad.Pkcs7, e.formatter===C.format.OpenSSL, e.toString(C.format.Hex)].join(',')})()"##,
        r##"object,000102030405060708090a0b0c0d0e0f,000102030405060708090a0b0c0d0e0f,,true,true,true,822f92d2093582aee09824fef202d017"##,
    ),
    // fmthex
    (
        r##"(()=>C.AES.decrypt(C.format.Hex.parse('5d8749e2af7531b2bf6661e9e5daf012'), H.parse('000102030405060708090a0b0c0d0e0f'), {mode:C.mode.ECB}).toString(C.enc.Utf8))()"##,
        r##"hello"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
