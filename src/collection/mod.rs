//! Postman file formats: collections (v2.0, v2.1, v1), environments, globals and iteration data.

mod csv;
pub mod data;
pub mod environment;
pub mod error;
pub mod export;
pub mod load;
mod locate;
mod merge;
pub mod model;
pub mod text;
pub mod typed;
pub mod v1;
pub mod write;

pub use data::{load_data, load_data_checked, LoadedData};
pub use environment::{load_environment, write_back, LoadedScope};
pub use error::FileError;
pub use export::{export_collection, export_scope, ScopeKind};
pub use load::{load_collection, CollectionVersion, LoadedCollection};

#[cfg(test)]
mod tests;
