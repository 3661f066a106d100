//! The PRONOTE delegation address builder: every address a PRONOTE.net delegation to an ENT's CAS
//! server needs, computed in the browser.
//!
//! `domain` is plain Rust (no yew, web-sys or js-sys) and is tested natively; `ui` is the Yew widget;
//! `web` is the JavaScript boundary (mounting, the JS API, the page URL, the clipboard).

pub mod domain;
pub mod ui;
pub mod web;
