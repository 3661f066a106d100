//! The catalogue read against the newest public material (presets/README.md, "Audit of 2026-12"): each
//! preset the audit changed, with the source that decided it, and the ENTs it added. Each test names its
//! source; the preset's TOML cites it too (checked here).

use std::collections::HashMap;

use pronote_delegation::domain::catalogue::{Catalogue, BUILTIN_PROVENANCE_JSON, CATALOGUE_JSON};
use pronote_delegation::domain::preset::{Family, Origin, Preset, Provenance, Status};
use pronote_delegation::domain::warning::Warning;
use pronote_delegation::lang::Lang;

const UNISCOL: &str = "Skythrew/Uniscol:…/edifice/EdificeLoginViewModel.kt@5ed6809 (2025-06-01)";
const PRONOTEPY_2025: &str = "bain3/pronotepy:pronotepy/ent/ent.py@73a3b7f (2025-01-14";
const LILLE: &str = "https://lp-des-monts-de-flandre-hazebrouck.59.ac-lille.fr/le-projet/";

fn preset(catalogue: &Catalogue, id: &str) -> Preset {
    catalogue.get(id).unwrap_or_else(|| panic!("{id} missing")).clone()
}

/// Whether the preset's file cites a source starting with `source` (its sources are in provenance.json).
fn cites(id: &str, source: &str) -> bool {
    let provenance: HashMap<String, Provenance> = serde_json::from_str(BUILTIN_PROVENANCE_JSON).expect("JSON");
    provenance[id].sources.iter().any(|cited| cited.starts_with(source))
}

fn codes(catalogue: &Catalogue, preset: &Preset) -> Vec<&'static str> {
    catalogue.preset_warnings(preset).iter().map(Warning::code).collect()
}

fn ids(found: Vec<&Preset>) -> Vec<&str> {
    found.into_iter().map(|preset| preset.id.as_str()).collect()
}

#[test]
fn the_catalogue_counts_fifty_presets_after_the_audit() {
    // 41 before the audit, nine Edifice ENTs added.
    assert_eq!(Catalogue::builtin().presets().len(), 50);
}

/// Uniscol (2025-06-01) and entcore's `leia.ts` (2026): LEIA left itslearning for Edifice.
#[test]
fn leia_moved_from_itslearning_to_edifice_and_is_found_by_its_old_platform() {
    let catalogue = Catalogue::builtin();
    let leia = preset(&catalogue, "leia_corse");
    assert_eq!(leia.status, Status::Moved);
    assert_eq!(leia.family, Family::OpenEntNg);
    assert_eq!(leia.login.as_str(), "https://ent.leia.corsica/cas/login");
    assert_eq!(leia.confidence, Origin::Derived);
    assert_eq!(
        leia.previous.as_deref(),
        Some("https://cas.itslearning.com/cas-prod/login")
    );
    assert_eq!(leia.checked.map(|date| date.iso()).as_deref(), Some("2025-06-01"));
    assert!(cites("leia_corse", UNISCOL));
    assert!(ids(catalogue.search("itslearning corse")).contains(&"leia_corse"));
    assert_eq!(codes(&catalogue, &leia)[..2], ["ent-moved", "login-derived"]);
    let moved = &catalogue.preset_warnings(&leia)[0];
    assert!(
        moved
            .message(Lang::En)
            .contains("https://cas.itslearning.com/cas-prod/login"),
        "{moved:?}"
    );
}

