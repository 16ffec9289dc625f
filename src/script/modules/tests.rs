//! A minimal CommonJS host over `module_source`, and the libraries' expected values (verified on Newman 6.2.2).

use super::{install_natives, legacy_globals, module_source, sandbox_globals};
use rquickjs::{Context, Function, Runtime};

const REQUIRE: &str = r#"
(function () {
  var cache = {};
  globalThis.require = function (name) {
    if (name === 'postie:native') return __native;
    if (Object.prototype.hasOwnProperty.call(cache, name)) return cache[name].exports;
    var src = __load(name);
    if (src === undefined) throw new Error("Cannot find module '" + name + "'");
    var module = { exports: {} };
    cache[name] = module;
    new Function('module', 'exports', 'require', src)(module, module.exports, globalThis.require);
    return module.exports;
  };
})();
"#;

pub struct Host {
    _runtime: Runtime,
    context: Context,
}

impl Host {
    pub fn new() -> Host {
        let runtime = Runtime::new().expect("runtime");
        let context = Context::full(&runtime).expect("context");
        context.with(|ctx| {
            let native = install_natives(&ctx).expect("natives");
            ctx.globals().set("__native", native).expect("set natives");
            let load = Function::new(ctx.clone(), |name: String| {
                module_source(&name).map(str::to_string)
            })
            .expect("load fn");
            ctx.globals().set("__load", load).expect("set load");
            ctx.eval::<(), _>(REQUIRE).expect("require");
            for (global, module) in legacy_globals().chain(sandbox_globals()) {
                let js = format!("globalThis[{global:?}] = require({module:?});");
                ctx.eval::<(), _>(js).expect("legacy global");
            }
        });
        Host {
            _runtime: runtime,
            context,
        }
    }

    /// Runs a script at global scope (declarations stay visible to later `eval`s).
    pub fn run(&self, js: &str) {
        self.context.with(|ctx| {
            if let Err(e) = ctx.eval::<(), _>(js) {
                let thrown: rquickjs::Value = ctx.catch();
                let detail = thrown
                    .as_exception()
                    .and_then(|x| x.message())
                    .unwrap_or_default();
                panic!("setup script failed: {e}: {detail}");
            }
        })
    }

    /// Evaluates `js` and returns its value as a string (`String(value)`), or "ERR <message>" when it throws.
    pub fn eval(&self, js: &str) -> String {
        self.context.with(|ctx| {
            let wrapped = format!(
                "(function(){{ try {{ return String((function(){{ return ({js}); }})()); }} catch (e) {{ return 'ERR ' + (e && e.message); }} }})()"
            );
            match ctx.eval::<String, _>(wrapped) {
                Ok(s) => s,
                Err(e) => format!("ERR eval: {e}"),
            }
        })
    }
}

/// Asserts each (expression, expected) pair, reporting all mismatches at once.
pub fn check(host: &Host, cases: &[(&str, &str)]) {
    let got: Vec<String> = cases.iter().map(|(js, _)| host.eval(js)).collect();
    assert_matches(cases, &got);
}

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
mod crypto_js_missing;
mod crypto_js_sweep;
mod lodash3_sweep;
mod lodash_args;
mod lodash_edges;
mod moment_more;
mod node_modules;
mod node_more;
mod schema_sweep;
mod url;
mod xml_more;

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
