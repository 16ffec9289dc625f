//! NTLM as postman-runtime 7.39 (httpntlm's messages) answers a server.
//!
//! The first attempt goes out without `Authorization`. A 401/403 whose `WWW-Authenticate` offers
//! NTLM (or Negotiate) is answered with a type 1 (negotiate) message; the server's type 2
//! (challenge) with a type 3 (authenticate) message: NTLMv2 when the challenge carries target
//! information, else the NTLM2 session response. The attempts follow each other on the kept-alive
//! connection. `domain` may come from the username (`DOMAIN\user` or `user@domain`);
//! `disableRetryRequest` stops after the first attempt.

use super::sigutil::Alg;
use super::{AuthTarget, ResolvedAuth};
use crate::collection::model::Auth;
use md4::Digest;
use serde_json::Value;

/// The auth parameter carrying the message for the next attempt (as the runtime's `ntlmHeader`).
const HEADER_PARAM: &str = "ntlmHeader";

const NEGOTIATE_UNICODE: u32 = 0x0000_0001;
const NEGOTIATE_OEM_DOMAIN_SUPPLIED: u32 = 0x0000_1000;
const NEGOTIATE_EXTENDED_SECURITY: u32 = 0x0008_0000;
const NEGOTIATE_TARGET_INFO: u32 = 0x0080_0000;
/// httpntlm's type 1 flags: unicode, OEM, request target, NTLM, OEM domain and workstation
/// supplied, always sign, extended security, version, 128 and 56 bits.
const TYPE1_FLAGS: u32 = 0xA208_B207;
/// httpntlm's flags in a type 3 message: its "type 2" set.
const TYPE3_FLAGS: u32 = 0xA288_8205;
/// Windows XP's version block (5.1 build 2600, NTLM revision 15).
const VERSION: [u8; 8] = [5, 1, 0x28, 0x0A, 0, 0, 0, 15];

/// `sign`: the user's `Authorization` goes; the message for this attempt, if any, replaces it.
pub fn sign(auth: &ResolvedAuth, target: &mut AuthTarget) {
    target
        .headers
        .remove_where(|k| k.eq_ignore_ascii_case("authorization"));
    if let Some(message) = auth.param(HEADER_PARAM) {
        target.headers.push("Authorization", &message, true);
    }
}

/// `post`: the auth for the next attempt after a response, `None` when the exchange is over.
pub fn challenge(auth: &ResolvedAuth, code: u16, headers: &[(String, String)]) -> Option<Auth> {
    if auth.kind != "ntlm" || auth.truthy("disableRetryRequest") || (code != 401 && code != 403) {
        return None;
    }
    let (username, domain) = user_and_domain(auth);
    let workstation = auth.param("workstation").unwrap_or_default();
    let authenticate = || {
        headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case("www-authenticate"))
            .map(|(_, v)| v.as_str())
    };
    let message = match auth.param(HEADER_PARAM) {
        None => {
            // `headers.has(name, 'NTLM')`, `has(name, 'negotiate')`, or the last one names NTLM
            let offered = authenticate().any(|v| v == "NTLM" || v == "negotiate")
                || authenticate()
                    .next_back()
                    .is_some_and(|v| v.contains("NTLM"));
            if !offered {
                return None;
            }
            negotiate_message(&domain, &workstation)
        }
        Some(sent) if message_type(&sent) == Some(1) => {
            let type2 = authenticate().find(|v| v.starts_with("NTLM "))?;
            let challenge = Challenge::parse(type2)?;
            authenticate_message(
                &challenge,
                &Credentials {
                    domain: &domain,
                    workstation: &workstation,
                    username: &username,
                    password: &auth.param("password").unwrap_or_default(),
                },
                &rand::random::<[u8; 8]>(),
                chrono::Utc::now().timestamp_millis(),
            )
        }
        Some(_) => return None,
    };
    let mut params = auth.params.clone();
    params.retain(|(k, _)| k != HEADER_PARAM);
    params.push((HEADER_PARAM.into(), Value::String(message)));
    Some(Auth {
        kind: auth.kind.clone(),
        params,
    })
}

