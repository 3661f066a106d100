//! The root for each hosting choice.

use pronote_delegation::domain::error::Error;
use pronote_delegation::domain::hosting::{resolve_root, HostingKind};

fn root(kind: HostingKind, uai: &str, url: &str) -> Result<String, Error> {
    resolve_root(kind, uai, url, &[]).map(|(root, _)| root.as_str().to_owned())
}

#[test]
fn index_education_root_holds_the_uai_in_upper_case() {
    assert_eq!(
        root(HostingKind::IndexEducation, "0310047h", ""),
        Ok("https://0310047H.index-education.net/pronote/".to_owned())
    );
}

#[test]
fn index_education_root_holds_a_name_in_lower_case() {
    assert_eq!(
        root(HostingKind::IndexEducation, "Toutatice", ""),
        Ok("https://toutatice.index-education.net/pronote/".to_owned())
    );
}

#[test]
fn index_education_accepts_the_whole_hosted_address_in_the_uai_field() {
    assert_eq!(
        root(
            HostingKind::IndexEducation,
            "https://0310047h.index-education.net/pronote/eleve.html?identifiant=x",
            ""
        ),
        Ok("https://0310047H.index-education.net/pronote/".to_owned())
    );
}

#[test]
fn index_education_refuses_another_address_in_the_uai_field() {
    assert!(matches!(
        root(HostingKind::IndexEducation, "https://pronote.lycee.fr/", ""),
        Err(Error::LabelInvalid { .. })
    ));
}

#[test]
fn index_education_refuses_a_uai_with_a_wrong_letter() {
    assert!(matches!(
        root(HostingKind::IndexEducation, "0310047X", ""),
        Err(Error::UaiWrongCheckLetter { expected: 'H', .. })
    ));
}

#[test]
fn toutatice_root_is_under_the_ents_domain() {
    assert_eq!(
        root(HostingKind::Toutatice, "0310047h", ""),
        Ok("https://0310047H.pronote.toutatice.fr/pronote/".to_owned())
    );
}

#[test]
fn toutatice_needs_a_real_uai() {
    assert_eq!(
        root(HostingKind::Toutatice, "toutatice", ""),
        Err(Error::UaiRequired {
            label: "toutatice".to_owned()
        })
    );
}

#[test]
fn toutatice_accepts_its_own_address_in_the_uai_field() {
    assert_eq!(
        root(HostingKind::Toutatice, "0310047h.pronote.toutatice.fr/pronote/", ""),
        Ok("https://0310047H.pronote.toutatice.fr/pronote/".to_owned())
    );
}

#[test]
fn hosted_kinds_ignore_the_url_field() {
    assert_eq!(
        root(HostingKind::IndexEducation, "0310047H", "ftp://nonsense"),
        root(HostingKind::IndexEducation, "0310047H", "")
    );
}

#[test]
fn custom_reads_the_pasted_address_and_ignores_the_uai_field() {
    assert_eq!(
        root(
            HostingKind::Custom,
            "not a uai",
            "http://10.0.0.5:81/pronote/eleve.html"
        ),
        Ok("http://10.0.0.5:81/pronote/".to_owned())
    );
}

#[test]
fn custom_with_empty_address_is_refused() {
    assert_eq!(root(HostingKind::Custom, "0310047H", ""), Err(Error::UrlEmpty));
}

#[test]
fn hosted_kinds_with_empty_uai_are_refused() {
    assert_eq!(root(HostingKind::IndexEducation, "", ""), Err(Error::UaiEmpty));
    assert_eq!(root(HostingKind::Toutatice, " ", ""), Err(Error::UaiEmpty));
}

#[test]
fn hosting_ids_round_trip() {
    for kind in HostingKind::ALL {
        assert_eq!(HostingKind::parse(kind.id()), Some(kind));
    }
    assert_eq!(HostingKind::parse("Index-Education"), Some(HostingKind::IndexEducation));
    assert_eq!(HostingKind::parse("cloud"), None);
}

#[test]
fn default_hosting_is_index_education() {
    assert_eq!(HostingKind::default(), HostingKind::IndexEducation);
}
