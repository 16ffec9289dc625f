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

/// One item whose run sends `requests` (origin, failed?) and has one failing assertion.
fn junit_of_one_item(requests: &[(crate::runner::events::RequestOrigin, bool)]) -> String {
    use crate::http::{PreparedRequest, RequestError, ResponseData};
    use crate::runner::events::{Cursor, ItemRef, RunEvent};
    use crate::script::{Assertion, AssertionError, ScriptKind, ScriptOutcome};
    let collection = sample_collection();
    let item = crate::collection::model::RequestItem {
        id: "item-1".into(),
        name: "one".into(),
        ..Default::default()
    };
    let item = ItemRef {
        item: &item,
        folders: &[],
        parent_id: None,
    };
    let cursor = Cursor::default();
    let mut reporter = JunitReporter::new(&config(&["junit"], &[])).with_clock(fixed_clock);
    let mut emit = |e: &RunEvent<'_>| {
        let _ = reporter.on_event(e);
    };
    emit(&RunEvent::Start {
        collection: &collection,
        iterations: 1,
        items: 1,
    });
    emit(&RunEvent::ItemStart {
        cursor: &cursor,
        item,
        scopes: super::fixtures::no_scopes(),
    });
    let request = PreparedRequest::default();
    let ok = ResponseData {
        code: 200,
        ..Default::default()
    };
    let refused = RequestError {
        code: Some("ECONNREFUSED".into()),
        message: "connect ECONNREFUSED 127.0.0.1:1".into(),
    };
    for (origin, failed) in requests {
        emit(&RunEvent::Request {
            cursor: &cursor,
            item,
            request: &request,
            response: if *failed { Err(&refused) } else { Ok(&ok) },
            origin: *origin,
        });
    }
    let outcome = ScriptOutcome {
        assertions: vec![Assertion {
            name: "is 201".into(),
            index: 0,
            skipped: false,
            error: Some(AssertionError {
                name: "AssertionError".into(),
                message: "expected 200 to equal 201".into(),
                stack: String::new(),
            }),
        }],
        ..Default::default()
    };
    emit(&RunEvent::Script {
        cursor: &cursor,
        item,
        kind: ScriptKind::Test,
        outcome: &outcome,
        scopes: super::fixtures::no_scopes(),
    });
    emit(&RunEvent::ItemEnd {
        cursor: &cursor,
        item,
    });
    reporter.render()
}

#[test]
fn junit_lists_the_record_once_per_request_as_newman_groups_it() {
    use crate::runner::events::RequestOrigin::{Item, Script};
    // A digest challenge: two requests of the item's own, the record counted twice.
    let digest = junit_of_one_item(&[(Item, false), (Item, false)]);
    assert!(digest.contains("failures=\"2\""), "{digest}");
    assert!(digest.contains("Failed 2 times."), "{digest}");
    // A failed pm.sendRequest after the item's request: Newman's grouping keeps one copy, and
    // the script's request error is the item's.
    let sent_last = junit_of_one_item(&[(Item, false), (Script, true)]);
    assert!(
        sent_last.contains("failures=\"1\" errors=\"1\""),
        "{sent_last}"
    );
    assert!(
        sent_last.contains("RequestError: Error: connect ECONNREFUSED"),
        "{sent_last}"
    );
}
