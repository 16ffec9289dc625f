//! Postman file formats: collections (v2.0, v2.1, v1), environments, globals and iteration data.

pub mod model;
