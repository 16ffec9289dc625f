//! `pm.response.stream`: the body's bytes as they came, in the sandbox's Buffer. Expected values
//! are what Newman 6.2.2 printed for the echo server's `/bytes/16`.

use super::*;

fn console_lines(out: &ScriptOutcome) -> Vec<String> {
    assert!(out.error.is_none(), "{:?}", out.error);
    out.console.iter().map(|m| m.text.clone()).collect()
}

#[test]
fn a_binary_body_keeps_its_bytes() {
    let mut h = Harness::new();
    h.response = Some(bytes_response(BYTES_16.to_vec()));
    let out = h.test(
        "const s = pm.response.stream;\n\
         console.log(s.length, s.toString('base64'), s.toString('hex'));\n\
         console.log(Buffer.isBuffer(s), s === pm.response.stream, s.readUInt32BE(0), s.slice(0, 4).toString('hex'));\n\
         console.log(JSON.stringify(pm.response.toJSON().stream.data.slice(0, 5)), pm.response.text().length);\n\
         console.log(pm.response.dataURI());\n\
         s[0] = 1; console.log(pm.response.stream[0]);",
    );
    assert_eq!(
        console_lines(&out),
        [
            "16, 'ByZFZIOiweD/Hj1ce5q52A==', '0726456483a2c1e0ff1e3d5c7b9ab9d8'",
            "true, true, 119948644, '07264564'",
            "'[7,38,69,100,131]', 16",
            "'data:application/octet-stream;base64, ByZFZIOiweD/Hj1ce5q52A=='",
            "1",
        ]
    );
}

#[test]
fn a_send_request_response_keeps_its_bytes_too() {
    let mut h = Harness::new();
    let out = h.test(
        "pm.sendRequest('http://svc.local/bytes', (err, r) => {\n\
           console.log(r.stream.length, r.stream.toString('hex'), r.text().length, Buffer.isBuffer(r.stream));\n\
         });",
    );
    assert_eq!(
        console_lines(&out),
        ["16, '0726456483a2c1e0ff1e3d5c7b9ab9d8', 16, true"]
    );
}

#[test]
fn a_failed_request_has_no_stream() {
    let mut h = Harness::new();
    h.response = None;
    let out = h.test("console.log(typeof pm.response.stream);");
    assert_eq!(console_lines(&out), ["'undefined'"]);
}

#[test]
fn buffer_decodes_text_as_the_sandbox_does() {
    let mut h = Harness::new();
    let out = h.test(
        "const b = Buffer.from([0x41, 0xf0, 0x9f, 0xe2, 0x82, 0xac, 0xc3]);\n\
         console.log(JSON.stringify(b.toString()), b.toString('latin1').length, b.toString('hex', 1, 3), b.toString('base64', 5));",
    );
    assert_eq!(
        console_lines(&out),
        ["'\"A\u{fffd}\u{fffd}€\u{fffd}\"', 7, 'f09f', 'rMM='"]
    );
}

/// A 16 MB binary body comes back whole, byte for byte (it is copied, not passed as text; its
/// speed is the benchmark's to measure, not a test's).
#[test]
fn a_16_mb_body_reads_back_whole() {
    let mut h = Harness::new();
    let body: Vec<u8> = (0..16u32 << 20).map(|i| (i * 131 % 251) as u8).collect();
    h.response = Some(bytes_response(body));
    let out = h.test(
        "const s = pm.response.stream;\n\
         console.log(s.length, s.toString('base64').length, s.toString('hex').slice(0, 8), s.toString().length > 0);",
    );
    assert_eq!(
        console_lines(&out),
        ["16777216, 22369624, '00830b8e', true"]
    );
}
