//! Request authorization: which auth applies to an item (inheritance) and applying it.

use crate::collection::model::Auth;

/// The auth in force for a request: the innermost level that sets one, where `inherit`
/// (or no auth) defers to the parent and `noauth` stops the search. `levels` runs from the
/// collection to the request.
pub fn effective<'a>(levels: &[Option<&'a Auth>]) -> Option<&'a Auth> {
    for auth in levels.iter().rev().flatten() {
        match auth.kind.as_str() {
            "inherit" => continue,
            "noauth" => return None,
            _ => return Some(auth),
        }
    }
    None
}
