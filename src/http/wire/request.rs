//! The request head as Node writes it: `METHOD <target> HTTP/1.1`, then every header with its
//! name as written and its value as latin1 bytes, in order; nothing added.

use super::super::errors::err;
use super::super::{RequestError, SentHeader};

/// RFC 7230 `tchar`, what Node's `checkIsHttpToken` accepts.
fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text.bytes().all(|b| {
            b.is_ascii_alphanumeric()
                || matches!(
                    b,
                    b'!' | b'#'
                        | b'$'
                        | b'%'
                        | b'&'
                        | b'\''
                        | b'*'
                        | b'+'
                        | b'-'
                        | b'.'
                        | b'^'
                        | b'_'
                        | b'`'
                        | b'|'
                        | b'~'
                )
        })
}

/// A header value as latin1 bytes, refused (like Node) beyond latin1 or with control characters
/// other than tab.
fn latin1_value(value: &str, out: &mut Vec<u8>) -> bool {
    for c in value.chars() {
        match u8::try_from(u32::from(c)) {
            Ok(b) if b == b'\t' || (b >= 0x20 && b != 0x7f) => out.push(b),
            _ => return false,
        }
    }
    true
}

/// The request target Newman sends for `href` (a URL `prepare` already encoded): the text after
/// the authority as it is — backslashes before the query become `/` (Node's `url.parse`), the
/// fragment is dropped, an empty path is `/`; nothing is escaped or normalised (`/a/./b/../c`
/// and `{a}` go out as written; checked with Newman 6.2.2). Characters up to U+00FF are sent as
/// latin1 bytes; a space, a control character or anything beyond latin1 is refused, as Node
/// refuses it.
pub(crate) fn request_target(href: &str) -> Result<Vec<u8>, RequestError> {
    let after_scheme = href.split_once("://").map_or(href, |(_, rest)| rest);
    let rest = after_scheme
        .find(['/', '?', '#', '\\'])
        .map_or("", |i| &after_scheme[i..]);
    let mut target = Vec::with_capacity(rest.len() + 1);
    if !rest.starts_with(['/', '\\']) {
        target.push(b'/');
    }
    let mut in_query = false;
    for c in rest.chars() {
        match c {
            '#' => break,
            '?' => in_query = true,
            '\\' if !in_query => {
                target.push(b'/');
                continue;
            }
            _ => {}
        }
        match u8::try_from(u32::from(c)) {
            Ok(b) if b > 0x20 && b != 0x7f => target.push(b),
            _ => {
                return Err(err(
                    Some("ERR_UNESCAPED_CHARACTERS"),
                    "Request path contains unescaped characters",
                ))
            }
        }
    }
    Ok(target)
}

/// The absolute-form request target for an HTTP proxy: `http://host:port` as in `href` (lower
/// case, without credentials), then [`request_target`].
pub(crate) fn absolute_target(href: &str) -> Result<Vec<u8>, RequestError> {
    let (scheme, rest) = href.split_once("://").unwrap_or(("http", href));
    let end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let authority = authority.rsplit_once('@').map_or(authority, |(_, a)| a);
    let mut target = format!("{scheme}://{authority}")
        .to_ascii_lowercase()
        .into_bytes();
    target.extend(request_target(href)?);
    Ok(target)
}

/// `METHOD target HTTP/1.1\r\n`, the headers exactly as given, `\r\n`.
pub(crate) fn request_head(
    method: &str,
    target: &[u8],
    headers: &[SentHeader],
) -> Result<Vec<u8>, RequestError> {
    if !is_token(method) {
        return Err(err(None, format!("Invalid HTTP method: {method}")));
    }
    let size: usize = headers
        .iter()
        .map(|h| h.key.len() + h.value.len() + 4)
        .sum();
    let mut head = Vec::with_capacity(method.len() + target.len() + size + 16);
    head.extend_from_slice(method.as_bytes());
    head.push(b' ');
    head.extend_from_slice(target);
    head.extend_from_slice(b" HTTP/1.1\r\n");
    for h in headers {
        if !is_token(&h.key) {
            return Err(err(
                Some("ERR_INVALID_HTTP_TOKEN"),
                format!("Header name must be a valid HTTP token [\"{}\"]", h.key),
            ));
        }
        head.extend_from_slice(h.key.as_bytes());
        head.extend_from_slice(b": ");
        if !latin1_value(&h.value, &mut head) {
            return Err(err(
                Some("ERR_INVALID_CHAR"),
                format!("Invalid character in header content [\"{}\"]", h.key),
            ));
        }
        head.extend_from_slice(b"\r\n");
    }
    head.extend_from_slice(b"\r\n");
    Ok(head)
}

/// Whether the request asks to close the connection after the response.
pub(crate) fn asks_close(headers: &[SentHeader]) -> bool {
    headers.iter().any(|h| {
        h.key.eq_ignore_ascii_case("connection")
            && h.value
                .split(',')
                .any(|t| t.trim().eq_ignore_ascii_case("close"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(href: &str) -> String {
        String::from_utf8(request_target(href).unwrap()).unwrap()
    }

    #[test]
    fn targets_as_node_url_parse_leaves_them() {
        assert_eq!(target("http://h:1/a/./b/../c?q=1"), "/a/./b/../c?q=1");
        assert_eq!(target("http://h"), "/");
        assert_eq!(target("http://h?x=1"), "/?x=1");
        assert_eq!(target("http://u:p@h/x#frag"), "/x");
        assert_eq!(target("http://h/a{b}|?q={a}\"`"), "/a{b}|?q={a}\"`");
        assert_eq!(target("http://h/a\\b?c\\d"), "/a/b?c\\d");
        assert_eq!(request_target("http://h/\u{fc}").unwrap(), b"/\xfc");
        assert!(request_target("http://h/a b").is_err());
        assert_eq!(target("http://h/%7E~"), "/%7E~");
        let absolute = absolute_target("http://u:p@Host:81/a/./b?q=A#f").unwrap();
        assert_eq!(absolute, b"http://host:81/a/./b?q=A");
        let e = request_target("http://h/\u{20ac}").unwrap_err();
        assert_eq!(e.code.as_deref(), Some("ERR_UNESCAPED_CHARACTERS"));
    }

    #[test]
    fn head_keeps_names_order_and_latin1_values() {
        let h = |k: &str, v: &str| SentHeader {
            key: k.into(),
            value: v.into(),
            system: false,
        };
        let head = request_head(
            "GET",
            b"/x",
            &[
                h("x-api-key", "1"),
                h("X-Custom", "\u{fc}"),
                h("UPPER", "3"),
            ],
        )
        .unwrap();
        assert_eq!(
            head,
            b"GET /x HTTP/1.1\r\nx-api-key: 1\r\nX-Custom: \xfc\r\nUPPER: 3\r\n\r\n".to_vec()
        );
        assert!(request_head("GET", b"/", &[h("a b", "1")]).is_err());
        assert!(request_head("GET", b"/", &[h("a", "x\ny")]).is_err());
        assert!(request_head("G T", b"/", &[]).is_err());
        assert!(asks_close(&[h("connection", "Close")]));
    }
}
