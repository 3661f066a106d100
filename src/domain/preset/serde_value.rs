//! The reader of the serde formats: any value of a `presets/*.toml` table (build.rs) or of a JSON entry
//! read natively (`serde_json`) becomes a [`FieldValue`], so that a value of the wrong type is a typed
//! problem of its field rather than a deserialisation error.

use std::fmt;

use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::field::FieldValue;

impl<'de> Deserialize<'de> for FieldValue {
    /// Any value: a value of the wrong type is a typed problem of its field, not a deserialisation error.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<FieldValue, D::Error> {
        deserializer.deserialize_any(FieldValueVisitor)
    }
}

struct FieldValueVisitor;

impl<'de> Visitor<'de> for FieldValueVisitor {
    type Value = FieldValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a text or a list of texts")
    }

    fn visit_str<E>(self, text: &str) -> Result<FieldValue, E> {
        Ok(FieldValue::Text(text.to_owned()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FieldValue, A::Error> {
        let mut texts = Vec::new();
        let mut other = false;
        while let Some(item) = seq.next_element::<FieldValue>()? {
            match item {
                FieldValue::Text(text) => texts.push(text),
                _ => other = true,
            }
        }
        Ok(if other {
            FieldValue::Other
        } else {
            FieldValue::List(texts)
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FieldValue, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(FieldValue::Other)
    }

    fn visit_bool<E>(self, _: bool) -> Result<FieldValue, E> {
        Ok(FieldValue::Other)
    }

    fn visit_i64<E>(self, _: i64) -> Result<FieldValue, E> {
        Ok(FieldValue::Other)
    }

    fn visit_u64<E>(self, _: u64) -> Result<FieldValue, E> {
        Ok(FieldValue::Other)
    }

    fn visit_f64<E>(self, _: f64) -> Result<FieldValue, E> {
        Ok(FieldValue::Other)
    }

    /// JSON's `null`: the field is given no value, as if absent.
    fn visit_unit<E>(self) -> Result<FieldValue, E> {
        Ok(FieldValue::Text(String::new()))
    }
}
