//! The built-in presets' provenance, `provenance.json` beside the wasm: fetched once per page, when a
//! reader first opens an ENT's details, so that notes and sources do not weigh on every first render.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::browser::js_record::Record;
use crate::domain::preset::{PresetField, Provenance};

/// Each built-in preset's provenance, by id.
pub type ProvenanceFile = Rc<Vec<(String, Provenance)>>;

thread_local! {
    /// The file once read: every widget of the page shares it.
    static LOADED: RefCell<Option<ProvenanceFile>> = const { RefCell::new(None) };
}

/// The file's address: beside the widget's own script (`widget.js` publishes its folder as
/// `PronoteDelegation.base`), or beside the page when the widget was loaded some other way.
fn address() -> String {
    let base = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &JsValue::from_str("PronoteDelegation")).ok())
        .and_then(|api| js_sys::Reflect::get(&api, &JsValue::from_str("base")).ok())
        .and_then(|base| base.as_string())
        .unwrap_or_default();
    format!("{base}provenance.json")
}

/// The provenance of every built-in preset; the error says why it could not be read.
pub async fn load() -> Result<ProvenanceFile, String> {
    if let Some(file) = LOADED.with(|loaded| loaded.borrow().clone()) {
        return Ok(file);
    }
    let window = web_sys::window().ok_or("no window")?;
    let address = address();
    let response: Response = JsFuture::from(window.fetch_with_str(&address))
        .await
        .map_err(|e| js_message(&e))?
        .dyn_into()
        .map_err(|_| "not an HTTP response".to_owned())?;
    if !response.ok() {
        return Err(format!("{address}: HTTP {}", response.status()));
    }
    let json = JsFuture::from(response.json().map_err(|e| js_message(&e))?)
        .await
        .map_err(|e| js_message(&e))?;
    let file = Rc::new(read(&json)?);
    LOADED.with(|loaded| *loaded.borrow_mut() = Some(file.clone()));
    Ok(file)
}

/// Reads the file as the browser's JSON parser gave it: an object from preset id to provenance.
fn read(json: &JsValue) -> Result<Vec<(String, Provenance)>, String> {
    let object: &js_sys::Object = json.dyn_ref().ok_or("not a JSON object")?;
    let mut entries = Vec::new();
    for pair in js_sys::Object::entries(object).iter() {
        let pair: js_sys::Array = pair.unchecked_into();
        let id = pair.get(0).as_string().unwrap_or_default();
        let record = Record::read(&pair.get(1), &PresetField::PROVENANCE).map_err(|e| e.to_string())?;
        let provenance = Provenance {
            notes: record.text(PresetField::Notes.name()).map_err(|e| e.to_string())?,
            sources: record.texts(PresetField::Sources.name()).map_err(|e| e.to_string())?,
            disagreement: record
                .text(PresetField::Disagreement.name())
                .map_err(|e| e.to_string())?,
        };
        entries.push((id, provenance));
    }
    Ok(entries)
}

fn js_message(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
