//! Modules scripts can `require`, by name. Each is JavaScript in CommonJS form (it sets
//! `module.exports`), embedded with `include_str!` and evaluated the first time a script of the
//! runtime requires it; later `require`s get the same exports.
//!
//! To add a library: `("lodash", include_str!("js/lib/lodash.js"))`. Unknown names throw
//! `Cannot find module 'name'` like Newman.

pub const MODULES: &[(&str, &str)] = &[];
