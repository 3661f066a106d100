//! Reading a school's `InfoMobileApp.json` (`src/domain/published.rs`): the public examples in
//! `tests/fixtures/published/` (cited in its README), what is kept and what never is, and every bad input.

use pronote_delegation::domain::published::{
    clean, file_address, read, space_of_page, PublishedFile, PublishedProblem, PublishedSpace, MAX_TEXT_BYTES,
    MAX_TEXT_CHARS,
};
use pronote_delegation::domain::space::Space;
use pronote_delegation::lang::Lang;

const OLDER: &str = include_str!("../../fixtures/published/older-2021.json");
const NEWER: &str = include_str!("../../fixtures/published/newer-with-delegation.json");

fn problem(text: &str) -> PublishedProblem {
    read(text).expect_err("not the file")
}

#[test]
fn the_file_address_is_the_root_with_the_constant_id() {
    assert_eq!(
        file_address("https://0310047h.index-education.net/pronote/"),
        "https://0310047h.index-education.net/pronote/InfoMobileApp.json?id=0D264427-EEFC-4810-A9E9-346942A862A4"
    );
}

#[test]
fn an_older_file_gives_name_version_cas_and_spaces_without_delegation() {
    let file = read(OLDER).unwrap();
    let spaces: Vec<PublishedSpace> = [
        Space::Direction,
        Space::Professeur,
        Space::VieScolaire,
        Space::Parent,
        Space::Accompagnant,
        Space::Eleve,
    ]
    .into_iter()
    .map(|space| PublishedSpace { space, delegated: None })
    .collect();
    assert_eq!(
        file,
        PublishedFile {
            school: Some("LYCEE OZENNE".into()),
            version: Some(vec![2020, 0, 2, 5]),
            cas_active: true,
            cas_server: Some("https://cas.mon-ent-occitanie.fr".into()),
            spaces: Some(spaces),
        }
    );
    assert!(!file.tells_delegation());
}

#[test]
fn a_newer_file_says_which_spaces_delegate() {
    let file = read(NEWER).unwrap();
    assert!(file.tells_delegation());
    assert_eq!(
        file.space(Space::Direction),
        Some(&PublishedSpace {
            space: Space::Direction,
            delegated: Some(false)
        })
    );
    assert_eq!(file.space(Space::Eleve).and_then(|s| s.delegated), Some(true));
    assert_eq!(file.space(Space::Accompagnant), None);
    assert_eq!(file.version, Some(vec![2024, 3, 5, 1]));
}

#[test]
fn the_cas_token_and_unused_fields_are_never_kept() {
    for (text, token) in [
        (OLDER, "FIXTURE-TOKEN-older-7f3a9c2e5b1d"),
        (NEWER, "FIXTURE-TOKEN-newer-41c8e07a9d63"),
    ] {
        assert!(text.contains(token), "the fixture carries its token");
        let kept = format!("{:?}", read(text).unwrap());
        for absent in [
            token,
            "jetonCAS",
            "2021-01-20",
            "2025-02-03",
            "Espace Direction",
            "protocole",
        ] {
            assert!(!kept.contains(absent), "{absent} kept in {kept}");
        }
    }
}

#[test]
fn spaces_are_read_from_their_page_whatever_its_form() {
    assert_eq!(space_of_page("mobile.parent.html"), Some(Space::Parent));
    assert_eq!(
        space_of_page("https://0310047h.index-education.net/pronote/mobile.eleve.html?fd=1#x"),
        Some(Space::Eleve)
    );
    assert_eq!(space_of_page("professeur.html"), Some(Space::Professeur));
    assert_eq!(space_of_page("mobile.html"), Some(Space::Commune));
    assert_eq!(
        space_of_page("MOBILE.VIESCOLAIRE.HTML"),
        None,
        "the suffix is PRONOTE's own spelling"
    );
    assert_eq!(space_of_page("mobile.inscription.html"), None);
    assert_eq!(space_of_page(""), None);
}

#[test]
fn unknown_spaces_are_left_out_and_a_repeated_one_kept_once() {
    let text = r#"{"espaces": [{"URL": "mobile.tuteur.html"}, {"URL": "mobile.parent.html", "avecDelegation": true},
        {"URL": "mobile.parent.html", "avecDelegation": false}, {"nom": "sans page"}]}"#;
    let file = read(text).unwrap();
    assert_eq!(
        file.spaces,
        Some(vec![PublishedSpace {
            space: Space::Parent,
            delegated: Some(true)
        }])
    );
}

