//! The one check every fuzz target ends with: a root found from any input gives addresses that keep
//! the invariants of tests/native/support/address_invariants.rs (shared with the property tests).
//! A violated invariant panics, which libFuzzer reports as a crash with its input.

use pronote_delegation::domain::addresses::build_addresses;
use pronote_delegation::domain::delegation::SpaceSettings;
use pronote_delegation::domain::pronote_root::PronoteRoot;
use pronote_delegation::domain::warning::Warning;

use crate::address_invariants::{cas_servers, check_login_link, check_set, check_warnings};

/// Panics with the violation, so libFuzzer keeps the input as a crash.
pub fn holds(result: Result<(), String>) {
    if let Err(violation) = result {
        panic!("{violation}");
    }
}

/// Builds every address of the root with each sample CAS server and checks them.
pub fn check_root_everywhere(root: &PronoteRoot, warnings: &[Warning]) {
    for cas in cas_servers() {
        holds(check_set(&build_addresses(root, Some(&cas), &SpaceSettings::default())));
        holds(check_login_link(root, &cas));
    }
    holds(check_warnings(warnings));
}
