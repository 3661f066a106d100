//! Every browser test, in one crate: one wasm, which wasm-bindgen-test runs in one page of headless
//! Chromium and of headless Firefox. Its modules mirror `src/`: the widget's tests are under `ui/`, the
//! clipboard and page address adapters' under `browser/`, the JavaScript boundary's under `entry/`. The
//! native tests are the other crate, `tests/native/`.
//!
//! The tests run one after another in that one page, so each must leave the page as it found it:
//! `support::mount` returns a guard that ends the widget and removes its element, `support::PageAddress`
//! puts back the page address a test changes. A test that depends on another's leftovers is a bug.

#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod support;

mod browser {
    mod clipboard;
    mod permalink;
    // The live PRONOTE's file read with the browser's JSON parser (issue #26).
    mod published_json;
}
mod entry {
    mod js_boundary;
}
// `src/options.rs`: options read from an element's attributes and from the page address.
mod options;
mod ui {
    // The console's parts: the CAS window, the "Vérifier" link, the connection table, the ENT's labels.
    mod console;
    // Diagnose, the ENT administrator's message and the embed code.
    mod diagnose;
    // An ENT's address pasted where PRONOTE's is expected (issue #17).
    mod ent_address;
    // How fresh the chosen ENT's addresses are, and the warnings of a moved, merged or uncertain ENT.
    mod freshness;
    // The live PRONOTE's InfoMobileApp.json: the part, "Apply", the token kept out, the JS API (issue #26).
    mod published;
    mod widget;
}
