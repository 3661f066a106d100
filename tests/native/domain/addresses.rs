//! The address set, and `compute`, which turns a request into addresses, errors and warnings.

use pronote_delegation::domain::addresses::{build_addresses, AddressGroup, AddressKey, AddressSet};
use pronote_delegation::domain::cas_server::CasServer;
use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::computation::{compute, MAX_URL_LEN};
use pronote_delegation::domain::delegation::{DelegationKind, SpaceSetting, SpaceSettings};
use pronote_delegation::domain::error::Error;
use pronote_delegation::domain::hosting::{resolve_root, HostingKind};
use pronote_delegation::domain::pronote_root::PronoteRoot;
use pronote_delegation::domain::request::Request;
use pronote_delegation::domain::space::Space;
use pronote_delegation::domain::warning::Warning;
use pronote_delegation::lang::Lang;
use url::Url;

fn root() -> PronoteRoot {
    resolve_root(HostingKind::IndexEducation, "0310047H", "", &[])
        .unwrap()
        .0
}

fn cas() -> CasServer {
    CasServer {
        login: Url::parse("https://cas.example.fr/cas/login").unwrap(),
        validation: Url::parse("https://cas.example.fr/cas/samlValidate").unwrap(),
    }
}

fn keys(set: &AddressSet) -> Vec<String> {
    set.entries.iter().map(|address| address.key.id()).collect()
}

fn request(hosting: HostingKind, uai: &str, url: &str) -> Request {
    Request {
        hosting,
        uai: uai.to_owned(),
        url: url.to_owned(),
        ..Request::default()
    }
}

/// The id of a preset of the built-in catalogue, whichever it is.
fn some_ent_id(catalogue: &Catalogue) -> String {
    catalogue.presets().first().map(|preset| preset.id.clone()).unwrap()
}

#[test]
fn address_key_ids_round_trip() {
    let mut keys = vec![
        AddressKey::Root,
        AddressKey::CasLogin,
        AddressKey::CasValidation,
        AddressKey::EntUrl,
        AddressKey::CasLoginLink,
        AddressKey::ServicePattern,
        AddressKey::ServiceAnt,
        AddressKey::ServiceKeycloak,
        AddressKey::DirectLogin,
    ];
    for space in Space::ALL {
        keys.extend([
            AddressKey::SpaceDesktop(space),
            AddressKey::SpaceMobile(space),
            AddressKey::SpaceDirectLogin(space),
        ]);
    }
    for key in keys {
        assert_eq!(AddressKey::parse(&key.id()), Some(key));
    }
}

#[test]
fn space_key_ids_are_space_dot_page() {
    assert_eq!(AddressKey::SpaceDesktop(Space::Parent).id(), "parent.desktop");
    assert_eq!(AddressKey::SpaceMobile(Space::Parent).id(), "parent.mobile");
    assert_eq!(AddressKey::SpaceDirectLogin(Space::Parent).id(), "parent.direct-login");
}

#[test]
fn labels_are_the_consoles_words_in_french() {
    assert_eq!(AddressKey::CasLogin.label(Lang::Fr), "URL d'authentification");
    assert_eq!(AddressKey::CasValidation.label(Lang::Fr), "URL de validation");
    assert_eq!(AddressKey::EntUrl.label(Lang::Fr), "URL à communiquer au socle ENT");
    assert_eq!(
        AddressKey::DirectLogin.label(Lang::Fr),
        "URL à communiquer aux utilisateurs de PRONOTE pour une connexion directe"
    );
}

#[test]
fn labels_are_translated_to_english() {
    // The console's own words stay, since the reader's console speaks French; a translation follows.
    assert_eq!(
        AddressKey::CasLogin.label(Lang::En),
        "URL d'authentification (authentication URL)"
    );
    assert_eq!(
        AddressKey::SpaceMobile(Space::Eleve).label(Lang::En),
        "Students space — mobile address"
    );
}

#[test]
fn keys_are_grouped_by_where_they_are_used() {
    assert_eq!(AddressKey::CasLogin.group(), AddressGroup::CasDialog);
    assert_eq!(AddressKey::EntUrl.group(), AddressGroup::CasDialog);
    assert_eq!(AddressKey::Root.group(), AddressGroup::CasRegistry);
    assert_eq!(AddressKey::ServicePattern.group(), AddressGroup::CasRegistry);
    assert_eq!(AddressKey::CasLoginLink.group(), AddressGroup::Verify);
    assert_eq!(AddressKey::SpaceMobile(Space::Eleve).group(), AddressGroup::Spaces);
}

