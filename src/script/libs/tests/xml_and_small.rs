//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const J=JSON.stringify; // prelude"##;

const CASES: &[(&str, &str)] = &[
    // atob
    (r##"(()=>atob('aGVsbG8='))()"##, r##"hello"##),
    // btoa
    (r##"(()=>btoa('hello'))()"##, r##"aGVsbG8="##),
    // btoa_latin
    (r##"(()=>btoa('hé'))()"##, r##"aOk="##),
    // btoa_bad
    (r##"(()=>btoa('h€'))()"##, r##"aKw="##),
    // atob_bad
    (r##"(()=>atob('a'))()"##, r##""##),
    // atob_ws
    (r##"(()=>atob(' aGVs bG8 '))()"##, r##"hello"##),
    // atob_nopad
    (r##"(()=>atob('aGVsbG8'))()"##, r##"hello"##),
    // ratob
    (
        r##"(()=>require('atob')('aGk=')+' '+require('btoa')('hi'))()"##,
        r##"hi aGk="##,
    ),
    // atob_num
    (
        r##"(()=>btoa(12)+' '+atob(undefined))()"##,
        r##"ERR The first argument must be one of type string, Buffer, ArrayBuffer, Array, or Array-like Object. Received type undefined"##,
    ),
    // uuid
    (
        r##"(()=>typeof require('uuid')+' '+Object.keys(require('uuid')).join(','))()"##,
        r##"function v4"##,
    ),
    // uuidv4
    (
        r##"(()=>/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(require('uuid').v4()))()"##,
        r##"true"##,
    ),
    // x1
    (
        r##"(()=>J(xml2Json('<a><b>1</b><b>2</b><c x="1">t</c></a>')))()"##,
        r##"{"a":{"b":["1","2"],"c":{"_":"t","$":{"x":"1"}}}}"##,
    ),
    // x2
    (
        r##"(()=>J(xml2Json('<root attr="v"><e/><f>  sp  </f><g><h>1</h></g></root>')))()"##,
        r##"{"root":{"$":{"attr":"v"},"e":"","f":"sp","g":{"h":"1"}}}"##,
    ),
    // x3
    (
        r##"(()=>J(xml2Json('<?xml version="1.0"?><r>a<b>x</b>c</r>')))()"##,
        r##"{"r":{"_":"ac","b":"x"}}"##,
    ),
    // x4
    (r##"(()=>J(xml2Json('not xml')))()"##, r##"undefined"##),
    // x5
    (
        r##"(()=>J(xml2Json('<r><n>12</n><t>true</t><e></e><![CDATA[cd]]></r>')))()"##,
        r##"{"r":{"_":"cd","n":"12","t":"true","e":""}}"##,
    ),
    // x6
    (
        r##"(()=>J(xml2Json('<r xmlns:s="u"><s:a s:k="1">&amp;&lt;</s:a></r>')))()"##,
        r##"{"r":{"$":{"xmlns:s":"u"},"s:a":{"_":"&<","$":{"s:k":"1"}}}}"##,
    ),
    // x7
    (r##"(()=>J(xml2Json('')))()"##, r##"null"##),
    // x8
    (r##"(()=>J(xml2Json('<a>1</a><b/>')))()"##, r##"{"a":"1"}"##),
    // x9
    (
        r##"(()=>J(xml2Json('<r><a>1</a><!-- c --><a k="v"/></r>')))()"##,
        r##"{"r":{"a":["1",{"$":{"k":"v"}}]}}"##,
    ),
    // xp1
    (
        r##"(()=>{let r; require('xml2js').parseString('<a><b>1</b><b>2</b><c x="1">t</c></a>', (e,x)=>{r=J([e,x])}); return r})()"##,
        r##"[null,{"a":{"b":["1","2"],"c":[{"_":"t","$":{"x":"1"}}]}}]"##,
    ),
    // xp2
    (
        r##"(()=>{let r; require('xml2js').parseString('<a><b>1</b><c x="1">t</c><d/></a>', {explicitArray:false}, (e,x)=>{r=J([e,x])}); return r})()"##,
        r##"[null,{"a":{"b":"1","c":{"_":"t","$":{"x":"1"}},"d":""}}]"##,
    ),
    // xp3
    (
        r##"(()=>{let r; require('xml2js').parseString('<a x="1"><b>1</b></a>', {explicitRoot:false, mergeAttrs:true}, (e,x)=>{r=J([e,x])}); return r})()"##,
        r##"[null,{"x":["1"],"b":["1"]}]"##,
    ),
    // xp4
    (
        r##"(()=>{let r; require('xml2js').parseString('<a x="1"> <b> t </b></a>', {trim:true, normalize:true, attrkey:'A', charkey:'C', ignoreAttrs:false}, (e,x)=>{r=J([e,x])}); return r})()"##,
        r##"[null,{"a":{"A":{"x":"1"},"b":["t"]}}]"##,
    ),
    // xp5
    (
        r##"(()=>{let r='none'; require('xml2js').parseString('<a><b></a>', (e,x)=>{r=J([e&&e.message,x])}); return r})()"##,
        r##"["Unexpected close tag\nLine: 0\nColumn: 10\nChar: >",null]"##,
    ),
    // xp6
    (
        r##"(()=>{let r='none'; require('xml2js').parseString('<a:b xmlns:a="u"><a:c>1</a:c></a:b>', {tagNameProcessors:[require('xml2js').processors.stripPrefix]}, (e,x)=>{r=J([e,x])}); return r})()"##,
        r##"[null,{"b":{"$":{"xmlns:a":"u"},"c":["1"]}}]"##,
    ),
    // xp7
    (
        r##"(()=>{let r='none'; new (require('xml2js').Parser)({explicitArray:false}).parseString('<a><b>1</b></a>', (e,x)=>{r=J([e,x])}); return r})()"##,
        r##"[null,{"a":{"b":"1"}}]"##,
    ),
    // xp8
    (
        r##"(()=>{let r='none'; require('xml2js').parseString('<a><b x="1"/><c>t<i>u</i></c></a>', {explicitCharkey:true}, (e,x)=>{r=J([e,x])}); return r})()"##,
        r##"[null,{"a":{"b":[{"$":{"x":"1"}}],"c":[{"_":"t","i":[{"_":"u"}]}]}}]"##,
    ),
    // xp9
    (
        r##"(()=>{let r='none'; require('xml2js').parseString('', (e,x)=>{r=J([e,x])}); return r})()"##,
        r##"[null,null]"##,
    ),
    // xbuild
    (
        r##"(()=>new (require('xml2js').Builder)().buildObject({a:{$:{x:1},b:['t','u'],c:{_:'v'}}}))()"##,
        r##"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a x="1">
  <b>t</b>
  <b>u</b>
  <c>v</c>
</a>"##,
    ),
    // xbuild2
    (
        r##"(()=>new (require('xml2js').Builder)({headless:true, renderOpts:{pretty:false}}).buildObject({r:{a:1}}))()"##,
        r##"<r><a>1</a></r>"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
