//! Reading a response: the status line and headers with `httparse` (names as received, values as
//! latin1, in order), then the body by Content-Length, chunked (trailers read and dropped) or up
//! to the end of the connection; none for HEAD, 1xx, 204 and 304. Interim 1xx responses
//! (`100 Continue`, `103 Early Hints`) are skipped. Limits and messages follow Node's parser
//! (llhttp): a header section over 16 KiB is `Parse Error: Header overflow`.

use super::{Conn, WireError};
use tokio::io::AsyncReadExt;

/// Node's default `--max-http-header-size`.
const MAX_HEAD: usize = 16 * 1024;
/// Longest chunk-size or trailer line accepted.
const MAX_LINE: usize = 16 * 1024;
/// Bytes reserved up front for a body of announced length.
const MAX_PREALLOC: usize = 8 * 1024 * 1024;
const READ_CHUNK: usize = 16 * 1024;

pub(crate) struct Response {
    pub code: u16,
    /// The reason phrase as sent (latin1).
    pub reason: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// When the head was read (Node's `response` event).
    pub head_at: std::time::Instant,
}

/// Why an exchange failed; `before_response` when not a byte of the response had arrived (a
/// kept-alive connection the server had closed: the request is sent again on a new one).
pub(crate) struct ExchangeFailure {
    pub error: WireError,
    pub before_response: bool,
}

impl ExchangeFailure {
    fn after(error: WireError) -> ExchangeFailure {
        ExchangeFailure {
            error,
            before_response: false,
        }
    }
}

struct Head {
    http11: bool,
    code: u16,
    reason: String,
    headers: Vec<(String, String)>,
}

enum Framing {
    None,
    Length(usize),
    Chunked,
    UntilClose,
}

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

fn parse_error(code: &'static str, message: &str) -> WireError {
    WireError::Parse {
        code,
        message: format!("Parse Error: {message}"),
    }
}

fn hang_up() -> WireError {
    WireError::Io(std::io::Error::new(
        std::io::ErrorKind::UnexpectedEof,
        "socket hang up",
    ))
}

impl Conn {
    /// Reads more bytes into the buffer; 0 at the end of the stream.
    async fn fill(&mut self) -> std::io::Result<usize> {
        self.buf.reserve(READ_CHUNK);
        self.io.read_buf(&mut self.buf).await
    }
}

/// Parses a complete head at the start of `buf`, with `slots` header slots.
fn parse_with<'b>(
    buf: &'b [u8],
    slots: &mut [httparse::Header<'b>],
) -> Result<Option<(Head, usize)>, httparse::Error> {
    let mut response = httparse::Response::new(slots);
    let len = match response.parse(buf)? {
        httparse::Status::Complete(len) => len,
        httparse::Status::Partial => return Ok(None),
    };
    // the reason phrase from the raw status line: httparse drops one with non-ASCII bytes
    // (httparse skips blank lines before the status line; so does this)
    let start = buf
        .iter()
        .position(|&b| b != b'\r' && b != b'\n')
        .unwrap_or(0);
    let status_line = &buf[start..];
    let line_end = status_line.iter().position(|&b| b == b'\n').unwrap_or(0);
    let line = status_line[..line_end]
        .strip_suffix(b"\r")
        .unwrap_or(&status_line[..line_end]);
    let reason = line.splitn(3, |&b| b == b' ').nth(2).unwrap_or_default();
    let head = Head {
        http11: response.version == Some(1),
        code: response.code.unwrap_or_default(),
        reason: latin1(reason),
        headers: response
            .headers
            .iter()
            .map(|h| (h.name.to_string(), latin1(h.value)))
            .collect(),
    };
    Ok(Some((head, len)))
}

fn parse_head(buf: &[u8]) -> Result<Option<(Head, usize)>, WireError> {
    let mut slots = [httparse::EMPTY_HEADER; 64];
    let parsed = match parse_with(buf, &mut slots) {
        Err(httparse::Error::TooManyHeaders) => {
            // a header line takes at least 3 bytes: this many always fit in MAX_HEAD
            let mut many = vec![httparse::EMPTY_HEADER; MAX_HEAD / 3];
            parse_with(buf, &mut many)
        }
        other => other,
    };
    parsed.map_err(|e| match e {
        httparse::Error::Version => parse_error("HPE_INVALID_CONSTANT", "Expected HTTP/"),
        httparse::Error::Status => parse_error("HPE_INVALID_STATUS", "Invalid status code"),
        httparse::Error::HeaderName => {
            parse_error("HPE_INVALID_HEADER_TOKEN", "Invalid header token")
        }
        httparse::Error::HeaderValue => {
            parse_error("HPE_INVALID_HEADER_TOKEN", "Invalid header value char")
        }
        httparse::Error::TooManyHeaders => parse_error("HPE_HEADER_OVERFLOW", "Header overflow"),
        other => parse_error("HPE_INVALID_CONSTANT", &other.to_string()),
    })
}

