//! `--verbose` request details for the cli: the size/headers/cookies line, the request and
//! response bodies in boxes and the table of timing phases, as Newman draws them.

use super::format::{size, total_response_size, width, wrap_cut, Painter, Style, Symbols};
use crate::http::{PreparedRequest, ResponseData, Timings};

/// Bodies longer than this many characters are cut (Newman's 2048).
const BODY_CLIP: usize = 2048;
/// Width body lines are cut at.
const BODY_WIDTH: usize = 54;

/// `(content type, mime type, format, charset)` as Postman describes a response:
/// `application/json ★ text ★ json ★ utf8`.
pub fn content_info(content_type: Option<&str>) -> (String, &'static str, &'static str, String) {
    let header = content_type.unwrap_or("text/plain");
    let mut parts = header.split(';');
    let mime: String = parts
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    let mime = if mime.is_empty() {
        "text/plain".to_string()
    } else {
        mime
    };
    let charset = parts
        .filter_map(|p| p.trim().split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("charset"))
        .map(|(_, v)| v.trim().trim_matches('"').to_ascii_lowercase())
        .map(|c| if c == "utf-8" { "utf8".to_string() } else { c })
        .unwrap_or_else(|| "utf8".to_string());
    let (kind, format) = mime_format(&mime);
    (mime, kind, format, charset)
}

/// The mime-format guess: known types first, then by the type's base and well-known subtypes.
fn mime_format(mime: &str) -> (&'static str, &'static str) {
    match mime {
        "application/x-www-form-urlencoded" => return ("text", "plain"),
        "application/pdf" => return ("embed", "pdf"),
        "application/javascript" | "application/ecmascript" => return ("text", "script"),
        "application/jwt" => return ("text", "jwt"),
        _ => {}
    }
    const TEXT_SIBLINGS: [&str; 8] = [
        "jsonp", "json", "xml", "html", "yaml", "vml", "webml", "script",
    ];
    let sibling = || {
        TEXT_SIBLINGS
            .iter()
            .filter_map(|s| mime.find(s).map(|at| (at, *s)))
            .min_by_key(|(at, s)| (*at, usize::MAX - s.len()))
            .map(|(_, s)| s)
    };
    let base = mime.split('/').next().unwrap_or("");
    for kind in ["audio", "video", "image", "text"] {
        if base.contains(kind) {
            if kind == "text" {
                return ("text", sibling().unwrap_or("plain"));
            }
            return (kind, kind);
        }
    }
    if let Some(format) = sibling() {
        return ("text", format);
    }
    let subtype = mime.split_once('/').map(|(_, s)| s).unwrap_or("");
    for kind in ["audio", "video", "image", "text"] {
        if subtype.contains(kind) {
            return (kind, kind);
        }
    }
    for kind in ["application", "message", "multipart"] {
        if base.contains(kind) {
            return (kind, "raw");
        }
    }
    ("unknown", "raw")
}

/// Request size as Postman counts it: request line, a CRLF after each header, blank line, body.
pub fn request_size(request: &PreparedRequest) -> u64 {
    let target = url::Url::parse(&request.url)
        .map(|u| match u.query() {
            Some(q) => format!("{}?{}", u.path(), q),
            None => u.path().to_string(),
        })
        .unwrap_or_else(|_| request.url.clone());
    let start = request.method.len() + 1 + target.len() + 1 + "HTTP/X.X".len() + 4;
    let headers: usize = request
        .headers
        .iter()
        .map(|h| h.key.len() + 2 + h.value.len())
        .sum::<usize>()
        + 2 * request.headers.len();
    let body = request
        .headers
        .iter()
        .find(|h| h.key.eq_ignore_ascii_case("content-length"))
        .and_then(|h| h.value.trim().parse::<usize>().ok())
        .unwrap_or_else(|| request.body.as_ref().map_or(0, Vec::len));
    (start + headers + body) as u64
}

/// Bytes of a body read for display: [`BODY_CLIP`] characters of up to 4 bytes, and room for a
/// secret that the cut would split (masked before cutting).
const SHOWN_BYTES: usize = BODY_CLIP * 4 + 8 * 1024;

/// A body as text, masked, cut at [`BODY_CLIP`] characters with Newman's `(showing 2.05kB/10kB)`
/// note. Only the shown start of the body is read and masked.
fn clipped(body: &[u8], total: usize, paint: Painter, mask: Mask) -> String {
    let shown = String::from_utf8_lossy(&body[..body.len().min(SHOWN_BYTES)]);
    let long = body.len() > SHOWN_BYTES || shown.chars().count() > BODY_CLIP;
    let text = mask(&shown);
    if !long {
        return text;
    }
    let head: String = text.chars().take(BODY_CLIP).collect();
    let note = format!(
        "(showing {}/{})",
        size(BODY_CLIP as u64),
        size(total as u64)
    );
    format!("{head}\n{}", paint.paint(Style::BrightWhite, &note))
}

