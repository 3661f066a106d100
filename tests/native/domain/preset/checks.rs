//! The checks a preset file passes at build time (build.rs runs the same module): each malformed
//! fixture in tests/fixtures/presets/ fails with an error naming the file and the field.

use std::fs;
use std::path::Path;

use crate::support::preset_fields::{valid_fields, with};
use pronote_delegation::browser::presets_file::{Fault, FileError};
use pronote_delegation::domain::error::FileFault;
use pronote_delegation::domain::error::{Error, Field};
use pronote_delegation::domain::preset::{
    keep_unique, read_preset, AddressFlaw, FieldMap, FieldValue, Preset, PresetError, PresetProblem, ProvenanceAt,
};
use pronote_delegation::lang::Lang;

const FIXTURES: &str = "tests/fixtures/presets";

/// Reads and checks a fixture as build.rs reads a file of presets/.
fn check_fixture(name: &str) -> Result<Preset, Vec<Error>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES).join(name);
    let text = fs::read_to_string(path).expect("fixture is readable");
    let stem = name.trim_end_matches(".toml");
    let file = format!("{FIXTURES}/{name}");
    let read = match toml::from_str::<FieldMap>(&text) {
        Ok(fields) => read_preset(&fields, &file, Some(stem), ProvenanceAt::Fields),
        Err(error) => Err(vec![PresetError::new(
            &file,
            PresetProblem::Unreadable {
                detail: error.to_string(),
            },
        )]),
    };
    read.map_err(|errors| errors.into_iter().map(Error::from).collect())
}

/// The valid fields with one text changed (`None`: the field left out).
fn valid_but(field: &str, text: Option<&str>) -> FieldMap {
    with(valid_fields(), &[(field, text)])
}

/// Reads a preset supplied at run time, as one entry of a page's presets file.
fn read(fields: &FieldMap) -> Result<Preset, Vec<Error>> {
    read_preset(fields, "x.json[0]", None, ProvenanceAt::Fields)
        .map_err(|errors| errors.into_iter().map(Error::from).collect())
}

/// The errors of a preset supplied at run time (empty when it passes).
fn rejected(fields: &FieldMap) -> Vec<Error> {
    read(fields).err().unwrap_or_default()
}

/// The crate's error for `problem` in `file`.
fn preset_error(file: &str, problem: PresetProblem) -> Error {
    Error::Preset(PresetError::new(file, problem))
}

#[test]
fn unknown_field_fails_naming_file_and_field() {
    assert_eq!(
        check_fixture("unknown_field.toml"),
        Err(vec![preset_error(
            &format!("{FIXTURES}/unknown_field.toml"),
            PresetProblem::UnknownField {
                field: "validaton".into()
            }
        )])
    );
}

#[test]
fn missing_id_fails_naming_file_and_field() {
    assert_eq!(
        check_fixture("missing_id.toml"),
        Err(vec![preset_error(
            &format!("{FIXTURES}/missing_id.toml"),
            PresetProblem::MissingField { field: "id" }
        )])
    );
}

#[test]
fn http_cas_address_fails_naming_file_and_field() {
    assert_eq!(
        check_fixture("http_cas.toml"),
        Err(vec![preset_error(
            &format!("{FIXTURES}/http_cas.toml"),
            PresetProblem::NotHttps {
                field: "login",
                value: "http://ent.example.fr/cas/login".into(),
            }
        )])
    );
}

#[test]
fn unparsable_address_fails_naming_file_and_field() {
    assert_eq!(
        check_fixture("unparsable_address.toml"),
        Err(vec![preset_error(
            &format!("{FIXTURES}/unparsable_address.toml"),
            PresetProblem::BadAddress {
                field: "login",
                value: "https//ent.example.fr/cas/login".into(),
                flaw: AddressFlaw::Unparsable,
            }
        )])
    );
}

