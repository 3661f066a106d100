//! The live file against the configuration (`src/domain/published_check.rs`): the fixtures of
//! `tests/fixtures/published/` with each ENT and spaces table that changes what they say, and the table
//! the file implies ("Apply").

use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::delegation::{DelegationKind, SpaceSetting, SpaceSettings};
use pronote_delegation::domain::hosting::HostingKind;
use pronote_delegation::domain::published::{read, PublishedFile};
use pronote_delegation::domain::published_check::{applied, check, check_request, LiveFinding};
use pronote_delegation::domain::request::Request;
use pronote_delegation::domain::space::Space;
use pronote_delegation::lang::Lang;

const OLDER: &str = include_str!("../../fixtures/published/older-2021.json");
const NEWER: &str = include_str!("../../fixtures/published/newer-with-delegation.json");

fn findings(file: &PublishedFile, ent: Option<&str>, spaces: &SpaceSettings) -> Vec<LiveFinding> {
    let catalogue = Catalogue::builtin();
    let chosen = ent.map(|id| catalogue.get(id).expect("a built-in preset").clone());
    check(file, chosen.as_ref(), spaces, &catalogue)
}

fn codes(findings: &[LiveFinding]) -> Vec<&'static str> {
    findings.iter().map(LiveFinding::code).collect()
}

fn with_cas(server: &str) -> PublishedFile {
    PublishedFile {
        cas_active: true,
        cas_server: Some(server.into()),
        ..PublishedFile::default()
    }
}

#[test]
fn the_2021_example_matches_mon_ent_occitanie_and_says_its_version() {
    let found = findings(
        &read(OLDER).unwrap(),
        Some("mon_ent_occitanie"),
        &SpaceSettings::default(),
    );
    assert_eq!(codes(&found), ["live-school", "live-version", "live-cas-matches"]);
    assert_eq!(
        found[0].message(Lang::Fr),
        "PRONOTE publie l'établissement «\u{a0}LYCEE OZENNE\u{a0}»\u{a0}: si ce n'est pas le vôtre, l'UAI ou \
         l'adresse est fausse."
    );
    assert!(found[1]
        .message(Lang::En)
        .starts_with("PRONOTE 2020.0.2.5: older than PRONOTE 2022"));
    assert!(found[2].message(Lang::En).contains("https://cas.mon-ent-occitanie.fr"));
    assert!(!found[2].is_fault() && !found[0].is_fault());
}

#[test]
fn another_ents_server_is_named_when_a_preset_knows_it() {
    let found = findings(&read(OLDER).unwrap(), Some("toutatice"), &SpaceSettings::default());
    assert_eq!(
        found[2],
        LiveFinding::CasOther {
            found: "https://cas.mon-ent-occitanie.fr".into(),
            expected: Some("https://www.toutatice.fr/casshib/shib/toutatice".into()),
            known_as: Some("Mon ENT Occitanie".into()),
        }
    );
    let message = found[2].message(Lang::En);
    assert!(message.contains("https://cas.mon-ent-occitanie.fr (Mon ENT Occitanie), not the chosen ENT's (https://www.toutatice.fr/casshib/shib/toutatice)"), "{message}");
    assert!(found[2].is_fault());
}

#[test]
fn without_an_ent_chosen_the_server_is_still_named() {
    let found = findings(&read(OLDER).unwrap(), None, &SpaceSettings::default());
    assert_eq!(
        found[2],
        LiveFinding::CasOther {
            found: "https://cas.mon-ent-occitanie.fr".into(),
            expected: None,
            known_as: Some("Mon ENT Occitanie".into()),
        }
    );
    assert!(found[2].message(Lang::Fr).contains("aucun ENT n'est choisi"));
}

#[test]
fn an_unknown_server_is_other_without_a_name() {
    let found = findings(
        &with_cas("https://cas.ent.example"),
        Some("toutatice"),
        &SpaceSettings::default(),
    );
    assert_eq!(
        found,
        [LiveFinding::CasOther {
            found: "https://cas.ent.example".into(),
            expected: Some("https://www.toutatice.fr/casshib/shib/toutatice".into()),
            known_as: None,
        }]
    );
    let unparsable = findings(
        &with_cas("<b>pas une adresse</b>"),
        Some("toutatice"),
        &SpaceSettings::default(),
    );
    assert_eq!(codes(&unparsable), ["live-cas-other"]);
}

