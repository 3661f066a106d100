//! JS: `computeAddresses(options)`: every address without any UI, for pages that script their own.
//! Returns `{ root, addresses: { <key>: <address> }, warnings: [{ code, message }] }`; a wrong option or
//! a wrong hosting throws a JS `Error` whose `field` names the option at fault.

use std::collections::BTreeMap;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::domain::addresses::compute;
use crate::domain::request::Request;
use crate::ui::config::{WidgetConfig, WidgetOptions};
use crate::ui::widget::builtin_catalogue;
use crate::web::idn;

#[derive(Serialize)]
struct Computed {
    root: String,
    addresses: BTreeMap<String, String>,
    warnings: Vec<Notice>,
}

#[derive(Serialize)]
struct Notice {
    code: &'static str,
    message: String,
}

/// Computes every address for `options` (same names as the widget's attributes).
#[wasm_bindgen(js_name = computeAddresses)]
pub fn compute_addresses(options: JsValue) -> Result<JsValue, JsValue> {
    let options: WidgetOptions = if options.is_undefined() || options.is_null() {
        WidgetOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| js_error(&format!("pronote-delegation: {e}"), "options"))?
    };
    let config = WidgetConfig::from_options(&options);
    let lang = config.request.lang;
    if let Some(error) = config.errors.first() {
        return Err(js_error(&error.message(lang), error.field().id()));
    }
    let request = Request {
        url: idn::ascii_address(&config.request.url),
        ..config.request
    };
    let computation = compute(&request, &builtin_catalogue());
    if let Some(error) = computation.errors.first() {
        return Err(js_error(&error.message(lang), error.field().id()));
    }
    let Some(set) = computation.addresses else {
        return Err(js_error("pronote-delegation: no address computed", "hosting"));
    };
    let computed = Computed {
        root: set.root.as_str().to_owned(),
        addresses: set.entries.iter().map(|a| (a.key.id(), a.value.clone())).collect(),
        warnings: computation
            .warnings
            .iter()
            .map(|w| Notice {
                code: w.code(),
                message: w.message(lang),
            })
            .collect(),
    };
    computed
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error(&format!("pronote-delegation: {e}"), "options"))
}

/// A JS `Error` carrying the field it concerns.
fn js_error(message: &str, field: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&error, &"field".into(), &field.into());
    error.into()
}