/// Reads the final response head, skipping interim 1xx ones.
async fn read_head(conn: &mut Conn) -> Result<Head, ExchangeFailure> {
    let mut received = false;
    loop {
        if !conn.buf.is_empty() {
            received = true;
            let parsed = parse_head(&conn.buf).map_err(ExchangeFailure::after)?;
            if let Some((head, len)) = parsed {
                if len > MAX_HEAD {
                    return Err(ExchangeFailure::after(parse_error(
                        "HPE_HEADER_OVERFLOW",
                        "Header overflow",
                    )));
                }
                conn.buf.drain(..len);
                if (100..200).contains(&head.code) && head.code != 101 {
                    continue;
                }
                return Ok(head);
            }
            if conn.buf.len() > MAX_HEAD {
                return Err(ExchangeFailure::after(parse_error(
                    "HPE_HEADER_OVERFLOW",
                    "Header overflow",
                )));
            }
        }
        let read = conn.fill().await.map_err(|e| ExchangeFailure {
            error: WireError::Io(e),
            before_response: !received,
        })?;
        if read == 0 {
            return Err(ExchangeFailure {
                error: hang_up(),
                before_response: !received,
            });
        }
    }
}

fn tokens<'a>(head: &'a Head, name: &'a str) -> impl Iterator<Item = String> + 'a {
    head.headers
        .iter()
        .filter(move |(k, _)| k.eq_ignore_ascii_case(name))
        .flat_map(|(_, v)| v.split(','))
        .map(|t| t.trim().to_ascii_lowercase())
        .filter(|t| !t.is_empty())
}

fn framing(head: &Head, is_head_request: bool) -> Result<Framing, WireError> {
    if is_head_request || (100..200).contains(&head.code) || head.code == 204 || head.code == 304 {
        return Ok(Framing::None);
    }
    if let Some(last) = tokens(head, "transfer-encoding").last() {
        return Ok(if last == "chunked" {
            Framing::Chunked
        } else {
            Framing::UntilClose
        });
    }
    let mut length: Option<usize> = None;
    for (_, value) in head
        .headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("content-length"))
    {
        let value = value.trim();
        let parsed = value
            .parse::<usize>()
            .ok()
            .filter(|_| value.bytes().all(|b| b.is_ascii_digit()))
            .ok_or_else(|| {
                parse_error(
                    "HPE_INVALID_CONTENT_LENGTH",
                    "Invalid character in Content-Length",
                )
            })?;
        if length.is_some_and(|l| l != parsed) {
            return Err(parse_error(
                "HPE_UNEXPECTED_CONTENT_LENGTH",
                "Duplicate Content-Length",
            ));
        }
        length = Some(parsed);
    }
    Ok(length.map_or(Framing::UntilClose, Framing::Length))
}

/// Makes sure `n` bytes are buffered; a connection ending first is a hang-up.
async fn want(conn: &mut Conn, n: usize) -> Result<(), ExchangeFailure> {
    while conn.buf.len() < n {
        let read = conn
            .fill()
            .await
            .map_err(|e| ExchangeFailure::after(WireError::Io(e)))?;
        if read == 0 {
            return Err(ExchangeFailure::after(hang_up()));
        }
    }
    Ok(())
}

/// One CRLF-terminated line (without it), taken from the buffer.
async fn read_line(conn: &mut Conn) -> Result<Vec<u8>, ExchangeFailure> {
    let mut scanned = 0;
    loop {
        if let Some(i) = conn.buf[scanned..].iter().position(|&b| b == b'\n') {
            let end = scanned + i;
            let mut line: Vec<u8> = conn.buf.drain(..=end).collect();
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            return Ok(line);
        }
        scanned = conn.buf.len();
        if scanned > MAX_LINE {
            return Err(ExchangeFailure::after(parse_error(
                "HPE_HEADER_OVERFLOW",
                "Header overflow",
            )));
        }
        want(conn, scanned + 1).await?;
    }
}