#[test]
fn absent_fields_mean_off_or_unknown() {
    let file = read(r#"{"nomEtab": "X"}"#).unwrap();
    assert!(!file.cas_active);
    assert_eq!((file.cas_server, file.spaces, file.version), (None, None, None));
    let file = read(r#"{"CAS": {"casURL": "https://cas.example"}, "nomEtab": null}"#).unwrap();
    assert!(!file.cas_active, "actif absent is off");
    assert_eq!(file.school, None);
    assert_eq!(read(r#"{"nomEtab": "   "}"#).unwrap().school, None);
}

#[test]
fn text_that_is_not_the_file_is_said_so() {
    assert_eq!(problem(""), PublishedProblem::Empty);
    assert_eq!(problem(" \n\t"), PublishedProblem::Empty);
    assert_eq!(
        problem("<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>"),
        PublishedProblem::HtmlPage
    );
    assert_eq!(problem("  <html>erreur</html>"), PublishedProblem::HtmlPage);
    for malformed in [
        "{\"nomEtab\": \"X\"",
        "{nomEtab: 'X'}",
        "LYCEE OZENNE",
        "https://0310047h.index-education.net/pronote/",
    ] {
        assert_eq!(problem(malformed), PublishedProblem::NotJson, "{malformed}");
    }
    for other in [
        "[1, 2]",
        "\"text\"",
        "42",
        "true",
        "{}",
        r#"{"error": "not found", "status": 404}"#,
    ] {
        assert_eq!(problem(other), PublishedProblem::OtherJson, "{other}");
    }
}

#[test]
fn a_five_megabyte_paste_is_refused_before_parsing() {
    let huge = format!("{{\"nomEtab\": \"{}\"}}", "A".repeat(5 * 1024 * 1024));
    assert_eq!(problem(&huge), PublishedProblem::TooLarge);
    // Just under the limit, still read.
    let under = format!("{{\"nomEtab\": \"{}\"}}", "A".repeat(MAX_TEXT_BYTES - 20));
    assert_eq!(
        read(&under).unwrap().school.map(|s| s.chars().count()),
        Some(MAX_TEXT_CHARS + 1)
    );
}

#[test]
fn a_field_of_the_wrong_type_is_named() {
    for (text, field) in [
        (r#"{"nomEtab": 42}"#, "nomEtab"),
        (r#"{"nomEtab": ["A"]}"#, "nomEtab"),
        (r#"{"CAS": "oui"}"#, "CAS"),
        (r#"{"CAS": [true]}"#, "CAS"),
        (r#"{"CAS": {"actif": "true"}}"#, "CAS.actif"),
        (r#"{"CAS": {"actif": true, "casURL": 7}}"#, "CAS.casURL"),
        (r#"{"espaces": {"URL": "mobile.eleve.html"}}"#, "espaces"),
        (r#"{"espaces": ["mobile.eleve.html"]}"#, "espaces[0]"),
        (
            r#"{"espaces": [{"URL": "mobile.eleve.html"}, {"URL": 3}]}"#,
            "espaces[1].URL",
        ),
        (
            r#"{"espaces": [{"URL": "mobile.eleve.html", "avecDelegation": "oui"}]}"#,
            "espaces[0].avecDelegation",
        ),
        (r#"{"nomEtab": "X", "version": "2020"}"#, "version"),
        (r#"{"nomEtab": "X", "version": [2020.5]}"#, "version"),
        (r#"{"nomEtab": "X", "version": [-1]}"#, "version"),
        (r#"{"nomEtab": "X", "version": ["2020"]}"#, "version"),
    ] {
        assert_eq!(problem(text), PublishedProblem::WrongType(field.into()), "{text}");
    }
}

#[test]
fn markup_stays_text_and_control_characters_go() {
    let text = r#"{"nomEtab": "<img src=x onerror=alert(1)>\u0000LYC\u0007EE\n\r\tOZENNE\u202e\u200b",
        "espaces": [{"nom": "<script>alert(1)</script>\u001b[31m", "URL": "mobile.eleve.html"}]}"#;
    let file = read(text).unwrap();
    assert_eq!(
        file.school.as_deref(),
        Some("<img src=x onerror=alert(1)> LYC EE OZENNE")
    );
    assert_eq!(file.space(Space::Eleve).map(|s| s.space), Some(Space::Eleve));
    assert!(!format!("{file:?}").contains("script"), "a space's name is not kept");
}

#[test]
fn clean_caps_and_joins_into_one_line() {
    assert_eq!(clean("  a \n\n b\u{7f}c  "), "a b c");
    assert_eq!(clean("\u{feff}\u{2066}x\u{2069}"), "x");
    let long = clean(&"é".repeat(10_000));
    assert_eq!(long.chars().count(), MAX_TEXT_CHARS + 1);
    assert!(long.ends_with('…'));
}

#[test]
fn every_problem_has_a_message_in_both_languages() {
    for problem in [
        PublishedProblem::Empty,
        PublishedProblem::TooLarge,
        PublishedProblem::HtmlPage,
        PublishedProblem::NotJson,
        PublishedProblem::OtherJson,
        PublishedProblem::WrongType("CAS.actif".into()),
    ] {
        for lang in Lang::ALL {
            let message = problem.message(lang);
            assert!(
                message.len() > 20 && !message.contains('{'),
                "{problem:?} {lang:?}: {message}"
            );
        }
    }
    assert!(PublishedProblem::WrongType("CAS.actif".into())
        .message(Lang::Fr)
        .contains("CAS.actif"));
}
