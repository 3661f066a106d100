//! The compiled-in presets, built once per page and shared by every widget and the JS API: the JSON
//! build.rs writes (`BUILTIN_PRESETS_JSON`), read by the browser's JSON parser and the same reader as a
//! page's presets file, so that the wasm carries no JSON parser.

use std::rc::Rc;

use crate::domain::catalogue::Catalogue;

thread_local! {
    static BUILTIN: Rc<Catalogue> = Rc::new(Catalogue::builtin());
}

/// The built-in catalogue of this page.
pub fn builtin_catalogue() -> Rc<Catalogue> {
    BUILTIN.with(Rc::clone)
}

#[cfg(target_arch = "wasm32")]
impl Catalogue {
    /// The built-in presets: in the wasm, read by the browser's JSON parser (natively, `serde_json` reads
    /// the same text in `src/domain/catalogue.rs`).
    pub fn builtin() -> Catalogue {
        use crate::browser::presets_file::JsPreset;
        use crate::domain::catalogue::BUILTIN_PRESETS_JSON;
        use js_sys::{Array, JSON};
        use wasm_bindgen::JsCast;

        // build.rs wrote a JSON list; anything else would be a bug of the build, not of a page.
        let entries = JSON::parse(BUILTIN_PRESETS_JSON)
            .ok()
            .and_then(|json| json.dyn_into::<Array>().ok())
            .map(|list| {
                list.iter()
                    .filter_map(|entry| JsPreset::read(entry).ok())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        Catalogue::from_builtin(entries)
    }
}
