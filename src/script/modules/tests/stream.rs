//! `stream`, `fs` and `os`. CASES: generated as by tests/newman/gen.py from a Newman 6.2.2 run of tests/newman/stream.js.
//! ASYNC_CASES: Newman 6.2.2 cannot run them (its bundled process.nextTick calls a `setTimeout` missing from the
//! bundle's scope, so the first stream callback throws "setTimeout is not defined" and later ones never run);
//! their values were recorded with Node 20's own `stream` (`node -e "require('./stream.js')"`), and they run in
//! a real sandbox script, which waits for promise jobs and timers.

use super::{check, Host};
use crate::script::tests::Harness;

const PRELUDE: &str = r##"const J=JSON.stringify;
const stream=require('stream');
const os=require('os');"##;

const CASES: &[(&str, &str)] = &[
    // fs
    (
        r##"(()=>typeof require('fs')+' '+J(Object.keys(require('fs')))+' '+J(require('fs')))()"##,
        r##"object [] {}"##,
    ),
    // os
    (
        r##"(()=>typeof os+' '+J(os)+' '+J(Object.keys(os).map(k=>typeof os[k]==='function'?k+'()='+J(os[k]()):k)))()"##,
        r##"object {"EOL":"\n"} ["endianness()=\"LE\"","hostname()=\"\"","loadavg()=[]","uptime()=0","freemem()=1.7976931348623157e+308","totalmem()=1.7976931348623157e+308","cpus()=[]","type()=\"Browser\"","release()=\"\"","getNetworkInterfaces()={}","networkInterfaces()={}","arch()=\"javascript\"","platform()=\"browser\"","tmpDir()=\"/tmp\"","tmpdir()=\"/tmp\"","EOL","homedir()=\"/\""]"##,
    ),
    // keys
    (
        r##"(()=>typeof stream+' '+stream.length+' '+J(Object.keys(stream))+' '+(stream.Stream===stream)+' '+typeof stream.pipeline+typeof stream.finished+typeof stream.Readable.from)()"##,
        r##"function 0 ["super_","Readable","Writable","Duplex","Transform","PassThrough","Stream"] true undefinedundefinedundefined"##,
    ),
    // skeys
    (
        r##"(()=>['Readable','Writable','Duplex','Transform','PassThrough'].map(k=>k+':'+J(Object.keys(stream[k]))+stream[k].length).join(' '))()"##,
        r##"Readable:["ReadableState","super_","_fromList","Stream","Readable","Writable","Duplex","Transform","PassThrough"]1 Writable:["WritableState","super_"]1 Duplex:["super_"]1 Transform:["super_"]1 PassThrough:["super_"]1"##,
    ),
    // protos
    (
        r##"(()=>['Readable','Writable','Duplex','Transform','PassThrough'].map(k=>k+':'+Object.keys(stream[k].prototype).join()).join(' ')+' S:'+Object.keys(stream.prototype).join())()"##,
        r##"Readable:destroy,_undestroy,_destroy,push,unshift,isPaused,setEncoding,read,_read,pipe,unpipe,on,addListener,resume,pause,wrap Writable:pipe,write,cork,uncork,setDefaultEncoding,_write,_writev,end,destroy,_undestroy,_destroy Duplex:write,cork,uncork,setDefaultEncoding,_write,_writev,end,_destroy Transform:push,_transform,_write,_read,_destroy PassThrough:_transform S:pipe"##,
    ),
    // inst
    (
        r##"(()=>{const EE=require('events'), d=new stream.Duplex(), t=new stream.Transform(); return [new stream.Readable() instanceof EE, d instanceof stream.Readable, d instanceof stream.Writable, t instanceof stream.Duplex, new stream.PassThrough() instanceof stream.Transform, {} instanceof stream.Writable, stream.Readable() instanceof stream.Readable, stream.Writable() instanceof stream.Writable, stream.Readable.Stream===stream.Readable].join()})()"##,
        r##"true,true,true,true,true,false,true,true,false"##,
    ),
    // state
    (
        r##"(()=>{const r=new stream.Readable(), w=new stream.Writable(), o=new stream.Readable({objectMode:true}); return [r.readable, w.writable, r.readableHighWaterMark, w.writableHighWaterMark, o.readableHighWaterMark, new stream.Writable({highWaterMark:5}).writableHighWaterMark, r.destroyed, w.destroyed, r._readableState.flowing, r.isPaused(), typeof r._readableState, r._readableState.objectMode, new stream.Duplex({allowHalfOpen:false}).allowHalfOpen, new stream.Duplex().allowHalfOpen].join()})()"##,
        r##"true,true,16384,16384,16,5,false,false,,false,object,false,false,true"##,
    ),
    // wafter
    (
        r##"(()=>{const w=new stream.Writable({write(c,e,cb){cb()}}); w.end(); try{w.write('a'); return 'no throw'}catch(e){return 'thrown '+e.message}})()"##,
        r##"thrown write after end"##,
    ),
    // winvalid
    (
        r##"(()=>{const w=new stream.Writable({write(c,e,cb){cb()}}); const r=[]; for (const v of [5, {}, true]) { try{w.write(v); r.push('ok')}catch(e){r.push(e.name+': '+e.message)} } return r.join(' | ')})()"##,
        r##"TypeError: Invalid non-string/buffer chunk | TypeError: Invalid non-string/buffer chunk | TypeError: Invalid non-string/buffer chunk"##,
    ),
    // whwm
    (
        r##"(()=>{const w=new stream.Writable({highWaterMark:2,write(c,e,cb){}}); return w.write('abc')+' '+w._writableState.length+' '+w._writableState.needDrain})()"##,
        r##"false 3 true"##,
    ),
    // rinvalid
    (
        r##"(()=>{const r=new stream.Readable({read(){}}); try{r.push(5); return 'no throw'}catch(e){return e.name+': '+e.message}})()"##,
        r##"TypeError: Invalid non-string/buffer chunk"##,
    ),
];

