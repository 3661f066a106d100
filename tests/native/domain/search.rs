//! Finding an ENT by what people type, whatever the accents, case, punctuation and spacing.

use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::search::{fold, matches};

fn found_ids(query: &str) -> Vec<String> {
    Catalogue::builtin()
        .search(query)
        .into_iter()
        .map(|preset| preset.id.clone())
        .collect()
}

#[test]
fn neo_centre_finds_netocentre() {
    assert!(found_ids("neo centre").contains(&"netocentre".to_string()));
}

#[test]
fn ile_de_france_finds_monlycee_net() {
    assert!(found_ids("ile de france").contains(&"monlycee_net".to_string()));
}

#[test]
fn reunion_finds_la_reunion() {
    assert!(found_ids("reunion").contains(&"metice_reunion".to_string()));
}

#[test]
fn accents_and_case_in_the_query_are_ignored() {
    assert_eq!(found_ids("ÎLE-DE-FRANCE"), found_ids("ile de france"));
}

#[test]
fn apostrophes_and_missing_spaces_are_tolerated() {
    assert!(found_ids("netocentre").contains(&"netocentre".to_string()));
    assert!(found_ids("NetO’Centre").contains(&"netocentre".to_string()));
    assert!(found_ids("iledefrance").contains(&"monlycee_net".to_string()));
    assert!(found_ids("leduc de normandie").contains(&"l_educ_normandie".to_string()));
}

#[test]
fn search_covers_region_family_and_id() {
    assert!(found_ids("académie de rennes").contains(&"toutatice".to_string()));
    assert!(found_ids("itslearning").contains(&"leia_corse".to_string()));
    assert!(found_ids("kosmos").contains(&"agora06".to_string()));
    assert!(found_ids("ent27").contains(&"ent27".to_string()));
}

#[test]
fn every_word_must_match() {
    assert!(found_ids("toutatice normandie").is_empty());
}

#[test]
fn empty_query_matches_every_preset() {
    let catalogue = Catalogue::builtin();
    assert_eq!(catalogue.search("  ").len(), catalogue.presets().len());
}

#[test]
fn a_query_matching_nothing_finds_nothing() {
    assert!(found_ids("zzz-no-such-ent").is_empty());
}

#[test]
fn matches_agrees_with_catalogue_search() {
    let catalogue = Catalogue::builtin();
    let toutatice = catalogue.get("toutatice").expect("toutatice");
    assert!(matches(toutatice, "Toutatice"));
    assert!(!matches(toutatice, "occitanie"));
}

#[test]
fn fold_strips_accents_case_and_punctuation() {
    assert_eq!(
        fold("  Île-de-France — «Métice», L'Œuvre  "),
        "ile de france metice l oeuvre"
    );
}

#[test]
fn fold_keeps_letters_of_other_scripts() {
    assert_eq!(fold("Ωmega"), "Ωmega");
}

mod properties {
    use pronote_delegation::domain::catalogue::Catalogue;
    use pronote_delegation::domain::search::fold;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn search_never_panics(query in "\\PC{0,40}") {
            let _ = Catalogue::builtin().search(&query);
        }

        #[test]
        fn fold_is_idempotent(text in "\\PC{0,40}") {
            let once = fold(&text);
            prop_assert_eq!(fold(&once), once);
        }
    }
}