/// Uniscol (2025-06-01), entcore `mayotte.ts` and `guadeloupe.ts` (2026): Open Digital Education became
/// Edifice, its `*.opendigitaleducation.com` hosts moved to `*.edifice.io`.
#[test]
fn opendigitaleducation_hosts_moved_to_edifice_io() {
    let catalogue = Catalogue::builtin();
    for (id, login) in [
        ("mayotte", "https://mayotte.edifice.io/cas/login"),
        ("neoconnect_guadeloupe", "https://neoconnect.edifice.io/cas/login"),
    ] {
        let moved = preset(&catalogue, id);
        assert_eq!((moved.status, moved.login.as_str()), (Status::Moved, login), "{id}");
        assert!(
            moved
                .previous
                .as_deref()
                .is_some_and(|old| old.contains("opendigitaleducation.com")),
            "{id}"
        );
        assert!(cites(id, UNISCOL), "{id}");
    }
    // The old host finds them, and ENT 94 (whose host was one too).
    let found = ids(catalogue.search("opendigitaleducation"));
    for id in ["mayotte", "neoconnect_guadeloupe", "ent94_neo"] {
        assert!(found.contains(&id), "{id}: {found:?}");
    }
}

/// The académie de Lille's page (about 2019): the Hauts-de-France départements, Somme Numérique and the
/// Pas-de-Calais included, joined the single ENT HDF; pronotepy maps `ent_somme = ent_hdf`.
#[test]
fn somme_and_pas_de_calais_merged_into_ent_hdf_and_are_found_by_their_old_names() {
    let catalogue = Catalogue::builtin();
    let hdf = preset(&catalogue, "enthdf");
    for id in ["somme", "savoirsnumeriques62"] {
        let merged = preset(&catalogue, id);
        assert_eq!(merged.status, Status::Merged, "{id}");
        assert_eq!(merged.merged_into.as_deref(), Some("enthdf"), "{id}");
        assert_eq!((&merged.cas_base, &merged.login), (&hdf.cas_base, &hdf.login), "{id}");
        assert!(cites(id, LILLE), "{id}");
        let warning = &catalogue.preset_warnings(&merged)[0];
        assert_eq!(warning.code(), "ent-merged", "{id}");
        assert!(
            warning.message(Lang::Fr).contains("«\u{a0}ENT Hauts-de-France\u{a0}»"),
            "{warning:?}"
        );
    }
    // Found by their old names, they say which ENT they joined (above).
    assert_eq!(ids(catalogue.search("Somme Numérique")), ["somme"]);
    assert_eq!(
        ids(catalogue.search("cas.savoirsnumeriques62.fr")),
        ["savoirsnumeriques62"]
    );
    // The ENT's own preset names its host, not the merged one.
    assert_eq!(
        catalogue.ent_at_host("enthdf.fr").map(|p| p.id.as_str()),
        Some("enthdf")
    );
}

/// scolengo-api `43ebfc9` (2023-11-03) and pronotepy `d2c2d96` (2023-10-03): Val-de-Marne's collèges are
/// on Skolengo; `ent94.opendigitaleducation.com` is in no Edifice list of 2025 or 2026.
#[test]
fn ent94_merged_into_mon_college_val_de_marne() {
    let catalogue = Catalogue::builtin();
    let ent94 = preset(&catalogue, "ent94_neo");
    let joined = preset(&catalogue, "moncollege_valdemarne");
    assert_eq!(
        (ent94.status, ent94.merged_into.as_deref()),
        (Status::Merged, Some("moncollege_valdemarne"))
    );
    assert_eq!(ent94.login, joined.login);
    assert!(cites("ent94_neo", "maelgangloff/scolengo-api@43ebfc9"));
}

/// monlycée.net: Keycloak at auth.monlycee.net (pronotepy_monlycee 2024-09, pronotepy PR #337 2025-12)
/// and no source showing PRONOTE's CAS address; Bordeaux: pronotepy `9c929b5` (2024-03-27) replaced the
/// WAYF by HubÉduConnect; Olympe 83: the Var's collèges are on moncollege-ent.var.fr (Uniscol 2025).
#[test]
fn contradicted_presets_without_a_replacement_are_uncertain() {
    let catalogue = Catalogue::builtin();
    for (id, source) in [
        ("monlycee_net", "https://github.com/bain3/pronotepy/pull/337"),
        ("argos_bordeaux", "bain3/pronotepy@9c929b5"),
        ("olympe83", UNISCOL),
    ] {
        let uncertain = preset(&catalogue, id);
        assert_eq!(uncertain.status, Status::Uncertain, "{id}");
        assert_eq!(codes(&catalogue, &uncertain)[0], "ent-uncertain", "{id}");
        assert!(cites(id, source), "{id}");
    }
    // Found by the new hosts, which the preset's disagreement names.
    assert!(ids(catalogue.search("auth.monlycee.net")).contains(&"monlycee_net"));
}

