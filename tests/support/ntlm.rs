//! The server side of NTLM for the tests: a bare request gets `401 WWW-Authenticate: NTLM`, a
//! type 1 message a type 2 challenge (with target information, so clients answer with NTLMv2),
//! and a type 3 message is accepted when its NTLMv2 proof matches the password.

use super::http::{Recorded, Reply};
use hmac::{Mac, SimpleHmac};
use md4::Digest;
use serde_json::json;

const SERVER_CHALLENGE: [u8; 8] = [1, 2, 3, 4, 5, 6, 7, 8];

/// The type of the request's NTLM message, 0 when it has none.
pub fn message_type(req: &Recorded) -> u32 {
    req.header("authorization")
        .and_then(|h| h.strip_prefix("NTLM "))
        .map(decode)
        .and_then(|m| {
            m.get(8..12)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        })
        .unwrap_or(0)
}

/// The answer to `req`; a type 3 message is checked only when `challenged` (this connection
/// received the type 2 message).
pub fn answer(req: &Recorded, password: &str, challenged: bool) -> Reply {
    match message_type(req) {
        0 => Reply::new(401, "text/plain", "").header("WWW-Authenticate", "NTLM"),
        1 => Reply::new(401, "text/plain", "").header("WWW-Authenticate", &type2()),
        3 if challenged => {
            let message = req
                .header("authorization")
                .and_then(|h| h.strip_prefix("NTLM "))
                .map(decode)
                .unwrap_or_default();
            match verify(&message, password) {
                Some((user, domain)) => Reply::json(
                    200,
                    &json!({"authenticated": true, "user": user, "domain": domain}),
                ),
                None => Reply::new(401, "text/plain", "bad proof"),
            }
        }
        _ => Reply::new(401, "text/plain", "out of sequence"),
    }
}

fn decode(b64: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .unwrap_or_default()
}

fn utf16(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

/// A type 2 message: unicode, NTLM, extended security and target info flags; the domain
/// `DOM` and computer `SRV` as target information.
fn type2() -> String {
    use base64::Engine;
    let mut info = Vec::new();
    for (id, value) in [(2u16, "DOM"), (1, "SRV")] {
        info.extend_from_slice(&id.to_le_bytes());
        info.extend_from_slice(&(utf16(value).len() as u16).to_le_bytes());
        info.extend_from_slice(&utf16(value));
    }
    info.extend_from_slice(&[0; 4]);
    let mut m = b"NTLMSSP\0".to_vec();
    m.extend_from_slice(&2u32.to_le_bytes());
    m.extend_from_slice(&[0, 0, 0, 0, 48, 0, 0, 0]); // empty target name
    m.extend_from_slice(&0x0089_8205u32.to_le_bytes());
    m.extend_from_slice(&SERVER_CHALLENGE);
    m.extend_from_slice(&[0; 8]);
    m.extend_from_slice(&(info.len() as u16).to_le_bytes());
    m.extend_from_slice(&(info.len() as u16).to_le_bytes());
    m.extend_from_slice(&48u32.to_le_bytes());
    m.extend_from_slice(&info);
    format!(
        "NTLM {}",
        base64::engine::general_purpose::STANDARD.encode(m)
    )
}

fn hmac_md5(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac =
        <SimpleHmac<md5::Md5> as Mac>::new_from_slice(key).unwrap_or_else(|e| panic!("hmac: {e}"));
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

/// The user and domain of a type 3 message whose NTLMv2 response proves `password`.
fn verify(m: &[u8], password: &str) -> Option<(String, String)> {
    let field = |at: usize| -> Option<&[u8]> {
        let len = usize::from(u16::from_le_bytes([*m.get(at)?, *m.get(at + 1)?]));
        let off = u32::from_le_bytes(m.get(at + 4..at + 8)?.try_into().ok()?) as usize;
        m.get(off..off + len)
    };
    let text = |b: &[u8]| {
        String::from_utf16_lossy(
            &b.chunks(2)
                .map(|c| u16::from_le_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                .collect::<Vec<_>>(),
        )
    };
    let nt = field(20)?;
    let (domain, user) = (text(field(28)?), text(field(36)?));
    let nt_hash = md4::Md4::digest(utf16(password));
    let key = hmac_md5(
        &nt_hash,
        &utf16(&format!("{}{domain}", user.to_uppercase())),
    );
    let (proof, blob) = nt.split_at(16.min(nt.len()));
    let expected = hmac_md5(&key, &[&SERVER_CHALLENGE[..], blob].concat());
    (nt.len() > 16 && proof == expected.as_slice()).then_some((user, domain))
}
