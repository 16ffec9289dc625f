//! Readers of values Postman files hold in more than one shape, read straight from the JSON
//! (no tree first): each kind of value goes to what the reader wants of it.

use crate::variables::value_to_string;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;
use std::marker::PhantomData;

/// A visitor's answer to every kind of value it does not read (numbers, booleans, null).
macro_rules! otherwise {
    ($out:expr) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($out)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($out)
        }
    };
}
pub(super) use otherwise;

pub(super) fn skip_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Each entry as `String()` shows it.
fn lines<'de, A: SeqAccess<'de>>(mut list: A) -> Result<Vec<String>, A::Error> {
    let mut lines = Vec::with_capacity(list.size_hint().unwrap_or(0).min(1024));
    while let Some(line) = list.next_element::<Value>()? {
        lines.push(value_to_string(&line));
    }
    lines.shrink_to_fit();
    Ok(lines)
}

fn split_lines(text: &str) -> Vec<String> {
    text.split('\n').map(str::to_string).collect()
}

/// A value that may be lines (a list, or a text split at line ends), an object read as `M`, or
/// anything else.
pub(super) enum Shape<M> {
    Lines(Vec<String>),
    Object(M),
    Other,
}

impl<'de, M: Deserialize<'de>> Deserialize<'de> for Shape<M> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ShapeOf<M>(PhantomData<M>);
        impl<'de, M: Deserialize<'de>> Visitor<'de> for ShapeOf<M> {
            type Value = Shape<M>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("lines or an object")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, list: A) -> Result<Self::Value, A::Error> {
                lines(list).map(Shape::Lines)
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(Shape::Lines(split_lines(text)))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                M::deserialize(de::value::MapAccessDeserializer::new(map)).map(Shape::Object)
            }
            otherwise!(Shape::Other);
        }
        d.deserialize_any(ShapeOf(PhantomData))
    }
}

/// A script's source lines: a list, or a string split into lines; none from anything else.
pub(super) fn exec_lines<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(match Shape::<IgnoredAny>::deserialize(d)? {
        Shape::Lines(lines) => lines,
        Shape::Object(_) | Shape::Other => Vec::new(),
    })
}
