//! Runs a collection: iterations, items in order, scripts around each request, control flow.

pub mod events;
