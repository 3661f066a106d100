//! The built-in ENT catalogue: its size, the seed's Toutatice addresses, and what every preset must
//! satisfy for the login link PRONOTE's users follow.

use std::collections::HashMap;

use std::fs;
use std::path::{Path, PathBuf};

use pronote_delegation::domain::cas_server::encode_query_value;
use pronote_delegation::domain::catalogue::{Catalogue, BUILTIN_PROVENANCE_JSON};
use pronote_delegation::domain::hosting::HostingKind;
use pronote_delegation::domain::preset::{
    derive_validation, read_preset, Family, FieldMap, Origin, Preset, Provenance, ProvenanceAt, HOSTING_IDS,
};
use pronote_delegation::domain::warning::Warning;
use pronote_delegation::lang::Lang;
use url::Url;

const SAMPLE_ROOT: &str = "https://0310047H.index-education.net/pronote/";

fn preset_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("presets");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("presets/ is readable")
        .map(|entry| entry.expect("presets/ entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

#[test]
fn catalogue_has_at_least_forty_presets() {
    assert!(Catalogue::builtin().presets().len() >= 40);
}

#[test]
fn every_preset_file_is_in_the_catalogue() {
    let catalogue = Catalogue::builtin();
    let files = preset_files();
    assert_eq!(files.len(), catalogue.presets().len());
    for path in files {
        let id = path.file_stem().and_then(|s| s.to_str()).expect("file stem");
        assert!(catalogue.get(id).is_some(), "{id} missing from the catalogue");
    }
}

#[test]
fn built_in_presets_equal_their_toml_files_checked_at_run_time() {
    let catalogue = Catalogue::builtin();
    for path in preset_files() {
        let id = path.file_stem().and_then(|s| s.to_str()).expect("file stem");
        let text = fs::read_to_string(&path).expect("readable preset");
        let fields: FieldMap = toml::from_str(&text).expect("a built-in preset is TOML");
        let preset = read_preset(&fields, &format!("presets/{id}.toml"), Some(id), ProvenanceAt::Fields)
            .expect("a built-in preset passes the checks");
        // The built-in preset's provenance is served beside the wasm, in provenance.json.
        let provenance: HashMap<String, Provenance> = serde_json::from_str(BUILTIN_PROVENANCE_JSON).unwrap();
        assert_eq!(preset.provenance.as_ref(), provenance.get(id), "{id}");
        let without_provenance = Preset {
            provenance: None,
            ..preset
        };
        assert_eq!(Some(&without_provenance), catalogue.get(id));
    }
}

#[test]
fn toutatice_preset_gives_the_seed_addresses() {
    let catalogue = Catalogue::builtin();
    let toutatice = catalogue.get("toutatice").expect("toutatice preset");
    let cas = toutatice.cas_server();
    assert_eq!(
        cas.login.as_str(),
        "https://www.toutatice.fr/casshib/shib/toutatice/login"
    );
    assert_eq!(
        cas.validation.as_str(),
        "https://www.toutatice.fr/casshib/shib/666666/samlValidate"
    );
}

#[test]
fn toutatice_validation_is_seen_and_suggests_toutatice_hosting() {
    let catalogue = Catalogue::builtin();
    let toutatice = catalogue.get("toutatice").expect("toutatice preset");
    assert_eq!(toutatice.validation_origin, Origin::Seen);
    assert_eq!(
        toutatice.suggested_hosting.and_then(HostingKind::parse),
        Some(HostingKind::Toutatice)
    );
    assert_eq!(toutatice.family, Family::Casshib);
    assert!(toutatice.warnings().is_empty());
}

#[test]
fn every_login_link_for_a_sample_root_parses_and_holds_the_service_once() {
    let encoded = encode_query_value(SAMPLE_ROOT);
    for preset in Catalogue::builtin().presets() {
        let link = preset.cas_server().login_link(SAMPLE_ROOT);
        let parsed = Url::parse(&link).unwrap_or_else(|e| panic!("{}: {link}: {e}", preset.id));
        assert_eq!(link.matches(&encoded).count(), 1, "{}: {link}", preset.id);
        let services: Vec<String> = parsed
            .query_pairs()
            .filter(|(key, _)| key == "service")
            .map(|(_, value)| value.into_owned())
            .collect();
        assert_eq!(services, [SAMPLE_ROOT], "{}: {link}", preset.id);
    }
}

#[test]
fn every_cas_address_is_https_without_fragment() {
    for preset in Catalogue::builtin().presets() {
        let cas = preset.cas_server();
        for url in [&cas.login, &cas.validation]
            .into_iter()
            .chain(preset.cas_base.as_ref())
        {
            assert_eq!(url.scheme(), "https", "{}: {url}", preset.id);
            assert!(url.fragment().is_none(), "{}: {url}", preset.id);
        }
    }
}

#[test]
fn every_login_lies_under_its_cas_base() {
    for preset in Catalogue::builtin().presets() {
        let base = preset.cas_base.as_ref().expect("every built-in preset has a base");
        let base = base.as_str().trim_end_matches('/');
        assert!(
            preset.login.as_str().starts_with(&format!("{base}/")),
            "{}: {} not under {base}",
            preset.id,
            preset.login
        );
    }
}

#[test]
fn no_login_is_an_ent_form_rather_than_a_cas_endpoint() {
    for preset in Catalogue::builtin().presets() {
        assert!(
            preset.login.path().ends_with("/login") && !preset.login.path().ends_with("/auth/login"),
            "{}: {}",
            preset.id,
            preset.login
        );
    }
}

#[test]
fn kosmos_presets_log_in_at_the_root_of_a_cas_host() {
    for preset in Catalogue::builtin().presets() {
        if preset.family == Family::KosmosSkolengo {
            assert!(
                preset.login.host_str().is_some_and(|h| h.starts_with("cas.")),
                "{}",
                preset.id
            );
            assert_eq!(preset.login.path(), "/login", "{}", preset.id);
        }
    }
}

#[test]
fn open_ent_ng_presets_log_in_under_cas() {
    for preset in Catalogue::builtin().presets() {
        if preset.family == Family::OpenEntNg {
            assert_eq!(preset.login.path(), "/cas/login", "{}", preset.id);
        }
    }
}

#[test]
fn a_derived_validation_is_the_base_followed_by_saml_validate() {
    for preset in Catalogue::builtin().presets() {
        if preset.validation_origin == Origin::Derived {
            let base = preset.cas_base.as_ref().expect("a derived validation has a base");
            assert_eq!(derive_validation(base), preset.validation, "{}", preset.id);
        }
    }
}

#[test]
fn only_toutatice_has_a_seen_validation_address() {
    let catalogue = Catalogue::builtin();
    let seen: Vec<&str> = catalogue
        .presets()
        .iter()
        .filter(|preset| preset.validation_origin == Origin::Seen)
        .map(|preset| preset.id.as_str())
        .collect();
    assert_eq!(seen, ["toutatice"]);
}

#[test]
fn derived_validation_gives_the_validation_derived_warning() {
    let catalogue = Catalogue::builtin();
    let preset = catalogue.get("monbureaunumerique").expect("preset");
    assert_eq!(
        preset.warnings(),
        [Warning::ValidationDerived {
            ent: preset.name.clone()
        }]
    );
}

#[test]
fn disagreement_gives_the_sources_disagree_warning() {
    let catalogue = Catalogue::builtin();
    let preset = catalogue.get("netocentre").expect("preset");
    assert!(preset.disagrees);
    assert!(preset
        .warnings()
        .iter()
        .any(|warning| warning.code() == "sources-disagree"));
}

#[test]
fn every_preset_names_its_sources_region_and_notes() {
    // The notes and sources travel in provenance.json (fetched when a reader opens the details).
    let provenance: HashMap<String, Provenance> = serde_json::from_str(BUILTIN_PROVENANCE_JSON).unwrap();
    for preset in Catalogue::builtin().presets() {
        let own = provenance.get(&preset.id).expect("an entry in provenance.json");
        assert!(!own.sources.is_empty(), "{}", preset.id);
        assert!(!preset.region.is_empty(), "{}", preset.id);
        assert!(own.notes.is_some(), "{}", preset.id);
        assert_eq!(own.disagreement.is_some(), preset.disagrees, "{}", preset.id);
    }
    assert_eq!(
        provenance.len(),
        Catalogue::builtin().presets().len(),
        "no entry for an unknown preset"
    );
}

#[test]
fn presets_are_sorted_by_name() {
    let catalogue = Catalogue::builtin();
    let names: Vec<String> = catalogue
        .presets()
        .iter()
        .map(|p| pronote_delegation::domain::search::fold(&p.name))
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

#[test]
fn known_cas_hosts_include_toutatice_and_have_no_repeats() {
    let catalogue = Catalogue::builtin();
    let hosts = catalogue.known_cas_hosts();
    assert!(hosts.contains(&"www.toutatice.fr"));
    assert!(hosts.contains(&"ent.netocentre.fr"));
    let mut unique = hosts.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), hosts.len(), "no host twice: {hosts:?}");
}

#[test]
fn get_an_unknown_id_gives_none() {
    assert!(Catalogue::builtin().get("no_such_ent").is_none());
}

#[test]
fn suggested_hosting_ids_are_hosting_kinds() {
    for id in HOSTING_IDS {
        assert_eq!(HostingKind::parse(id).map(HostingKind::id), Some(id));
    }
}

#[test]
fn left_out_reference_entries_are_not_presets() {
    let catalogue = Catalogue::builtin();
    assert!(catalogue.get("ac_poitiers_dispatcher").is_none());
    assert!(catalogue.get("hubeduconnect").is_none());
}

#[test]
fn every_derived_login_gives_the_login_derived_warning_naming_the_ent() {
    let catalogue = Catalogue::builtin();
    let mut derived = 0;
    for preset in catalogue.presets() {
        let warned = preset.warnings().iter().any(|warning| {
            *warning
                == Warning::LoginDerived {
                    ent: preset.name.clone(),
                }
        });
        assert_eq!(warned, preset.confidence == Origin::Derived, "{}", preset.id);
        derived += usize::from(warned);
    }
    // The derived logins of presets/README.md's decisions (Open ENT NG /cas, bases without /login).
    assert!(derived >= 12, "{derived} derived presets");
    let message = Warning::LoginDerived {
        ent: "ENC Hauts-de-Seine".into(),
    }
    .message(Lang::Fr);
    assert!(
        message.contains("ENC Hauts-de-Seine") && message.contains("déduite"),
        "{message}"
    );
}

#[test]
fn a_seen_login_gives_no_login_derived_warning() {
    let catalogue = Catalogue::builtin();
    let preset = catalogue.get("toutatice").expect("preset");
    assert!(preset
        .warnings()
        .iter()
        .all(|warning| warning.code() != "login-derived"));
}

#[test]
fn moncollege_valdoise_follows_the_newest_source_keycloak_and_says_the_sources_disagree() {
    let catalogue = Catalogue::builtin();
    let preset = catalogue.get("moncollege_valdoise").expect("preset");
    assert_eq!(
        preset.login.as_str(),
        "https://keycloak.moncollege-valdoise.fr/realms/CD95/protocol/cas/login"
    );
    assert!(preset.disagrees);
}
