//! The secret-named string fields of a JSON text, read without building the document: keys are
//! borrowed from the text where they have no escapes, and every other value is skipped.

use super::SecretMask;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// `(name, value)` of each string field, at any depth, whose name is a secret name; `None` when
/// the text is not JSON.
pub fn secret_fields(mask: &SecretMask, text: &[u8]) -> Option<Vec<(String, String)>> {
    let mut found = Vec::new();
    let mut de = serde_json::Deserializer::from_slice(text);
    Walk {
        mask,
        found: &mut found,
        name: None,
    }
    .deserialize(&mut de)
    .ok()?;
    de.end().ok()?;
    Some(found)
}

/// A value being read; `name` is its key when that is a secret name.
struct Walk<'a> {
    mask: &'a SecretMask,
    found: &'a mut Vec<(String, String)>,
    name: Option<String>,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            let name = self.mask.is_secret_name(&key).then(|| key.into_owned());
            map.next_value_seed(Walk {
                mask: self.mask,
                found: self.found,
                name,
            })?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq
            .next_element_seed(Walk {
                mask: self.mask,
                found: self.found,
                name: None,
            })?
            .is_some()
        {}
        Ok(())
    }

    fn visit_str<E>(self, value: &str) -> Result<(), E> {
        if let Some(name) = self.name {
            self.found.push((name, value.to_string()));
        }
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}