#[test]
fn bad_toml_fails_as_unreadable_naming_the_file_and_line() {
    let errors = check_fixture("bad_toml.toml").expect_err("bad TOML is rejected");
    match errors.as_slice() {
        [Error::Preset(PresetError {
            file,
            problem: PresetProblem::Unreadable { detail },
        })] => {
            assert_eq!(file, &format!("{FIXTURES}/bad_toml.toml"));
            assert!(detail.contains("line 3"), "{detail}");
        }
        other => panic!("unexpected errors: {other:?}"),
    }
}

#[test]
fn duplicate_id_in_a_set_fails_naming_the_second_file() {
    let entries = vec![
        ("a.toml".to_string(), read(&valid_fields()).map_err(|_| Vec::new())),
        ("b.toml".to_string(), read(&valid_fields()).map_err(|_| Vec::new())),
    ];
    let (kept, errors) = keep_unique(entries);
    assert_eq!(kept.len(), 1);
    assert_eq!(
        errors,
        [PresetError::new(
            "b.toml",
            PresetProblem::DuplicateId {
                id: "ent_exemple".into()
            }
        )]
    );
}

#[test]
fn preset_errors_belong_to_the_presets_field() {
    let errors = check_fixture("http_cas.toml").expect_err("rejected");
    assert!(errors.iter().all(|error| error.field() == Field::Presets));
}

#[test]
fn preset_error_message_names_file_and_field() {
    let errors = check_fixture("http_cas.toml").expect_err("rejected");
    let message = errors[0].message(Lang::Fr);
    assert!(message.contains("http_cas.toml"), "{message}");
    assert!(message.contains("login"), "{message}");
}

#[test]
fn build_failure_message_names_file_and_field() {
    let error = PresetError::new(
        "presets/foo.toml",
        PresetProblem::NotHttps {
            field: "login",
            value: "http://cas.example.fr/login".into(),
        },
    );
    assert_eq!(
        error.to_string(),
        "In the preset “presets/foo.toml”, the field “login” must be an https:// address: \
         “http://cas.example.fr/login”."
    );
}

#[test]
fn id_must_equal_the_file_name() {
    let errors = read_preset(
        &valid_fields(),
        "presets/other.toml",
        Some("other"),
        ProvenanceAt::Fields,
    )
    .expect_err("id differs from file name");
    assert_eq!(
        errors,
        [PresetError::new(
            "presets/other.toml",
            PresetProblem::IdNotFileName {
                id: "ent_exemple".into(),
                expected: "other".into()
            }
        )]
    );
}

#[test]
fn id_must_be_a_slug() {
    assert_eq!(
        rejected(&valid_but("id", Some("Mon ENT"))),
        [preset_error("x.json[0]", PresetProblem::BadId { id: "Mon ENT".into() })]
    );
}

#[test]
fn every_missing_required_field_is_reported_at_once() {
    let errors = read(&FieldMap::new()).expect_err("empty");
    let fields: Vec<&str> = errors
        .iter()
        .filter_map(|error| match error {
            Error::Preset(PresetError {
                problem: PresetProblem::MissingField { field },
                ..
            }) => Some(*field),
            _ => None,
        })
        .collect();
    assert_eq!(
        fields,
        [
            "id",
            "name",
            "region",
            "family",
            "confidence",
            "login",
            "validation",
            "sources"
        ]
    );
}

#[test]
fn unknown_family_is_rejected() {
    assert_eq!(
        rejected(&valid_but("family", Some("moodle"))),
        [preset_error(
            "x.json[0]",
            PresetProblem::NotAllowed {
                field: "family",
                value: "moodle".into(),
                allowed: "open-ent-ng, kosmos-skolengo, netocentre, itslearning, casshib, other".into(),
            }
        )]
    );
}

#[test]
fn a_field_of_the_wrong_type_is_named() {
    let mut fields = valid_fields();
    fields.insert("name".into(), FieldValue::List(vec!["ENT".into()]));
    fields.insert("keywords".into(), FieldValue::Text("one".into()));
    assert_eq!(
        rejected(&fields),
        [
            preset_error("x.json[0]", PresetProblem::WrongType { field: "name" }),
            preset_error("x.json[0]", PresetProblem::WrongType { field: "keywords" }),
        ]
    );
}

