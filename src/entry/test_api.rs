//! What only the page tests ask of the widget: how many widgets are alive and the wasm memory's size, both
//! of which must stay flat while a documentation site swaps its pages. Compiled with the cargo feature
//! `test-api` only: `make dist-test` builds the site the page tests use with it, and the site an academy
//! copies (`make dist`) has none of it.
//!
//! The two functions are set on `window.pronoteDelegationTestApi` when the wasm starts, rather than
//! exported from the glue module: Firefox runs a WebDriver script's `import()` of that module in a module
//! map of its own, which would give the test a second, never-started copy.

use wasm_bindgen::prelude::*;

use crate::browser::js_record::object;
use crate::entry::apps;

/// Sets `window.pronoteDelegationTestApi = { liveApps(), memoryBytes() }`.
#[wasm_bindgen(start)]
fn expose() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let api = object(&[
        ("liveApps", Closure::<dyn Fn() -> u32>::new(live_apps).into_js_value()),
        (
            "memoryBytes",
            Closure::<dyn Fn() -> f64>::new(memory_bytes).into_js_value(),
        ),
    ]);
    let _ = js_sys::Reflect::set(&window, &"pronoteDelegationTestApi".into(), &api);
}

/// How many widgets are alive on the page.
fn live_apps() -> u32 {
    u32::try_from(apps::live_count()).unwrap_or(u32::MAX)
}

/// The size of the wasm memory.
fn memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|memory| memory.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64)
        .unwrap_or_default()
}
