//! Response body decoding (gzip, deflate with or without zlib wrapper, brotli).

use std::io::Read;

/// Decodes gzip / deflate / br bodies (reqwest's own decoding is off so the response keeps its
/// Content-Encoding and Content-Length headers, as Newman shows them). An undecodable body is
/// kept as it arrived.
pub(crate) fn decode_body(headers: &[(String, String)], body: Vec<u8>) -> Vec<u8> {
    let encoding = headers
        .iter()
        .rev()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-encoding"))
        .map(|(_, v)| v.trim().to_ascii_lowercase());
    if body.is_empty() {
        return body;
    }
    let mut out = Vec::new();
    let ok = match encoding.as_deref() {
        Some("gzip") | Some("x-gzip") => flate2::read::MultiGzDecoder::new(&body[..])
            .read_to_end(&mut out)
            .is_ok(),
        Some("deflate") => {
            flate2::read::ZlibDecoder::new(&body[..])
                .read_to_end(&mut out)
                .is_ok()
                || {
                    out.clear();
                    flate2::read::DeflateDecoder::new(&body[..])
                        .read_to_end(&mut out)
                        .is_ok()
                }
        }
        Some("br") => brotli_decompressor::Decompressor::new(&body[..], 4096)
            .read_to_end(&mut out)
            .is_ok(),
        _ => return body,
    };
    if ok {
        out
    } else {
        body
    }
}
