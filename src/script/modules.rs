//! Modules scripts can `require`, by name, and the sandbox globals that are modules too
//! (`_`, `CryptoJS`, `tv4`, `xml2Json`, `Buffer`…). Each module is JavaScript in CommonJS form
//! (it sets `module.exports`), embedded in the binary and evaluated the first time a script of
//! the runtime requires it or touches its global; later uses get the same exports. A run that
//! uses no library pays nothing for them. Unknown names throw `Cannot find module 'name'`.

/// The source of the module `name`, if postie has it.
pub fn source(name: &str) -> Option<&'static str> {
    #[cfg(test)]
    if name == "postie-test-module" {
        return Some(TEST_MODULE);
    }
    super::libs::module_source(name)
}

/// Globals the sandbox defines lazily, with the module each one is.
pub fn lazy_globals() -> impl Iterator<Item = (&'static str, &'static str)> {
    super::libs::sandbox_globals()
        .iter()
        .chain(super::libs::legacy_globals())
        .copied()
        .filter(|(name, _)| !matches!(*name, "atob" | "btoa"))
}

/// A module that counts its loads, for the sandbox's own tests of `require`.
#[cfg(test)]
const TEST_MODULE: &str = "var loads = (globalThis.__loads || 0) + 1; globalThis.__loads = loads;\n\
     module.exports = { answer: 42, loads: loads, twice: function (x) { return require('postie-test-module').answer + x; } };";
