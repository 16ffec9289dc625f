//! Built-in JavaScript libraries of the Postman sandbox, as CommonJS sources the sandbox evaluates on first
//! `require`, plus the Rust helpers they call (hashes, HMAC, PBKDF2, block ciphers, UTF-8, XML parsing).
//!
//! Contract for the sandbox:
//! - call [`install_natives`] once per context before the first `require`, and make the object it returns
//!   what `require('postie:native')` gives the modules (they read it when they are first evaluated);
//! - `require(name)` evaluates [`module_source`]`(name)` once per context as the body of
//!   `function (module, exports, require) { ... }` and caches `module.exports`; modules require each other
//!   through that same `require` (xml2json -> xml2js, lodash3 -> lodash, buffer-global -> buffer), so it must
//!   also resolve the internal names that [`module_names`] does not list;
//! - the globals of [`legacy_globals`] (deprecated in Postman) and [`sandbox_globals`] are `require(module)`
//!   of their module, made lazily or eagerly.
//!
//! Values match Newman 6.2.2's sandbox (crypto-js 3.3, lodash 4.17 / 3.10, tv4 1.3, ajv 6, xml2js 0.4,
//! moment 2.30, uuid, atob/btoa, Buffer, csv-parse/lib/sync, querystring, path, events, util, url, assert,
//! timers, string_decoder, punycode, stream, fs, os, cheerio 0.22, backbone 1.6, postman-collection 4.4 — the latter built on
//! the sandbox's own classes, which it gets as `require('postie:sandbox')`, a name only built-in modules can
//! use); `tests/`
//! holds the expressions and the values Newman printed for them.

mod buffer_text;
mod cipher;
mod digest;
mod html;
mod html_doc;
mod html_select;
mod natives;
mod rijndael;
#[cfg(test)]
mod tests;
mod xml;

pub use natives::set_deadline as set_native_deadline;

/// The Rust-backed helpers the JS libraries need, as one object; `require('postie:native')` must return it.
/// Call once per context, before the first `require`.
pub fn install_natives<'js>(ctx: &rquickjs::Ctx<'js>) -> rquickjs::Result<rquickjs::Object<'js>> {
    natives::install(ctx)
}

const MODULES: &[(&str, &str)] = &[
    (
        "crypto-js",
        concat!(
            include_str!("js/crypto-js/core.js"),
            include_str!("js/crypto-js/hashers.js"),
            include_str!("js/crypto-js/ciphers.js"),
        ),
    ),
    ("atob", include_str!("js/atob.js")),
    ("btoa", include_str!("js/btoa.js")),
    ("uuid", include_str!("js/uuid.js")),
    ("xml2js", include_str!("js/xml2js.js")),
    ("xml2json", include_str!("js/xml2json.js")),
    ("tv4", include_str!("js/tv4.js")),
    (
        "ajv",
        concat!(
            include_str!("js/ajv/schemas.js"),
            include_str!("js/ajv/keywords.js"),
            include_str!("js/ajv/api.js"),
        ),
    ),
    (
        "lodash",
        concat!(
            include_str!("js/lodash/base.js"),
            include_str!("js/lodash/functions.js"),
            include_str!("js/lodash/collections.js"),
            include_str!("js/lodash/arrays.js"),
            include_str!("js/lodash/objects.js"),
            include_str!("js/lodash/strings.js"),
        ),
    ),
    ("lodash3", include_str!("js/lodash3.js")),
    (
        "moment",
        concat!(
            include_str!("js/moment/core.js"),
            include_str!("js/moment/calculations.js"),
            include_str!("js/moment/durations.js"),
            include_str!("js/moment/parsing.js"),
        ),
    ),
    ("csv-parse/lib/sync", include_str!("js/csv-parse-sync.js")),
    ("querystring", include_str!("js/querystring.js")),
    ("path", include_str!("js/path.js")),
    ("events", include_str!("js/events.js")),
    ("util", include_str!("js/util.js")),
    ("buffer", include_str!("js/buffer.js")),
    ("url", include_str!("js/url.js")),
    ("assert", include_str!("js/assert.js")),
    ("timers", include_str!("js/timers.js")),
    ("string_decoder", include_str!("js/string_decoder.js")),
    ("punycode", include_str!("js/punycode.js")),
    ("stream", include_str!("js/stream.js")),
    ("fs", include_str!("js/fs.js")),
    ("os", include_str!("js/os.js")),
    ("buffer-global", include_str!("js/buffer-global.js")),
    ("backbone", include_str!("js/backbone.js")),
    (
        "postman-collection",
        include_str!("js/postman-collection.js"),
    ),
    (
        "cheerio",
        concat!(
            include_str!("js/cheerio/core.js"),
            include_str!("js/cheerio/traversing.js"),
            include_str!("js/cheerio/attributes.js"),
            include_str!("js/cheerio/manipulation.js"),
        ),
    ),
];

const NAMES: &[&str] = &[
    "crypto-js",
    "atob",
    "btoa",
    "uuid",
    "xml2js",
    "tv4",
    "ajv",
    "lodash",
    "moment",
    "csv-parse/lib/sync",
    "querystring",
    "path",
    "events",
    "util",
    "buffer",
    "url",
    "assert",
    "timers",
    "string_decoder",
    "punycode",
    "stream",
    "fs",
    "os",
    "backbone",
    "postman-collection",
    "cheerio",
];

/// The CommonJS source (uses `module`, `exports`, `require`) of a built-in module, if there is one.
/// Besides the public names, "xml2json" (the legacy `xml2Json` global) and "lodash3" (the legacy `_`) exist.
pub fn module_source(name: &str) -> Option<&'static str> {
    MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, src)| *src)
}

/// Names of the modules scripts may `require`.
pub fn module_names() -> &'static [&'static str] {
    NAMES
}

/// Globals every script sees that are not deprecated (no warning), and the module whose `module.exports` each is.
pub fn sandbox_globals() -> &'static [(&'static str, &'static str)] {
    &[("Buffer", "buffer-global")]
}

/// Legacy (deprecated) sandbox globals and the module whose `module.exports` each one is.
pub fn legacy_globals() -> &'static [(&'static str, &'static str)] {
    &[
        ("CryptoJS", "crypto-js"),
        ("atob", "atob"),
        ("btoa", "btoa"),
        ("xml2Json", "xml2json"),
        ("tv4", "tv4"),
        ("_", "lodash3"),
        ("cheerio", "cheerio"),
    ]
}