#[test]
fn login_carrying_service_is_rejected() {
    let fields = valid_but(
        "login",
        Some("https://ent.example.fr/cas/login?service=https%3A%2F%2Fx%2F"),
    );
    assert!(matches!(
        rejected(&fields).as_slice(),
        [Error::Preset(PresetError {
            problem: PresetProblem::BadAddress {
                field: "login",
                flaw: AddressFlaw::ServiceInLogin,
                ..
            },
            ..
        })]
    ));
}

#[test]
fn base_ending_with_login_is_rejected() {
    assert!(matches!(
        rejected(&valid_but("cas_base", Some("https://ent.example.fr/cas/login"))).as_slice(),
        [Error::Preset(PresetError {
            problem: PresetProblem::BadAddress {
                field: "cas_base",
                flaw: AddressFlaw::BaseWithEndpoint,
                ..
            },
            ..
        })]
    ));
}

#[test]
fn address_with_fragment_is_rejected() {
    assert!(read(&valid_but("login", Some("https://ent.example.fr/cas/login#top"))).is_err());
}

#[test]
fn login_with_its_own_query_is_accepted() {
    let mut fields = valid_but("login", Some("https://cas.example.fr/login?selection=EDU"));
    fields.insert("cas_base".into(), FieldValue::Text("https://cas.example.fr".into()));
    let preset = read(&fields).expect("valid");
    assert_eq!(
        preset
            .cas_server()
            .login_link("https://0310047H.index-education.net/pronote/"),
        "https://cas.example.fr/login?selection=EDU&service=https%3A%2F%2F0310047H.index-education.net%2Fpronote%2F"
    );
}

#[test]
fn missing_validation_is_derived_from_the_base() {
    let preset = read(&valid_fields()).expect("valid");
    assert_eq!(preset.validation.as_str(), "https://ent.example.fr/cas/samlValidate");
}

#[test]
fn base_with_trailing_slash_derives_one_slash_only() {
    let preset = read(&valid_but("cas_base", Some("https://ent.example.fr/cas/"))).expect("valid");
    assert_eq!(preset.validation.as_str(), "https://ent.example.fr/cas/samlValidate");
}

#[test]
fn no_validation_and_no_base_is_a_missing_validation() {
    assert_eq!(
        read(&valid_but("cas_base", None)),
        Err(vec![preset_error(
            "x.json[0]",
            PresetProblem::MissingField { field: "validation" }
        )])
    );
}