fn boxed_lines(text: &str, symbols: &Symbols, paint: Painter) -> String {
    let indent = format!("  {} ", paint.paint(Style::White, symbols.console_middle));
    wrap_cut(text, BODY_WIDTH)
        .iter()
        .map(|line| format!("{indent}{}\n", paint.paint(Style::Gray, line)))
        .collect()
}

/// Masks secrets in text about to be shown.
pub type Mask<'a> = &'a dyn Fn(&str) -> String;

/// Whether the response body is drawn in a box (the body is not empty).
fn opens_box(response: &ResponseData) -> bool {
    response.response_size > 0 || !response.body.is_empty()
}

/// Whether the block ends inside the response body's box, which the next output closes: when
/// there is a box and no timing table after it.
pub fn leaves_box_open(response: &ResponseData) -> bool {
    opens_box(response) && response.timings.is_none()
}

/// Newman's table of timing phases: a row of names, a row of times (`(cache)` for a phase that
/// did not happen), each cell two spaces, the text padded to the column's width, one space.
fn timing_table(t: &Timings, paint: Painter, duration: fn(f64) -> String) -> String {
    let time = |nanos: Option<u64>| match nanos {
        Some(n) if n > 0 => duration(n as f64 / 1e6),
        _ => "(cache)".to_string(),
    };
    let mut columns = vec![
        ("prepare", time(Some(t.prepare))),
        ("wait", time(Some(t.wait))),
        ("dns-lookup", time(t.dns)),
        ("tcp-handshake", time(t.tcp)),
    ];
    if t.tls.is_some() {
        columns.push(("ssl-handshake", time(t.tls)));
    }
    columns.extend([
        ("transfer-start", time(Some(t.first_byte))),
        ("download", time(Some(t.download))),
        ("process", time(Some(t.process))),
        ("total", time(Some(t.total))),
    ]);
    let (mut names, mut times) = (String::new(), String::new());
    for (name, value) in &columns {
        let column = width(name).max(width(value));
        let pad = |text: &str| " ".repeat(column - width(text) + 1);
        names.push_str(&format!(
            "  {}{}",
            paint.paint(Style::White, name),
            pad(name)
        ));
        times.push_str(&format!(
            "  {}{}",
            paint.paint(Style::Gray, value),
            pad(value)
        ));
    }
    format!("{names}\n{times}\n")
}

