//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const J=JSON.stringify;"##;

const CASES: &[(&str, &str)] = &[
    // g
    (
        r##"(()=>typeof Buffer+' '+(typeof Buffer!=='undefined' && Buffer===require('buffer').Buffer)+' '+Object.keys(require('buffer')).join(','))()"##,
        r##"function true Buffer,SlowBuffer,INSPECT_MAX_BYTES,kMaxLength"##,
    ),
    // b1
    (
        r##"(()=>[Buffer.from('user:päss').toString('base64'), Buffer.from('aGk=','base64').toString(), Buffer.from('hi').toString('hex'), Buffer.from('6869','hex').toString('utf8'), Buffer.from([104,105]).toString(), Buffer.byteLength('é€'), Buffer.from('é').length, Buffer.concat([Buffer.from('a'),Buffer.from('b')]).toString(), Buffer.isBuffer(Buffer.from('')), Buffer.alloc(3).toString('hex'), Buffer.from('abc').slice(1).toString(), J(Buffer.from('ab')), Buffer.from('hi').toString('binary'), Buffer.from('\u00ff','latin1').toString('hex'), Buffer.from('a').equals(Buffer.from('a')), Buffer.compare(Buffer.from('a'),Buffer.from('b')), Buffer.from('abc')[1], Buffer.from('hi') instanceof Uint8Array, String(Buffer.from('xy'))].join(' | '))()"##,
        r##"dXNlcjpww6Rzcw== | hi | 6869 | hi | hi | 5 | 2 | ab | true | 000000 | bc | {"type":"Buffer","data":[97,98]} | hi | ff | true | -1 | 98 | true | xy"##,
    ),
    // b2
    (
        r##"(()=>[Buffer.from('hi').toJSON().type, Buffer.from('test').readUInt8(0), Buffer.from('hello').indexOf('l'), Buffer.from('hello').includes('ell'), Buffer.from('ab').toString('utf16le').length, Buffer.from('AQID','base64').readUInt16BE(0), Buffer.alloc(2,'a').toString(), Buffer.from('abc').subarray(0,2).toString('ascii'), typeof Buffer.allocUnsafe].join(' | '))()"##,
        r##"Buffer | 116 | 2 | true | 1 | 258 | aa | ab | function"##,
    ),
    // b3
    (
        r##"(()=>{const b=Buffer.alloc(8); b.writeUInt32BE(0xdeadbeef,0); b.writeInt16LE(-2,4); b.writeUInt8(7,6); return [b.toString('hex'), b.readInt32BE(0), b.readUInt32LE(0), b.readInt16LE(4), b.readInt8(4)].join(' ')})()"##,
        r##"deadbeeffeff0700 -559038737 4022250974 -2 -2"##,
    ),
    // b4
    (
        r##"(()=>{const b=Buffer.from('hello world'); const c=Buffer.alloc(5); b.copy(c,0,6); return [c.toString(), b.toString('utf8',0,5), b.toString('base64',6), Buffer.from(b.buffer, b.byteOffset, 5).toString(), Buffer.from(Buffer.from('dup')).toString(), b.fill('x',0,2).toString(), Buffer.isEncoding('hex'), Buffer.isEncoding('nope'), Buffer.from('€').toString('ascii'), Buffer.from('€').toString('latin1'), Buffer.from('aGk', 'base64').toString(), Buffer.from('a b=c', 'base64').toString('hex'), Buffer.from('zz','hex').length, Buffer.from('abc','ucs2').toString('hex')].join(' | ')})()"##,
        r##"world | hello | d29ybGQ= | hello | dup | xxllo world | true | false | b, | â¬ | hi | 69 | 0 | 610062006300"##,
    ),
    // b5
    (
        r##"(()=>[Buffer.from('é€😀').toString('hex'), Buffer.from('\ud800').toString('hex'), Buffer.from([256, -1, 3.7]).toString('hex'), Buffer.from('f09f','hex').toString(), Buffer.from('hi').lastIndexOf('i'), Buffer.from('abc').reverse === undefined, JSON.stringify(Buffer.from('a').toJSON()), Buffer.from('ab').compare(Buffer.from('aa'))].join(' | '))()"##,
        r##"c3a9e282acf09f9880 | efbfbd | 00ff03 | �� | 1 | false | {"type":"Buffer","data":[97]} | 1"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
