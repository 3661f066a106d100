#![cfg(not(target_arch = "wasm32"))]
//! The seed: the Académie de Rennes procedure "Authentification de Pronote avec le portail
//! d'authentification Toutatice" (PRONOTE 2022 hosting console). Its screens are the fixture: every
//! address below is copied from them (the first screen's `mobile.htm/` is an OCR slip for `.html`).

use pronote_delegation::domain::addresses::{build_addresses, AddressKey, AddressSet};
use pronote_delegation::domain::cas_server::CasServer;
use pronote_delegation::domain::delegation::SpaceSettings;
use pronote_delegation::domain::hosting::{resolve_root, HostingKind};
use pronote_delegation::domain::space::Space;
use url::Url;

const ROOT: &str = "https://toutatice.index-education.net/pronote/";

fn seed_cas_server() -> CasServer {
    CasServer {
        login: Url::parse("https://www.toutatice.fr/casshib/shib/toutatice/login").unwrap(),
        validation: Url::parse("https://www.toutatice.fr/casshib/shib/666666/samlValidate").unwrap(),
    }
}

fn seed_addresses() -> AddressSet {
    let (root, _) = resolve_root(HostingKind::IndexEducation, "toutatice", "", &[]).unwrap();
    build_addresses(&root, Some(&seed_cas_server()), &SpaceSettings::default())
}

#[test]
fn seed_label_gives_the_consoles_root() {
    assert_eq!(seed_addresses().get(&AddressKey::Root), Some(ROOT));
}

#[test]
fn seed_login_link_carries_the_encoded_root_as_service() {
    assert_eq!(
        seed_addresses().get(&AddressKey::CasLogin),
        Some(
            "https://www.toutatice.fr/casshib/shib/toutatice/login?service=https%3A%2F%2Ftoutatice.index-education.net%2Fpronote%2F"
        )
    );
}

#[test]
fn seed_validation_link_is_the_presets_exactly() {
    assert_eq!(
        seed_addresses().get(&AddressKey::CasValidation),
        Some("https://www.toutatice.fr/casshib/shib/666666/samlValidate")
    );
}

#[test]
fn seed_validation_target_names_the_root() {
    assert_eq!(
        seed_addresses().get(&AddressKey::CasValidationTarget),
        Some(
            "https://www.toutatice.fr/casshib/shib/666666/samlValidate?TARGET=https%3A%2F%2Ftoutatice.index-education.net%2Fpronote%2F"
        )
    );
}

#[test]
fn seed_direct_login_is_root_with_login_true() {
    assert_eq!(
        seed_addresses().get(&AddressKey::DirectLogin),
        Some("https://toutatice.index-education.net/pronote/?login=true")
    );
}

#[test]
fn seed_desktop_addresses_match_the_consoles_table() {
    let expected = [
        (Space::Commune, "https://toutatice.index-education.net/pronote/"),
        (
            Space::Direction,
            "https://toutatice.index-education.net/pronote/direction.html",
        ),
        (
            Space::Professeur,
            "https://toutatice.index-education.net/pronote/professeur.html",
        ),
        (
            Space::VieScolaire,
            "https://toutatice.index-education.net/pronote/viescolaire.html",
        ),
        (
            Space::Parent,
            "https://toutatice.index-education.net/pronote/parent.html",
        ),
        (
            Space::Accompagnant,
            "https://toutatice.index-education.net/pronote/accompagnant.html",
        ),
        (Space::Eleve, "https://toutatice.index-education.net/pronote/eleve.html"),
        (
            Space::Entreprise,
            "https://toutatice.index-education.net/pronote/entreprise.html",
        ),
        (
            Space::Academie,
            "https://toutatice.index-education.net/pronote/academie.html",
        ),
    ];
    let addresses = seed_addresses();
    for (space, address) in expected {
        assert_eq!(
            addresses.get(&AddressKey::SpaceDesktop(space)),
            Some(address),
            "{space:?}"
        );
    }
}

#[test]
fn seed_mobile_addresses_match_the_consoles_table() {
    let expected = [
        (
            Space::Commune,
            "https://toutatice.index-education.net/pronote/mobile.html",
        ),
        (
            Space::Direction,
            "https://toutatice.index-education.net/pronote/mobile.direction.html",
        ),
        (
            Space::Professeur,
            "https://toutatice.index-education.net/pronote/mobile.professeur.html",
        ),
        (
            Space::VieScolaire,
            "https://toutatice.index-education.net/pronote/mobile.viescolaire.html",
        ),
        (
            Space::Parent,
            "https://toutatice.index-education.net/pronote/mobile.parent.html",
        ),
        (
            Space::Accompagnant,
            "https://toutatice.index-education.net/pronote/mobile.accompagnant.html",
        ),
        (
            Space::Eleve,
            "https://toutatice.index-education.net/pronote/mobile.eleve.html",
        ),
    ];
    let addresses = seed_addresses();
    for (space, address) in expected {
        assert_eq!(
            addresses.get(&AddressKey::SpaceMobile(space)),
            Some(address),
            "{space:?}"
        );
    }
}

#[test]
fn seed_entreprise_and_academie_have_no_mobile_address() {
    let addresses = seed_addresses();
    assert_eq!(addresses.get(&AddressKey::SpaceMobile(Space::Entreprise)), None);
    assert_eq!(addresses.get(&AddressKey::SpaceMobile(Space::Academie)), None);
}

#[test]
fn seed_space_direct_login_is_space_page_with_login_true() {
    assert_eq!(
        seed_addresses().get(&AddressKey::SpaceDirectLogin(Space::Parent)),
        Some("https://toutatice.index-education.net/pronote/parent.html?login=true")
    );
}

#[test]
fn seed_label_earns_only_the_label_not_uai_warning() {
    let (_, warnings) = resolve_root(HostingKind::IndexEducation, "toutatice", "", &[]).unwrap();
    let codes: Vec<&str> = warnings.iter().map(|w| w.code()).collect();
    assert_eq!(codes, ["label-not-uai"]);
}

#[test]
fn seed_root_pasted_from_the_console_home_without_slash_is_the_same_root() {
    // The console's home screen shows "https://toutatice.index-education.net/pronote" (no slash).
    let (root, _) = resolve_root(
        HostingKind::Custom,
        "",
        "https://toutatice.index-education.net/pronote",
        &[],
    )
    .unwrap();
    assert_eq!(root.as_str(), ROOT);
}

#[test]
fn seed_addresses_come_in_the_consoles_dialog_order_first() {
    let keys: Vec<String> = seed_addresses().entries.iter().take(6).map(|a| a.key.id()).collect();
    assert_eq!(
        keys,
        [
            "cas-login",
            "cas-validation",
            "root",
            "direct-login",
            "service-pattern",
            "cas-validation-target"
        ]
    );
}
