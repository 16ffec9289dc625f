mod cli_edge_tests;
mod cli_tests;
mod cli_verbose_tests;
mod fixtures;
mod json_tests;
mod junit_tests;
mod progress_github_tests;
mod secrets_tests;
mod summary_tests;

use super::{build, ReportConfig};

fn config(reporters: &[&str], options: &[(&str, &str)]) -> ReportConfig {
    ReportConfig {
        reporters: reporters.iter().map(|s| s.to_string()).collect(),
        options: options
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        ..ReportConfig::default()
    }
}

#[test]
fn unknown_reporters_are_left_out_and_cli_stays_when_none_is_left() {
    // the mask learner, then the reporters built
    let built = |names: &[&str]| Some(build(&config(names, &[])).len());
    assert_eq!(built(&["cli,junk", "nope"]), Some(2));
    assert_eq!(built(&["htm"]), Some(2), "cli instead of nothing");
    assert_eq!(built(&["json,htmlextra,emojitrain"]), Some(4));
    let warning = super::unknown_reporter_warning("htm");
    assert!(
        warning.starts_with("postie: could not find \"htm\" reporter\n"),
        "{warning}"
    );
    assert!(
        warning.contains("htmlextra, progress, github, emojitrain"),
        "{warning}"
    );
}

#[test]
fn reporter_selection() {
    type Case<'a> = (&'a [&'a str], bool, &'a [(&'a str, &'a str)], usize);
    let cases: [Case; 7] = [
        (&[], false, &[], 1),
        (&["cli"], false, &[], 1),
        (&["json"], false, &[], 1),
        (&["cli,json", "json"], false, &[], 2),
        (&[], true, &[], 0),
        (&["cli,json"], true, &[], 1),
        (&["cli"], false, &[("cli-silent", "true")], 0),
    ];
    for (reporters, silent, options, count) in cases {
        let mut cfg = config(reporters, options);
        cfg.silent = silent;
        // Besides the reporters, the mask learner comes first.
        let learner = |n: usize| if n == 0 { 0 } else { n + 1 };
        let built = super::build_for(&cfg, false).len();
        assert_eq!(built, learner(count), "{reporters:?} silent={silent}");
        let built = super::build_for(&cfg, true).len();
        assert_eq!(built, learner(count + 1), "on GitHub Actions {reporters:?}");
    }
    let named = config(&["cli,github"], &[]);
    assert_eq!(super::build_for(&named, true).len(), 3);
    assert_eq!(
        config(&["json, cli", "json"], &[]).reporter_names(),
        ["json", "cli"]
    );
    assert_eq!(config(&[], &[]).reporter_names(), ["cli"]);
}

#[test]
fn options_prefer_the_reporter_specific_key() {
    let cfg = config(
        &["json"],
        &[
            ("export", "all.json"),
            ("json-export", "mine.json"),
            ("no-summary", "true"),
            ("cli-no-banner", "false"),
        ],
    );
    assert_eq!(cfg.option("json", "export"), Some("mine.json"));
    assert_eq!(cfg.option("junit", "export"), Some("all.json"));
    assert!(cfg.flag("cli", "no-summary"));
    assert!(!cfg.flag("cli", "no-banner"));
    assert!(!cfg.flag("cli", "no-console"));
}
