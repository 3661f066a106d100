//! The `show` words a page writes (`data-show`) and the embed code writes back.

use pronote_delegation::options::{Part, Parts};

#[test]
fn no_show_word_means_every_default_part_and_not_the_embed_code() {
    let (parts, unknown) = Parts::parse("");
    assert_eq!(parts, Parts::ALL);
    assert!(parts.shows(Part::Diagnose) && !parts.shows(Part::Embed) && !parts.shows(Part::Checklist));
    assert!(unknown.is_empty());
}

#[test]
fn all_and_embed_in_any_order_adds_the_embed_code_to_the_defaults() {
    for show in ["all,embed", "embed, all"] {
        let (parts, _) = Parts::parse(show);
        assert_eq!(parts, Parts::ALL.with(Part::Embed, true), "{show}");
    }
}

#[test]
fn diagnose_alone_shows_only_diagnose() {
    let (parts, _) = Parts::parse("diagnose");
    for part in Part::ALL {
        assert_eq!(parts.shows(part), part.name() == "diagnose", "{part:?}");
    }
}

#[test]
fn unknown_words_are_returned_for_the_author() {
    assert_eq!(Parts::parse("cas,diagnos").1, ["diagnos"]);
}

#[test]
fn show_writes_back_what_parse_reads_and_nothing_for_the_defaults() {
    assert_eq!(Parts::ALL.show(), None);
    let mut parts = Parts::ALL;
    parts.set(Part::Exports, false);
    let show = parts.show().unwrap();
    assert_eq!(show, "form,cas,registry,verify,spaces,published,guidance,diagnose");
    assert_eq!(Parts::parse(&show).0, parts);
}

#[test]
fn each_part_is_read_back_from_its_own_word() {
    for part in Part::ALL {
        assert_eq!(Part::named(part.name()), Some(part));
        let (parts, unknown) = Parts::parse(part.name());
        assert!(unknown.is_empty(), "{part:?}");
        assert!(
            Part::ALL.into_iter().all(|other| parts.shows(other) == (other == part)),
            "{part:?}"
        );
    }
}

#[test]
fn the_standalone_pages_show_adds_the_embed_code_and_the_checklist_to_the_defaults() {
    let (parts, unknown) = Parts::parse("all,embed,checklist");
    assert_eq!(parts, Parts::ALL.with(Part::Embed, true).with(Part::Checklist, true));
    assert!(unknown.is_empty());
    assert_eq!(Parts::parse("checklist, all").0, Parts::parse("all,checklist").0);
    assert!(Parts::parse("all,checklist").0.shows(Part::Checklist));
}
