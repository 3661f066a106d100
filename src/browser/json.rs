//! The JSON export written by the browser's own `JSON.stringify`, from the domain's JSON document: a serde
//! serialiser would add about 2.7 KB of gzip wasm for this one export. The browser test
//! `the_json_export_written_by_the_browser_is_serde_jsons` checks the text equals `export::to_json`'s.

use js_sys::{Array, JSON};
use wasm_bindgen::JsValue;

use crate::browser::js_record::object;
use crate::domain::addresses::AddressSet;
use crate::domain::export::json_document;
use crate::lang::Lang;

/// The addresses as JSON, indented by two spaces like `export::to_json`.
pub fn export(set: &AddressSet, lang: Lang) -> String {
    let document = json_document(set, lang);
    let addresses: Array = document
        .addresses
        .iter()
        .map(|address| {
            object(&[
                ("key", address.key.as_str().into()),
                ("group", address.group.into()),
                ("label", address.label.as_str().into()),
                ("value", address.value.into()),
            ])
        })
        .collect();
    let root = object(&[
        ("root", document.root.into()),
        ("lang", document.lang.code().into()),
        ("addresses", addresses.into()),
    ]);
    JSON::stringify_with_replacer_and_space(&root, &JsValue::NULL, &JsValue::from(2))
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}
