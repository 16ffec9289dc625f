//! postie: run Postman collections headlessly, a drop-in for `newman run`.

pub mod app;
pub mod auth;
pub mod cli;
pub mod collection;
pub mod http;
pub mod mock;
pub mod outfile;
pub mod report;
pub mod runner;
pub mod script;
pub mod variables;
