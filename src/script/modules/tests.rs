//! The libraries' expected values (verified on Newman 6.2.2), evaluated in a real sandbox script
//! ([`sandbox_host::Host`]): the modules load through the runtime's own `require`.

use super::{legacy_globals, module_source, sandbox_globals};
pub use sandbox_host::{check, Host};

/// Fails listing every (expression, expected) pair whose value in `got` differs.
pub fn assert_matches(cases: &[(&str, &str)], got: &[String]) {
    let failures: Vec<String> = cases
        .iter()
        .zip(got)
        .filter(|((_, want), got)| got.as_str() != *want)
        .map(|((js, want), got)| format!("{js}\n   want: {want}\n    got: {got}"))
        .collect();
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

mod ajv;
mod crypto_js;
mod crypto_js_usage;
mod lodash;
mod lodash3;
mod moment;
mod tv4;
mod xml_and_small;

#[test]
fn every_listed_module_and_legacy_global_has_a_source() {
    for name in super::module_names() {
        assert!(module_source(name).is_some(), "{name} has no source");
    }
    for (global, module) in legacy_globals().chain(sandbox_globals()) {
        assert!(
            module_source(module).is_some(),
            "{global} comes from {module}, which has no source"
        );
    }
    assert!(module_source("no-such-module").is_none());
}

#[test]
fn the_libraries_get_the_native_helpers_through_require() {
    let host = Host::new();
    check(
        &host,
        &[
            ("typeof __postie_native", "undefined"),
            (
                "typeof require('crypto-js').SHA256('a').toString()",
                "string",
            ),
        ],
    );
}
mod assert;
mod buffer;
mod cheerio;
mod crypto_js_aes_keys;
mod crypto_js_algorithms;
mod crypto_js_missing;
mod lodash3_argument_types;
mod lodash_args;
mod lodash_edges;
mod moment_api;
mod node_modules;
mod schema_validators;
mod timers_string_decoder_punycode;
mod url;
mod xml2js_parse_options;

#[test]
fn malformed_xml_with_multibyte_text_reports_an_error_instead_of_panicking() {
    let host = Host::new();
    check(
        &host,
        &[
            (
                "(function () { var r; require('xml2js').parseString('<a>é€</b>', function (e) { r = e.message.split('\\n')[0]; }); return r; })()",
                "Unexpected close tag",
            ),
            ("JSON.stringify(xml2Json('€ <a/>'))", "undefined"),
            ("JSON.stringify(xml2Json('<a>€'))", "undefined"),
        ],
    );
}
mod ajv_options;
mod backbone;
mod crypto_js_rc4;
mod load_costs;
mod postman_collection;
mod sandbox_host;
mod stream;
