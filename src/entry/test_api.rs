//! What only the page tests ask of the widget: how many widgets are alive and the wasm memory's size, both
//! of which must stay flat while a documentation site swaps its pages. Compiled with the cargo feature
//! `test-api` only: `make dist-test` builds the site the page tests use with it, and the site an academy
//! copies (`make dist`) has neither export. Tests reach them through the glue module widget.js loaded.

use wasm_bindgen::prelude::*;

use crate::entry::apps;

/// JS: `liveApps()`: how many widgets are alive on the page.
#[wasm_bindgen(js_name = liveApps)]
pub fn live_apps() -> u32 {
    u32::try_from(apps::live_count()).unwrap_or(u32::MAX)
}

/// JS: `memoryBytes()`: the size of the wasm memory.
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|memory| memory.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64)
        .unwrap_or_default()
}
