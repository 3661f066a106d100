//! JS: `computeAddresses(options)`: every address without any UI, for pages that script their own.
//! Returns `{ root, addresses: { <key>: <address> }, warnings: [{ code, message }] }`; a wrong option or
//! a wrong hosting throws a JS `Error` whose `field` names the option at fault.
//! JS: `diagnose(options, address)`: what a pasted address says against that configuration,
//! `{ findings: [{ code, message }] }`, with the same errors.
//! JS: `checkPublished(options, text)`: what the school's live `InfoMobileApp.json` (its text) says against
//! that configuration, `{ school, findings: [{ code, message }] }`, with the same errors.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::browser::builtin_catalogue::builtin_catalogue;
use crate::browser::idn;
use crate::browser::js_record::object;
use crate::browser::published_json;
use crate::domain::computation::compute;
use crate::domain::diagnosis::diagnose_request;
use crate::domain::published_check::check_request;
use crate::entry::js_error::{into_error, BoundaryError};
use crate::entry::mount::options_from_js;
use crate::options::WidgetConfig;

/// JS: `version()`: the release this wasm was built as (Cargo's version); `widget.js` checks it equals
/// its own `PronoteDelegation.version`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Computes every address for `options` (same names as the widget's attributes).
#[wasm_bindgen(js_name = computeAddresses)]
pub fn compute_addresses(options: JsValue) -> Result<JsValue, JsValue> {
    let config = config(&options)?;
    let lang = config.request.lang;
    let computation = compute(&idn::ascii_request(&config.request), &builtin_catalogue());
    if let Some(error) = computation.errors.into_iter().next() {
        return Err(into_error(BoundaryError::Refused(error, lang)));
    }
    let Some(set) = computation.addresses else {
        return Err(into_error(BoundaryError::NoAddress));
    };
    // Built property by property: a serialiser would cost more wasm than these few lines.
    let addresses = Object::new();
    for address in &set.entries {
        let _ = Reflect::set(&addresses, &address.key.id().into(), &address.value.as_str().into());
    }
    let warnings = coded(computation.warnings.iter().map(|w| (w.code(), w.message(lang))));
    Ok(object(&[
        ("root", set.root.as_str().into()),
        ("addresses", addresses.into()),
        ("warnings", warnings.into()),
    ]))
}

/// Reads `address` against the configuration of `options` (see the module's doc).
#[wasm_bindgen]
pub fn diagnose(options: JsValue, address: &str) -> Result<JsValue, JsValue> {
    let config = config(&options)?;
    let lang = config.request.lang;
    let request = idn::ascii_request(&config.request);
    let findings = diagnose_request(&idn::ascii_address(address), &request, &builtin_catalogue())
        .map_err(|errors| into_error(BoundaryError::first(errors, lang)))?;
    let findings = coded(findings.iter().map(|f| (f.code(), f.message(lang))));
    Ok(object(&[("findings", findings.into())]))
}

/// Reads the text of a school's `InfoMobileApp.json` against the configuration of `options` (see the
/// module's doc). The CAS token in the text is never read.
#[wasm_bindgen(js_name = checkPublished)]
pub fn check_published(options: JsValue, text: &str) -> Result<JsValue, JsValue> {
    let config = config(&options)?;
    let lang = config.request.lang;
    let request = idn::ascii_request(&config.request);
    let checked = check_request(text, published_json::parse, &request, &builtin_catalogue())
        .map_err(|errors| into_error(BoundaryError::first(errors, lang)))?;
    let school = checked.school.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    let findings = coded(checked.findings.iter().map(|f| (f.code(), f.message(lang))));
    Ok(object(&[("school", school), ("findings", findings.into())]))
}

/// The configuration a script's options give, or the `Error` naming the first option at fault.
fn config(options: &JsValue) -> Result<WidgetConfig, JsValue> {
    let options = options_from_js(options).map_err(|error| into_error(BoundaryError::Options(error)))?;
    let config = WidgetConfig::from_options(&options);
    match config.errors.first() {
        Some(error) => Err(into_error(BoundaryError::Refused(error.clone(), config.request.lang))),
        None => Ok(config),
    }
}

/// `[{ code, message }]`, the shape of warnings and findings alike.
fn coded<'a>(items: impl Iterator<Item = (&'a str, String)>) -> Array {
    items
        .map(|(code, message)| object(&[("code", code.into()), ("message", message.into())]))
        .collect()
}
