//! Postman file formats: collections (v2.0, v2.1, v1), environments, globals and iteration data.
//!
//! Reading: [`load_collection`], [`load_environment`] (also for globals), [`load_data`] /
//! [`load_data_checked`]. Files may be UTF-8 (with or without a byte order mark) or UTF-16 with one.
//! Writing: [`write_back`] (the final values into the file they came from), [`export_scope`] and
//! [`export_collection`] (Newman's `--export-*` files). Every failure is a [`FileError`] naming the
//! file and, where it can, the line and column.

mod csv;
pub mod data;
pub mod environment;
pub mod error;
mod item_fields;
mod lenient;
pub mod load;
mod locate;
mod merge;
pub mod model;
pub mod remote;
mod shape;
pub mod text;
pub mod typed;
pub mod v1;
pub mod v3;
pub mod variable_export;
pub mod write;

#[cfg(test)]
pub use data::load_data;
pub use data::load_data_checked;
pub use environment::{load_environment, write_back, LoadedScope};
pub use error::FileError;
pub use load::{load_collection, CollectionVersion};
pub use variable_export::{export_collection, export_scope, ScopeKind};

#[cfg(test)]
mod tests;
