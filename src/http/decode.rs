//! Response body decoding (gzip, deflate with or without zlib wrapper, brotli).

use std::io::Read;

/// Decodes gzip / deflate / br bodies (the response keeps its Content-Encoding and
/// Content-Length headers, as Newman shows them). An undecodable body is
/// kept as it arrived. A body that decodes to more than `limit` bytes is an error (the limit).
pub(crate) fn decode_body(
    headers: &[(String, String)],
    body: Vec<u8>,
    limit: usize,
) -> Result<Vec<u8>, usize> {
    let encoding = headers
        .iter()
        .rev()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-encoding"))
        .map(|(_, v)| v.trim().to_ascii_lowercase());
    if body.is_empty() {
        return Ok(body);
    }
    // one byte past the limit tells a body at the limit from a larger one
    let cap = (limit as u64).saturating_add(1);
    let mut out = Vec::new();
    let ok = match encoding.as_deref() {
        Some("gzip") | Some("x-gzip") => flate2::read::MultiGzDecoder::new(&body[..])
            .take(cap)
            .read_to_end(&mut out)
            .is_ok(),
        Some("deflate") => {
            flate2::read::ZlibDecoder::new(&body[..])
                .take(cap)
                .read_to_end(&mut out)
                .is_ok()
                || {
                    out.clear();
                    flate2::read::DeflateDecoder::new(&body[..])
                        .take(cap)
                        .read_to_end(&mut out)
                        .is_ok()
                }
        }
        Some("br") => brotli_decompressor::Decompressor::new(&body[..], 4096)
            .take(cap)
            .read_to_end(&mut out)
            .is_ok(),
        _ => return Ok(body),
    };
    if out.len() > limit {
        Err(limit)
    } else if ok {
        Ok(out)
    } else {
        Ok(body)
    }
}
