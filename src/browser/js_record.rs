//! Plain JavaScript objects, read as records of known fields (the options given to `mount` and
//! `computeAddresses`, each entry of a presets file already parsed by the browser's JSON parser), and
//! made from a list of properties (what `computeAddresses` returns, the JSON export).
//!
//! Why not serde-wasm-bindgen's deserialiser: these records are a few optional texts, lists of texts and
//! one flag, and that deserialiser with serde's error formatting (which drags in float printing) was about
//! a ninth of the shipped wasm. Reading the fields by name costs a fraction of it and names the field at
//! fault in every error.

use std::fmt;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// Why a record could not be read. Worded as serde words the same cases ("unknown field `x`"), which the
/// preset checks read the field back from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
    NotAnObject,
    UnknownField {
        field: String,
        known: &'static [&'static str],
    },
    WrongType {
        field: &'static str,
        expected: &'static str,
    },
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::NotAnObject => f.write_str("invalid type: expected an object"),
            RecordError::UnknownField { field, known } => {
                write!(f, "unknown field `{field}`, expected one of `{}`", known.join("`, `"))
            }
            RecordError::WrongType { field, expected } => write!(f, "field `{field}`: expected {expected}"),
        }
    }
}

/// A JS object whose every own property is one of the known fields.
pub struct Record {
    object: Object,
}

impl Record {
    /// Checks that `value` is a plain object (not a list) naming only `known` fields.
    pub fn read(value: &JsValue, known: &'static [&'static str]) -> Result<Record, RecordError> {
        if !value.is_object() || Array::is_array(value) {
            return Err(RecordError::NotAnObject);
        }
        let object: Object = value.clone().unchecked_into();
        for name in Object::keys(&object).iter() {
            let name = name.as_string().unwrap_or_default();
            if !known.contains(&name.as_str()) {
                return Err(RecordError::UnknownField { field: name, known });
            }
        }
        Ok(Record { object })
    }

    /// The field's value; `undefined` and `null` both mean "not given".
    fn get(&self, field: &str) -> Option<JsValue> {
        Reflect::get(&self.object, &JsValue::from_str(field))
            .ok()
            .filter(|value| !value.is_undefined() && !value.is_null())
    }

    /// A text field.
    pub fn text(&self, field: &'static str) -> Result<Option<String>, RecordError> {
        self.get(field)
            .map(|value| {
                value.as_string().ok_or(RecordError::WrongType {
                    field,
                    expected: "a text",
                })
            })
            .transpose()
    }

    /// A list-of-texts field; absent is empty.
    pub fn texts(&self, field: &'static str) -> Result<Vec<String>, RecordError> {
        let Some(value) = self.get(field) else {
            return Ok(Vec::new());
        };
        let wrong = RecordError::WrongType {
            field,
            expected: "a list of texts",
        };
        let list: Array = value.dyn_into().map_err(|_| wrong.clone())?;
        list.iter().map(|item| item.as_string().ok_or(wrong.clone())).collect()
    }

    /// A true/false field.
    pub fn flag(&self, field: &'static str) -> Result<Option<bool>, RecordError> {
        self.get(field)
            .map(|value| {
                value.as_bool().ok_or(RecordError::WrongType {
                    field,
                    expected: "true or false",
                })
            })
            .transpose()
    }
}

/// A plain JS object with these properties, in this order (the order `JSON.stringify` writes them in).
pub fn object(properties: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in properties {
        // A fresh plain object cannot refuse a property.
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}
