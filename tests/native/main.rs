//! Every native test, in one crate: one build and one binary where there were twenty-odd. Its modules
//! mirror `src/`: a test of `src/domain/uai.rs` is in `domain/uai.rs`. The browser tests are the other
//! crate, `tests/browser/`.

#![cfg(not(target_arch = "wasm32"))]

// Folders whose files are all tests: declared here, so that this page shows the whole tree.
mod domain {
    mod addresses;
    mod cas_server;
    mod diagnosis;
    mod embed_snippet;
    mod ent_brief;
    mod export;
    mod hosting;
    // The messages of `error.rs` and `warning.rs`, in both languages.
    mod messages;
    // With its children: the ENT addresses pasted where PRONOTE's is expected (issue #17).
    mod pasted_address;
    // `preset.rs` and `catalogue.rs`: reading and checking presets, the built-ins and a page's own file.
    mod preset {
        // The catalogue read against the newest sources (issue #27): each changed preset, with its source.
        mod audit;
        mod catalogue;
        mod checks;
        // `checked`, `status` and what goes with them.
        mod freshness;
        mod overrides;
    }
    // Properties across the domain, over any input; the fuzz targets check the same invariants.
    mod properties;
    // `published.rs` and `published_check.rs`: the live PRONOTE's InfoMobileApp.json (issue #26).
    mod published;
    mod published_check;
    mod search;
    // The seed procedure (Toutatice) through every module it touches.
    mod seed;
    mod service_pattern;
    // `space.rs` and `delegation.rs`: spaces, their pages and the delegation each gets.
    mod space;
    mod uai;
}
// `src/lang/`: the words of each language, their typography and placeholders.
mod lang;
// `src/options.rs`: the table of option names, and the parts a page shows.
mod options {
    mod names;
    mod parts;
}
mod ui {
    // When a text field's error is shown (#25).
    mod attention;
    mod components {
        mod checklist;
        mod qr_code;
        mod sheet;
    }
}

/// Code the tests share.
mod support {
    /// Also compiled into every fuzz target (`fuzz/fuzz_targets/*.rs`, through `#[path]`).
    pub mod address_invariants;
    pub mod preset_fields;
}
