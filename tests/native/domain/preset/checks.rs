//! The checks a preset file passes at build time (build.rs runs the same module): each malformed
//! fixture in tests/fixtures/presets/ fails with an error naming the file and the field.

use std::fs;
use std::path::Path;

use pronote_delegation::domain::error::{Error, Field};
use pronote_delegation::domain::preset::{check_file, Preset, PresetSource};
use pronote_delegation::domain::preset_source::{
    check_set, problem_from_deserialize_error, SourceError, SourceProblem,
};
use pronote_delegation::lang::Lang;

const FIXTURES: &str = "tests/fixtures/presets";

/// Reads and checks a fixture as build.rs checks a file of presets/.
fn check_fixture(name: &str) -> Result<Preset, Vec<Error>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES).join(name);
    let text = fs::read_to_string(path).expect("fixture is readable");
    let stem = name.trim_end_matches(".toml");
    check_file(
        &format!("{FIXTURES}/{name}"),
        Some(stem),
        toml::from_str::<PresetSource>(&text),
    )
}

fn valid_source() -> PresetSource {
    PresetSource {
        id: Some("ent_exemple".into()),
        name: Some("ENT d'exemple".into()),
        region: Some("Académie d'exemple".into()),
        family: Some("open-ent-ng".into()),
        cas_base: Some("https://ent.example.fr/cas".into()),
        login: Some("https://ent.example.fr/cas/login".into()),
        confidence: Some("seen".into()),
        sources: vec!["a test".into()],
        ..PresetSource::default()
    }
}

/// The errors of a preset supplied at run time (empty when it passes).
fn rejected(source: &PresetSource) -> Vec<Error> {
    Preset::from_source("x.json[0]", source).err().unwrap_or_default()
}

#[test]
fn unknown_field_fails_naming_file_and_field() {
    assert_eq!(
        check_fixture("unknown_field.toml"),
        Err(vec![Error::PresetUnknownField {
            file: format!("{FIXTURES}/unknown_field.toml"),
            field: "validaton".into(),
        }])
    );
}

#[test]
fn missing_id_fails_naming_file_and_field() {
    assert_eq!(
        check_fixture("missing_id.toml"),
        Err(vec![Error::PresetMissingField {
            file: format!("{FIXTURES}/missing_id.toml"),
            field: "id".into(),
        }])
    );
}

#[test]
fn http_cas_address_fails_naming_file_and_field() {
    assert_eq!(
        check_fixture("http_cas.toml"),
        Err(vec![Error::PresetNotHttps {
            file: format!("{FIXTURES}/http_cas.toml"),
            field: "login".into(),
            value: "http://ent.example.fr/cas/login".into(),
        }])
    );
}

#[test]
fn unparsable_address_fails_naming_file_and_field() {
    assert_eq!(
        check_fixture("unparsable_address.toml"),
        Err(vec![Error::PresetBadAddress {
            file: format!("{FIXTURES}/unparsable_address.toml"),
            field: "login".into(),
            value: "https//ent.example.fr/cas/login".into(),
        }])
    );
}

#[test]
fn bad_toml_fails_as_unreadable_naming_the_file_and_line() {
    let errors = check_fixture("bad_toml.toml").expect_err("bad TOML is rejected");
    match errors.as_slice() {
        [Error::PresetUnreadable { file, detail }] => {
            assert_eq!(file, &format!("{FIXTURES}/bad_toml.toml"));
            assert!(detail.contains("line 3"), "{detail}");
        }
        other => panic!("unexpected errors: {other:?}"),
    }
}

