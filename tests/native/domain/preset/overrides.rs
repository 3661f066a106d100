//! A page adds or overrides presets from a JSON file it names: each entry passes the build's checks,
//! a rejected entry is reported with its index and field, and the built-ins keep working.

use std::fs;
use std::path::Path;

use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::error::Error;
use pronote_delegation::domain::preset::{FieldMap, FieldValue, PresetError, PresetProblem};
use pronote_delegation::domain::warning::Warning;
use pronote_delegation::lang::Lang;
use serde_json::Value;

fn fixture_entries(name: &str) -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/presets")
        .join(name);
    let text = fs::read_to_string(path).expect("fixture is readable");
    match serde_json::from_str(&text).expect("fixture is JSON") {
        Value::Array(entries) => entries,
        other => panic!("not a list: {other}"),
    }
}

/// The crate's error for `problem` in `file`.
fn preset_error(file: &str, problem: PresetProblem) -> Error {
    Error::Preset(PresetError::new(file, problem))
}

fn with_fixture(name: &str) -> (Catalogue, Vec<Error>) {
    Catalogue::builtin().with_override_entries(name, fixture_entries(name))
}

#[test]
fn an_override_replaces_the_built_in_preset_with_the_same_id() {
    let (catalogue, _) = with_fixture("overrides.json");
    let toutatice = catalogue.get("toutatice").expect("toutatice");
    assert_eq!(
        toutatice.validation.as_str(),
        "https://www.toutatice.fr/casshib/shib/123456/samlValidate"
    );
    assert_eq!(catalogue.presets().len(), Catalogue::builtin().presets().len() + 1);
}

#[test]
fn an_override_with_a_new_id_is_added() {
    let (catalogue, _) = with_fixture("overrides.json");
    let added = catalogue.get("ent_academique").expect("added preset");
    assert_eq!(added.login.as_str(), "https://cas.ent-exemple.fr/login?selection=EDU");
}

#[test]
fn rejected_entries_are_reported_with_index_and_field() {
    let (_, errors) = with_fixture("overrides.json");
    assert_eq!(
        errors,
        [
            preset_error("overrides.json[2]", PresetProblem::MissingField { field: "id" }),
            preset_error(
                "overrides.json[3]",
                PresetProblem::UnknownField {
                    field: "url_cas".into()
                }
            ),
            preset_error(
                "overrides.json[4]",
                PresetProblem::NotHttps {
                    field: "cas_base",
                    value: "http://cas.en-clair.fr".into(),
                }
            ),
            preset_error(
                "overrides.json[4]",
                PresetProblem::NotHttps {
                    field: "login",
                    value: "http://cas.en-clair.fr/login".into(),
                }
            ),
        ]
    );
}

#[test]
fn built_ins_keep_working_when_every_entry_is_rejected() {
    let entries = vec![serde_json::json!({ "id": "x", "login": "http://cas.x.fr/login" })];
    let (catalogue, errors) = Catalogue::builtin().with_override_entries("ent.json", entries);
    assert!(!errors.is_empty());
    assert_eq!(catalogue, Catalogue::builtin());
}

#[test]
fn duplicate_id_in_an_overrides_file_is_reported() {
    let (catalogue, errors) = with_fixture("duplicate_id.json");
    assert_eq!(
        errors,
        [preset_error(
            "duplicate_id.json[1]",
            PresetProblem::DuplicateId {
                id: "ent_exemple".into()
            }
        )]
    );
    assert_eq!(
        catalogue.get("ent_exemple").map(|p| p.login.as_str()),
        Some("https://ent.example.fr/cas/login")
    );
}

#[test]
fn entry_missing_id_in_a_deserialised_list_is_reported() {
    let entries: Vec<FieldMap> =
        serde_json::from_value(Value::Array(fixture_entries("duplicate_id.json"))).expect("entries deserialise");
    let without_id: Vec<Result<FieldMap, PresetProblem>> = entries
        .into_iter()
        .map(|mut entry| {
            entry.remove("id");
            Ok(entry)
        })
        .take(1)
        .collect();
    let (_, errors) = Catalogue::builtin().with_entries("ent.json", without_id);
    assert_eq!(
        errors,
        [preset_error("ent.json[0]", PresetProblem::MissingField { field: "id" })]
    );
}

#[test]
fn a_non_object_entry_is_not_a_preset() {
    let (_, errors) = Catalogue::builtin().with_override_entries("ent.json", vec![Value::from(3)]);
    assert_eq!(errors, [preset_error("ent.json[0]", PresetProblem::NotAPreset)]);
}

#[test]
fn override_fields_have_the_toml_names() {
    let toml_source: FieldMap = toml::from_str(
        r#"
        id = "ent_exemple"
        login = "https://cas.example.fr/login"
        cas_base = "https://cas.example.fr"
        suggested_hosting = "custom"
        "#,
    )
    .expect("toml");
    let json_source: FieldMap = serde_json::from_value(serde_json::json!({
        "id": "ent_exemple",
        "login": "https://cas.example.fr/login",
        "cas_base": "https://cas.example.fr",
        "suggested_hosting": "custom",
    }))
    .expect("json");
    assert_eq!(toml_source, json_source);
    assert_eq!(
        json_source.get("suggested_hosting"),
        Some(&FieldValue::Text("custom".into()))
    );
}

#[test]
fn an_override_whose_addresses_are_on_different_hosts_is_kept_with_a_warning_naming_them() {
    let json = r#"[{"id": "melange", "name": "ENT mêlé", "region": "x", "family": "other",
        "cas_base": "https://cas.base.fr/cas", "login": "https://login.autre.fr/cas/login",
        "validation": "https://valid.troisieme.fr/cas/samlValidate", "confidence": "seen", "sources": ["test"]}]"#;
    let entries: Vec<Value> = serde_json::from_str(json).expect("JSON");
    let (catalogue, errors) = Catalogue::builtin().with_override_entries("mix.json", entries);
    assert_eq!(errors, []);
    let preset = catalogue.get("melange").expect("kept");
    let warning = preset
        .warnings()
        .into_iter()
        .find(|warning| warning.code() == "hosts-differ")
        .expect("hosts-differ warning");
    assert_eq!(
        warning,
        Warning::HostsDiffer {
            hosts: "login.autre.fr, valid.troisieme.fr, cas.base.fr".into(),
        }
    );
    assert!(warning
        .message(Lang::Fr)
        .contains("login.autre.fr, valid.troisieme.fr, cas.base.fr"));
}
