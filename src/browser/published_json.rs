//! The live PRONOTE's `InfoMobileApp.json` read with the browser's own `JSON.parse`: the domain reads
//! the parsed value field by field (`domain::published`), so no JSON parser ships in the wasm.

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::published::JsonValue;

/// A value `JSON.parse` gave.
pub struct Parsed(JsValue);

/// `JSON.parse(text)`, `None` when it is not JSON.
pub fn parse(text: &str) -> Option<Parsed> {
    JSON::parse(text).ok().map(Parsed)
}

impl JsonValue for Parsed {
    fn member(&self, name: &str) -> Option<Self> {
        if !self.is_object() {
            return None;
        }
        Reflect::get(&self.0, &JsValue::from_str(name))
            .ok()
            .filter(|value| !value.is_undefined() && !value.is_null())
            .map(Parsed)
    }

    fn is_object(&self) -> bool {
        self.0.is_object() && !Array::is_array(&self.0)
    }

    fn text(&self) -> Option<String> {
        self.0.as_string()
    }

    fn flag(&self) -> Option<bool> {
        self.0.as_bool()
    }

    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn items(&self) -> Option<Vec<Self>> {
        self.0
            .dyn_ref::<Array>()
            .map(|items| items.iter().map(Parsed).collect())
    }
}