#[test]
fn the_server_is_compared_by_host_in_any_case_and_by_path_when_given() {
    let defaults = SpaceSettings::default();
    for matching in [
        "https://ent.netocentre.fr/cas",
        "https://ENT.netocentre.fr/cas/",
        "https://ent.netocentre.fr",
        "https://ent.netocentre.fr/cas/login",
        "ent.netocentre.fr/cas",
    ] {
        assert_eq!(
            codes(&findings(&with_cas(matching), Some("netocentre"), &defaults)),
            ["live-cas-matches"],
            "{matching}"
        );
    }
    for other in [
        "https://ent.netocentre.fr/cas2",
        "https://ent.netocentre.fr/autre/cas",
        "https://netocentre.fr/cas",
    ] {
        assert_eq!(
            codes(&findings(&with_cas(other), Some("netocentre"), &defaults)),
            ["live-cas-other"],
            "{other}"
        );
    }
    // Toutatice's login and validation differ below /casshib/shib/: either path is its server.
    for matching in [
        "https://www.toutatice.fr/casshib",
        "https://www.toutatice.fr/casshib/shib/666666",
    ] {
        assert_eq!(
            codes(&findings(&with_cas(matching), Some("toutatice"), &defaults)),
            ["live-cas-matches"],
            "{matching}"
        );
    }
}

