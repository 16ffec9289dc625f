//! Small text formatters shared by the reporters: durations, sizes, padding, symbols, colours.

use crate::http::ResponseData;

/// A duration the way Newman prints it: `500µs`, `12ms` (below 1998 ms), then `1.9s`, `1m 3.4s`, `2d 5s`.
pub fn duration(ms: f64) -> String {
    if !ms.is_finite() || ms < 0.0 {
        return "0µs".into();
    }
    if ms < 1.0 {
        return format!("{}µs", (ms * 1000.0).trunc() as u64);
    }
    if ms < 1998.0 {
        return format!("{}ms", ms.trunc() as u64);
    }
    long_duration(ms)
}

/// Days, hours and minutes as whole units, seconds floored to one decimal; zero parts left out.
fn long_duration(ms: f64) -> String {
    let whole = ms.trunc() as u64;
    let days = whole / 86_400_000;
    let hours = whole / 3_600_000 % 24;
    let minutes = whole / 60_000 % 60;
    let seconds = (ms / 1000.0) % 60.0;
    let tenths = (seconds * 10.0 + 1e-7).floor() as u64;
    let mut parts = Vec::new();
    let (years, days) = (days / 365, days % 365);
    for (value, unit) in [(years, "y"), (days, "d"), (hours, "h"), (minutes, "m")] {
        if value > 0 {
            parts.push(format!("{value}{unit}"));
        }
    }
    if tenths > 0 {
        if tenths.is_multiple_of(10) {
            parts.push(format!("{}s", tenths / 10));
        } else {
            parts.push(format!("{}.{}s", tenths / 10, tenths % 10));
        }
    }
    if parts.is_empty() {
        return "0ms".into();
    }
    parts.join(" ")
}

/// Stands in for every duration when the cli runs with `redact_times` (stable snapshots).
pub fn redacted_duration(_ms: f64) -> String {
    "<time>".into()
}

/// A byte count the way Newman prints it (decimal units, two decimals at most): `312B`, `1.23kB`, `2.2MB`.
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 9] = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
    if bytes == 0 {
        return "0B".into();
    }
    let mut exponent = ((bytes as f64).log10() / 3.0).floor() as usize;
    exponent = exponent.min(UNITS.len() - 1);
    let mut value = round2(bytes as f64 / 1000f64.powi(exponent as i32));
    if value >= 1000.0 && exponent < UNITS.len() - 1 {
        value = 1.0;
        exponent += 1;
    }
    format!("{}{}", value, UNITS[exponent])
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Size of the status line and headers as Postman counts it (`HTTP/X.X 200 OK` + CRLF CRLF + `k: v` CRLF each).
pub fn header_size(response: &ResponseData) -> usize {
    let status_line =
        "HTTP/X.X".len() + 1 + response.code.to_string().len() + 1 + response.status.len() + 4;
    let headers: usize = response
        .headers
        .iter()
        .map(|(k, v)| k.len() + 2 + v.len() + 2)
        .sum();
    status_line + headers
}

/// Body plus headers: the size in the cli's `[200 OK, 437B, 12ms]`.
pub fn total_response_size(response: &ResponseData) -> u64 {
    (response.response_size + header_size(response)) as u64
}

/// Left-pads `text` with `fill` up to `width` characters.
pub fn pad_left(text: &str, width: usize, fill: char) -> String {
    let len = text.chars().count();
    let mut out: String = std::iter::repeat_n(fill, width.saturating_sub(len)).collect();
    out.push_str(text);
    out
}

/// Columns a text takes in a terminal: wide (CJK, emoji) characters count two, combining marks
/// and zero-width characters none, as the table layout Newman uses measures them.
pub fn width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

fn char_width(c: char) -> usize {
    let c = c as u32;
    let zero = matches!(c, 0x0300..=0x036F | 0x200B..=0x200F | 0xFE00..=0xFE0F | 0x20D0..=0x20FF);
    let wide = matches!(c,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF
        | 0x20000..=0x3FFFD);
    if zero {
        0
    } else if wide {
        2
    } else {
        1
    }
}

/// The symbols the cli draws with.
#[derive(Debug, Clone, Copy)]
pub struct Symbols {
    pub console_top: &'static str,
    pub console_middle: &'static str,
    pub console_bottom: &'static str,
    pub folder: &'static str,
    pub root: &'static str,
    pub sub: &'static str,
    pub ok: &'static str,
    pub star: &'static str,
    pub up: &'static str,
    pub down: &'static str,
}

impl Symbols {
    pub fn new(disable_unicode: bool) -> Symbols {
        if disable_unicode {
            Symbols {
                console_top: "-",
                console_middle: "|",
                console_bottom: "-",
                folder: "Folder",
                root: "Root",
                sub: "Sub-folder",
                ok: "Pass",
                star: "*",
                up: "^",
                down: "v",
            }
        } else {
            Symbols {
                console_top: "┌",
                console_middle: "│",
                console_bottom: "└",
                folder: "❏",
                root: "→",
                sub: "↳",
                ok: "✓",
                star: "★",
                up: "↑",
                down: "↓",
            }
        }
    }
}

