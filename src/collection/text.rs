//! Reading and writing text files in the encodings Postman and editors produce:
//! UTF-8 with or without a byte order mark, and UTF-16 (little or big endian) with one.

use super::error::FileError;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
}

#[derive(Debug, Clone)]
pub struct TextFile {
    pub text: String,
    pub encoding: Encoding,
}

/// Reads `path` and decodes it by its byte order mark (UTF-8 when there is none).
pub fn read_text(path: &Path) -> Result<TextFile, FileError> {
    if path.is_dir() {
        return Err(FileError::new(path, "is a directory, not a file"));
    }
    let bytes = std::fs::read(path).map_err(|e| FileError::io(path, "cannot read", &e))?;
    // plain UTF-8 (the usual case) becomes the text without a copy
    if !bytes.starts_with(&[0xEF, 0xBB, 0xBF])
        && !bytes.starts_with(&[0xFF, 0xFE])
        && !bytes.starts_with(&[0xFE, 0xFF])
    {
        return match String::from_utf8(bytes) {
            Ok(text) => Ok(TextFile {
                text,
                encoding: Encoding::Utf8,
            }),
            Err(e) => decode(e.as_bytes()).map_err(|msg| FileError::new(path, msg)),
        };
    }
    decode(&bytes).map_err(|msg| FileError::new(path, msg))
}

pub fn decode(bytes: &[u8]) -> Result<TextFile, String> {
    let (encoding, body) = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => (Encoding::Utf8Bom, rest),
        [0xFF, 0xFE, rest @ ..] => (Encoding::Utf16Le, rest),
        [0xFE, 0xFF, rest @ ..] => (Encoding::Utf16Be, rest),
        _ => (Encoding::Utf8, bytes),
    };
    let text = match encoding {
        Encoding::Utf8 | Encoding::Utf8Bom => match std::str::from_utf8(body) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let offset = e.valid_up_to() + (bytes.len() - body.len());
                return Err(format!(
                    "not UTF-8 text (invalid byte at offset {offset}); save the file as UTF-8"
                ));
            }
        },
        Encoding::Utf16Le | Encoding::Utf16Be => {
            if body.len() % 2 != 0 {
                return Err("not UTF-16 text: odd number of bytes".into());
            }
            let units = body.chunks_exact(2).map(|c| match encoding {
                Encoding::Utf16Le => u16::from_le_bytes([c[0], c[1]]),
                _ => u16::from_be_bytes([c[0], c[1]]),
            });
            char::decode_utf16(units)
                .collect::<Result<String, _>>()
                .map_err(|_| "not UTF-16 text: unpaired surrogate".to_string())?
        }
    };
    Ok(TextFile { text, encoding })
}

/// `text` in `encoding`, byte order mark included where the encoding has one.
pub fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Utf8Bom => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
        Encoding::Utf16Le => {
            let mut out = vec![0xFF, 0xFE];
            text.encode_utf16()
                .for_each(|u| out.extend(u.to_le_bytes()));
            out
        }
        Encoding::Utf16Be => {
            let mut out = vec![0xFE, 0xFF];
            text.encode_utf16()
                .for_each(|u| out.extend(u.to_be_bytes()));
            out
        }
    }
}

/// Parses JSON text, reporting syntax errors with line and column.
pub fn parse_json(path: &Path, text: &str) -> Result<serde_json::Value, FileError> {
    serde_json::from_str(text).map_err(|e| FileError::json(path, &e))
}
