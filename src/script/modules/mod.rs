//! Modules scripts can `require`, and the sandbox globals that are modules too (`_`, `CryptoJS`,
//! `tv4`, `xml2Json`, `Buffer`…): the built-in libraries of the Postman sandbox, listed once in
//! [`manifest`](BUILTINS), and with `--script-modules DIR` the packages of that node_modules folder
//! ([`ModuleFolder`]; built-in modules keep priority, and the message for an unknown name lists
//! what there is).
//!
//! Each built-in module is JavaScript in CommonJS form (it sets `module.exports`), embedded in the
//! binary (and compiled to bytecode by `build.rs`), evaluated the first time a script of the
//! runtime requires it or touches its global; later uses get the same exports. A run that uses no
//! library pays nothing for them. Unknown names throw `Cannot find module 'name'`. The Rust helpers
//! the libraries call (hashes, HMAC, PBKDF2, block ciphers, UTF-8, XML and HTML parsing) are here
//! too, as `require('postie:native')`.
//!
//! Contract for the sandbox:
//! - call [`install_natives`] once per context before the first `require`, and make the object it
//!   returns what `require('postie:native')` gives the modules (they read it when first evaluated);
//! - `require(name)` evaluates [`source`]`(name)` once per context as the body of
//!   `function (module, exports, require) { ... }` and caches `module.exports`; modules require
//!   each other through that same `require` (xml2json -> xml2js, lodash3 -> lodash, buffer-global
//!   -> buffer), so it must also resolve the internal names that [`module_names`] does not list;
//! - the globals of [`lazy_globals`] are `require(module)` of their module, made when first touched.
//!
//! Values match Newman 6.2.2's sandbox (crypto-js 3.3, lodash 4.17 / 3.10, tv4 1.3, ajv 6, xml2js
//! 0.4, moment 2.30, uuid, atob/btoa, Buffer, csv-parse/lib/sync, querystring, path, events, util,
//! url, assert, timers, string_decoder, punycode, stream, fs, os, cheerio 0.22, backbone 1.6,
//! postman-collection 4.4 — the latter built on the sandbox's own classes, which it gets as
//! `require('postie:sandbox')`, a name only built-in modules can use); `tests/` holds the
//! expressions and the values Newman printed for them.

pub use manifest::{Global, BUILTINS};

mod buffer_text;
mod cipher;
mod digest;
mod folder;
mod html;
mod html_doc;
mod html_select;
mod manifest;
mod natives;
mod rijndael;
#[cfg(test)]
mod tests;
mod xml;

pub use folder::ModuleFolder;

pub use natives::set_deadline as set_native_deadline;

/// The Rust-backed helpers the JS libraries need, as one object; `require('postie:native')` must return it.
/// Call once per context, before the first `require`.
pub fn install_natives<'js>(ctx: &rquickjs::Ctx<'js>) -> rquickjs::Result<rquickjs::Object<'js>> {
    natives::install(ctx)
}

// `SOURCES`: each module of the manifest with its files' texts concatenated (written by build.rs).
include!(concat!(env!("OUT_DIR"), "/module_sources.rs"));

/// The CommonJS source (uses `module`, `exports`, `require`) of a built-in module, if there is one
/// (internal modules included).
pub fn module_source(name: &str) -> Option<&'static str> {
    SOURCES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, src)| *src)
}

/// Names of the modules scripts may `require`.
pub fn module_names() -> impl Iterator<Item = &'static str> {
    BUILTINS.iter().filter(|b| b.public).map(|b| b.name)
}

/// Everything `require` offers scripts built in (the public modules and chai), sorted, for
/// messages.
pub fn names_for_messages() -> Vec<&'static str> {
    let mut names: Vec<&str> = module_names().chain(["chai"]).collect();
    names.sort_unstable();
    names
}

/// Globals every script sees that are not deprecated (no warning), and the module whose `module.exports` each is.
#[cfg(test)]
pub fn sandbox_globals() -> impl Iterator<Item = (&'static str, &'static str)> {
    BUILTINS.iter().filter_map(|b| match b.global {
        Global::Sandbox(global) => Some((global, b.name)),
        _ => None,
    })
}

/// Legacy (deprecated) sandbox globals and the module whose `module.exports` each one is.
#[cfg(test)]
pub fn legacy_globals() -> impl Iterator<Item = (&'static str, &'static str)> {
    BUILTINS.iter().filter_map(|b| match b.global {
        Global::Legacy(global) => Some((global, b.name)),
        _ => None,
    })
}

/// The source of the module `name`, if postie has it.
pub fn source(name: &str) -> Option<&'static str> {
    #[cfg(test)]
    if name == "postie-test-module" {
        return Some(TEST_MODULE);
    }
    module_source(name)
}

/// The built-in module `name` precompiled at build time: the function
/// `new Function('module', 'exports', 'require', source(name))` would make, or `None` (no
/// bytecode for it, or it did not load), in which case the sandbox compiles [`source`].
pub fn precompiled<'js>(ctx: &rquickjs::Ctx<'js>, name: &str) -> Option<rquickjs::Function<'js>> {
    let source = module_source(name)?;
    super::bytecode::library(ctx, name, source.len())
}

/// Globals the sandbox defines lazily, with the module each one is.
pub fn lazy_globals() -> impl Iterator<Item = (&'static str, &'static str)> {
    BUILTINS.iter().filter_map(|b| match b.global {
        Global::Sandbox(global) | Global::Legacy(global) => Some((global, b.name)),
        _ => None,
    })
}

/// A module that counts its loads, for the sandbox's own tests of `require`.
#[cfg(test)]
const TEST_MODULE: &str = "var loads = (globalThis.__loads || 0) + 1; globalThis.__loads = loads;\n\
     module.exports = { answer: 42, loads: loads, twice: function (x) { return require('postie-test-module').answer + x; } };";