/// ANSI styles; everything is a no-op when colour is off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Red,
    RedBold,
    Green,
    Gray,
    Cyan,
    Yellow,
    Blue,
    White,
    BrightWhite,
    Underline,
}

impl Style {
    fn codes(self) -> (&'static str, &'static str) {
        match self {
            Style::Red => ("\x1b[31m", "\x1b[39m"),
            Style::RedBold => ("\x1b[31m\x1b[1m", "\x1b[22m\x1b[39m"),
            Style::Green => ("\x1b[32m", "\x1b[39m"),
            Style::Gray => ("\x1b[90m", "\x1b[39m"),
            Style::Cyan => ("\x1b[36m", "\x1b[39m"),
            Style::Yellow => ("\x1b[33m", "\x1b[39m"),
            Style::Blue => ("\x1b[34m", "\x1b[39m"),
            Style::White => ("\x1b[37m", "\x1b[39m"),
            Style::BrightWhite => ("\x1b[97m", "\x1b[39m"),
            Style::Underline => ("\x1b[4m", "\x1b[24m"),
        }
    }
}

/// Paints text when colour is on.
#[derive(Debug, Clone, Copy)]
pub struct Painter {
    pub enabled: bool,
}

impl Painter {
    pub fn paint(&self, style: Style, text: &str) -> String {
        if !self.enabled || text.is_empty() {
            return text.to_string();
        }
        let (open, close) = style.codes();
        format!("{open}{text}{close}")
    }

    /// The style of a console level (log is gray, info cyan, warn yellow, debug blue, error red).
    pub fn console_style(level: &str) -> Style {
        match level {
            "info" => Style::Cyan,
            "warn" => Style::Yellow,
            "debug" => Style::Blue,
            "error" => Style::Red,
            _ => Style::Gray,
        }
    }
}

/// Splits text into display lines of at most `max` characters, dropping empty lines (as Newman's
/// word-wrap with `cut: true` does).
pub fn wrap_cut(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut out = Vec::new();
    for line in text.split('\n') {
        let chars: Vec<char> = line.trim_end_matches('\r').chars().collect();
        for chunk in chars.chunks(max) {
            out.push(chunk.iter().collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_match_newman() {
        let cases: [(f64, &str); 18] = [
            (0.0, "0µs"),
            (0.5, "500µs"),
            (1.0, "1ms"),
            (12.0, "12ms"),
            (8.583, "8ms"),
            (999.0, "999ms"),
            (1997.0, "1997ms"),
            (1998.0, "1.9s"),
            (2000.0, "2s"),
            (2049.0, "2s"),
            (9999.0, "9.9s"),
            (59999.0, "59.9s"),
            (60000.0, "1m"),
            (63400.0, "1m 3.4s"),
            (65432.0, "1m 5.4s"),
            (3_600_000.0, "1h"),
            (3_723_456.0, "1h 2m 3.4s"),
            (172_805_000.0, "2d 5s"),
        ];
        for (ms, want) in cases {
            assert_eq!(duration(ms), want, "{ms}");
        }
    }

    #[test]
    fn sizes_match_newman() {
        let cases: [(u64, &str); 17] = [
            (0, "0B"),
            (1, "1B"),
            (312, "312B"),
            (999, "999B"),
            (1000, "1kB"),
            (1023, "1.02kB"),
            (1024, "1.02kB"),
            (1234, "1.23kB"),
            (1999, "2kB"),
            (2204, "2.2kB"),
            (10240, "10.24kB"),
            (99_999, "100kB"),
            (999_999, "1MB"),
            (1_000_000, "1MB"),
            (1_234_567, "1.23MB"),
            (1_000_000_000, "1GB"),
            (1_500_000_000_000, "1.5TB"),
        ];
        for (bytes, want) in cases {
            assert_eq!(size(bytes), want, "{bytes}");
        }
    }

    #[test]
    fn header_size_counts_status_line_and_headers() {
        let response = ResponseData {
            code: 200,
            status: "OK".into(),
            headers: vec![
                (
                    "content-type".into(),
                    "application/json; charset=utf-8".into(),
                ),
                ("content-length".into(), "350".into()),
            ],
            response_size: 350,
            ..ResponseData::default()
        };
        // Newman printed 437B for this response.
        assert_eq!(total_response_size(&response), 437);
        let empty = ResponseData {
            code: 204,
            status: "No Content".into(),
            ..ResponseData::default()
        };
        assert_eq!(total_response_size(&empty), 27);
    }

    #[test]
    fn wrap_cut_splits_long_lines_and_drops_empty_ones() {
        assert_eq!(wrap_cut("abcdef\n\ngh", 4), vec!["abcd", "ef", "gh"]);
        assert_eq!(pad_left("7", 3, ' '), "  7");
        assert_eq!(pad_left("10", 2, '0'), "10");
        assert_eq!(width("abc"), 3);
        assert_eq!(width("状态码"), 6);
        assert_eq!(width("ok 👍"), 5);
        assert_eq!(width("e\u{301}"), 1);
    }
}