/// The user name and domain: `domain` when set, else parsed from `DOMAIN\user` or `user@domain`.
fn user_and_domain(auth: &ResolvedAuth) -> (String, String) {
    let username = auth.param("username").unwrap_or_default();
    if let Some(domain) = auth.param("domain") {
        return (username, domain);
    }
    let down_level: Vec<&str> = username.split('\\').collect();
    let principal: Vec<&str> = username.split('@').collect();
    if down_level.len() > 1 && principal.len() > 1 {
        return (username, String::new());
    }
    match (down_level.as_slice(), principal.as_slice()) {
        ([domain, user], _) if !domain.is_empty() && !user.is_empty() => {
            (user.to_string(), domain.to_string())
        }
        (_, [user, domain]) if !domain.is_empty() && !user.is_empty() => {
            (user.to_string(), domain.to_string())
        }
        _ => (username, String::new()),
    }
}

/// The type of an `NTLM <base64>` message.
fn message_type(header: &str) -> Option<u32> {
    let bytes = super::keys::node_base64(header.strip_prefix("NTLM ")?);
    Some(u32::from_le_bytes(bytes.get(8..12)?.try_into().ok()?))
}

/// JavaScript's `escape()` (upper-cased first by the caller): ASCII letters, digits and
/// `@*_+-./` stay; other characters become `%XX` or `%uXXXX`.
fn js_escape(s: &str) -> String {
    let mut out = String::new();
    for unit in s.encode_utf16() {
        match u8::try_from(unit) {
            Ok(b) if b.is_ascii_alphanumeric() || b"@*_+-./".contains(&b) => {
                out.push(char::from(b))
            }
            Ok(b) => out.push_str(&format!("%{b:02X}")),
            Err(_) => out.push_str(&format!("%u{unit:04X}")),
        }
    }
    out
}

/// The type 1 message, `NTLM <base64>`.
fn negotiate_message(domain: &str, workstation: &str) -> String {
    let domain = js_escape(&domain.to_uppercase());
    let workstation = js_escape(&workstation.to_uppercase());
    let mut flags = TYPE1_FLAGS;
    if domain.is_empty() {
        flags -= NEGOTIATE_OEM_DOMAIN_SUPPLIED;
    }
    let body = 40u32;
    let mut m = b"NTLMSSP\0".to_vec();
    m.extend_from_slice(&1u32.to_le_bytes());
    m.extend_from_slice(&flags.to_le_bytes());
    push_field(&mut m, domain.len(), body + workstation.len() as u32);
    push_field(&mut m, workstation.len(), body);
    m.extend_from_slice(&VERSION);
    m.extend_from_slice(workstation.as_bytes());
    m.extend_from_slice(domain.as_bytes());
    format!("NTLM {}", super::sigutil::base64(&m))
}

/// A security buffer: length, maximum length (the same), offset.
fn push_field(m: &mut Vec<u8>, len: usize, offset: u32) {
    let len = len as u16;
    m.extend_from_slice(&len.to_le_bytes());
    m.extend_from_slice(&len.to_le_bytes());
    m.extend_from_slice(&offset.to_le_bytes());
}

/// What the type 3 message needs from a type 2 message.
struct Challenge {
    flags: u32,
    server_challenge: [u8; 8],
    target_info: Option<Vec<u8>>,
}

impl Challenge {
    /// httpntlm's `parseType2Message` of the header's `NTLM <base64>`.
    fn parse(header: &str) -> Option<Challenge> {
        let start = header.find("NTLM ")? + 5;
        let encoded = header[start..].split(['\n', '\r']).next()?;
        if encoded.is_empty() {
            return None;
        }
        let buf = super::keys::node_base64(encoded);
        let u16_at = |i: usize| Some(u16::from_le_bytes(buf.get(i..i + 2)?.try_into().ok()?));
        let u32_at = |i: usize| Some(u32::from_le_bytes(buf.get(i..i + 4)?.try_into().ok()?));
        if u16_at(8)? != 2 {
            return None;
        }
        let flags = u32_at(20)?;
        let server_challenge = buf.get(24..32)?.try_into().ok()?;
        let target_info = if flags & NEGOTIATE_TARGET_INFO != 0 {
            let len = usize::from(u16_at(40)?);
            let offset = u32_at(44)? as usize;
            // Buffer.slice clamps to the buffer
            let end = (offset + len).min(buf.len());
            Some(buf.get(offset.min(end)..end).unwrap_or_default().to_vec())
        } else {
            None
        };
        Some(Challenge {
            flags,
            server_challenge,
            target_info,
        })
    }
}

