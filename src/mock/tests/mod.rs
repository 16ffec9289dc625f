//! The mock server over HTTP: routes from a collection's examples, and the samples it serves.

mod client;
mod sample;
mod server;
