//! postie: run Postman collections headlessly, a drop-in for `newman run`.
//!
//! The library exists for the `postie` binary and the in-process tests (`tests/fuzz`): its public
//! surface is the command line ([`cli`]) and running it ([`app`]). Every other module is internal
//! (`pub(crate)`); docs/ARCHITECTURE.md says why.

pub mod app;
pub(crate) mod auth;
pub mod cli;
pub mod cli_help;
pub(crate) mod collection;
pub(crate) mod http;
pub(crate) mod ids;
pub(crate) mod memory;
pub(crate) mod mock;
pub(crate) mod outfile;
pub(crate) mod report;
pub(crate) mod request_text;
pub(crate) mod runner;
pub(crate) mod script;
pub(crate) mod variables;
pub(crate) mod watch;
