//! `postie mock`: serves a collection's saved example responses on 127.0.0.1.
