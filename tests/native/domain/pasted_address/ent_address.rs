//! An ENT's address pasted where PRONOTE's is expected (issue #17): read through to the service
//! it carries, or refused naming the ENT, with the catalogue's hosts (built-in or loaded at run time).

use std::fs;
use std::path::Path;

use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::computation::compute;
use pronote_delegation::domain::error::{Error, Field};
use pronote_delegation::domain::hosting::HostingKind;
use pronote_delegation::domain::pronote_root::{INDEX_EDUCATION_DOMAIN, TOUTATICE_DOMAIN};
use pronote_delegation::domain::request::Request;
use serde_json::Value;

fn pasted(url: &str) -> Request {
    Request {
        hosting: HostingKind::Custom,
        url: url.to_owned(),
        ..Request::default()
    }
}

fn ent_name(catalogue: &Catalogue, id: &str) -> String {
    catalogue.get(id).unwrap_or_else(|| panic!("preset {id}")).name.clone()
}

fn catalogue_with_overrides() -> Catalogue {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/presets/overrides.json");
    let text = fs::read_to_string(path).expect("fixture is readable");
    let entries: Vec<Value> = serde_json::from_str(&text).expect("fixture is a JSON list");
    Catalogue::builtin().with_override_entries("overrides.json", entries).0
}

#[test]
fn open_ent_ng_login_page_of_the_issue_gives_the_pronote_root() {
    let computation = compute(
        &pasted("https://ent.iledefrance.fr/auth/login?callback=%2Fcas%2Flogin%3Fservice%3Dhttps%253A%252F%252F0310047H.index-education.net%252Fpronote%252F"),
        &Catalogue::builtin(),
    );
    assert!(computation.errors.is_empty(), "{:?}", computation.errors);
    let addresses = computation.addresses.expect("addresses");
    assert_eq!(addresses.root.as_str(), "https://0310047H.index-education.net/pronote/");
}

#[test]
fn ent_home_page_is_an_error_naming_the_ent_and_leaves_no_address() {
    let catalogue = Catalogue::builtin();
    let computation = compute(&pasted("https://ent.iledefrance.fr/welcome"), &catalogue);
    assert_eq!(
        computation.errors,
        [Error::UrlIsEntAddress {
            host: "ent.iledefrance.fr".to_owned(),
            ent: Some(ent_name(&catalogue, "monlycee_net")),
        }]
    );
    assert_eq!(computation.errors[0].field(), Field::Url);
    assert!(computation.addresses.is_none());
}

#[test]
fn cas_login_without_service_is_an_error_naming_the_ent() {
    let catalogue = Catalogue::builtin();
    let computation = compute(
        &pasted("https://www.toutatice.fr/casshib/shib/toutatice/login"),
        &catalogue,
    );
    assert_eq!(
        computation.errors,
        [Error::UrlIsEntAddress {
            host: "www.toutatice.fr".to_owned(),
            ent: Some(ent_name(&catalogue, "toutatice")),
        }]
    );
}

// Kosmos' ENTs serve their CAS at cas.<domain> and their portal at www.<domain>.
#[test]
fn kosmos_portal_beside_its_cas_host_is_known_as_the_ents() {
    let catalogue = Catalogue::builtin();
    let computation = compute(
        &pasted("https://www.monbureaunumerique.fr/sg.do?PROC=PAGE_ACCUEIL"),
        &catalogue,
    );
    assert_eq!(
        computation.errors,
        [Error::UrlIsEntAddress {
            host: "www.monbureaunumerique.fr".to_owned(),
            ent: Some(ent_name(&catalogue, "monbureaunumerique")),
        }]
    );
}

#[test]
fn hosts_of_a_preset_loaded_at_run_time_are_known_and_named() {
    let catalogue = catalogue_with_overrides();
    for url in ["https://cas.ent-exemple.fr/login", "https://www.ent-exemple.fr/"] {
        let computation = compute(&pasted(url), &catalogue);
        assert!(
            matches!(
                computation.errors.as_slice(),
                [Error::UrlIsEntAddress { ent: Some(name), .. }] if name == "ENT académique d'exemple"
            ),
            "{url}: {:?}",
            computation.errors
        );
    }
}

#[test]
fn an_address_the_catalogue_does_not_know_is_not_named() {
    let catalogue = Catalogue::builtin();
    let error = catalogue.name_ent(Error::UrlIsEntAddress {
        host: "ent.example.fr".to_owned(),
        ent: None,
    });
    assert_eq!(
        error,
        Error::UrlIsEntAddress {
            host: "ent.example.fr".to_owned(),
            ent: None
        }
    );
}

#[test]
fn known_ent_hosts_hold_every_cas_host_once() {
    let catalogue = Catalogue::builtin();
    let hosts = catalogue.known_ent_hosts();
    for cas_host in catalogue.known_cas_hosts() {
        assert!(hosts.contains(&cas_host), "{cas_host}");
    }
    let mut unique: Vec<String> = hosts.iter().map(|host| host.to_ascii_lowercase()).collect();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), hosts.len(), "no host twice: {hosts:?}");
}

#[test]
fn no_known_ent_host_is_a_pronote_hosting_domain() {
    for host in Catalogue::builtin().known_ent_hosts() {
        for domain in [INDEX_EDUCATION_DOMAIN, TOUTATICE_DOMAIN] {
            assert!(!host.ends_with(domain), "{host}");
        }
    }
}
