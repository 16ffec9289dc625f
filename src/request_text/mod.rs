//! The text forms of a request that both `http` (building and sending it) and `auth` (signing
//! it) need: the header list, URLs split and percent-encoded the way Postman does, and the
//! urlencoded/GraphQL body text with its RFC 3986 escaping.
//!
//! It imports neither `http` nor `auth`; both import it.

pub(crate) mod body_text;
pub(crate) mod headers;
pub(crate) mod url;