struct Credentials<'a> {
    domain: &'a str,
    workstation: &'a str,
    username: &'a str,
    password: &'a str,
}

/// The type 3 message for `challenge`, with `client_challenge` and the time `now_ms` (ms since
/// 1970) in the NTLMv2 blob.
fn authenticate_message(
    challenge: &Challenge,
    who: &Credentials,
    client_challenge: &[u8; 8],
    now_ms: i64,
) -> String {
    let unicode = challenge.flags & NEGOTIATE_UNICODE != 0;
    let domain = js_escape(&who.domain.to_uppercase());
    let workstation = js_escape(&who.workstation.to_uppercase());
    let encode = |s: &str| -> Vec<u8> {
        if unicode {
            s.encode_utf16().flat_map(u16::to_le_bytes).collect()
        } else {
            // Node's 'ascii' encoding keeps the low byte of each code unit
            s.encode_utf16().map(|u| u as u8).collect()
        }
    };
    let (domain_bytes, user_bytes, workstation_bytes) =
        (encode(&domain), encode(who.username), encode(&workstation));
    let nt_hash = nt_hash(who.password);
    let (lm, nt) = if challenge.flags & NEGOTIATE_EXTENDED_SECURITY == 0 {
        (
            des_response(&lm_hash(who.password), &challenge.server_challenge),
            des_response(&nt_hash, &challenge.server_challenge),
        )
    } else if let Some(info) = &challenge.target_info {
        ntlmv2_response(
            &nt_hash,
            who.username,
            &domain,
            info,
            challenge,
            client_challenge,
            now_ms,
        )
    } else {
        let mut lm = client_challenge.to_vec();
        lm.resize(24, 0);
        let session = Alg::Md5.hash(&[&challenge.server_challenge[..], client_challenge].concat());
        let mut session_challenge = [0u8; 8];
        session_challenge.copy_from_slice(&session[..8]);
        (lm, des_response(&nt_hash, &session_challenge))
    };

    let body = 72u32;
    let names_len = (domain_bytes.len() + user_bytes.len() + workstation_bytes.len()) as u32;
    let mut m = b"NTLMSSP\0".to_vec();
    m.extend_from_slice(&3u32.to_le_bytes());
    push_field(&mut m, lm.len(), body + names_len);
    push_field(&mut m, nt.len(), body + names_len + lm.len() as u32);
    push_field(&mut m, domain_bytes.len(), body);
    push_field(&mut m, user_bytes.len(), body + domain_bytes.len() as u32);
    push_field(
        &mut m,
        workstation_bytes.len(),
        body + (domain_bytes.len() + user_bytes.len()) as u32,
    );
    // no session key
    push_field(&mut m, 0, body + names_len + (lm.len() + nt.len()) as u32);
    let flags = if unicode {
        TYPE3_FLAGS
    } else {
        TYPE3_FLAGS - NEGOTIATE_UNICODE
    };
    m.extend_from_slice(&flags.to_le_bytes());
    m.extend_from_slice(&VERSION);
    for part in [&domain_bytes, &user_bytes, &workstation_bytes, &lm, &nt] {
        m.extend_from_slice(part);
    }
    format!("NTLM {}", super::sigutil::base64(&m))
}

