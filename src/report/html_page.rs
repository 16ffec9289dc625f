//! The pieces of the HTML report page: escaping, the stylesheet, the summary table, failures and
//! the timeline picture. Everything is inline; the page loads nothing from the network.

use super::format::{duration, size};
use super::summary::RunSummary;
use std::fmt::Write as _;

pub const STYLE: &str = r#"
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f5f6f8}
header{background:#1d2330;color:#fff;padding:16px 24px}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:#b9c0cc}
main{padding:16px 24px;max-width:1200px}
h2{font-size:16px;margin:24px 0 8px}
table{border-collapse:collapse;background:#fff;width:100%}
th,td{border:1px solid #dde1e7;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef0f4}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.failed{color:#b3261e}.passed{color:#1e7b34}.skipped{color:#7a6a00}
.verdict{display:inline-block;padding:2px 10px;border-radius:10px;color:#fff;font-weight:600}
.verdict.failed{background:#b3261e}.verdict.passed{background:#1e7b34}
details{background:#fff;border:1px solid #dde1e7;margin:6px 0;padding:6px 10px}
details.has-failures{border-left:4px solid #b3261e}
summary{cursor:pointer}
summary .method{font-weight:600;margin-right:6px}
summary .meta{color:#5b6474;margin-left:8px}
pre{background:#f0f2f5;padding:8px;overflow:auto;max-height:400px;white-space:pre-wrap;word-break:break-all}
.note{color:#7a6a00;font-style:italic}
.timeline{background:#fff;border:1px solid #dde1e7;overflow:auto;max-height:600px}
.timeline text{font:11px system-ui,sans-serif;fill:#1d2330}
ul.assertions{list-style:none;padding-left:0}
#tools{margin:8px 0}#tools input[type=search]{padding:4px 8px;width:300px;max-width:100%}
body.dark{color:#d8dde6;background:#14171c}
body.dark header{background:#0b0d10}
body.dark table,body.dark details,body.dark .timeline{background:#1c2027;border-color:#363c48}
body.dark th,body.dark td{border-color:#363c48}body.dark th{background:#262b34}
body.dark pre{background:#262b34}body.dark .timeline text{fill:#d8dde6}
body.dark summary .meta{color:#9aa3b2}body.dark a{color:#8ab4f8}
body.dark .failed{color:#f28b82}body.dark .passed{color:#81c995}body.dark .skipped{color:#fdd663}
"#;

/// The filter box over the requests. Hidden until the script shows it, so a page read without
/// JavaScript shows every request and no dead control.
pub const FILTER_TOOLS: &str = "<div id=\"tools\" hidden><input id=\"filter\" type=\"search\" \
placeholder=\"Filter requests by any text\" aria-label=\"Filter requests\"> \
<label><input id=\"only-failed\" type=\"checkbox\"> failures only</label> <span id=\"shown\"></span></div>\n";

pub const FILTER_SCRIPT: &str = r#"<script>
(function () {
  var tools = document.getElementById('tools');
  var box = document.getElementById('filter');
  var failedOnly = document.getElementById('only-failed');
  var shown = document.getElementById('shown');
  var all = document.querySelectorAll('details.execution');
  function apply() {
    var words = box.value.toLowerCase();
    var count = 0;
    for (var i = 0; i < all.length; i++) {
      var d = all[i];
      var show = (!failedOnly.checked || d.classList.contains('has-failures')) &&
        (!words || d.textContent.toLowerCase().indexOf(words) !== -1);
      d.style.display = show ? '' : 'none';
      if (show) count++;
    }
    shown.textContent = count + ' of ' + all.length + ' shown';
  }
  tools.hidden = false;
  box.addEventListener('input', apply);
  failedOnly.addEventListener('change', apply);
  apply();
})();
</script>
"#;

/// Text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The summary table: every counter with its total and failed count, and the timings.
pub fn summary_table(summary: &RunSummary) -> String {
    let mut out = String::from(
        "<table id=\"summary\"><thead><tr><th></th><th>executed</th><th>failed</th></tr></thead><tbody>\n",
    );
    let stats = &summary.stats;
    for (key, label, counter) in [
        ("iterations", "iterations", stats.iterations),
        ("requests", "requests", stats.requests),
        ("test-scripts", "test-scripts", stats.test_scripts),
        (
            "prerequest-scripts",
            "prerequest-scripts",
            stats.prerequest_scripts,
        ),
        ("assertions", "assertions", stats.assertions),
    ] {
        let _ = writeln!(
            out,
            "<tr><th>{label}</th><td class=\"num\" id=\"stat-{key}-total\">{}</td><td class=\"num\" id=\"stat-{key}-failed\">{}</td></tr>",
            counter.total, counter.failed
        );
    }
    let t = &summary.timings;
    let _ = write!(
        out,
        "</tbody></table>\n<table id=\"timings\"><tbody>\
         <tr><th>total run duration</th><td id=\"run-duration\">{}</td></tr>\
         <tr><th>total data received</th><td id=\"data-received\">{}</td></tr>\
         <tr><th>average response time</th><td id=\"response-average\">{} [min: {}, max: {}, s.d.: {}]</td></tr>\
         </tbody></table>\n",
        duration(t.completed.saturating_sub(t.started) as f64),
        size(summary.response_total),
        duration(t.response.average),
        duration(t.response.min),
        duration(t.response.max),
        duration(t.response.sd),
    );
    out
}

/// One bar of the timeline: when a request started and how long it took, from the run's start.
#[derive(Debug, Clone)]
pub struct TimelineBar {
    pub label: String,
    pub start_ms: f64,
    pub duration_ms: f64,
    pub failed: bool,
    pub anchor: String,
}

/// Rows drawn at most; a longer run says how many were left out.
pub const TIMELINE_MAX_ROWS: usize = 1000;

/// A waterfall picture: one row per request, the bar placed at its start and as wide as its time.
pub fn timeline_svg(bars: &[TimelineBar]) -> String {
    if bars.is_empty() {
        return "<p>No requests were sent.</p>\n".into();
    }
    let shown = &bars[..bars.len().min(TIMELINE_MAX_ROWS)];
    let end = shown
        .iter()
        .map(|b| b.start_ms + b.duration_ms)
        .fold(1.0_f64, f64::max);
    let (label_width, chart_width, row) = (280.0, 700.0, 18.0);
    let height = row * shown.len() as f64 + 24.0;
    let mut out = format!(
        "<div class=\"timeline\"><svg xmlns=\"http://www.w3.org/2000/svg\" id=\"timeline\" width=\"{}\" height=\"{height}\" role=\"img\" aria-label=\"request timeline\">\n",
        label_width + chart_width + 90.0
    );
    for tick in 0..=4 {
        let x = label_width + chart_width * tick as f64 / 4.0;
        let _ = writeln!(
            out,
            "<line x1=\"{x:.1}\" y1=\"0\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#dde1e7\"/><text x=\"{x:.1}\" y=\"{:.1}\">{}</text>",
            height - 12.0,
            height - 2.0,
            escape(&duration(end * tick as f64 / 4.0))
        );
    }
    for (i, bar) in shown.iter().enumerate() {
        let y = row * i as f64;
        let x = label_width + chart_width * bar.start_ms / end;
        let width = (chart_width * bar.duration_ms / end).max(1.0);
        let color = if bar.failed { "#b3261e" } else { "#3b6fd8" };
        let label: String = bar.label.chars().take(42).collect();
        let _ = writeln!(
            out,
            "<a href=\"#{}\"><g class=\"bar\"><title>{} — {}</title><text x=\"4\" y=\"{:.1}\">{}</text><rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{width:.1}\" height=\"{:.1}\" fill=\"{color}\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text></g></a>",
            escape(&bar.anchor),
            escape(&bar.label),
            escape(&duration(bar.duration_ms)),
            y + 13.0,
            escape(&label),
            y + 3.0,
            row - 6.0,
            x + width + 4.0,
            y + 13.0,
            escape(&duration(bar.duration_ms)),
        );
    }
    out.push_str("</svg></div>\n");
    if bars.len() > shown.len() {
        let _ = writeln!(
            out,
            "<p class=\"note\">The timeline shows the first {} of {} requests.</p>",
            shown.len(),
            bars.len()
        );
    }
    out
}

/// A body for display: text as is, cut at `limit` bytes with a note; binary bodies described.
pub fn body_block(body: &[u8], limit: usize) -> String {
    if body.is_empty() {
        return "<p class=\"note\">(empty body)</p>\n".into();
    }
    let cut = body.len().min(limit);
    let text = match std::str::from_utf8(&body[..cut]) {
        Ok(text) => text.to_string(),
        // A cut inside a character: keep what decodes.
        Err(e) if e.error_len().is_none() => {
            String::from_utf8_lossy(&body[..e.valid_up_to()]).into_owned()
        }
        Err(_) => {
            return format!(
                "<p class=\"note\">(binary body, {} bytes)</p>\n",
                body.len()
            )
        }
    };
    let mut out = format!("<pre>{}</pre>\n", escape(&text));
    if cut < body.len() {
        let _ = writeln!(
            out,
            "<p class=\"note\">Body truncated: showing the first {} of {} bytes.</p>",
            cut,
            body.len()
        );
    }
    out
}

pub fn headers_table(headers: &[(String, String)]) -> String {
    if headers.is_empty() {
        return "<p class=\"note\">(no headers)</p>\n".into();
    }
    let mut out = String::from("<table class=\"headers\"><tbody>\n");
    for (key, value) in headers {
        let _ = writeln!(
            out,
            "<tr><th>{}</th><td>{}</td></tr>",
            escape(key),
            escape(value)
        );
    }
    out.push_str("</tbody></table>\n");
    out
}
