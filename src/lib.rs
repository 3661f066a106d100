//! The PRONOTE delegation address builder: every address a PRONOTE.net delegation to an ENT's CAS
//! server needs, computed in the browser.
//!
//! The layers, each importing only the ones below it:
//! - `entry`: the JavaScript entry points (mounting widgets, the JS API);
//! - `ui`: the Yew widget;
//! - `browser`: adapters to the browser (clipboard, page address, fetched files, JS records, host names);
//! - `options`: what a page asks of a widget, read the same way from attributes, JS objects and addresses;
//! - `domain`: plain Rust (no yew, web-sys or js-sys), tested natively;
//! - `lang`: every word the reader sees, one file per language.

pub mod browser;
pub mod domain;
pub mod entry;
pub mod lang;
pub mod options;
pub mod ui;
