//! Modules scripts can `require`, by name. Each is JavaScript in CommonJS form (it sets
//! `module.exports`), embedded with `include_str!` and evaluated the first time a script of the
//! runtime requires it; later `require`s get the same exports.
//!
//! To add a library: `("lodash", include_str!("js/lib/lodash.js"))`. Unknown names throw
//! `Cannot find module 'name'` like Newman.

#[cfg(not(test))]
pub const MODULES: &[(&str, &str)] = &[];

#[cfg(test)]
pub const MODULES: &[(&str, &str)] = &[(
    "postie-test-module",
    "var loads = (globalThis.__loads || 0) + 1; globalThis.__loads = loads;\n\
     module.exports = { answer: 42, loads: loads, twice: function (x) { return require('postie-test-module').answer + x; } };",
)];
