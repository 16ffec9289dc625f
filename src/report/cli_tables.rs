//! The two tables the cli prints at the end: run statistics (box drawn) and failures (blank borders).

use super::format::{pad_left, size, width, Painter, Style};
use super::summary::{RunFailure, RunSummary};

/// Border characters of the statistics table.
struct Chars {
    horizontal: &'static str,
    vertical: &'static str,
    top: [&'static str; 3],
    mid: [&'static str; 3],
    /// The line above the first full-width row: column joints close upwards.
    close: [&'static str; 3],
    bottom: [&'static str; 2],
}

const UNICODE: Chars = Chars {
    horizontal: "─",
    vertical: "│",
    top: ["┌", "┬", "┐"],
    mid: ["├", "┼", "┤"],
    close: ["├", "┴", "┤"],
    bottom: ["└", "┘"],
};

const PLAIN: Chars = Chars {
    horizontal: "-",
    vertical: "|",
    top: ["-", "-", "-"],
    mid: ["-", "+", "-"],
    close: ["-", "-", "-"],
    bottom: ["-", "-"],
};

/// Width of the label column (padding included), as Newman sets it.
const LABEL_WIDTH: usize = 25;

fn align_right(text: &str, width_with_padding: usize) -> String {
    let inner = width_with_padding.saturating_sub(2);
    format!(" {} ", pad_left(text, inner, ' '))
}

fn align_left(text: &str, width_with_padding: usize) -> String {
    let pad = width_with_padding.saturating_sub(2 + width(text));
    format!(" {text}{} ", " ".repeat(pad))
}

/// Widens the two number columns so the full-width rows fit, the way cli-table3 spreads a
/// spanning cell's extra width (last spanning row first, half-up rounding).
fn fit_spans(widths: &mut [usize; 3], span_texts: &[String]) {
    for text in span_texts.iter().rev() {
        let desired = width(text) + 2;
        let mut existing = widths[0] + 1 + widths[1] + 1 + widths[2];
        if desired <= existing {
            continue;
        }
        let mut editable = 2usize;
        for column in [1, 2] {
            if desired <= existing {
                break;
            }
            let missing = (desired - existing) as f64;
            let dif = (missing / editable as f64 + 0.5).floor() as usize;
            widths[column] += dif;
            existing += dif;
            editable -= 1;
        }
    }
}

/// The run statistics table (iterations … assertions, duration, data received, response times).
/// `duration` formats times (`format::duration`, or `format::redacted_duration` for snapshots).
/// The average response time row is left out when it is 0 (as Newman does), unless `redacted`:
/// then it is always there, so that a snapshot does not depend on how fast the server was.
pub fn statistics_table(
    summary: &RunSummary,
    unicode: bool,
    paint: Painter,
    duration: fn(f64) -> String,
    redacted: bool,
) -> String {
    let chars = if unicode { &UNICODE } else { &PLAIN };
    let stats = &summary.stats;
    let rows = [
        ("iterations", stats.iterations),
        ("requests", stats.requests),
        ("test-scripts", stats.test_scripts),
        ("prerequest-scripts", stats.prerequest_scripts),
        ("assertions", stats.assertions),
    ];
    let t = &summary.timings;
    let mut spans = vec![
        format!(
            "total run duration: {}",
            duration(t.completed.saturating_sub(t.started) as f64)
        ),
        format!(
            "total data received: {} (approx)",
            size(summary.response_total)
        ),
    ];
    if t.response.average != 0.0 || redacted {
        spans.push(format!(
            "average response time: {} [min: {}, max: {}, s.d.: {}]",
            duration(t.response.average),
            duration(t.response.min),
            duration(t.response.max),
            duration(t.response.sd)
        ));
    }
    for (label, phase) in [
        ("average DNS lookup time", t.dns),
        ("average first byte time", t.first_byte),
    ] {
        if phase.average != 0.0 {
            spans.push(format!(
                "{label}: {} [min: {}, max: {}, s.d.: {}]",
                duration(phase.average),
                duration(phase.min),
                duration(phase.max),
                duration(phase.sd)
            ));
        }
    }

    let number_width = |pick: fn(&super::summary::Counter) -> u64| {
        rows.iter()
            .map(|(_, c)| pick(c).to_string().len())
            .max()
            .unwrap_or(0)
            .max(8)
            + 2
    };
    let mut widths = [
        LABEL_WIDTH,
        number_width(|c| c.total),
        number_width(|c| c.failed),
    ];
    fit_spans(&mut widths, &spans);
    let full = widths[0] + widths[1] + widths[2] + 2;

    let border = |s: &str| paint.paint(Style::Gray, s);
    let line = |ends: [&str; 3]| {
        let parts: Vec<String> = widths.iter().map(|w| chars.horizontal.repeat(*w)).collect();
        border(&format!("{}{}{}", ends[0], parts.join(ends[1]), ends[2]))
    };
    let v = border(chars.vertical);
    let row = |cells: [String; 3]| format!("{v}{}{v}{}{v}{}{v}", cells[0], cells[1], cells[2]);

    let mut out = vec![line(chars.top)];
    out.push(row([
        align_right("", widths[0]),
        align_right("executed", widths[1]),
        align_right("  failed", widths[2]),
    ]));
    for (i, (label, counter)) in rows.iter().enumerate() {
        out.push(line(chars.mid));
        let label_style = if counter.failed > 0 {
            Some(Style::Red)
        } else if counter.pending > 0 {
            None
        } else {
            Some(Style::Green)
        };
        let label_cell = align_right(label, widths[0]);
        let failed_cell = align_right(&counter.failed.to_string(), widths[2]);
        out.push(row([
            match label_style {
                Some(style) => paint_inner(paint, style, &label_cell),
                None => label_cell,
            },
            align_right(&counter.total.to_string(), widths[1]),
            if counter.failed > 0 {
                paint_inner(paint, Style::Red, &failed_cell)
            } else {
                failed_cell
            },
        ]));
        if i + 1 == rows.len() {
            out.push(line(chars.close));
        }
    }
    for (i, text) in spans.iter().enumerate() {
        if i > 0 {
            out.push(border(&format!(
                "{}{}{}",
                chars.mid[0],
                chars.horizontal.repeat(full),
                chars.mid[2]
            )));
        }
        out.push(format!("{v}{}{v}", align_left(text, full)));
    }
    out.push(border(&format!(
        "{}{}{}",
        chars.bottom[0],
        chars.horizontal.repeat(full),
        chars.bottom[1]
    )));
    out.join("\n")
}

/// Paints the text of a padded cell, leaving its padding plain.
fn paint_inner(paint: Painter, style: Style, cell: &str) -> String {
    let trimmed = cell.trim();
    match cell.find(trimmed) {
        Some(start) if !trimmed.is_empty() => format!(
            "{}{}{}",
            &cell[..start],
            paint.paint(style, trimmed),
            &cell[start + trimmed.len()..]
        ),
        _ => cell.to_string(),
    }
}

/// The numbered failure list: `#`, `failure` (error name, iteration), `detail` (test, message, where).
pub fn failures_table(failures: &[RunFailure], paint: Painter) -> String {
    let digits = failures.len().to_string().len();
    let rows: Vec<[Vec<(String, bool)>; 3]> = failures
        .iter()
        .enumerate()
        .map(|(index, failure)| {
            let number = format!("{}.", pad_left(&(index + 1).to_string(), digits, '0'));
            let mut name = lines(failure.name(), false);
            if failure.cycles > 1 {
                name.push((format!("iteration: {}", failure.iteration + 1), true));
            }
            let mut detail = lines(failure.test(), false);
            detail.extend(lines(failure.message(), true));
            detail.push((format!("at {}", failure.at), true));
            detail.push((format!("inside \"{}\"", failure.item_path), true));
            [vec![(number, false)], name, detail]
        })
        .collect();
    let header = ["#", "failure", "detail"];
    let mut widths = header.map(|h| width(h) + 2);
    for row in &rows {
        for (column, cell) in row.iter().enumerate() {
            for (text, _) in cell {
                widths[column] = widths[column].max(width(text) + 2);
            }
        }
    }
    let separator: String = widths
        .iter()
        .map(|w| paint.paint(Style::Gray, &" ".repeat(*w)))
        .collect();
    let mut out = vec![format!(
        "{}{}{}",
        paint.paint(Style::Red, &align_right(header[0], widths[0])),
        paint.paint(Style::Red, &align_left(header[1], widths[1])),
        paint.paint(Style::Red, &align_left(header[2], widths[2]))
    )];
    for row in &rows {
        out.push(separator.clone());
        let height = row.iter().map(Vec::len).max().unwrap_or(1);
        for line in 0..height {
            let mut text = String::new();
            for (column, cell) in row.iter().enumerate() {
                let (content, gray) = cell.get(line).cloned().unwrap_or_default();
                let padded = if column == 0 {
                    align_right(&content, widths[column])
                } else {
                    align_left(&content, widths[column])
                };
                text.push_str(&if gray {
                    paint_inner(paint, Style::Gray, &padded)
                } else {
                    padded
                });
            }
            out.push(text);
        }
    }
    out.join("\n")
}

/// A cell's text split into lines, each marked gray or not. An empty text is one empty line.
fn lines(text: &str, gray: bool) -> Vec<(String, bool)> {
    text.split('\n').map(|l| (l.to_string(), gray)).collect()
}