#[test]
fn a_serde_format_names_unknown_fields_and_types_without_reading_its_messages() {
    // A JSON entry read as a serde format reads it: the problems are typed from the values themselves.
    let entry: FieldMap =
        serde_json::from_str(r#"{"id": "x", "logon": "https://a/", "name": 3, "keywords": ["a", 2], "family": null}"#)
            .expect("any value is a field value");
    let errors = read_preset(&entry, "e.json[0]", None, ProvenanceAt::Fields).expect_err("rejected");
    let problems: Vec<&PresetProblem> = errors.iter().map(|error| &error.problem).collect();
    assert!(problems.contains(&&PresetProblem::UnknownField { field: "logon".into() }));
    assert!(problems.contains(&&PresetProblem::WrongType { field: "name" }));
    assert!(problems.contains(&&PresetProblem::WrongType { field: "keywords" }));
    // `null` is a field given no value.
    assert!(problems.contains(&&PresetProblem::MissingField { field: "family" }));
}

#[test]
fn validation_stacking_two_validation_paths_is_rejected() {
    let fields = valid_but(
        "validation",
        Some("https://ent.example.fr/cas/p3/serviceValidate/samlValidate"),
    );
    assert_eq!(
        rejected(&fields),
        [preset_error(
            "x.json[0]",
            PresetProblem::BadAddress {
                field: "validation",
                value: "https://ent.example.fr/cas/p3/serviceValidate/samlValidate".into(),
                flaw: AddressFlaw::StackedValidation,
            }
        )]
    );
    let errors =
        read_preset(&fields, "presets/x.toml", None, ProvenanceAt::Fields).expect_err("rejected at build time too");
    assert!(
        errors
            .iter()
            .any(|error| error.to_string().contains("two validation paths end to end")),
        "{errors:?}"
    );
}

#[test]
fn one_validation_path_even_under_p3_is_accepted() {
    for validation in [
        "https://ent.example.fr/cas/p3/serviceValidate",
        "https://ent.example.fr/cas/samlValidate",
    ] {
        assert_eq!(rejected(&valid_but("validation", Some(validation))), [], "{validation}");
    }
}

#[test]
fn every_problem_has_its_own_message_in_each_language() {
    let problems = [
        PresetProblem::Unreadable {
            detail: "line 3".into(),
        },
        PresetProblem::NotAPreset,
        PresetProblem::UnknownField { field: "logon".into() },
        PresetProblem::MissingField { field: "id" },
        PresetProblem::WrongType { field: "name" },
        PresetProblem::BadId { id: "Mon ENT".into() },
        PresetProblem::IdNotFileName {
            id: "a".into(),
            expected: "b".into(),
        },
        PresetProblem::NotAllowed {
            field: "family",
            value: "moodle".into(),
            allowed: "other".into(),
        },
        PresetProblem::DuplicateId { id: "a".into() },
        PresetProblem::NotHttps {
            field: "login",
            value: "http://a/".into(),
        },
        PresetProblem::BadAddress {
            field: "login",
            value: "https://a/#x".into(),
            flaw: AddressFlaw::Fragment,
        },
    ];
    // The faults of a presets file as a whole are the browser's (it fetches the file), said the same way.
    let faults = [
        Fault::Unreachable {
            detail: "offline".into(),
        },
        Fault::HttpStatus { status: 404 },
        Fault::HtmlPage,
        Fault::TooLarge,
        Fault::NotAList,
        Fault::TooManyEntries,
    ];
    let names: Vec<String> = problems
        .iter()
        .map(|problem| format!("{problem:?}"))
        .chain(faults.iter().map(|fault| format!("{fault:?}")))
        .collect();
    for lang in Lang::ALL {
        let messages: Vec<String> = problems
            .iter()
            .map(|problem| PresetError::new("ent.json", problem.clone()).message(lang))
            .chain(
                faults
                    .iter()
                    .map(|fault| FileError::new("ent.json", fault.clone()).message(lang)),
            )
            .collect();
        for (problem, message) in names.iter().zip(&messages) {
            assert!(message.contains("ent.json"), "{problem:?}: {message}");
            // Every placeholder filled: no template shows through.
            assert!(!message.contains('{'), "{problem:?}: {message}");
        }
        let mut distinct = messages.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), messages.len(), "{lang:?}: two problems share a message");
    }
    // Each flaw is said in each language, and differently.
    let flaws = [
        AddressFlaw::Unparsable,
        AddressFlaw::NoHost,
        AddressFlaw::Credentials,
        AddressFlaw::Fragment,
        AddressFlaw::Spaces,
        AddressFlaw::ServiceInLogin,
        AddressFlaw::Query,
        AddressFlaw::StackedValidation,
        AddressFlaw::BaseWithEndpoint,
    ];
    for lang in Lang::ALL {
        let mut messages: Vec<String> = flaws
            .iter()
            .map(|flaw| {
                let problem = PresetProblem::BadAddress {
                    field: "login",
                    value: "v".into(),
                    flaw: *flaw,
                };
                PresetError::new("f", problem).message(lang)
            })
            .collect();
        messages.sort();
        messages.dedup();
        assert_eq!(messages.len(), flaws.len(), "{lang:?}");
    }
    let french = PresetError::new("ent.json", PresetProblem::UnknownField { field: "logon".into() });
    assert_eq!(
        french.message(Lang::Fr),
        "Le préréglage «\u{a0}ent.json\u{a0}» contient un champ inconnu «\u{a0}logon\u{a0}» (faute de frappe\u{a0}?)."
    );
}
