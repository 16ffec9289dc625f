//! A quick look at a collection file's structure without building it: whether it is an ordinary v2
//! collection that `load::check_v2` would take as it is (an `info` object; every list a list, every
//! item an object; nothing to normalise, no duplicate keys among those). Such a file is read straight
//! into the model; any other goes the general way, which builds the JSON tree (about ten times the
//! file's size) to normalise it or to say what is wrong.

use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use std::fmt;

/// True when `text` is an ordinary v2 collection as described above.
pub fn is_plain(text: &str) -> bool {
    let mut de = serde_json::Deserializer::from_str(text);
    Node::Collection.deserialize(&mut de).is_ok() && de.end().is_ok()
}

/// An object whose keys `check_v2` looks at.
#[derive(Clone, Copy)]
enum Node {
    Collection,
    Item,
    Request,
    Url,
    Body,
}

/// What the value of a key must be for the file to be plain.
#[derive(Clone, Copy)]
enum Expect {
    Anything,
    AnyObject,
    List,
    ListOrText,
    Items,
    /// This node when it is an object; anything else is left alone (as `check_v2` leaves it).
    NodeIfObject(Node),
}

impl Node {
    fn expect(self, key: &str) -> Expect {
        match (self, key) {
            (Node::Collection, "info") => Expect::AnyObject,
            (Node::Collection | Node::Item, "event" | "variable") => Expect::List,
            (Node::Collection | Node::Item, "item") => Expect::Items,
            (Node::Collection | Node::Item, "request") => Expect::NodeIfObject(Node::Request),
            (Node::Request, "header") => Expect::ListOrText,
            (Node::Request, "url") => Expect::NodeIfObject(Node::Url),
            (Node::Request, "body") => Expect::NodeIfObject(Node::Body),
            (Node::Url, "query" | "variable") => Expect::List,
            (Node::Body, "formdata" | "urlencoded") => Expect::List,
            _ => Expect::Anything,
        }
    }
}

fn not_plain<E: de::Error>() -> E {
    E::custom("not a plain collection")
}

impl<'de> DeserializeSeed<'de> for Node {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Node {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen: Vec<String> = Vec::new();
        let mut info = false;
        while let Some(key) = map.next_key::<String>()? {
            let expect = self.expect(&key);
            if !matches!(expect, Expect::Anything) {
                if seen.contains(&key) {
                    return Err(not_plain());
                }
                info |= key == "info";
                seen.push(key);
            }
            map.next_value_seed(expect)?;
        }
        match self {
            Node::Collection if !info => Err(not_plain()),
            _ => Ok(()),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Expect {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        match self {
            Expect::Anything => IgnoredAny::deserialize(d).map(|_| ()),
            _ => d.deserialize_any(self),
        }
    }
}

impl<'de> Visitor<'de> for Expect {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value of the expected kind")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        match self {
            Expect::List | Expect::ListOrText => {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(())
            }
            Expect::Items => {
                while seq.next_element_seed(Node::Item)?.is_some() {}
                Ok(())
            }
            Expect::NodeIfObject(_) => {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(())
            }
            Expect::Anything | Expect::AnyObject => Err(not_plain()),
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        match self {
            Expect::NodeIfObject(node) => node.visit_map(map),
            Expect::AnyObject => {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(())
            }
            _ => Err(not_plain()),
        }
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        match self {
            Expect::ListOrText | Expect::NodeIfObject(_) => Ok(()),
            _ => Err(not_plain()),
        }
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.scalar()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.scalar()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.scalar()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.scalar()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        // a null list is normalised away by `check_v2`
        match self {
            Expect::NodeIfObject(_) => Ok(()),
            _ => Err(not_plain()),
        }
    }
}

impl Expect {
    /// A number or boolean where this is expected.
    fn scalar<E: de::Error>(self) -> Result<(), E> {
        match self {
            Expect::NodeIfObject(_) => Ok(()),
            _ => Err(not_plain()),
        }
    }
}
