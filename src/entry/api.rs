//! JS: `computeAddresses(options)`: every address without any UI, for pages that script their own.
//! Returns `{ root, addresses: { <key>: <address> }, warnings: [{ code, message }] }`; a wrong option or
//! a wrong hosting throws a JS `Error` whose `field` names the option at fault.
//! JS: `diagnose(options, address)`: what a pasted address says against that configuration,
//! `{ findings: [{ code, message }] }`, with the same errors.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::browser::builtin_catalogue::builtin_catalogue;
use crate::browser::idn;
use crate::browser::js_record::object;
use crate::domain::diagnosis::diagnose_request;
use crate::domain::request::Request;
use crate::entry::mount::options_from_js;
use crate::options::WidgetConfig;

/// Computes every address for `options` (same names as the widget's attributes).
#[wasm_bindgen(js_name = computeAddresses)]
pub fn compute_addresses(options: JsValue) -> Result<JsValue, JsValue> {
    let options = options_from_js(&options).map_err(|e| js_error(&format!("pronote-delegation: {e}"), "options"))?;
    let config = WidgetConfig::from_options(&options);
    let lang = config.request.lang;
    if let Some(error) = config.errors.first() {
        return Err(js_error(&error.message(lang), error.field().id()));
    }
    let computation = idn::compute(&config.request, &builtin_catalogue());
    if let Some(error) = computation.errors.first() {
        return Err(js_error(&error.message(lang), error.field().id()));
    }
    let Some(set) = computation.addresses else {
        return Err(js_error("pronote-delegation: no address computed", "hosting"));
    };
    // Built property by property: a serialiser would cost more wasm than these few lines.
    let addresses = Object::new();
    for address in &set.entries {
        let _ = Reflect::set(&addresses, &address.key.id().into(), &address.value.as_str().into());
    }
    let warnings: Array = computation
        .warnings
        .iter()
        .map(|warning| {
            object(&[
                ("code", warning.code().into()),
                ("message", warning.message(lang).into()),
            ])
        })
        .collect();
    Ok(object(&[
        ("root", set.root.as_str().into()),
        ("addresses", addresses.into()),
        ("warnings", warnings.into()),
    ]))
}

/// Reads `address` against the configuration of `options` (see the module's doc).
#[wasm_bindgen]
pub fn diagnose(options: JsValue, address: &str) -> Result<JsValue, JsValue> {
    let options = options_from_js(&options).map_err(|e| js_error(&format!("pronote-delegation: {e}"), "options"))?;
    let config = WidgetConfig::from_options(&options);
    let lang = config.request.lang;
    if let Some(error) = config.errors.first() {
        return Err(js_error(&error.message(lang), error.field().id()));
    }
    let request = Request {
        url: idn::ascii_address(&config.request.url),
        ..config.request
    };
    let findings =
        diagnose_request(&idn::ascii_address(address), &request, &builtin_catalogue()).map_err(|errors| {
            errors.first().map_or_else(
                || js_error("pronote-delegation: no address computed", "hosting"),
                |error| js_error(&error.message(lang), error.field().id()),
            )
        })?;
    let findings: Array = findings
        .iter()
        .map(|finding| {
            object(&[
                ("code", finding.code().into()),
                ("message", finding.message(lang).into()),
            ])
        })
        .collect();
    Ok(object(&[("findings", findings.into())]))
}

/// A JS `Error` carrying the field it concerns.
fn js_error(message: &str, field: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    let _ = Reflect::set(&error, &"field".into(), &field.into());
    error.into()
}