#[test]
fn without_cas_server_no_cas_key_is_built() {
    let set = build_addresses(&root(), None, &SpaceSettings::default());
    for key in [
        AddressKey::CasLogin,
        AddressKey::CasValidation,
        AddressKey::CasLoginLink,
    ] {
        assert_eq!(set.get(&key), None, "{key:?}");
    }
    assert!(set.get(&AddressKey::Root).is_some());
    assert!(set.get(&AddressKey::ServicePattern).is_some());
}

#[test]
fn with_cas_server_every_cas_key_is_built() {
    let set = build_addresses(&root(), Some(&cas()), &SpaceSettings::default());
    assert_eq!(set.get(&AddressKey::CasLogin), Some("https://cas.example.fr/cas/login"));
    assert_eq!(
        set.get(&AddressKey::CasLoginLink),
        Some("https://cas.example.fr/cas/login?service=https%3A%2F%2F0310047H.index-education.net%2Fpronote%2F")
    );
    assert_eq!(
        set.get(&AddressKey::CasValidation),
        Some("https://cas.example.fr/cas/samlValidate")
    );
}

#[test]
fn unpublished_space_has_no_address() {
    let mut spaces = SpaceSettings::default();
    spaces.set_published(Space::Academie, false);
    let set = build_addresses(&root(), None, &spaces);
    assert!(!keys(&set).iter().any(|key| key.starts_with("academie.")));
    assert!(set.get(&AddressKey::SpaceDesktop(Space::Parent)).is_some());
}

#[test]
fn space_without_delegation_has_no_direct_login_address() {
    let mut spaces = SpaceSettings::default();
    spaces.set_kind(Space::Eleve, DelegationKind::None);
    let set = build_addresses(&root(), None, &spaces);
    assert_eq!(set.get(&AddressKey::SpaceDirectLogin(Space::Eleve)), None);
    assert!(set.get(&AddressKey::SpaceDesktop(Space::Eleve)).is_some());
}

#[test]
fn commune_that_fell_back_has_no_direct_login_address() {
    let mut spaces = SpaceSettings::default();
    spaces.set_kind(Space::Eleve, DelegationKind::EduConnect);
    let set = build_addresses(&root(), None, &spaces);
    assert_eq!(set.get(&AddressKey::SpaceDirectLogin(Space::Commune)), None);
    assert!(set.get(&AddressKey::SpaceDirectLogin(Space::Eleve)).is_some());
}

#[test]
fn no_published_space_leaves_only_the_root_addresses() {
    let spaces = SpaceSettings::uniform(SpaceSetting {
        published: false,
        kind: DelegationKind::Cas,
    });
    let set = build_addresses(&root(), None, &spaces);
    assert_eq!(
        keys(&set),
        [
            "ent-url",
            "direct-login",
            "root",
            "service-pattern",
            "service-ant",
            "service-keycloak"
        ]
    );
}

#[test]
fn in_group_keeps_the_order() {
    let set = build_addresses(&root(), Some(&cas()), &SpaceSettings::default());
    let dialog: Vec<String> = set.in_group(AddressGroup::CasDialog).map(|a| a.key.id()).collect();
    assert_eq!(dialog, ["cas-login", "cas-validation", "ent-url", "direct-login"]);
}

#[test]
fn compute_without_ent_gives_addresses_without_cas_keys() {
    let computation = compute(
        &request(HostingKind::IndexEducation, "0310047H", ""),
        &Catalogue::builtin(),
    );
    assert!(computation.errors.is_empty());
    let set = computation.addresses.unwrap();
    assert_eq!(set.get(&AddressKey::CasLogin), None);
    assert_eq!(
        set.get(&AddressKey::Root),
        Some("https://0310047H.index-education.net/pronote/")
    );
}

#[test]
fn compute_with_a_known_ent_gives_its_login_link() {
    let catalogue = Catalogue::builtin();
    let mut request = request(HostingKind::IndexEducation, "0310047H", "");
    request.ent = Some(some_ent_id(&catalogue));
    let computation = compute(&request, &catalogue);
    assert!(computation.errors.is_empty(), "{:?}", computation.errors);
    let login = computation
        .addresses
        .unwrap()
        .get(&AddressKey::CasLoginLink)
        .map(str::to_owned);
    assert!(login
        .unwrap()
        .contains("service=https%3A%2F%2F0310047H.index-education.net%2Fpronote%2F"));
}

#[test]
fn compute_with_an_unknown_ent_reports_it_and_keeps_the_other_addresses() {
    let mut request = request(HostingKind::IndexEducation, "0310047H", "");
    request.ent = Some("no-such-ent".to_owned());
    let computation = compute(&request, &Catalogue::builtin());
    assert_eq!(
        computation.errors,
        [Error::UnknownEnt {
            id: "no-such-ent".to_owned()
        }]
    );
    let set = computation.addresses.unwrap();
    assert_eq!(set.get(&AddressKey::CasLogin), None);
    assert!(set.get(&AddressKey::Root).is_some());
}

