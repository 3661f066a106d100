//! An ENT preset, from the file a person writes to the catalogue: one type, [`Preset`], read and checked
//! field by field from any format (a `presets/*.toml` table, an entry of a page's JSON presets file, the
//! built-in presets' JSON), every field named by [`PresetField`], every problem typed ([`PresetError`]) and
//! worded in the reader's language.
//!
//! One concern a file:
//! - `model.rs`: the checked preset and its vocabulary (family, origin, status, provenance, the
//!   console's default addresses); `date.rs`: the day its addresses were last seen;
//! - `field.rs`: the fields a preset has ([`PresetField`]), a field's value as a format gives it, and
//!   the trait every format's reader implements ([`PresetFields`]);
//! - `serde_value.rs`: the reader of the serde formats (TOML at build time, JSON natively);
//! - `read.rs`: [`read_preset`], one preset checked field by field;
//! - `address.rs`: the checks of a CAS address and of an id;
//! - `problem.rs`: what can be wrong ([`PresetProblem`]) and how it is said;
//! - `unique.rs`: one preset per id in a set.
//!
//! A JSON entry in the browser (a page's presets file, the built-in presets) is read in
//! `src/browser/presets_file.rs` by the browser's JSON parser; the faults of a presets file as a whole
//! (HTTP, size, not a list) are that file's too.
//!
//! **What the build needs.** `build.rs` includes this very file with `#[path]` (and `src/lang/`) to
//! check `presets/*.toml` when the crate builds, so that the crate and the build run the same checks.
//! Hence, in this folder:
//! - each child is declared with `#[path = "preset/<file>.rs"]`: a file loaded by `#[path]`, as build.rs
//!   loads this one, looks for its children beside itself, not in `preset/`;
//! - a child imports only its siblings (`super::…`), `crate::lang`, `serde`, `url` and `std`: nothing
//!   else of the crate (`crate::domain::…` does not exist in the build script), no `toml`, `serde_json`,
//!   yew, web-sys or js-sys;
//! - build.rs uses some of the items re-exported below; it allows the others to go unused
//!   (`#[allow(dead_code, unused_imports)]` on its `mod preset`).

#[path = "preset/address.rs"]
mod address;
#[path = "preset/date.rs"]
mod date;
#[path = "preset/field.rs"]
mod field;
#[path = "preset/model.rs"]
mod model;
#[path = "preset/problem.rs"]
mod problem;
#[path = "preset/read.rs"]
mod read;
#[path = "preset/serde_value.rs"]
mod serde_value;
#[path = "preset/unique.rs"]
mod unique;

pub use date::Date;
pub use field::{FieldMap, FieldValue, PresetField, PresetFields};
pub use model::{derive_login, derive_validation, Family, Origin, Preset, Provenance, Status, HOSTING_IDS};
pub use problem::{AddressFlaw, PresetError, PresetProblem};
pub use read::{read_preset, ProvenanceAt};
pub use unique::{keep_unique, unknown_merges};
