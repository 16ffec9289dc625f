mod cli_edge_tests;
mod cli_tests;
mod cli_verbose_tests;
mod fixtures;
mod json_tests;
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
fn unknown_reporter_is_an_error_listing_the_available_ones() {
    let error = build(&config(&["cli,junk", "nope"], &[])).err();
    insta::assert_snapshot!(error.unwrap_or_default(), @r#"unknown reporters "junk", "nope"; available reporters: cli, json"#);
    let error = build(&config(&["html"], &[])).err().unwrap_or_default();
    assert_eq!(
        error,
        r#"unknown reporter "html"; available reporters: cli, json"#
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
        let built = build(&cfg).map(|r| r.len());
        assert_eq!(built, Ok(count), "{reporters:?} silent={silent}");
    }
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
