//! `Buffer#toString` for the encodings that are slow byte by byte in JavaScript (utf8, hex, base64,
//! latin1): a 16 MB response body reads back in milliseconds.

/// The text of `bytes` in `encoding` ("utf8", "hex", "base64", "latin1"); `None` for another one.
pub fn encode(bytes: &[u8], encoding: &str) -> Option<String> {
    use base64::Engine;
    Some(match encoding {
        "utf8" => utf8_lossy(bytes),
        "hex" => {
            const DIGITS: &[u8; 16] = b"0123456789abcdef";
            let mut out = String::with_capacity(bytes.len() * 2);
            for b in bytes {
                out.push(DIGITS[usize::from(b >> 4)] as char);
                out.push(DIGITS[usize::from(b & 15)] as char);
            }
            out
        }
        "base64" => base64::engine::general_purpose::STANDARD.encode(bytes),
        "latin1" => bytes.iter().map(|&b| char::from(b)).collect(),
        _ => return None,
    })
}

/// UTF-8 decoded as the sandbox's Buffer (the `buffer` package) decodes it: a sequence that is not
/// valid becomes one U+FFFD for its first byte only, and decoding goes on at the next byte (so
/// `f0 9f` gives two, where `String::from_utf8_lossy` gives one).
fn utf8_lossy(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        // the bytes after the first of an invalid sequence are continuation bytes, each invalid alone
        out.extend(std::iter::repeat_n('\u{fffd}', chunk.invalid().len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invalid_sequence_costs_one_replacement_per_byte() {
        assert_eq!(utf8_lossy(&[0xf0, 0x9f]), "\u{fffd}\u{fffd}");
        assert_eq!(utf8_lossy(&[0xe2, 0x82, 0x41]), "\u{fffd}\u{fffd}A");
        assert_eq!(
            utf8_lossy(&[0x41, 0xed, 0xa0, 0x80]),
            "A\u{fffd}\u{fffd}\u{fffd}"
        );
        assert_eq!(utf8_lossy("é€😀".as_bytes()), "é€😀");
        assert_eq!(utf8_lossy(&[0xc0, 0x80, 0xff]), "\u{fffd}\u{fffd}\u{fffd}");
    }

    #[test]
    fn encodings() {
        let bytes = [0x07, 0x26, 0xff, 0x00];
        assert_eq!(encode(&bytes, "hex").as_deref(), Some("0726ff00"));
        assert_eq!(encode(&bytes, "base64").as_deref(), Some("Byb/AA=="));
        assert_eq!(encode(&bytes, "latin1").as_deref(), Some("\u{7}&\u{ff}\0"));
        assert_eq!(encode(&bytes, "ucs2"), None);
    }
}
