//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const J=JSON.stringify; const X=require('xml2js');
const P=(x,o)=>{let r='none'; X.parseString(x,o||{},(e,v)=>{r=J([e?e.message:null,v])}); return r};"##;

const CASES: &[(&str, &str)] = &[
    // y1
    (
        r##"(()=>J(xml2Json('<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->\n<soap:Envelope xmlns:soap="http://s"><soap:Body><m:Resp xmlns:m="urn:x"><m:Id>42</m:Id><m:Name>A &amp; B</m:Name></m:Resp></soap:Body></soap:Envelope>')))()"##,
        r##"{"soap:Envelope":{"$":{"xmlns:soap":"http://s"},"soap:Body":{"m:Resp":{"$":{"xmlns:m":"urn:x"},"m:Id":"42","m:Name":"A & B"}}}}"##,
    ),
    // y2
    (
        r##"(()=>J(xml2Json('<r>\n  <item id="1">one</item>\n  <item id="2"/>\n  <empty></empty>\n  <sp>   </sp>\n</r>')))()"##,
        r##"{"r":{"item":[{"_":"one","$":{"id":"1"}},{"$":{"id":"2"}}],"empty":"","sp":"   "}}"##,
    ),
    // y3
    (
        r##"(()=>J(xml2Json('<r><a>1</a>text<b>2</b>more</r>')))()"##,
        r##"{"r":{"_":"textmore","a":"1","b":"2"}}"##,
    ),
    // y4
    (
        r##"(()=>J(xml2Json('<r a="&lt;&quot;x&#65;"/>'))+J(xml2Json('<r>&#x41;&#66;</r>')))()"##,
        r##"{"r":{"$":{"a":"<\"xA"}}}{"r":"AB"}"##,
    ),
    // y5
    (
        r##"(()=>P('<r><n>12</n><f>1.5</f><b>true</b><s>x</s></r>',{valueProcessors:[X.processors.parseNumbers,X.processors.parseBooleans],explicitArray:false}))()"##,
        r##"[null,{"r":{"n":12,"f":1.5,"b":true,"s":"x"}}]"##,
    ),
    // y6
    (
        r##"(()=>P('<R A="1"><Child/></R>',{normalizeTags:true,attrNameProcessors:[X.processors.normalize],attrValueProcessors:[X.processors.parseNumbers]}))()"##,
        r##"[null,{"r":{"$":{"a":1},"child":[""]}}]"##,
    ),
    // y7
    (
        r##"(()=>P('<r><a>x</a></r>',{emptyTag:null,explicitRoot:false})+P('<r><a/></r>',{emptyTag:'EMPTY'}))()"##,
        r##"[null,{"a":["x"]}][null,{"r":{"a":["EMPTY"]}}]"##,
    ),
    // y8
    (
        r##"(()=>P('<r><![CDATA[ <b> ]]></r>')+P('<r>  <![CDATA[]]>  </r>'))()"##,
        r##"[null,{"r":" <b> "}][null,{"r":"    "}]"##,
    ),
    // y9
    (
        r##"(()=>P('<r x="1" y="2">t</r>',{mergeAttrs:true,explicitArray:false}))()"##,
        r##"[null,{"r":{"_":"t","x":"1","y":"2"}}]"##,
    ),
    // y10
    (
        r##"(()=>P('<r><a>1</a><a>2</a></r>',{explicitArray:false,ignoreAttrs:true})+P('<r a="1"><b c="2">t</b></r>',{ignoreAttrs:true}))()"##,
        r##"[null,{"r":{"a":["1","2"]}}][null,{"r":{"b":["t"]}}]"##,
    ),
    // y11
    (
        r##"(()=>P('<a>')+P('<a></b>')+P('just text'))()"##,
        r##"["Unclosed root tag\nLine: 0\nColumn: 3\nChar: ",null]["Unexpected close tag\nLine: 0\nColumn: 7\nChar: >",null]["Non-whitespace before first tag.\nLine: 0\nColumn: 1\nChar: j",null]"##,
    ),
    // y12
    (
        r##"(()=>P('\ufeff<r>bom</r>')+P('<r>\r\n line1\r\n line2 </r>',{trim:true}))()"##,
        r##"[null,{"r":"bom"}][null,{"r":"line1\r\n line2"}]"##,
    ),
    // y13
    (
        r##"(()=>{let r; X.parseStringPromise('<a>1</a>').then(v=>{r=v}); return typeof X.parseStringPromise('<a/>').then})()"##,
        r##"function"##,
    ),
    // y14
    (
        r##"(()=>new X.Builder({rootName:'doc',headless:true}).buildObject({a:'1',b:{$:{k:'v'},_:'t'},c:[1,2],d:{e:{f:'g'}}}))()"##,
        r##"<doc>
  <a>1</a>
  <b k="v">t</b>
  <c>1</c>
  <c>2</c>
  <d>
    <e>
      <f>g</f>
    </e>
  </d>
</doc>"##,
    ),
    // y15
    (
        r##"(()=>new X.Builder().buildObject({r:{a:'<&>',$:{q:'"x"'}}}))()"##,
        r##"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<r q="&quot;x&quot;">
  <a>&lt;&amp;&gt;</a>
</r>"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