/// The LMv2 and NTLMv2 responses.
fn ntlmv2_response(
    nt_hash: &[u8],
    username: &str,
    domain: &str,
    target_info: &[u8],
    challenge: &Challenge,
    client_challenge: &[u8; 8],
    now_ms: i64,
) -> (Vec<u8>, Vec<u8>) {
    let identity: Vec<u8> = format!("{}{domain}", username.to_uppercase())
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let key = Alg::Md5.hmac(nt_hash, &identity);
    let server = &challenge.server_challenge[..];
    let mut lm = Alg::Md5.hmac(&key, &[server, client_challenge].concat());
    lm.extend_from_slice(client_challenge);
    // tenths of a microsecond since 1601
    let timestamp = ((now_ms + 11_644_473_600_000) as u64).wrapping_mul(10_000);
    let mut blob = vec![1, 1, 0, 0, 0, 0, 0, 0];
    blob.extend_from_slice(&timestamp.to_le_bytes());
    blob.extend_from_slice(client_challenge);
    blob.extend_from_slice(&[0; 4]);
    blob.extend_from_slice(target_info);
    blob.extend_from_slice(&[0; 4]);
    let mut nt = Alg::Md5.hmac(&key, &[server, &blob].concat());
    nt.extend_from_slice(&blob);
    (lm, nt)
}

/// MD4 of the UTF-16LE password.
pub fn nt_hash(password: &str) -> Vec<u8> {
    let utf16: Vec<u8> = password.encode_utf16().flat_map(u16::to_le_bytes).collect();
    md4::Md4::digest(utf16).to_vec()
}

/// The LM hash: DES of `KGS!@#$%` under the upper-cased password's two 7-byte halves.
fn lm_hash(password: &str) -> Vec<u8> {
    let mut key = password.to_uppercase().into_bytes();
    key.resize(14, 0);
    let mut out = des_encrypt(&key[..7], b"KGS!@#$%").to_vec();
    out.extend_from_slice(&des_encrypt(&key[7..14], b"KGS!@#$%"));
    out
}

/// The 24-byte DES response: the challenge encrypted under the zero-padded hash's thirds.
fn des_response(hash: &[u8], challenge: &[u8; 8]) -> Vec<u8> {
    let mut padded = hash.to_vec();
    padded.resize(21, 0);
    padded
        .chunks(7)
        .flat_map(|third| des_encrypt(third, challenge))
        .collect()
}

