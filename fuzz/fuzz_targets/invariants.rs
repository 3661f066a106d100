//! The whole computation, as the widget runs it on every keystroke: any ENT of the built-in
//! catalogue (or an unknown id), any hosting, any UAI and URL fields, any space settings. It never
//! panics, and whatever addresses it returns keep the invariants, with the preset's own CAS server.
//! Input: byte 0 picks the ENT, byte 1 the hosting, byte 2 the language; the rest is the UAI field,
//! a NUL, the URL field, a NUL, the space settings as the `spaces` attribute writes them.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pronote_delegation::domain::computation::compute;
use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::delegation::SpaceSettings;
use pronote_delegation::domain::hosting::HostingKind;
use pronote_delegation::lang::Lang;
use pronote_delegation::domain::request::Request;

#[path = "../../tests/native/support/address_invariants.rs"]
mod address_invariants;
mod common;

/// Built once: parsing the presets on every input would spend most of the run there.
static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let [ent, hosting, lang, rest @ ..] = data else {
        return;
    };
    let catalogue = CATALOGUE.get_or_init(Catalogue::builtin);
    let presets = catalogue.presets();
    // One value past the catalogue stands for an id the catalogue does not know.
    let ent = presets
        .get(usize::from(*ent) % (presets.len() + 1))
        .map_or_else(|| "inconnu".to_owned(), |preset| preset.id.clone());
    let text = String::from_utf8_lossy(rest);
    let mut fields = text.splitn(3, '\0');
    let request = Request {
        ent: Some(ent),
        hosting: HostingKind::ALL[usize::from(*hosting) % HostingKind::ALL.len()],
        uai: fields.next().unwrap_or("").to_owned(),
        url: fields.next().unwrap_or("").to_owned(),
        spaces: SpaceSettings::parse_changes(fields.next().unwrap_or("")),
        lang: if lang % 2 == 0 { Lang::Fr } else { Lang::En },
    };
    let computation = compute(&request, catalogue);
    if let Some(set) = &computation.addresses {
        common::holds(address_invariants::check_set(set));
        if let Some(preset) = request.ent.as_deref().and_then(|id| catalogue.get(id)) {
            common::holds(address_invariants::check_login_link(&set.root, &preset.cas_server()));
        }
        common::check_root_everywhere(&set.root, &computation.warnings);
    }
    common::holds(address_invariants::check_warnings(&computation.warnings));
    for error in &computation.errors {
        for lang in [Lang::Fr, Lang::En] {
            assert!(!error.message(lang).is_empty(), "{error:?} has no message");
        }
    }
});