/// What verbose mode prints after `  GET url `.
pub fn verbose_block(
    request: &PreparedRequest,
    response: &ResponseData,
    symbols: &Symbols,
    paint: Painter,
    duration: fn(f64) -> String,
    mask: Mask,
) -> String {
    let gray = |s: &str| paint.paint(Style::Gray, s);
    let star = format!(" {} ", gray(symbols.star));
    let meta = [
        format!("{} {}", response.code, response.status),
        format!(
            "{} {}",
            duration(response.response_time as f64),
            gray("time")
        ),
        format!(
            "{}{} {}{} {}",
            size(request_size(request)),
            gray(symbols.up),
            size(total_response_size(response)),
            gray(symbols.down),
            gray("size")
        ),
        format!(
            "{}{} {}{} {}",
            request.headers.len(),
            gray(symbols.up),
            response.headers.len(),
            gray(symbols.down),
            gray("headers")
        ),
        format!("{} {}", response.cookies.len(), gray("cookies")),
    ];
    let mut text = format!(" \n  {}\n", meta.join(&star));

    let request_body = request.body.as_deref().unwrap_or_default();
    if !request_body.is_empty() {
        let mode = request
            .resolved
            .get("body")
            .and_then(|b| b.get("mode"))
            .and_then(|m| m.as_str())
            .unwrap_or("");
        text.push_str(&format!(
            "  {} {} {}{star}{}\n",
            paint.paint(Style::White, symbols.console_top),
            paint.paint(Style::White, symbols.up),
            mode,
            size(request_body.len() as u64)
        ));
        text.push_str(&boxed_lines(
            &clipped(request_body, request_body.len(), paint, mask),
            symbols,
            paint,
        ));
        text.push_str(&format!(
            "{} \n",
            paint.paint(Style::White, &format!("  {}", symbols.console_bottom))
        ));
    }

    let content_type = response
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| v.as_str());
    let (mime, kind, format, charset) = content_info(content_type);
    let summary = [mime.as_str(), kind, format, charset.as_str()].join(&star);
    let body_size = if response.response_size > 0 {
        response.response_size
    } else {
        response.body.len()
    };
    if !opens_box(response) {
        text.push_str(&format!("  {} {summary}\n", symbols.down));
        if let Some(timings) = &response.timings {
            text.push_str(&format!("\n{}\n", timing_table(timings, paint, duration)));
        }
        return text;
    }
    text.push_str(&format!(
        "  {} {} {summary}{star}{}\n",
        paint.paint(Style::White, symbols.console_top),
        paint.paint(Style::White, symbols.down),
        size(body_size as u64)
    ));
    text.push_str(&boxed_lines(
        &clipped(&response.body, body_size, paint, mask),
        symbols,
        paint,
    ));
    if let Some(timings) = &response.timings {
        let bottom = format!("  {}", symbols.console_bottom);
        text.push_str(&format!(
            "{}\n{}\n",
            paint.paint(Style::White, &bottom),
            timing_table(timings, paint, duration)
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::SentHeader;

    #[test]
    fn content_info_like_postman() {
        let cases = [
            (
                Some("application/json; charset=utf-8"),
                ("application/json", "text", "json", "utf8"),
            ),
            (
                Some("application/xml"),
                ("application/xml", "text", "xml", "utf8"),
            ),
            (
                Some("text/html; charset=ISO-8859-1"),
                ("text/html", "text", "html", "iso-8859-1"),
            ),
            (None, ("text/plain", "text", "plain", "utf8")),
            (
                Some("application/octet-stream"),
                ("application/octet-stream", "application", "raw", "utf8"),
            ),
            (Some("image/png"), ("image/png", "image", "image", "utf8")),
            (
                Some("application/vnd.api+json"),
                ("application/vnd.api+json", "text", "json", "utf8"),
            ),
            (Some("font/woff2"), ("font/woff2", "unknown", "raw", "utf8")),
        ];
        for (header, (mime, kind, format, charset)) in cases {
            let got = content_info(header);
            assert_eq!(
                (got.0.as_str(), got.1, got.2, got.3.as_str()),
                (mime, kind, format, charset),
                "{header:?}"
            );
        }
    }

    /// Newman 6.2.2's table for a plain http request on a new connection to an IP address.
    #[test]
    fn timing_table_as_newman_draws_it() {
        let ms = 1_000_000;
        let t = Timings {
            prepare: 9 * ms,
            wait: 3 * ms,
            dns: None,
            tcp: Some(858_000),
            tls: None,
            first_byte: 908_000,
            download: 4 * ms,
            process: 263_000,
            total: 18 * ms,
        };
        let plain = Painter { enabled: false };
        assert_eq!(
            timing_table(&t, plain, super::super::format::duration),
            "  prepare   wait   dns-lookup   tcp-handshake   transfer-start   download   \
             process   total \n  9ms       3ms    (cache)      858µs           908µs            \
             4ms        263µs     18ms  \n"
        );
        let tls = Timings {
            tls: Some(2 * ms),
            ..t
        };
        assert!(timing_table(&tls, plain, super::super::format::duration)
            .starts_with("  prepare   wait   dns-lookup   tcp-handshake   ssl-handshake   "));
    }

    fn header(key: &str, value: &str) -> SentHeader {
        SentHeader {
            key: key.into(),
            value: value.into(),
            system: true,
        }
    }

    /// Newman printed `234B↑` for this GET and `284B↑` for the POST with a 7-byte body.
    #[test]
    fn request_sizes_match_newman() {
        let common = [
            header("User-Agent", "PostmanRuntime/7.39.1"),
            header("Accept", "*/*"),
            header("Cache-Control", "no-cache"),
            header("Postman-Token", "98031dca-8b83-4e48-a1f7-a7a7a45db46a"),
            header("Host", "127.0.0.1:34537"),
            header("Accept-Encoding", "gzip, deflate, br"),
            header("Connection", "keep-alive"),
        ];
        let get = PreparedRequest {
            method: "GET".into(),
            url: "http://127.0.0.1:34537/get?a=1".into(),
            headers: common.to_vec(),
            ..PreparedRequest::default()
        };
        assert_eq!(request_size(&get), 234);
        let mut headers = vec![header("Content-Type", "text/plain")];
        headers.extend(common.iter().cloned());
        headers.push(header("Content-Length", "7"));
        let post = PreparedRequest {
            method: "POST".into(),
            url: "http://127.0.0.1:34537/post".into(),
            headers,
            body: Some(b"{\"x\":1}".to_vec()),
            ..PreparedRequest::default()
        };
        assert_eq!(request_size(&post), 284);
    }
}