#[test]
fn compute_treats_a_blank_ent_as_none() {
    let mut request = request(HostingKind::IndexEducation, "0310047H", "");
    request.ent = Some("  ".to_owned());
    assert!(compute(&request, &Catalogue::builtin()).errors.is_empty());
}

#[test]
fn compute_with_an_invalid_hosting_input_leaves_no_address() {
    let computation = compute(
        &request(HostingKind::IndexEducation, "0310047X", ""),
        &Catalogue::builtin(),
    );
    assert_eq!(computation.addresses, None);
    assert!(matches!(
        computation.errors.as_slice(),
        [Error::UaiWrongCheckLetter { expected: 'H', .. }]
    ));
}

#[test]
fn compute_reports_every_error_at_once() {
    let mut request = request(HostingKind::Custom, "", "ftp://x");
    request.ent = Some("no-such-ent".to_owned());
    let fields: Vec<&str> = compute(&request, &Catalogue::builtin())
        .errors
        .iter()
        .map(|error| error.field().id())
        .collect();
    assert_eq!(fields, ["ent", "url"]);
}

#[test]
fn compute_leaves_cas_keys_out_when_no_space_uses_cas() {
    let catalogue = Catalogue::builtin();
    let mut request = request(HostingKind::IndexEducation, "0310047H", "");
    request.ent = Some(some_ent_id(&catalogue));
    request.spaces = SpaceSettings::uniform(SpaceSetting {
        published: true,
        kind: DelegationKind::EduConnect,
    });
    let set = compute(&request, &catalogue).addresses.unwrap();
    assert_eq!(set.get(&AddressKey::CasLogin), None);
}

#[test]
fn compute_passes_on_the_hosting_warnings() {
    let computation = compute(
        &request(
            HostingKind::Custom,
            "",
            "http://192.168.0.10:8080/pronote/eleve.html?identifiant=x",
        ),
        &Catalogue::builtin(),
    );
    let codes: Vec<&str> = computation.warnings.iter().map(Warning::code).collect();
    assert_eq!(
        codes,
        ["transient-removed", "plain-http", "non-default-port", "ip-host"]
    );
}

#[test]
fn compute_warns_when_the_commune_falls_back() {
    let mut request = request(HostingKind::IndexEducation, "0310047H", "");
    request.spaces.set_kind(Space::Eleve, DelegationKind::EduConnect);
    let computation = compute(&request, &Catalogue::builtin());
    assert!(computation.warnings.contains(&Warning::CommuneFellBack {
        chosen: DelegationKind::Cas
    }));
}

#[test]
fn compute_passes_on_the_ents_own_warnings() {
    let catalogue = Catalogue::builtin();
    let Some(preset) = catalogue.presets().iter().find(|preset| !preset.warnings().is_empty()) else {
        return; // No built-in preset carries a warning: nothing to pass on.
    };
    let mut request = request(HostingKind::IndexEducation, "0310047H", "");
    request.ent = Some(preset.id.clone());
    let warnings = compute(&request, &catalogue).warnings;
    for warning in preset.warnings() {
        assert!(warnings.contains(&warning), "{warning:?}");
    }
}

#[test]
fn compute_never_repeats_a_warning() {
    let computation = compute(&request(HostingKind::IndexEducation, "demo", ""), &Catalogue::builtin());
    let codes: Vec<&str> = computation.warnings.iter().map(Warning::code).collect();
    assert_eq!(codes, ["label-not-uai", "demo-instance"]);
}

#[test]
fn a_megabyte_pasted_address_is_refused_and_quoted_short() {
    let request = Request {
        hosting: HostingKind::Custom,
        url: format!("https://pronote.exemple.fr/{}/", "a".repeat(1024 * 1024)),
        ..Request::default()
    };
    let computation = compute(&request, &Catalogue::builtin());
    assert_eq!(computation.addresses, None);
    let [error] = computation.errors.as_slice() else {
        panic!("{:?}", computation.errors);
    };
    assert!(matches!(error, Error::UrlUnparsable { .. }), "{error:?}");
    assert!(error.message(Lang::Fr).len() < 400, "{}", error.message(Lang::Fr));
}

#[test]
fn an_address_of_the_longest_accepted_length_is_still_read() {
    let url = format!("https://pronote.exemple.fr/{}/", "a".repeat(MAX_URL_LEN - 28));
    assert_eq!(url.len(), MAX_URL_LEN);
    let request = Request {
        hosting: HostingKind::Custom,
        url,
        ..Request::default()
    };
    assert!(compute(&request, &Catalogue::builtin()).addresses.is_some());
}