fn too_large(limit: usize) -> ExchangeFailure {
    ExchangeFailure::after(WireError::TooLarge(limit))
}

async fn read_chunked(conn: &mut Conn, limit: usize) -> Result<Vec<u8>, ExchangeFailure> {
    let mut body = Vec::new();
    loop {
        let line = read_line(conn).await?;
        let size_text = line.split(|&b| b == b';').next().unwrap_or_default();
        let size_text = String::from_utf8_lossy(size_text);
        let size = usize::from_str_radix(size_text.trim(), 16).map_err(|_| {
            ExchangeFailure::after(parse_error(
                "HPE_INVALID_CHUNK_SIZE",
                "Invalid character in chunk size",
            ))
        })?;
        if size == 0 {
            // trailers, up to an empty line
            while !read_line(conn).await?.is_empty() {}
            return Ok(body);
        }
        if body.len().saturating_add(size) > limit {
            return Err(too_large(limit));
        }
        let needed = size.checked_add(2).ok_or_else(|| {
            ExchangeFailure::after(parse_error("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow"))
        })?;
        want(conn, needed).await?;
        if &conn.buf[size..needed] != b"\r\n" {
            return Err(ExchangeFailure::after(parse_error(
                "HPE_STRICT",
                "Expected LF after chunk data",
            )));
        }
        body.extend_from_slice(&conn.buf[..size]);
        conn.buf.drain(..needed);
    }
}

async fn read_until_close(conn: &mut Conn, limit: usize) -> Result<Vec<u8>, ExchangeFailure> {
    loop {
        if conn.buf.len() > limit {
            return Err(too_large(limit));
        }
        match conn.fill().await {
            Ok(0) => break,
            Ok(_) => {}
            // a TLS peer closing without close_notify still ends the body
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(ExchangeFailure::after(WireError::Io(e))),
        }
    }
    Ok(std::mem::take(&mut conn.buf))
}

/// Reads one response; the flag says whether the connection can carry another request.
pub(crate) async fn read(
    conn: &mut Conn,
    is_head_request: bool,
    limit: usize,
) -> Result<(Response, bool), ExchangeFailure> {
    let head = read_head(conn).await?;
    let head_at = std::time::Instant::now();
    let framing = framing(&head, is_head_request).map_err(ExchangeFailure::after)?;
    let body = match framing {
        Framing::None => Vec::new(),
        Framing::Length(n) if n > limit => return Err(too_large(limit)),
        Framing::Length(n) => {
            conn.buf.reserve(n.min(MAX_PREALLOC));
            want(conn, n).await?;
            let rest = conn.buf.split_off(n);
            std::mem::replace(&mut conn.buf, rest)
        }
        Framing::Chunked => read_chunked(conn, limit).await?,
        Framing::UntilClose => read_until_close(conn, limit).await?,
    };
    if body.len() >= crate::memory::LARGE_BODY {
        crate::memory::expect_large_buffers();
    }
    let connection: Vec<String> = tokens(&head, "connection").collect();
    let keep_alive = if head.http11 {
        !connection.iter().any(|t| t == "close")
    } else {
        connection.iter().any(|t| t == "keep-alive")
    };
    let reusable = keep_alive
        && head.code != 101
        && !matches!(framing, Framing::UntilClose)
        && conn.buf.is_empty();
    Ok((
        Response {
            code: head.code,
            reason: head.reason,
            headers: head.headers,
            body,
            head_at,
        },
        reusable,
    ))
}

#[cfg(test)]
mod tests {
    /// Blank lines before the status line (left on a kept-alive connection) are skipped, and the
    /// reason phrase is still the status line's.
    #[test]
    fn the_reason_phrase_survives_blank_lines_before_the_status_line() {
        let buf = b"\r\n\r\nHTTP/1.1 201 Made It\r\nContent-Length: 0\r\n\r\n";
        let mut slots = [httparse::EMPTY_HEADER; 4];
        let (head, len) = super::parse_with(buf, &mut slots)
            .expect("parses")
            .expect("complete");
        assert_eq!((head.code, head.reason.as_str()), (201, "Made It"));
        assert_eq!(len, buf.len());
    }
}
