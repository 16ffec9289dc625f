//! Reading an item in one pass over the JSON. Whether an item is a folder shows only once all
//! its keys are read; reading each item into a JSON tree first and then into the model again cost
//! more than all the rest of loading a collection (and a folder's items were read once more for
//! each level above them).

use super::lenient::{otherwise, skip_map};
use super::model::{
    auth_opt, string_lenient, Auth, Event, Folder, Item, ProtocolProfileBehavior, Request,
    RequestItem, Variable,
};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ItemFields::deserialize(d)?.into_item()
    }
}

/// Every field a folder or a request item may have.
#[derive(Deserialize)]
struct ItemFields {
    #[serde(default)]
    id: String,
    #[serde(default, deserialize_with = "string_lenient")]
    name: String,
    #[serde(default)]
    description: Option<Box<Value>>,
    /// A list only: any other `item` is left alone, as it does not make a folder.
    #[serde(default, rename = "item", deserialize_with = "items_if_list")]
    items: Option<Vec<Item>>,
    /// A request item's request; a `null` goes to `Request`'s reader too (which refuses it), as
    /// a plain `Option` would make it `None`.
    #[serde(default, deserialize_with = "present")]
    request: Option<Request>,
    /// A request item's saved examples; `null` is none, as in Newman (a folder's are dropped).
    #[serde(default, rename = "response")]
    responses: Option<Value>,
    #[serde(default, rename = "event")]
    events: Vec<Event>,
    #[serde(default, rename = "variable")]
    variables: Vec<Variable>,
    /// A folder's auth (a request item's is its request's).
    #[serde(default, deserialize_with = "auth_opt")]
    auth: Option<Auth>,
    #[serde(default, rename = "protocolProfileBehavior")]
    protocol_profile_behavior: Option<ProtocolProfileBehavior>,
}

impl ItemFields {
    /// A folder when it has a list of items, as in Newman even beside a `request` (which is then
    /// not sent); a request item otherwise.
    fn into_item<E: de::Error>(mut self) -> Result<Item, E> {
        // lists read from text grow as they are read; thousands of items keep them
        self.events.shrink_to_fit();
        self.variables.shrink_to_fit();
        match (self.items, self.request) {
            (Some(items), _) => Ok(Item::Folder(Box::new(Folder {
                id: self.id,
                name: self.name,
                description: self.description,
                items,
                events: self.events,
                auth: self.auth,
                variables: self.variables,
                protocol_profile_behavior: self.protocol_profile_behavior,
            }))),
            (None, request) => Ok(Item::Request(Box::new(RequestItem {
                id: self.id,
                name: self.name,
                description: self.description,
                request: request.unwrap_or_default(),
                responses: match self.responses {
                    None => Vec::new(),
                    Some(Value::Array(list)) => list,
                    Some(other) => Vec::<Value>::deserialize(other).map_err(E::custom)?,
                },
                events: self.events,
                variables: self.variables,
                protocol_profile_behavior: self.protocol_profile_behavior,
            }))),
        }
    }
}

fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

fn items_if_list<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<Item>>, D::Error> {
    struct ItemsIfList;
    impl<'de> Visitor<'de> for ItemsIfList {
        type Value = Option<Vec<Item>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list of items")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut list: A) -> Result<Self::Value, A::Error> {
            let mut items = Vec::with_capacity(list.size_hint().unwrap_or(0).min(1024));
            while let Some(item) = list.next_element()? {
                items.push(item);
            }
            items.shrink_to_fit();
            Ok(Some(items))
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            skip_map(map).map(|()| None)
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok(None)
        }
        otherwise!(None);
    }
    d.deserialize_any(ItemsIfList)
}
