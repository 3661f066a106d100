//! The seed: the Académie de Rennes procedure "Authentification de Pronote avec le portail
//! d'authentification Toutatice" (PRONOTE 2022 hosting console). Its screens are the fixture: every
//! address below is copied from them (the first screen's `mobile.htm/` is an OCR slip for `.html`).

use pronote_delegation::domain::addresses::{build_addresses, AddressGroup, AddressKey, AddressSet};
use pronote_delegation::domain::cas_dialog::DialogValue;
use pronote_delegation::domain::cas_server::CasServer;
use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::computation::{compute, Computation};
use pronote_delegation::domain::connection_table::connection_table;
use pronote_delegation::domain::delegation::SpaceSettings;
use pronote_delegation::domain::hosting::{resolve_root, HostingKind};
use pronote_delegation::domain::request::Request;
use pronote_delegation::domain::space::Space;
use pronote_delegation::lang::Lang;
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
fn seed_authentication_url_is_the_bare_login_address() {
    // The console's "URL d'authentification": PRONOTE appends `service` itself.
    assert_eq!(
        seed_addresses().get(&AddressKey::CasLogin),
        Some("https://www.toutatice.fr/casshib/shib/toutatice/login")
    );
}

#[test]
fn seed_login_link_carries_the_encoded_root_as_service() {
    assert_eq!(
        seed_addresses().get(&AddressKey::CasLoginLink),
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
fn seed_ent_url_is_the_root_followed_by_two_stars() {
    assert_eq!(
        seed_addresses().get(&AddressKey::EntUrl),
        Some("https://toutatice.index-education.net/pronote/**")
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
    let keys: Vec<String> = seed_addresses().entries.iter().take(4).map(|a| a.key.id()).collect();
    assert_eq!(keys, ["cas-login", "cas-validation", "ent-url", "direct-login"]);
}

/// The seed's example as a reader sets it up: ENT Toutatice from the catalogue, hosted at Index
/// Education under the name `toutatice`, every space published and delegated to CAS.
fn seed_computation() -> Computation {
    let request = Request {
        ent: Some("toutatice".to_owned()),
        hosting: HostingKind::IndexEducation,
        uai: "toutatice".to_owned(),
        ..Request::default()
    };
    compute(&request, &Catalogue::builtin())
}

#[test]
fn seed_delegation_window_is_reproduced_field_for_field() {
    // The seed's last "Définir une délégation CAS" screen, in its order, string for string.
    let dialog = seed_computation().dialog.expect("the CAS window");
    let lines: Vec<(String, String)> = dialog
        .iter()
        .map(|line| (line.field.label(Lang::Fr), line.value.text(Lang::Fr)))
        .collect();
    let expected = [
        ("Nom de la délégation", "CAS"),
        ("Mon ENT", "Toutatice (Académie de Rennes)"),
        (
            "URL du serveur CAS",
            "Les adresses d'authentification et de validation sont différentes",
        ),
        (
            "URL d'authentification",
            "https://www.toutatice.fr/casshib/shib/toutatice/login",
        ),
        (
            "URL de validation",
            "https://www.toutatice.fr/casshib/shib/666666/samlValidate",
        ),
        (
            "URL à communiquer au socle ENT",
            "https://toutatice.index-education.net/pronote/**",
        ),
        (
            "URL à communiquer aux utilisateurs de PRONOTE pour une connexion directe",
            "https://toutatice.index-education.net/pronote/?login=true",
        ),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(label, value)| (label.to_string(), value.to_string()))
        .collect();
    assert_eq!(lines, expected);
    assert_eq!(
        dialog[1].value,
        DialogValue::Listed("Toutatice (Académie de Rennes)".to_owned())
    );
    assert_eq!(dialog[2].value, DialogValue::SeparateAddresses);
}

#[test]
fn seed_connection_table_is_reproduced_row_for_row() {
    // The seed's "Adresses de connexion des internautes" screen: name, "Publier", desktop and mobile URL.
    let computation = seed_computation();
    let set = computation.addresses.expect("addresses");
    let rows: Vec<(String, bool, Option<String>, Option<String>)> = connection_table(&set, &SpaceSettings::default())
        .iter()
        .map(|line| {
            let value = |key: Option<AddressKey>| key.and_then(|key| set.get(&key)).map(str::to_owned);
            (
                line.row.console_name(Lang::Fr).to_owned(),
                line.published,
                value(line.desktop),
                value(line.mobile),
            )
        })
        .collect();
    let p = "https://toutatice.index-education.net/pronote/";
    let row = |name: &str, published: bool, desktop: Option<&str>, mobile: Option<&str>| {
        (
            name.to_owned(),
            published,
            desktop.map(|page| format!("{p}{page}")),
            mobile.map(|page| format!("{p}{page}")),
        )
    };
    let expected = vec![
        row("Page commune", true, Some(""), Some("mobile.html")),
        row("Page Etablissement", false, None, None),
        row(
            "Espace Direction",
            true,
            Some("direction.html"),
            Some("mobile.direction.html"),
        ),
        row(
            "Espace Professeurs",
            true,
            Some("professeur.html"),
            Some("mobile.professeur.html"),
        ),
        row(
            "Espace Vie scolaire",
            true,
            Some("viescolaire.html"),
            Some("mobile.viescolaire.html"),
        ),
        row("Espace Parents", true, Some("parent.html"), Some("mobile.parent.html")),
        row(
            "Espace Accompagnants",
            true,
            Some("accompagnant.html"),
            Some("mobile.accompagnant.html"),
        ),
        row("Espace Elèves", true, Some("eleve.html"), Some("mobile.eleve.html")),
        row("Espace Entreprise", true, Some("entreprise.html"), None),
        row("Espace Académie", true, Some("academie.html"), None),
    ];
    assert_eq!(rows, expected);
}

#[test]
fn seed_registry_shows_the_ant_pattern_first_as_casshib_reads_it() {
    let set = seed_computation().addresses.expect("addresses");
    let registry: Vec<String> = set.in_group(AddressGroup::CasRegistry).map(|a| a.key.id()).collect();
    assert_eq!(registry, ["root", "service-ant", "service-pattern", "service-keycloak"]);
    assert_eq!(
        set.get(&AddressKey::ServiceKeycloak),
        Some("https://toutatice.index-education.net/pronote/*")
    );
}
