//! The presets file a page names in `data-presets`: fetched once, read by the browser's JSON parser, and
//! checked entry by entry by the domain (the same checks as the built-in presets). A rejected entry is
//! reported; the rest of the file and the built-ins keep working.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::browser::js_record::{Record, RecordError};
use crate::domain::catalogue::Catalogue;
use crate::domain::error::Error;
use crate::domain::preset_source::{PresetSource, FIELDS};

/// Fetches `address` and applies its entries over `base`; the errors name `address` and each entry.
pub async fn load(address: &str, base: &Catalogue) -> Result<(Catalogue, Vec<Error>), Error> {
    let unreadable = |detail: String| Error::PresetUnreadable {
        file: address.to_owned(),
        detail,
    };
    let window = web_sys::window().ok_or_else(|| unreadable("no window".into()))?;
    let response: Response = JsFuture::from(window.fetch_with_str(address))
        .await
        .map_err(|e| unreadable(js_message(&e)))?
        .dyn_into()
        .map_err(|_| unreadable("not an HTTP response".into()))?;
    if !response.ok() {
        return Err(unreadable(format!("HTTP {}", response.status())));
    }
    let json = JsFuture::from(response.json().map_err(|e| unreadable(js_message(&e)))?)
        .await
        .map_err(|e| unreadable(js_message(&e)))?;
    apply(address, json, base)
}

/// Applies the presets file `address`, as the browser's JSON parser read it, over `base`.
pub fn apply(address: &str, json: JsValue, base: &Catalogue) -> Result<(Catalogue, Vec<Error>), Error> {
    // A document is a list of presets (see presets/README.md).
    let entries: js_sys::Array = json.dyn_into().map_err(|_| Error::PresetUnreadable {
        file: address.to_owned(),
        detail: "the file must hold a JSON list of presets".into(),
    })?;
    let entries = entries
        .iter()
        .map(|entry| preset_source(&entry).map_err(|e| e.to_string()))
        .collect();
    Ok(base.clone().with_read_overrides(address, entries))
}

/// One entry of the file, read field by field (the fields of a `presets/*.toml` file).
fn preset_source(entry: &JsValue) -> Result<PresetSource, RecordError> {
    let record = Record::read(entry, &FIELDS)?;
    Ok(PresetSource {
        id: record.text("id")?,
        name: record.text("name")?,
        console_label: record.text("console_label")?,
        region: record.text("region")?,
        family: record.text("family")?,
        cas_base: record.text("cas_base")?,
        login: record.text("login")?,
        validation: record.text("validation")?,
        suggested_hosting: record.text("suggested_hosting")?,
        notes: record.text("notes")?,
        sources: record.texts("sources")?,
        confidence: record.text("confidence")?,
        disagreement: record.text("disagreement")?,
        keywords: record.texts("keywords")?,
    })
}

/// The message of a JS exception (a failed fetch, invalid JSON).
fn js_message(value: &wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
