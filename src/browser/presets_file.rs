//! The presets file a page names in `data-presets`: fetched once, read by the browser's JSON parser, and
//! checked entry by entry by the domain (the same checks as the built-in presets). A rejected entry is
//! reported; the rest of the file and the built-ins keep working.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, RequestInit};

use std::rc::Rc;

use crate::browser::fetch;
use crate::domain::catalogue::Catalogue;
use crate::domain::error::{Error, FileFault};
use crate::domain::preset::{FieldValue, PresetError, PresetField, PresetFields, PresetProblem};
use crate::lang::typography::fill;
use crate::lang::Lang;

/// The largest presets file read, as its server's Content-Length gives it: 256 KiB. An académie's file
/// holds a few presets of about 600 bytes each; past this, it is not a presets file, and parsing it
/// would hold the page.
pub const MAX_FILE_BYTES: u32 = 256 * 1024;
/// How long a presets file may take to arrive (milliseconds). The built-in presets and the addresses
/// never wait for it; past this, an ENT named only in the file would stay "unknown" with no word why.
pub const TIMEOUT_MS: u32 = 10_000;
/// The most entries read from one file: the ENT list stays a list a reader can scroll.
pub const MAX_ENTRIES: u32 = 500;

/// Why a presets file could not be read as a whole: the fetch's and the document's faults, the browser's
/// (what is wrong with one of its entries is the domain's `PresetProblem`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The file could not be fetched (the browser's own explanation).
    Unreachable {
        /// The browser's explanation.
        detail: String,
    },
    /// The server answered with an error status.
    HttpStatus {
        /// The HTTP status.
        status: u16,
    },
    /// A web page (a server's error page, an address pointing at a page) where the JSON file was expected.
    HtmlPage,
    /// Larger than a presets file can be ([`MAX_FILE_BYTES`]).
    TooLarge,
    /// The document is not a list of presets.
    NotAList,
    /// More entries than a list a reader can scroll ([`MAX_ENTRIES`]).
    TooManyEntries,
}

/// A [`Fault`] of the presets file `file`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    /// The file's address, as the page gave it.
    pub file: String,
    /// What is wrong.
    pub fault: Fault,
}

impl FileError {
    /// The fault `fault` of `file`.
    pub fn new(file: &str, fault: Fault) -> FileError {
        FileError {
            file: file.to_owned(),
            fault,
        }
    }
}

impl FileFault for FileError {
    fn message(&self, lang: Lang) -> String {
        let w = lang.words();
        let mut status = String::new();
        let (template, detail) = match &self.fault {
            Fault::Unreachable { detail } => (w.preset_unreachable, detail.as_str()),
            Fault::HttpStatus { status: code } => {
                status = code.to_string();
                (w.preset_http_status, "")
            }
            Fault::HtmlPage => (w.preset_html_page, ""),
            Fault::TooLarge => (w.preset_too_large, ""),
            Fault::NotAList => (w.preset_not_a_list, ""),
            Fault::TooManyEntries => (w.preset_too_many_entries, ""),
        };
        // One fill for every fault: each template takes the placeholders it needs.
        fill(template, &[("file", &self.file), ("more", detail), ("status", &status)])
    }
}

impl From<FileError> for Error {
    fn from(error: FileError) -> Error {
        Error::PresetsFile(Rc::new(error))
    }
}

/// Fetches `address` and applies its entries over `base`; the errors name `address` and each entry.
pub async fn load(address: &str, base: &Catalogue) -> Result<(Catalogue, Vec<Error>), Error> {
    let fault = |fault: Fault| Error::from(FileError::new(address, fault));
    let unreachable = |e: JsValue| fault(Fault::Unreachable { detail: js_message(&e) });
    let init = RequestInit::new();
    init.set_signal(Some(&AbortSignal::timeout_with_u32(TIMEOUT_MS)));
    let response = fetch::response(address, &init).await.map_err(unreachable)?;
    if !response.ok() {
        return Err(fault(Fault::HttpStatus {
            status: response.status(),
        }));
    }
    let header = |name: &str| response.headers().get(name).ok().flatten().unwrap_or_default();
    // Checked before the body is parsed.
    if header("content-length")
        .parse::<u32>()
        .is_ok_and(|length| length > MAX_FILE_BYTES)
    {
        return Err(fault(Fault::TooLarge));
    }
    let json = JsFuture::from(response.json().map_err(unreachable)?)
        .await
        .map_err(|e| {
            // A server's error page, or an address pointing at a page rather than at the file.
            if header("content-type").contains("html") {
                fault(Fault::HtmlPage)
            } else {
                let unreadable = PresetProblem::Unreadable { detail: js_message(&e) };
                Error::Preset(PresetError::new(address, unreadable))
            }
        })?;
    apply(address, json, base)
}

/// Applies the presets file `address`, as the browser's JSON parser read it, over `base`.
pub fn apply(address: &str, json: JsValue, base: &Catalogue) -> Result<(Catalogue, Vec<Error>), Error> {
    let fault = |fault: Fault| Error::from(FileError::new(address, fault));
    // A document is a list of presets (see presets/README.md).
    let entries: Array = json.dyn_into().map_err(|_| fault(Fault::NotAList))?;
    if entries.length() > MAX_ENTRIES {
        return Err(fault(Fault::TooManyEntries));
    }
    let entries = entries.iter().map(JsPreset::read).collect();
    Ok(base.clone().with_entries(address, entries))
}

/// One entry of a presets file (a page's, or the built-ins'), as the browser's JSON parser gave it: its keys,
/// each named once as a field (or kept as an unknown key), and their values, copied out in one pass. The
/// checks ask for each of the 18 fields, some twice, and most are absent: asking the JS object each time,
/// and naming its keys again for every question, made reading the built-ins a third of the first render's
/// work in the wasm.
pub struct JsPreset(Vec<(Option<PresetField>, String, Option<FieldValue>)>);

impl JsPreset {
    /// The entry, if it is an object (not a list, a number…).
    pub fn read(entry: JsValue) -> Result<JsPreset, PresetProblem> {
        if !entry.is_object() || Array::is_array(&entry) {
            return Err(PresetProblem::NotAPreset);
        }
        let keys = Object::keys(entry.unchecked_ref::<Object>());
        let fields = keys
            .iter()
            .filter_map(|key| {
                let value = field_value(Reflect::get(&entry, &key).ok()?);
                let key = key.as_string()?;
                Some((PresetField::named(&key), key, value))
            })
            .collect();
        Ok(JsPreset(fields))
    }
}

/// A value as the checks tell it (`None`: JSON's `null`, as if absent).
fn field_value(value: JsValue) -> Option<FieldValue> {
    if value.is_undefined() || value.is_null() {
        return None;
    }
    if let Some(text) = value.as_string() {
        return Some(FieldValue::Text(text));
    }
    let Some(list) = value.dyn_ref::<Array>() else {
        return Some(FieldValue::Other);
    };
    let texts: Option<Vec<String>> = list.iter().map(|item| item.as_string()).collect();
    Some(texts.map_or(FieldValue::Other, FieldValue::List))
}

impl PresetFields for JsPreset {
    fn value(&self, field: PresetField) -> Option<FieldValue> {
        let (.., value) = self.0.iter().find(|(named, ..)| *named == Some(field))?;
        value.clone()
    }

    fn unknown(&self) -> Vec<String> {
        let unknown = self.0.iter().filter(|(named, ..)| named.is_none());
        unknown.map(|(_, key, _)| key.clone()).collect()
    }
}

/// The message of a JS exception (a failed fetch, invalid JSON).
fn js_message(value: &wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