/// DES of one block under a 7-byte key (spread over 8 bytes, parity bits zero).
fn des_encrypt(key7: &[u8], block: &[u8; 8]) -> [u8; 8] {
    use des::cipher::{BlockEncrypt, KeyInit};
    let bits = key7.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    let key: Vec<u8> = (0..8)
        .map(|i| (((bits >> (49 - 7 * i)) & 0x7F) as u8) << 1)
        .collect();
    let mut out = des::cipher::generic_array::GenericArray::clone_from_slice(block);
    if let Ok(cipher) = des::Des::new_from_slice(&key) {
        cipher.encrypt_block(&mut out);
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_the_ms_nlmp_examples() {
        // MS-NLMP 4.2.2.1.1 / 4.2.4.1.1: password "Password"
        assert_eq!(
            super::super::sigutil::hex(&nt_hash("Password")),
            "a4f49c406510bdcab6824ee7c30fd852"
        );
        assert_eq!(
            super::super::sigutil::hex(&lm_hash("Password")),
            "e52cac67419a9a224a3b108f3fa6cb6d"
        );
        // MS-NLMP 4.2.2.2.1: NTLMv1 response to server challenge 0123456789abcdef
        let challenge = [0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef];
        assert_eq!(
            super::super::sigutil::hex(&des_response(&nt_hash("Password"), &challenge)),
            "67c43011f30298a2ad35ece64f16331c44bdbed927841f94"
        );
    }

    /// httpntlm's type 3 for a challenge, with Math.random() giving 0xaa bytes and Date.now()
    /// 1700000000000 (so the NTLMv2 blob is fixed).
    fn type3(
        challenge: &str,
        domain: &str,
        workstation: &str,
        user: &str,
        password: &str,
    ) -> String {
        let challenge = Challenge::parse(challenge).unwrap_or_else(|| panic!("a type 2 message"));
        let who = Credentials {
            domain,
            workstation,
            username: user,
            password,
        };
        authenticate_message(&challenge, &who, &[0xaa; 8], 1_700_000_000_000)
    }

    #[test]
    fn authenticate_messages_as_httpntlm_writes_them() {
        // NTLMv2: the challenge carries target information (the MS-NLMP 4.2.4 example's)
        assert_eq!(
            type3(
                "NTLM TlRMTVNTUAACAAAAAAAAAAAAAAA1goriASNFZ4mrze8AAAAAAAAAACQAJAAwAAAAAgAMAEQAbwBtAGEAaQBuAAEADABTAGUAcgB2AGUAcgAAAAAA",
                "Domain", "ws", "User", "Password"
            ),
            "NTLM TlRMTVNTUAADAAAAGAAYAGAAAABUAFQAeAAAAAwADABIAAAACAAIAFQAAAAEAAQAXAAAAAAAAADMAAAABYKIogUBKAoAAAAPRABPAE0AQQBJAE4AVQBzAGUAcgBXAFMAo2Tq0H6H92vvB7VV2FZLs6qqqqqqqqqqSJjTiJFHH1cyGFOA3rIYrwEBAAAAAAAAAABtxkcX2gGqqqqqqqqqqgAAAAACAAwARABvAG0AYQBpAG4AAQAMAFMAZQByAHYAZQByAAAAAAAAAAAA"
        );
        // NTLM2 session response: extended security without target information
        assert_eq!(
            type3("NTLM TlRMTVNTUAACAAAAAAAAAAAAAAABgggAASNFZ4mrze8AAAAAAAAAAAAAAAAwAAAA", "", "", "bob", "pw"),
            "NTLM TlRMTVNTUAADAAAAGAAYAE4AAAAYABgAZgAAAAAAAABIAAAABgAGAEgAAAAAAAAATgAAAAAAAAB+AAAABYKIogUBKAoAAAAPYgBvAGIAqqqqqqqqqqoAAAAAAAAAAAAAAAAAAAAAKwjEzxxMPPelUewJaeDmU/ubWX3PvQYv"
        );
        // NTLMv1 with the LM response
        assert_eq!(
            type3("NTLM TlRMTVNTUAACAAAAAAAAAAAAAAABAgAAASNFZ4mrze8AAAAAAAAAAAAAAAAwAAAA", "d", "w", "bob", "pw"),
            "NTLM TlRMTVNTUAADAAAAGAAYAFIAAAAYABgAagAAAAIAAgBIAAAABgAGAEoAAAACAAIAUAAAAAAAAACCAAAABYKIogUBKAoAAAAPRABiAG8AYgBXAB1xrmyH93YoUX8If4LKHDxfMjE4TYeTiDA+m2FKTi9BmVD1yh+ev1NW5sRqGcos7A=="
        );
    }

    #[test]
    fn negotiate_message_and_user_parsing() {
        // httpntlm: createType1Message({domain: 'dom', workstation: 'ws'})
        assert_eq!(
            negotiate_message("dom", "ws"),
            "NTLM TlRMTVNTUAABAAAAB7IIogMAAwAqAAAAAgACACgAAAAFASgKAAAAD1dTRE9N"
        );
        assert_eq!(
            negotiate_message("", ""),
            "NTLM TlRMTVNTUAABAAAAB6IIogAAAAAoAAAAAAAAACgAAAAFASgKAAAADw=="
        );
        let auth = |user: &str| ResolvedAuth {
            kind: "ntlm".into(),
            params: vec![("username".into(), Value::String(user.into()))],
        };
        assert_eq!(
            user_and_domain(&auth("DOM\\bob")),
            ("bob".into(), "DOM".into())
        );
        assert_eq!(
            user_and_domain(&auth("bob@dom")),
            ("bob".into(), "dom".into())
        );
        assert_eq!(
            user_and_domain(&auth("a\\b@c")),
            ("a\\b@c".into(), String::new())
        );
        assert_eq!(js_escape("A B-é"), "A%20B-%E9");
    }
}
