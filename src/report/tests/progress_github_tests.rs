use super::config;
use super::fixtures::{emit_sample, sample_collection, SharedBuffer};
use crate::report::github::{escape_data, escape_property, GithubReporter};
use crate::report::progress::ProgressReporter;
use crate::report::summary::RunSummary;
use crate::report::Reporter;
use std::time::Duration;

fn sample_failures(iterations: usize) -> usize {
    let mut summary = RunSummary::counts_only();
    emit_sample(&sample_collection(), iterations, &mut |e| {
        summary.on_event(e)
    });
    summary.failures.len()
}

#[test]
fn progress_line() {
    let line = ProgressReporter::line(5, 20, 1, Duration::from_millis(1500), true);
    assert_eq!(
        line,
        "[#######-----------------------]  5/20 requests · 1 failed · 1.5s"
    );
    let done = ProgressReporter::line(3, 3, 0, Duration::ZERO, false);
    assert!(done.starts_with(&format!("[{}]", "█".repeat(30))), "{done}");
    assert_eq!(
        ProgressReporter::line(0, 0, 0, Duration::ZERO, true)
            .matches('-')
            .count(),
        30
    );
}

#[test]
fn progress_redraws_in_place_and_ends_with_the_final_state() {
    let buffer = SharedBuffer::default();
    let mut reporter = ProgressReporter::new(Some(Box::new(buffer.clone())), true);
    let collection = sample_collection();
    emit_sample(&collection, 2, &mut |e| {
        let _ = reporter.on_event(e);
    });
    let text = buffer.text();
    assert!(text.ends_with('\n'));
    assert!(
        !text.trim_end().contains('\n'),
        "one line redrawn: {text:?}"
    );
    let last = text.rsplit("\r\x1b[2K").next().unwrap_or_default();
    let failures = sample_failures(2);
    assert!(
        last.starts_with(&format!(
            "[{}] 10/10 requests · {failures} failed",
            "#".repeat(30)
        )),
        "{last:?}"
    );
}

#[test]
fn progress_without_a_terminal_writes_nothing() {
    let mut reporter = ProgressReporter::new(None, true);
    let collection = sample_collection();
    emit_sample(&collection, 1, &mut |e| {
        assert_eq!(reporter.on_event(e), Ok(()));
    });
}

#[test]
fn workflow_command_escaping() {
    assert_eq!(escape_data("50% a\r\nb"), "50%25 a%0D%0Ab");
    assert_eq!(escape_property("a: b, c"), "a%3A b%2C c");
}

#[test]
fn github_annotations_and_step_summary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let summary_path = dir.path().join("summary.md");
    std::fs::write(&summary_path, "earlier step\n").expect("write");
    let buffer = SharedBuffer::default();
    let mut reporter = GithubReporter::new(&config(&["github"], &[]), Box::new(buffer.clone()))
        .with_summary_file(Some(summary_path.clone()));
    let collection = sample_collection();
    emit_sample(&collection, 2, &mut |e| {
        let _ = reporter.on_event(e);
    });
    let annotations = buffer.text();
    let failures = sample_failures(2);
    assert!(failures > 0);
    assert_eq!(annotations.lines().count(), failures, "{annotations}");
    for line in annotations.lines() {
        assert!(line.starts_with("::error title="), "{line}");
        assert!(line.contains("(iteration "), "{line}");
    }
    let markdown = std::fs::read_to_string(&summary_path).expect("summary");
    assert!(
        markdown.starts_with("earlier step\n### ❌ postie: "),
        "{markdown}"
    );
    assert!(markdown.contains("| requests | 10 |"), "{markdown}");
    assert_eq!(
        markdown
            .lines()
            .filter(|l| l.starts_with("| ") && l.chars().nth(2).is_some_and(|c| c.is_ascii_digit()))
            .count(),
        failures,
        "{markdown}"
    );
}
