//! Any hosting choice and field contents: resolving never panics, and any root found gives clean
//! addresses. The first byte picks the hosting; the rest is the UAI field, a NUL byte, the URL field.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pronote_delegation::domain::hosting::{resolve_root, HostingKind};
use pronote_delegation::domain::uai::{SchoolLabel, Uai};

#[path = "../../tests/native/support/address_invariants.rs"]
mod address_invariants;
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((choice, rest)) = data.split_first() else {
        return;
    };
    let kind = HostingKind::ALL[usize::from(*choice) % HostingKind::ALL.len()];
    let text = String::from_utf8_lossy(rest);
    let (uai, url) = text.split_once('\0').unwrap_or((&text, ""));
    let _ = Uai::parse(uai);
    let _ = SchoolLabel::parse(uai);
    if let Ok((root, warnings)) = resolve_root(kind, uai, url, &["www.toutatice.fr"]) {
        common::check_root_everywhere(&root, &warnings);
    }
});
