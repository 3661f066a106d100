//! The browser's `JSON.parse` read through `domain::published` gives what serde_json gives natively: the
//! widget ships no JSON parser, and the native tests of the file hold for it too.

use pronote_delegation::browser::published_json::parse;
use pronote_delegation::domain::published::{read, read_with};
use wasm_bindgen_test::*;

const OLDER: &str = include_str!("../../fixtures/published/older-2021.json");
const NEWER: &str = include_str!("../../fixtures/published/newer-with-delegation.json");

#[wasm_bindgen_test]
fn both_parsers_read_every_file_and_every_fault_alike() {
    let texts = [
        OLDER,
        NEWER,
        "",
        "<html></html>",
        "{\"nomEtab\": ",
        "[1, 2]",
        "\"text\"",
        "null",
        "{}",
        r#"{"error": "not found"}"#,
        r#"{"nomEtab": 42}"#,
        r#"{"nomEtab": null, "CAS": {"actif": true, "casURL": null}}"#,
        r#"{"CAS": []}"#,
        r#"{"CAS": {"actif": 1}}"#,
        r#"{"espaces": {}}"#,
        r#"{"espaces": [null]}"#,
        r#"{"espaces": [{"URL": "mobile.eleve.html", "avecDelegation": "true"}]}"#,
        r#"{"espaces": [{"URL": "mobile.eleve.html"}, {"URL": "mobile.eleve.html"}], "version": [2024, 1]}"#,
        r#"{"nomEtab": "X", "version": [2020.5]}"#,
        r#"{"nomEtab": "<b>\u0000X\u202e</b>"}"#,
    ];
    for text in texts {
        assert_eq!(read_with(text, parse), read(text), "{text}");
    }
}
