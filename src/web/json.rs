//! JSON text written by the browser's own `JSON.stringify`, from a serde value through serde-wasm-bindgen:
//! serde_json's writer would add its own code to the wasm for the one export that needs JSON.

use js_sys::JSON;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// `value` as JSON indented by two spaces, as the domain's `export::to_json` writes it.
pub fn pretty<T: Serialize>(value: &T) -> String {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
        .and_then(|value| JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2)).ok())
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}