/// pronotepy PR #255 (2023-09-05): its "à supprimer" concerned the académie-account selection, not ENT27.
#[test]
fn ent27_no_longer_claims_a_disagreement() {
    let catalogue = Catalogue::builtin();
    let ent27 = preset(&catalogue, "ent27");
    assert!(!ent27.disagrees);
    assert!(cites("ent27", "https://github.com/bain3/pronotepy/pull/255"));
    assert!(cites("ent27", PRONOTEPY_2025));
}

/// Uniscol (2025-06-01) and entcore's WAYF domains (2026): nine Edifice ENTs able to delegate PRONOTE.
#[test]
fn the_nine_missing_edifice_ents_are_added_with_derived_logins() {
    let catalogue = Catalogue::builtin();
    for (id, login, source) in [
        (
            "aucollege84",
            "https://www.aucollege84.vaucluse.fr/cas/login",
            "edificeio/entcore:auth/frontend/src/config/wayf/domains/cd84.ts@5698dfd0",
        ),
        ("ent04", "https://ent04.fr/cas/login", UNISCOL),
        (
            "colibri_martinique",
            "https://colibri.ac-martinique.fr/cas/login",
            UNISCOL,
        ),
        ("eduprovence", "https://www.eduprovence.fr/cas/login", UNISCOL),
        ("ent_colleges05", "https://ent.colleges05.fr/cas/login", UNISCOL),
        ("wilapa_guyane", "https://wilapa-guyane.com/cas/login", UNISCOL),
        (
            "karukera_guadeloupe",
            "https://karukera.ac-guadeloupe.fr/cas/login",
            "edificeio/entcore:auth/frontend/src/config/wayf/domains/guadeloupe.ts@87ea2186",
        ),
        ("mon_ent16", "https://mon-ent16.lacharente.fr/cas/login", UNISCOL),
        ("nati_polynesie", "https://nati.pf/cas/login", UNISCOL),
    ] {
        let added = preset(&catalogue, id);
        assert_eq!((added.family, added.login.as_str()), (Family::OpenEntNg, login), "{id}");
        // Only inferred from Edifice's /cas convention: said beside the addresses.
        assert_eq!(added.confidence, Origin::Derived, "{id}");
        assert!(codes(&catalogue, &added).contains(&"login-derived"), "{id}");
        assert!(cites(id, source), "{id}");
    }
    // @ucollège84 left its Kosmos CAS (SACoche, ≤ 2022) for Edifice.
    let vaucluse = preset(&catalogue, "aucollege84");
    assert_eq!(
        vaucluse.previous.as_deref(),
        Some("https://cas.aucollege84.vaucluse.fr/login")
    );
}

/// presets.json, the catalogue as data: every preset with its sources, date and status, readable as a
/// page's presets file.
#[test]
fn presets_json_holds_every_preset_with_its_sources_date_and_status() {
    let entries: Vec<serde_json::Value> = serde_json::from_str(CATALOGUE_JSON).expect("a JSON list");
    assert_eq!(entries.len(), 50);
    for entry in &entries {
        for field in ["id", "sources", "checked", "status"] {
            assert!(entry.get(field).is_some(), "{field}: {entry}");
        }
    }
    let (catalogue, errors) = Catalogue::from_presets(Vec::new()).with_override_entries("presets.json", entries);
    assert_eq!(errors, []);
    let builtin = Catalogue::builtin();
    for preset in catalogue.presets() {
        let without_provenance = Preset {
            provenance: None,
            ..preset.clone()
        };
        assert_eq!(Some(&without_provenance), builtin.get(&preset.id));
    }
}
