//! The JavaScript boundary reads and writes by hand what serde would: options and presets-file entries are
//! read field by field from plain JS objects, and the JSON export is written by the browser's
//! `JSON.stringify`. Each is checked here against the serde path the native tests use.

use pronote_delegation::browser::json;
use pronote_delegation::browser::presets_file::{self, Fault, FileError};
use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::computation::compute;
use pronote_delegation::domain::error::Error;
use pronote_delegation::domain::export::to_json;
use pronote_delegation::domain::preset::{PresetError, PresetProblem};
use pronote_delegation::entry::api::compute_addresses;
use pronote_delegation::entry::mount::options_from_js;
use pronote_delegation::lang::Lang;
use pronote_delegation::options::{WidgetConfig, WidgetOptions};
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn parse(text: &str) -> JsValue {
    js_sys::JSON::parse(text).expect("valid JSON")
}

/// Both readings of one presets document: field by field in the browser, and through serde.
fn both_readings(file: &str, text: &str) -> ((Catalogue, Vec<Error>), (Catalogue, Vec<Error>)) {
    let browser = presets_file::apply(file, parse(text), &Catalogue::builtin()).expect("a list of entries");
    let Value::Array(entries) = serde_json::from_str(text).expect("valid JSON") else {
        panic!("{file} is not a list");
    };
    let serde = Catalogue::builtin().with_override_entries(file, entries);
    (browser, serde)
}

#[wasm_bindgen_test]
fn presets_files_are_read_in_the_browser_as_serde_reads_them() {
    let documents = [
        ("overrides.json", include_str!("../../fixtures/presets/overrides.json")),
        (
            "duplicate_id.json",
            include_str!("../../fixtures/presets/duplicate_id.json"),
        ),
        (
            "bad-presets.json",
            include_str!("../../fixtures/pages/bad-presets.json"),
        ),
        (
            "wrong-types.json",
            r#"[3, {"id": 3}, {"id": "x", "sources": "one"}, {"keywords": [1]}, [], null]"#,
        ),
    ];
    for (file, text) in documents {
        let ((browser, browser_errors), (serde, serde_errors)) = both_readings(file, text);
        assert_eq!(browser, serde, "{file}: the same catalogue");
        assert!(!browser_errors.is_empty(), "{file}: each fixture has a rejected entry");
        // Both readers type every problem from the values themselves: the errors are the same.
        assert_eq!(browser_errors, serde_errors, "{file}");
    }
}

#[wasm_bindgen_test]
fn a_presets_entry_of_the_wrong_type_names_its_field() {
    let (_, errors) = presets_file::apply(
        "p.json",
        parse(r#"[{"id": "x", "sources": "one"}]"#),
        &Catalogue::builtin(),
    )
    .expect("a list of entries");
    // Every problem of the entry is reported; the one of `sources` is its type.
    let wrong_type = Error::Preset(PresetError::new(
        "p.json[0]",
        PresetProblem::WrongType { field: "sources" },
    ));
    assert!(errors.contains(&wrong_type), "{errors:?}");
    let message = wrong_type.message(Lang::En);
    assert!(
        message.contains("p.json[0]") && message.contains("sources"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn a_presets_file_that_is_not_a_list_is_refused_as_such() {
    let outcome = presets_file::apply("p.json", parse(r#"{"id": "x"}"#), &Catalogue::builtin());
    assert_eq!(
        outcome.map(|_| ()),
        Err(Error::from(FileError::new("p.json", Fault::NotAList)))
    );
}

#[wasm_bindgen_test]
fn script_options_are_read_by_name_and_wrong_ones_are_refused() {
    assert_eq!(options_from_js(&JsValue::UNDEFINED), Ok(WidgetOptions::default()));
    assert_eq!(options_from_js(&JsValue::NULL), Ok(WidgetOptions::default()));
    assert_eq!(
        options_from_js(&parse(
            r#"{"ent": "toutatice", "uai": "0310047H", "permalink": true, "show": null}"#
        )),
        Ok(WidgetOptions {
            ent: Some("toutatice".into()),
            uai: Some("0310047H".into()),
            permalink: Some(true),
            ..WidgetOptions::default()
        })
    );
    // `false` is the flag not given, as an attribute left out is: neither keeps the permalink.
    assert_eq!(
        options_from_js(&parse(r#"{"permalink": false}"#)),
        Ok(WidgetOptions::default())
    );
    let refused = |text: &str| options_from_js(&parse(text)).expect_err(text).to_string();
    assert!(refused(r#"{"colour": "red"}"#).contains("unknown field `colour`"));
    assert!(refused(r#"{"uai": 310047}"#).contains("`uai`"));
    assert!(refused(r#"{"permalink": "yes"}"#).contains("`permalink`"));
    assert!(refused(r#"["toutatice"]"#).contains("object"));
    assert!(refused(r#""toutatice""#).contains("object"));
}

#[wasm_bindgen_test]
fn the_json_export_written_by_the_browser_is_serde_jsons() {
    let cases = [
        (r#"{"ent": "toutatice", "uai": "0310047H"}"#, Lang::Fr),
        (
            r#"{"ent": "toutatice", "hosting": "custom", "url": "https://pronote.exemple.fr/pronote/"}"#,
            Lang::En,
        ),
    ];
    for (options, lang) in cases {
        let config = WidgetConfig::from_options(&options_from_js(&parse(options)).unwrap());
        let computation = compute(&config.request, &Catalogue::builtin());
        let set = computation
            .addresses
            .unwrap_or_else(|| panic!("{:?}", computation.errors));
        assert_eq!(json::export(&set, lang), to_json(&set, lang), "{options}");
    }
}

#[wasm_bindgen_test]
fn compute_addresses_gives_what_the_domain_computes() {
    let options = parse(r#"{"ent": "toutatice", "uai": "0310047H"}"#);
    let computed = compute_addresses(options.clone()).expect("addresses");
    let config = WidgetConfig::from_options(&options_from_js(&options).unwrap());
    let set = compute(&config.request, &Catalogue::builtin())
        .addresses
        .expect("addresses");
    let get = |object: &JsValue, name: &str| js_sys::Reflect::get(object, &name.into()).unwrap();
    assert_eq!(get(&computed, "root").as_string().as_deref(), Some(set.root.as_str()));
    let addresses = get(&computed, "addresses");
    assert_eq!(
        js_sys::Object::keys(&addresses.clone().into()).length() as usize,
        set.entries.len()
    );
    for address in &set.entries {
        assert_eq!(
            get(&addresses, &address.key.id()).as_string(),
            Some(address.value.clone())
        );
    }
    assert!(js_sys::Array::is_array(&get(&computed, "warnings")));
    let error = compute_addresses(parse(r#"{"uai": 7}"#)).expect_err("a number is not a UAI");
    assert_eq!(get(&error, "field").as_string().as_deref(), Some("options"));
}