const ASYNC_CASES: &[(&str, &str)] = &[
    // rdata
    (
        r##"(()=>new Promise(res=>{const r=new stream.Readable({read(){}}); const got=[]; r.on('data',c=>got.push(String(c)+':'+Buffer.isBuffer(c))); r.on('end',()=>res(J(got)+' end')); r.push('a'); r.push('b'); r.push(null); got.push('sync')}))()"##,
        r##"["sync","a:true","b:true"] end"##,
    ),
    // rread
    (
        r##"(()=>new Promise(res=>{const r=new stream.Readable({read(){}}); r.push('a'); r.push('bc'); const a=String(r.read(2)), b=String(r.read()), c=r.read(); r.push(null); r.on('end',()=>res([a,b,c,'end'].join())); r.read()}))()"##,
        r##"ab,c,,end"##,
    ),
    // rpull
    (
        r##"(()=>new Promise(res=>{let i=0; const r=new stream.Readable({read(){ i<3 ? this.push('n'+(i++)) : this.push(null)}}); const got=[]; r.on('data',c=>got.push(String(c))); r.on('end',()=>res(J(got)))}))()"##,
        r##"["n0","n1","n2"]"##,
    ),
    // robj
    (
        r##"(()=>new Promise(res=>{const r=new stream.Readable({objectMode:true,read(){}}); const got=[]; r.on('data',c=>got.push(J(c))); r.on('end',()=>res(got.join(' '))); r.push({a:1}); r.push(2); r.push('s'); r.push(null)}))()"##,
        r##"{"a":1} 2 "s""##,
    ),
    // renc
    (
        r##"(()=>new Promise(res=>{const r=new stream.Readable({read(){}}); r.setEncoding('utf8'); const got=[]; r.on('data',c=>got.push(typeof c+':'+c)); r.on('end',()=>res(got.join(' '))); r.push(Buffer.from([0xe2,0x82])); r.push(Buffer.from([0xac,0x41])); r.push(null)}))()"##,
        r##"string:€A"##,
    ),
    // rreadable
    (
        r##"(()=>new Promise(res=>{const r=new stream.Readable({read(){}}); const got=[]; r.on('readable',()=>{let c; while((c=r.read())!==null) got.push(String(c))}); r.on('end',()=>res(J(got))); r.push('x'); r.push('y'); r.push(null)}))()"##,
        r##"["xy"]"##,
    ),
    // wcollect
    (
        r##"(()=>new Promise(res=>{const got=[]; const w=new stream.Writable({write(c,e,cb){got.push(String(c)+'/'+e); cb()}}); w.on('finish',()=>res(J(got)+' finish')); w.write('a'); w.write(Buffer.from('b')); w.end('c')}))()"##,
        r##"["a/buffer","b/buffer","c/buffer"] finish"##,
    ),
    // wasync
    (
        r##"(()=>new Promise(res=>{const got=[]; const w=new stream.Writable({highWaterMark:3,write(c,e,cb){got.push(String(c)); setTimeout(cb,1)}}); const r1=w.write('ab'), r2=w.write('cd'); w.on('drain',()=>got.push('drain')); w.on('finish',()=>res(J(got)+' '+r1+' '+r2)); w.write('e'); w.end()}))()"##,
        r##"["ab","cd","e"] true false"##,
    ),
    // wobj
    (
        r##"(()=>new Promise(res=>{const got=[]; const w=new stream.Writable({objectMode:true,write(c,e,cb){got.push(J(c)); cb()}}); w.on('finish',()=>res(got.join(' '))); w.write({a:1}); w.write([2]); w.end(3)}))()"##,
        r##"{"a":1} [2] 3"##,
    ),
    // wfinal
    (
        r##"(()=>new Promise(res=>{const got=[]; const w=new stream.Writable({write(c,e,cb){got.push('w'); cb()}, final(cb){got.push('final'); cb()}}); w.on('prefinish',()=>got.push('prefinish')); w.on('finish',()=>res(got.join()+',finish')); w.end('x')}))()"##,
        r##"w,final,prefinish,finish"##,
    ),
    // tpipe
    (
        r##"(()=>new Promise(res=>{const got=[]; const up=new stream.Transform({transform(c,e,cb){cb(null,String(c).toUpperCase())}}); const w=new stream.Writable({write(c,e,cb){got.push(String(c)); cb()}}); w.on('finish',()=>res(J(got))); const r=new stream.Readable({read(){}}); r.pipe(up).pipe(w); r.push('ab'); r.push('cd'); r.push(null)}))()"##,
        r##"["AB","CD"]"##,
    ),
    // tflush
    (
        r##"(()=>new Promise(res=>{const t=new stream.Transform({transform(c,e,cb){this.push('<'+c+'>'); cb()}, flush(cb){this.push('!'); cb()}}); let s=''; t.on('data',c=>s+=c); t.on('end',()=>res(s)); t.write('a'); t.write('b'); t.end()}))()"##,
        r##"<a><b>!"##,
    ),
    // tobj
    (
        r##"(()=>new Promise(res=>{const t=new stream.Transform({objectMode:true,transform(o,e,cb){cb(null,{n:o.n*2})}}); const got=[]; t.on('data',o=>got.push(o.n)); t.on('end',()=>res(J(got))); [1,2,3].forEach(n=>t.write({n})); t.end()}))()"##,
        r##"[2,4,6]"##,
    ),
    // pass
    (
        r##"(()=>new Promise(res=>{const p=new stream.PassThrough(); const got=[]; p.on('data',c=>got.push(String(c))); p.on('end',()=>res(J(got))); p.write('x'); p.end('y')}))()"##,
        r##"["x","y"]"##,
    ),
    // duplex
    (
        r##"(()=>new Promise(res=>{const got=[]; const d=new stream.Duplex({read(){this.push('r'); this.push(null)}, write(c,e,cb){got.push('w'+c); cb()}}); d.on('data',c=>got.push('d'+c)); d.on('end',()=>got.push('end')); d.on('finish',()=>setTimeout(()=>res(got.join()),5)); d.write('1'); d.end()}))()"##,
        r##"w1,dr,end"##,
    ),
    // destroy
    (
        r##"(()=>new Promise(res=>{const r=new stream.Readable({read(){}}); const got=[]; r.on('close',()=>res(got.join()+' close '+r.destroyed)); r.on('error',e=>got.push('err '+e.message)); r.destroy(new Error('boom')); got.push('d '+r.destroyed)}))()"##,
        r##"d true,err boom close true"##,
    ),
    // order
    (
        r##"(()=>new Promise(res=>{const got=[]; const r=new stream.Readable({read(){}}); r.on('data',c=>got.push('data')); r.push('a'); Promise.resolve().then(()=>got.push('micro')); got.push('sync'); setTimeout(()=>res(got.join()),5)}))()"##,
        r##"sync,data,micro"##,
    ),
];

#[test]
fn stream_fs_os_match_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}

#[test]
fn stream_events_fire_before_the_script_ends() {
    let mut script = format!("{PRELUDE}\nvar __out = [];\n");
    for (i, (js, _)) in ASYNC_CASES.iter().enumerate() {
        script.push_str(&format!(
            "Promise.resolve().then(function () {{ return ({js}); }}).then(String, function (e) {{ return 'ERR ' + (e && e.message); }}).then(function (v) {{ __out[{i}] = v; if (__out.filter(String).length === {n}) console.log(JSON.stringify(__out)); }});\n",
            n = ASYNC_CASES.len()
        ));
    }
    let got = super::sandbox_host::run_for_json(&mut Harness::new(), &script);
    assert_eq!(
        got.len(),
        ASYNC_CASES.len(),
        "not every case settled: {got:?}"
    );
    super::assert_matches(ASYNC_CASES, &got);
}
