//! Newman's JSON layout (`JSON.stringify(summary, null, 2)`) written straight to a writer: serde's
//! pretty printing, starting at any depth, with byte arrays (response bodies, one number per
//! line) written in large chunks. In a spool, a body can be kept as its raw bytes and expanded
//! only when the spool is copied into the report.

use serde_json::ser::Formatter;
use std::io::{self, BufRead, Write};

/// Marks a raw body in a spool: serde_json escapes control characters, so JSON text never holds it.
const RAW_BODY: u8 = 0;

const SPACES: [u8; 128] = [b' '; 128];

/// The same output as `serde_json::ser::PrettyFormatter::with_indent(b"  ")`, from `depth` levels in.
pub struct ReportFormatter {
    depth: usize,
    has_value: bool,
    /// Byte arrays go out raw, for [`copy_spool`] to expand.
    raw_bodies: bool,
}

impl ReportFormatter {
    pub fn at_depth(depth: usize) -> ReportFormatter {
        ReportFormatter {
            depth,
            has_value: false,
            raw_bodies: false,
        }
    }

    /// For a spool: byte arrays are written raw (see [`copy_spool`]).
    pub fn spooling(depth: usize) -> ReportFormatter {
        ReportFormatter {
            raw_bodies: true,
            ..ReportFormatter::at_depth(depth)
        }
    }
}

fn indent<W: ?Sized + Write>(writer: &mut W, depth: usize) -> io::Result<()> {
    let mut left = depth * 2;
    while left > 0 {
        let n = left.min(SPACES.len());
        writer.write_all(&SPACES[..n])?;
        left -= n;
    }
    Ok(())
}

/// `[`, one number per line at `depth + 1`, `]`: what the pretty printer makes of a byte array.
fn write_bytes_pretty<W: ?Sized + Write>(
    writer: &mut W,
    depth: usize,
    bytes: &[u8],
) -> io::Result<()> {
    if bytes.is_empty() {
        return writer.write_all(b"[]");
    }
    let mut line = b",\n".to_vec();
    line.extend(std::iter::repeat_n(b' ', (depth + 1) * 2));
    let prefix = line.len();
    let mut chunk = Vec::with_capacity(64 * 1024);
    chunk.push(b'[');
    for (i, byte) in bytes.iter().enumerate() {
        let start = usize::from(i == 0);
        chunk.extend_from_slice(&line[start..prefix]);
        chunk.extend_from_slice(itoa_u8(*byte).as_slice());
        if chunk.len() > 60 * 1024 {
            writer.write_all(&chunk)?;
            chunk.clear();
        }
    }
    chunk.push(b'\n');
    chunk.extend(std::iter::repeat_n(b' ', depth * 2));
    chunk.push(b']');
    writer.write_all(&chunk)
}

struct Digits {
    buf: [u8; 3],
    len: usize,
}

impl Digits {
    fn as_slice(&self) -> &[u8] {
        &self.buf[3 - self.len..]
    }
}

fn itoa_u8(mut n: u8) -> Digits {
    let mut buf = [0u8; 3];
    let mut len = 0;
    loop {
        buf[2 - len] = b'0' + n % 10;
        len += 1;
        n /= 10;
        if n == 0 {
            return Digits { buf, len };
        }
    }
}

impl ReportFormatter {
    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            writer.write_all(b"\n")?;
            indent(writer, self.depth)?;
        }
        writer.write_all(bracket)
    }

    fn next_entry<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        writer.write_all(if first { b"\n" } else { b",\n" })?;
        indent(writer, self.depth)
    }
}

impl Formatter for ReportFormatter {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.next_entry(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.next_entry(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn write_byte_array<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        value: &[u8],
    ) -> io::Result<()> {
        if self.raw_bodies {
            writer.write_all(&[RAW_BODY])?;
            writer.write_all(&(self.depth as u64).to_le_bytes())?;
            writer.write_all(&(value.len() as u64).to_le_bytes())?;
            writer.write_all(value)?;
        } else {
            write_bytes_pretty(writer, self.depth, value)?;
        }
        // As after any array value: the enclosing object or array has a value.
        self.has_value = true;
        Ok(())
    }
}

/// Copies a spool written with [`ReportFormatter::spooling`] to `out`, expanding its raw bodies.
pub fn copy_spool<R: BufRead, W: ?Sized + Write>(mut spool: R, out: &mut W) -> io::Result<()> {
    let mut text = Vec::new();
    loop {
        text.clear();
        spool.read_until(RAW_BODY, &mut text)?;
        let marked = text.last() == Some(&RAW_BODY);
        if marked {
            text.pop();
        }
        out.write_all(&text)?;
        if !marked {
            return Ok(());
        }
        let mut word = [0u8; 8];
        spool.read_exact(&mut word)?;
        let depth = u64::from_le_bytes(word) as usize;
        spool.read_exact(&mut word)?;
        let len = u64::from_le_bytes(word) as usize;
        let mut body = vec![0u8; len];
        spool.read_exact(&mut body)?;
        write_bytes_pretty(out, depth, &body)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::json;

    struct Bytes<'a>(&'a [u8]);
    impl Serialize for Bytes<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(self.0)
        }
    }

    fn pretty(value: &impl Serialize) -> String {
        let formatter = serde_json::ser::PrettyFormatter::with_indent(b"  ");
        let mut out = Vec::new();
        value
            .serialize(&mut serde_json::Serializer::with_formatter(
                &mut out, formatter,
            ))
            .expect("serializes");
        String::from_utf8(out).expect("utf-8")
    }

    fn ours(value: &impl Serialize, spool: bool) -> String {
        let formatter = if spool {
            ReportFormatter::spooling(0)
        } else {
            ReportFormatter::at_depth(0)
        };
        let mut out = Vec::new();
        value
            .serialize(&mut serde_json::Serializer::with_formatter(
                &mut out, formatter,
            ))
            .expect("serializes");
        if spool {
            let mut copied = Vec::new();
            copy_spool(&out[..], &mut copied).expect("copies");
            out = copied;
        }
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn same_text_as_the_pretty_printer() {
        let body: Vec<u8> = (0..=255u8).chain([0, 10, 100]).collect();
        let value = json!({"a": [], "b": {}, "c": [[], {}, [1, {"d": null}]], "e": "x\u{0}y", "data": body});
        for spool in [false, true] {
            assert_eq!(ours(&value, spool), pretty(&value));
        }
        let nested = vec![(Bytes(&body), Bytes(&[]), Bytes(b"{}"))];
        let expected = pretty(&vec![(body.clone(), Vec::<u8>::new(), b"{}".to_vec())]);
        for spool in [false, true] {
            assert_eq!(ours(&nested, spool), expected);
        }
    }

    #[test]
    fn starts_at_a_depth() {
        let value = json!({"a": [1, {"b": 2}]});
        let mut out = Vec::new();
        value
            .serialize(&mut serde_json::Serializer::with_formatter(
                &mut out,
                ReportFormatter::at_depth(3),
            ))
            .expect("serializes");
        let expected: Vec<String> = pretty(&value)
            .lines()
            .enumerate()
            .map(|(i, l)| {
                if i == 0 {
                    l.to_string()
                } else {
                    format!("      {l}")
                }
            })
            .collect();
        assert_eq!(String::from_utf8(out).expect("utf-8"), expected.join("\n"));
    }
}
