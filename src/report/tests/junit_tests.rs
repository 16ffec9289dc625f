use super::config;
use super::fixtures::{emit_sample, fixed_clock, reset_clock, sample_collection};
use crate::report::github::GithubReporter;
use crate::report::junit::JunitReporter;
use crate::report::Reporter;

fn redact_ids(text: &str) -> String {
    let uuid = regex::Regex::new(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
        .unwrap_or_else(|e| panic!("{e}"));
    uuid.replace_all(text, "[id]").into_owned()
}

#[test]
fn junit_of_the_sample_run() {
    reset_clock(297);
    let mut reporter = JunitReporter::new(&config(&["junit"], &[])).with_clock(fixed_clock);
    let collection = sample_collection();
    emit_sample(&collection, 2, &mut |e| {
        if !matches!(e, crate::runner::events::RunEvent::Done { .. }) {
            let _ = reporter.on_event(e);
        }
    });
    insta::assert_snapshot!(redact_ids(&reporter.render()));
}

#[test]
fn github_step_summary_of_the_sample_run() {
    reset_clock(297);
    let mut reporter = GithubReporter::new(&config(&["github"], &[]), Box::new(std::io::sink()))
        .with_summary_file(None)
        .with_summary(crate::report::summary::RunSummary::counts_only().with_clock(fixed_clock));
    let collection = sample_collection();
    emit_sample(&collection, 2, &mut |e| {
        let _ = reporter.on_event(e);
    });
    insta::assert_snapshot!(reporter.markdown());
}