#[test]
fn cas_off_says_whether_the_table_expects_it() {
    let off = PublishedFile::default();
    let found = findings(&off, Some("toutatice"), &SpaceSettings::default());
    assert_eq!(found, [LiveFinding::CasOff { expected: true }]);
    assert!(found[0]
        .message(Lang::En)
        .contains("while the spaces table expects one"));
    let none = SpaceSettings::uniform(SpaceSetting {
        published: true,
        kind: DelegationKind::None,
    });
    let found = findings(&off, Some("toutatice"), &none);
    assert_eq!(found, [LiveFinding::CasOff { expected: false }]);
    // `actif: false` with a server left in the file: off all the same.
    let file = read(r#"{"CAS": {"actif": false, "casURL": "https://cas.mon-ent-occitanie.fr"}}"#).unwrap();
    assert_eq!(
        codes(&findings(&file, Some("mon_ent_occitanie"), &none)),
        ["live-cas-off"]
    );
}

#[test]
fn spaces_missing_and_extra_against_the_table() {
    let file = read(NEWER).unwrap();
    // The default table publishes every space: the Accompagnants are not in the file; Entreprise and
    // Académie have no mobile page, so their absence says nothing.
    let found = findings(&file, Some("mon_ent_occitanie"), &SpaceSettings::default());
    assert_eq!(
        codes(&found),
        [
            "live-school",
            "live-cas-matches",
            "live-space-no-delegation",
            "live-space-missing"
        ]
    );
    assert_eq!(found[2], LiveFinding::SpaceNoDelegation(Space::Direction));
    assert_eq!(found[3], LiveFinding::SpaceMissing(Space::Accompagnant));
    assert_eq!(
        found[3].message(Lang::Fr),
        "Espace Accompagnants\u{a0}: publié dans le tableau, mais PRONOTE ne le publie pas."
    );

    let mut table = SpaceSettings::default();
    table.set_published(Space::Parent, false);
    table.set_published(Space::Accompagnant, false);
    table.set_kind(Space::Direction, DelegationKind::None);
    let found = findings(&file, Some("mon_ent_occitanie"), &table);
    assert_eq!(found[2..], [LiveFinding::SpaceExtra(Space::Parent)]);
}

#[test]
fn no_delegation_is_only_said_where_the_file_says_it_and_the_table_expects_cas() {
    let older = read(OLDER).unwrap();
    let found = findings(&older, Some("mon_ent_occitanie"), &SpaceSettings::default());
    assert!(!codes(&found).contains(&"live-space-no-delegation"));
    let mut educonnect = SpaceSettings::default();
    educonnect.set_kind(Space::Direction, DelegationKind::EduConnect);
    let found = findings(&read(NEWER).unwrap(), Some("mon_ent_occitanie"), &educonnect);
    assert!(!codes(&found).contains(&"live-space-no-delegation"));
}

#[test]
fn a_listed_entreprise_space_is_compared() {
    let file = read(r#"{"CAS": {"actif": false}, "espaces": [{"URL": "mobile.entreprise.html"}]}"#).unwrap();
    let mut table = SpaceSettings::default();
    table.set_published(Space::Entreprise, false);
    let found = findings(&file, None, &table);
    assert!(found.contains(&LiveFinding::SpaceExtra(Space::Entreprise)));
    assert!(!found.contains(&LiveFinding::SpaceMissing(Space::Academie)));
}

#[test]
fn apply_sets_the_table_from_the_file() {
    let newer = applied(&read(NEWER).unwrap(), SpaceSettings::default());
    assert!(!newer.get(Space::Accompagnant).published);
    assert_eq!(newer.get(Space::Direction).kind, DelegationKind::None);
    assert_eq!(newer.get(Space::Eleve), SpaceSetting::default());
    // What the file cannot speak of is kept: the Page commune, Entreprise, Académie.
    assert_eq!(newer.get(Space::Academie), SpaceSetting::default());
    assert_eq!(newer.changes(), "direction-none,accompagnant-off");
    // Applied, the table agrees with the file: only the name and the server remain.
    let found = findings(&read(NEWER).unwrap(), Some("mon_ent_occitanie"), &newer);
    assert_eq!(codes(&found), ["live-school", "live-cas-matches"]);

    // Delegated in the file, none in the table, CAS on: CAS.
    let mut none = SpaceSettings::default();
    none.set_kind(Space::Eleve, DelegationKind::None);
    none.set_kind(Space::Professeur, DelegationKind::EduConnect);
    let applied_newer = applied(&read(NEWER).unwrap(), none);
    assert_eq!(applied_newer.get(Space::Eleve).kind, DelegationKind::Cas);
    assert_eq!(applied_newer.get(Space::Professeur).kind, DelegationKind::EduConnect);

    // An older file only says what is published.
    let mut table = SpaceSettings::default();
    table.set_kind(Space::Parent, DelegationKind::None);
    table.set_published(Space::Eleve, false);
    let older = applied(&read(OLDER).unwrap(), table);
    assert_eq!(older.changes(), "parent-none");
    // A file without a list changes nothing.
    assert_eq!(applied(&PublishedFile::default(), table), table);
}

fn request(ent: Option<&str>) -> Request {
    Request {
        ent: ent.map(str::to_owned),
        hosting: HostingKind::IndexEducation,
        uai: "0310047H".into(),
        ..Request::default()
    }
}

fn serde_parse(text: &str) -> Option<serde_json::Value> {
    serde_json::from_str(text).ok()
}

#[test]
fn a_request_is_checked_with_its_school_or_refused_for_its_fault() {
    let catalogue = Catalogue::builtin();
    let checked = check_request(OLDER, serde_parse, &request(Some("mon_ent_occitanie")), &catalogue).unwrap();
    assert_eq!(checked.school.as_deref(), Some("LYCEE OZENNE"));
    assert_eq!(
        codes(&checked.findings),
        ["live-school", "live-version", "live-cas-matches"]
    );

    let not_file = check_request("<html></html>", serde_parse, &request(None), &catalogue).unwrap();
    assert_eq!(not_file.school, None);
    assert_eq!(codes(&not_file.findings), ["not-live-file"]);

    let errors = check_request(OLDER, serde_parse, &request(Some("nope")), &catalogue).unwrap_err();
    assert_eq!(errors.first().map(|e| e.field().id()), Some("ent"));
    let mut no_uai = request(None);
    no_uai.uai = "0310047A".into();
    let errors = check_request(OLDER, serde_parse, &no_uai, &catalogue).unwrap_err();
    assert_eq!(errors.first().map(|e| e.field().id()), Some("uai"));
}

#[test]
fn no_message_leaves_a_placeholder_or_shows_the_token() {
    let catalogue = Catalogue::builtin();
    for text in [OLDER, NEWER] {
        for ent in [None, Some("toutatice"), Some("mon_ent_occitanie")] {
            let mut table = SpaceSettings::default();
            table.set_published(Space::Parent, false);
            let mut req = request(ent);
            req.spaces = table;
            let checked = check_request(text, serde_parse, &req, &catalogue).unwrap();
            for finding in &checked.findings {
                for lang in Lang::ALL {
                    let message = finding.message(lang);
                    assert!(
                        !message.contains('{') && !message.contains("FIXTURE-TOKEN"),
                        "{message}"
                    );
                }
            }
        }
    }
}
