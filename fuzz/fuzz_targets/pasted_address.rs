//! Any pasted text: reducing it never panics, and any root found gives clean addresses.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pronote_delegation::domain::pasted_address::root_from_pasted;

#[path = "../../tests/native/support/address_invariants.rs"]
mod address_invariants;
mod common;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    if let Ok((root, warnings)) = root_from_pasted(&input, &["www.toutatice.fr", "ent.iledefrance.fr"]) {
        common::check_root_everywhere(&root, &warnings);
    }
});