#[test]
fn duplicate_id_in_a_set_fails_naming_the_second_file() {
    let entries = vec![
        ("a.toml".to_string(), None, Ok::<_, String>(valid_source())),
        ("b.toml".to_string(), None, Ok(valid_source())),
    ];
    let (checked, errors) = check_set(entries);
    assert_eq!(checked.len(), 1);
    assert_eq!(
        errors.into_iter().map(Error::from).collect::<Vec<_>>(),
        [Error::PresetDuplicateId {
            file: "b.toml".into(),
            id: "ent_exemple".into(),
        }]
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
    let error = SourceError {
        file: "presets/foo.toml".into(),
        problem: SourceProblem::NotHttps {
            field: "login".into(),
            value: "http://cas.example.fr/login".into(),
        },
    };
    assert_eq!(
        error.to_string(),
        r#"presets/foo.toml: field "login": not https ("http://cas.example.fr/login")"#
    );
}

#[test]
fn id_must_equal_the_file_name() {
    let errors = check_file("presets/other.toml", Some("other"), Ok::<_, String>(valid_source()))
        .expect_err("id differs from file name");
    assert!(matches!(
        errors.as_slice(),
        [Error::PresetUnreadable { file, detail }] if file == "presets/other.toml" && detail.starts_with("id = ")
    ));
}

#[test]
fn id_must_be_a_slug() {
    let source = PresetSource {
        id: Some("Mon ENT".into()),
        ..valid_source()
    };
    assert!(Preset::from_source("x.json[0]", &source).is_err());
}

#[test]
fn every_missing_required_field_is_reported_at_once() {
    let errors = Preset::from_source("x.json[0]", &PresetSource::default()).expect_err("empty");
    let fields: Vec<&str> = errors
        .iter()
        .filter_map(|error| match error {
            Error::PresetMissingField { field, .. } => Some(field.as_str()),
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
    let source = PresetSource {
        family: Some("moodle".into()),
        ..valid_source()
    };
    let errors = Preset::from_source("x.json[0]", &source).expect_err("unknown family");
    assert!(matches!(
        errors.as_slice(),
        [Error::PresetUnreadable { detail, .. }] if detail.starts_with("family = \"moodle\"")
    ));
}

#[test]
fn login_carrying_service_is_rejected() {
    let source = PresetSource {
        login: Some("https://ent.example.fr/cas/login?service=https%3A%2F%2Fx%2F".into()),
        ..valid_source()
    };
    assert!(matches!(
        rejected(&source).as_slice(),
        [Error::PresetBadAddress { field, .. }] if field == "login"
    ));
}

#[test]
fn base_ending_with_login_is_rejected() {
    let source = PresetSource {
        cas_base: Some("https://ent.example.fr/cas/login".into()),
        ..valid_source()
    };
    assert!(matches!(
        rejected(&source).as_slice(),
        [Error::PresetBadAddress { field, .. }] if field == "cas_base"
    ));
}

#[test]
fn address_with_fragment_is_rejected() {
    let source = PresetSource {
        login: Some("https://ent.example.fr/cas/login#top".into()),
        ..valid_source()
    };
    assert!(Preset::from_source("x.json[0]", &source).is_err());
}

#[test]
fn login_with_its_own_query_is_accepted() {
    let source = PresetSource {
        login: Some("https://cas.example.fr/login?selection=EDU".into()),
        cas_base: Some("https://cas.example.fr".into()),
        ..valid_source()
    };
    let preset = Preset::from_source("x.json[0]", &source).expect("valid");
    assert_eq!(
        preset
            .cas_server()
            .login_link("https://0310047H.index-education.net/pronote/"),
        "https://cas.example.fr/login?selection=EDU&service=https%3A%2F%2F0310047H.index-education.net%2Fpronote%2F"
    );
}

#[test]
fn missing_validation_is_derived_from_the_base() {
    let preset = Preset::from_source("x.json[0]", &valid_source()).expect("valid");
    assert_eq!(preset.validation.as_str(), "https://ent.example.fr/cas/samlValidate");
}

#[test]
fn base_with_trailing_slash_derives_one_slash_only() {
    let source = PresetSource {
        cas_base: Some("https://ent.example.fr/cas/".into()),
        ..valid_source()
    };
    let preset = Preset::from_source("x.json[0]", &source).expect("valid");
    assert_eq!(preset.validation.as_str(), "https://ent.example.fr/cas/samlValidate");
}

#[test]
fn no_validation_and_no_base_is_a_missing_validation() {
    let source = PresetSource {
        cas_base: None,
        ..valid_source()
    };
    assert_eq!(
        Preset::from_source("x.json[0]", &source),
        Err(vec![Error::PresetMissingField {
            file: "x.json[0]".into(),
            field: "validation".into(),
        }])
    );
}

#[test]
fn serde_messages_name_unknown_and_missing_fields() {
    assert_eq!(
        problem_from_deserialize_error("unknown field `logon`, expected one of `id`, `name`"),
        SourceProblem::UnknownField { field: "logon".into() }
    );
    assert_eq!(
        problem_from_deserialize_error("missing field `id`"),
        SourceProblem::MissingField { field: "id".into() }
    );
}

#[test]
fn validation_stacking_two_validation_paths_is_rejected() {
    let source = PresetSource {
        validation: Some("https://ent.example.fr/cas/p3/serviceValidate/samlValidate".into()),
        ..valid_source()
    };
    assert_eq!(
        rejected(&source),
        [Error::PresetBadAddress {
            file: "x.json[0]".into(),
            field: "validation".into(),
            value: "https://ent.example.fr/cas/p3/serviceValidate/samlValidate".into(),
        }]
    );
    let problems = source
        .check("presets/x.toml", None)
        .expect_err("rejected at build time too");
    assert!(
        problems
            .iter()
            .any(|problem| problem.to_string().contains("two validation paths stacked")),
        "{problems:?}"
    );
}

#[test]
fn one_validation_path_even_under_p3_is_accepted() {
    for validation in [
        "https://ent.example.fr/cas/p3/serviceValidate",
        "https://ent.example.fr/cas/samlValidate",
    ] {
        let source = PresetSource {
            validation: Some(validation.into()),
            ..valid_source()
        };
        assert_eq!(rejected(&source), [], "{validation}");
    }
}
