//! Every preset of the catalogue is dated (`checked`) and has a status: the build refuses a file
//! without them, or with a status or date it does not know, with a message naming the file and the
//! field; a page's own presets may leave them out.

use crate::support::preset_fields::{valid_fields, with};
use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::preset::{
    read_preset, unknown_merges, Date, FieldMap, Preset, PresetError, PresetProblem, ProvenanceAt, Status,
};
use pronote_delegation::lang::Lang;

/// The problems build.rs reports for this file (empty when it passes).
fn build_problems(fields: &FieldMap) -> Vec<PresetProblem> {
    match read_preset(
        fields,
        "presets/ent_exemple.toml",
        Some("ent_exemple"),
        ProvenanceAt::Fields,
    ) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.into_iter().map(|error| error.problem).collect(),
    }
}

#[test]
fn a_valid_catalogue_file_passes() {
    assert_eq!(build_problems(&valid_fields()), []);
}

#[test]
fn the_build_refuses_a_preset_without_checked_or_status() {
    assert_eq!(
        build_problems(&with(valid_fields(), &[("checked", None)])),
        [PresetProblem::MissingField { field: "checked" }]
    );
    assert_eq!(
        build_problems(&with(valid_fields(), &[("status", None)])),
        [PresetProblem::MissingField { field: "status" }]
    );
    let error = PresetError::new(
        "presets/ent_exemple.toml",
        PresetProblem::MissingField { field: "checked" },
    );
    assert_eq!(
        error.to_string(),
        "The preset “presets/ent_exemple.toml” lacks the required field “checked”."
    );
}

#[test]
fn the_build_refuses_a_status_it_does_not_know_and_names_the_known_ones() {
    let problems = build_problems(&with(valid_fields(), &[("status", Some("closed"))]));
    assert_eq!(
        problems,
        [PresetProblem::NotAllowed {
            field: "status",
            value: "closed".into(),
            allowed: "current, moved, merged, uncertain".into(),
        }]
    );
    let message = PresetError::new("presets/ent_exemple.toml", problems[0].clone()).to_string();
    assert_eq!(
        message,
        "In the preset “presets/ent_exemple.toml”, the field “status” is “closed”: the possible values are \
         current, moved, merged, uncertain."
    );
}

#[test]
fn the_build_refuses_a_checked_that_is_not_a_date() {
    for text in [
        "14/01/2025",
        "2025-13-01",
        "2025-02-30",
        "2025-1-14",
        "1999-12-31",
        "2025-01-14x",
        "hier",
    ] {
        assert_eq!(
            build_problems(&with(valid_fields(), &[("checked", Some(text))])),
            [PresetProblem::BadDate {
                field: "checked",
                value: text.into()
            }],
            "{text}"
        );
    }
    let error = PresetError::new(
        "presets/x.toml",
        PresetProblem::BadDate {
            field: "checked",
            value: "14/01/2025".into(),
        },
    );
    assert_eq!(
        error.message(Lang::Fr),
        "Dans le préréglage «\u{a0}presets/x.toml\u{a0}», le champ «\u{a0}checked\u{a0}» doit être une date écrite \
         AAAA-MM-JJ\u{a0}: «\u{a0}14/01/2025\u{a0}»."
    );
}

#[test]
fn a_date_may_be_a_day_a_month_or_a_year_and_is_said_in_each_language() {
    let day = Date::parse("2025-01-14").expect("a day");
    assert_eq!(
        (day.iso(), day.said(Lang::Fr), day.said(Lang::En)),
        (
            "2025-01-14".to_owned(),
            "le 14 janvier 2025".to_owned(),
            "on 14 January 2025".to_owned()
        )
    );
    let month = Date::parse("2024-08").expect("a month");
    assert_eq!(
        (month.said(Lang::Fr), month.said(Lang::En)),
        ("en août 2024".to_owned(), "in August 2024".to_owned())
    );
    let year = Date::parse("2022").expect("a year");
    assert_eq!(
        (year.iso(), year.said(Lang::Fr), year.said(Lang::En)),
        ("2022".to_owned(), "en 2022".to_owned(), "in 2022".to_owned())
    );
    assert_eq!(Date::parse("2024-02-29").map(Date::iso).as_deref(), Some("2024-02-29"));
    assert_eq!(Date::parse("2025-02-29"), None);
}

#[test]
fn moved_goes_with_previous_and_merged_with_merged_into() {
    let moved = with(valid_fields(), &[("status", Some("moved"))]);
    assert_eq!(
        build_problems(&moved),
        [PresetProblem::MissingField { field: "previous" }]
    );
    let moved = with(moved, &[("previous", Some("https://old.example.fr/cas/login"))]);
    assert_eq!(build_problems(&moved), []);
    let merged = with(valid_fields(), &[("status", Some("merged"))]);
    assert_eq!(
        build_problems(&merged),
        [PresetProblem::MissingField { field: "merged_into" }]
    );
    // Each only with its status.
    assert_eq!(
        build_problems(&with(valid_fields(), &[("previous", Some("https://old.example.fr/"))])),
        [PresetProblem::OnlyWithStatus {
            field: "previous",
            status: "moved"
        }]
    );
    assert_eq!(
        build_problems(&with(valid_fields(), &[("merged_into", Some("enthdf"))])),
        [PresetProblem::OnlyWithStatus {
            field: "merged_into",
            status: "merged"
        }]
    );
}

#[test]
fn the_build_refuses_a_merge_into_a_preset_the_catalogue_lacks() {
    let read = |fields: &FieldMap| -> Preset {
        read_preset(fields, "presets/x.toml", None, ProvenanceAt::Fields).expect("valid")
    };
    let merged = read(&with(
        valid_fields(),
        &[("status", Some("merged")), ("merged_into", Some("nowhere"))],
    ));
    let joined = read(&with(valid_fields(), &[("id", Some("nowhere"))]));
    let file_of = |preset: &Preset| format!("presets/{}.toml", preset.id);
    assert_eq!(
        unknown_merges(std::slice::from_ref(&merged), file_of),
        [PresetError::new(
            "presets/ent_exemple.toml",
            PresetProblem::UnknownPreset {
                field: "merged_into",
                id: "nowhere".into()
            }
        )]
    );
    assert_eq!(unknown_merges(&[merged, joined], file_of), []);
}

#[test]
fn a_pages_own_preset_may_leave_checked_and_status_out() {
    let entry = with(valid_fields(), &[("checked", None), ("status", None)]);
    let preset = read_preset(&entry, "ent.json[0]", None, ProvenanceAt::Fields).expect("valid entry");
    assert_eq!((preset.checked, preset.status), (None, Status::Current));
    // But not with a status it does not know.
    let entry = with(entry, &[("status", Some("closed"))]);
    assert!(read_preset(&entry, "ent.json[0]", None, ProvenanceAt::Fields).is_err());
}

#[test]
fn every_built_in_preset_is_dated_and_has_a_status() {
    let catalogue = Catalogue::builtin();
    for preset in catalogue.presets() {
        assert!(preset.checked.is_some(), "{}", preset.id);
        match preset.status {
            Status::Moved => assert!(preset.previous.is_some(), "{}", preset.id),
            Status::Merged => {
                let joined = preset.merged_into.as_deref().and_then(|id| catalogue.get(id));
                assert!(
                    joined.is_some_and(|joined| joined.login == preset.login),
                    "{}",
                    preset.id
                );
            }
            Status::Current | Status::Uncertain => {}
        }
    }
}
