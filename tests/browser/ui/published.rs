//! "Vérifier le PRONOTE en ligne" in a real browser (headless Chromium and Firefox): the link to the
//! school's `InfoMobileApp.json`, the pasted file read against the configuration, "Apply", the bad pastes,
//! the JS API `checkPublished`, and the CAS token kept out of everything the page holds or gives.
//!
//! The school here is a self-hosted PRONOTE on a closed loopback port, so the widget's own try at reading
//! the file is refused at once and never leaves the machine.

use crate::support::*;
use pronote_delegation::entry::api::check_published;
use pronote_delegation::options::WidgetOptions;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlTextAreaElement;

const OLDER: &str = include_str!("../../fixtures/published/older-2021.json");
const NEWER: &str = include_str!("../../fixtures/published/newer-with-delegation.json");
const TOKEN: &str = "FIXTURE-TOKEN-older-7f3a9c2e5b1d";
/// Nothing listens on port 9 of the loopback: the widget's own fetch is refused at once.
const ROOT: &str = "http://127.0.0.1:9/pronote/";

fn school(extra: &[(&str, &str)]) -> WidgetOptions {
    let mut pairs = vec![("ent", "mon_ent_occitanie"), ("hosting", "custom"), ("url", ROOT)];
    pairs.extend_from_slice(extra);
    options(&pairs)
}

fn findings(root: &web_sys::Element) -> Vec<String> {
    attribute_values(root, ".pd-published [data-finding]", "data-finding")
}

fn field(root: &web_sys::Element) -> HtmlTextAreaElement {
    find(root, "textarea[data-field=published]").dyn_into().unwrap()
}

/// Pastes `text` into the part's field as a reader would (the value, then an `input` event).
async fn paste(root: &web_sys::Element, text: &str) {
    type_into(root, "textarea[data-field=published]", text).await;
}

async fn open(root: &web_sys::Element) {
    click(root, "button[data-part=published]").await;
}

#[wasm_bindgen_test]
async fn closed_it_is_one_button_and_builds_nothing() {
    let widget = mount(school(&[])).await;
    let toggle = find(&widget, "button[data-part=published]");
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(widget.query_selector("[data-field=published]").unwrap().is_none());
    assert!(widget.query_selector("a[data-link=published]").unwrap().is_none());
    // Shown after the spaces, before diagnose.
    let spaces = find(&widget, "tr[data-space=eleve]");
    let diagnose = find(&widget, "button[data-part=diagnose]");
    assert_eq!(
        spaces.compare_document_position(&toggle) & 4,
        4,
        "after the spaces table"
    );
    assert_eq!(toggle.compare_document_position(&diagnose) & 4, 4, "before diagnose");
}

#[wasm_bindgen_test]
async fn opened_it_links_the_file_and_says_plainly_when_it_cannot_read_it_itself() {
    let widget = mount(school(&[])).await;
    open(&widget).await;
    let link = find(&widget, "a[data-link=published]");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("http://127.0.0.1:9/pronote/InfoMobileApp.json?id=0D264427-EEFC-4810-A9E9-346942A862A4")
    );
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    let refused = || {
        widget
            .query_selector("[data-status=published]")
            .unwrap()
            .and_then(|status| status.text_content())
            .is_some_and(|text| text.contains("collez ici ce que la page affiche"))
    };
    assert!(eventually(refused).await, "{}", text(&widget));
    assert!(findings(&widget).is_empty(), "no file, no finding");
}

#[wasm_bindgen_test]
async fn a_pasted_file_is_read_against_the_configuration_and_leaves_the_field() {
    let widget = mount(school(&[])).await;
    open(&widget).await;
    paste(&widget, OLDER).await;
    assert_eq!(findings(&widget), ["live-school", "live-version", "live-cas-matches"]);
    let name = find(&widget, "[data-finding=live-school]").text_content().unwrap();
    assert!(name.contains("LYCEE OZENNE"), "{name}");
    assert_eq!(field(&widget).value(), "", "the field is emptied once read");
    assert!(
        widget.query_selector("[data-apply=published]").unwrap().is_none(),
        "nothing to apply: the table already agrees"
    );
}

#[wasm_bindgen_test]
async fn another_ents_server_is_named_in_the_readers_language() {
    let widget = mount(school(&[("ent", "toutatice"), ("lang", "en")])).await;
    open(&widget).await;
    paste(&widget, OLDER).await;
    let other = find(&widget, "[data-finding=live-cas-other]").text_content().unwrap();
    assert!(other.contains("(Mon ENT Occitanie), not the chosen ENT's"), "{other}");
    assert!(find(&widget, "[data-finding=live-cas-other]")
        .class_name()
        .contains("pd-fault"));
}

#[wasm_bindgen_test]
async fn apply_sets_the_spaces_table_and_the_permalink_follows() {
    let _page = PageAddress::with_query("");
    let mut options = school(&[]);
    options.permalink = Some(true);
    let widget = mount(options).await;
    open(&widget).await;
    paste(&widget, NEWER).await;
    assert_eq!(
        findings(&widget),
        [
            "live-school",
            "live-cas-matches",
            "live-space-no-delegation",
            "live-space-missing"
        ]
    );
    assert!(address(&widget, "accompagnant.desktop").is_some());
    click(&widget, "button[data-apply=published]").await;
    assert_eq!(
        address(&widget, "accompagnant.desktop"),
        None,
        "unpublished as in the file"
    );
    assert_eq!(findings(&widget), ["live-school", "live-cas-matches"]);
    assert!(text(&find(&widget, ".pd-live")).contains("mis à jour"));
    let search = || gloo::utils::window().location().search().unwrap();
    assert!(
        eventually(|| search().contains("spaces=direction-none%2Caccompagnant-off")
            || search().contains("spaces=direction-none,accompagnant-off"))
        .await,
        "{}",
        search()
    );
}

#[wasm_bindgen_test]
async fn what_is_not_the_file_is_an_error_beside_the_field_and_nothing_is_lost() {
    let widget = mount(school(&[])).await;
    let before = address(&widget, "root");
    open(&widget).await;
    for (pasted, expected) in [
        ("<!DOCTYPE html><html><body><b>404</b></body></html>", "page web"),
        ("{\"nomEtab\": ", "pas du JSON"),
        ("{\"status\": 404}", "ni nomEtab"),
        ("{\"CAS\": {\"actif\": \"oui\"}}", "CAS.actif"),
    ] {
        paste(&widget, pasted).await;
        let error = find(&widget, "[data-finding=not-live-file]");
        assert!(error.closest("[role=alert]").unwrap().is_some());
        assert!(error.text_content().unwrap().contains(expected), "{pasted}");
        assert_eq!(
            field(&widget).value(),
            pasted,
            "what the reader pasted stays in the field"
        );
        assert_eq!(field(&widget).get_attribute("aria-invalid").as_deref(), Some("true"));
    }
    assert!(
        widget.query_selector(".pd-published b").unwrap().is_none(),
        "never markup"
    );
    let huge = format!("{{\"nomEtab\": \"{}\"}}", "A".repeat(5 * 1024 * 1024));
    paste(&widget, &huge).await;
    let error = find(&widget, "[data-finding=not-live-file]").text_content().unwrap();
    assert!(error.contains("64\u{a0}Kio"), "{error}");
    assert_eq!(address(&widget, "root"), before, "the configuration is untouched");
}

#[wasm_bindgen_test]
async fn markup_and_control_characters_from_the_file_are_shown_as_text() {
    let widget = mount(school(&[])).await;
    open(&widget).await;
    let file = r#"{"nomEtab": "<img src=x onerror=alert(1)>\u0007LYCEE\u202e OZENNE",
        "espaces": [{"nom": "<script>alert(2)</script>", "URL": "mobile.eleve.html"}]}"#;
    paste(&widget, file).await;
    let name = find(&widget, "[data-finding=live-school]").text_content().unwrap();
    assert!(name.contains("<img src=x onerror=alert(1)> LYCEE OZENNE"), "{name}");
    assert!(widget
        .query_selector(".pd-published img, .pd-published script")
        .unwrap()
        .is_none());
    assert!(!text(&widget).contains("alert(2)"), "a space's name is never kept");
}

/// Every text the page holds or gives: its markup, every field's value, its address, both storages.
fn everything_on_the_page() -> String {
    let document = gloo::utils::document();
    let window = gloo::utils::window();
    let mut all = document.document_element().unwrap().outer_html();
    let fields = document.query_selector_all("input, textarea").unwrap();
    for i in 0..fields.length() {
        let value = js_sys::Reflect::get(&fields.item(i).unwrap(), &"value".into()).unwrap();
        all.push_str(&value.as_string().unwrap_or_default());
    }
    all.push_str(&window.location().href().unwrap());
    for storage in [window.local_storage(), window.session_storage()] {
        let storage = storage.unwrap().unwrap();
        for i in 0..storage.length().unwrap() {
            let key = storage.key(i).unwrap().unwrap_or_default();
            all.push_str(&key);
            all.push_str(&storage.get_item(&key).unwrap().unwrap_or_default());
        }
    }
    all
}

#[wasm_bindgen_test]
async fn the_cas_token_is_nowhere_in_the_page_its_address_storages_or_exports() {
    let _page = PageAddress::with_query("");
    let mut options = school(&[("show", "all,embed")]);
    options.permalink = Some(true);
    let widget = mount(options).await;
    open(&widget).await;
    paste(&widget, OLDER).await;
    paste(&widget, &OLDER.replace("mobile.parent.html", "mobile.x.html")).await;
    click(&widget, "button[data-apply=published]").await;
    click(&widget, "button[data-part=diagnose]").await;
    click(&widget, "button[data-part=embed]").await;
    yew::platform::time::sleep(std::time::Duration::from_millis(600)).await;
    assert!(address(&widget, "parent.desktop").is_none(), "the file was applied");
    let page = everything_on_the_page();
    assert!(page.contains("LYCEE OZENNE"), "the search reads the page");
    // The hint names the field `jetonCAS` to reassure the reader; its value never shows.
    for secret in [TOKEN, "7f3a9c2e5b1d", "2021-01-20"] {
        assert!(!page.contains(secret), "{secret} on the page");
    }

    // Every export, as the copy buttons write it: the clipboard's writeText is recorded for the test.
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap();
    assert!(clipboard.is_object(), "a clipboard in a secure context");
    let record = js_sys::Function::new_with_args(
        "text",
        "(globalThis.pdCopied = globalThis.pdCopied || []).push(text); return Promise.resolve();",
    );
    js_sys::Reflect::set(&clipboard, &"writeText".into(), &record).unwrap();
    let buttons = widget.query_selector_all(".pd-exports .pd-copy").unwrap();
    assert_eq!(buttons.length(), 4);
    for i in 0..buttons.length() {
        buttons
            .item(i)
            .unwrap()
            .dyn_into::<web_sys::HtmlElement>()
            .unwrap()
            .click();
        settle().await;
    }
    let copied = || js_sys::Reflect::get(&js_sys::global(), &"pdCopied".into()).unwrap();
    assert!(eventually(|| js_sys::Array::from(&copied()).length() == 4).await);
    js_sys::Reflect::delete_property(clipboard.unchecked_ref::<js_sys::Object>(), &"writeText".into()).unwrap();
    let exports: Vec<String> = js_sys::Array::from(&copied())
        .iter()
        .filter_map(|t| t.as_string())
        .collect();
    js_sys::Reflect::delete_property(&js_sys::global(), &"pdCopied".into()).unwrap();
    assert!(exports
        .iter()
        .any(|export| export.contains("http://127.0.0.1:9/pronote/")));
    for export in &exports {
        assert!(!export.contains(TOKEN) && !export.contains("jetonCAS"), "{export}");
    }
}

fn get(object: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(object, &name.into()).unwrap()
}

#[wasm_bindgen_test]
fn the_js_check_published_returns_the_school_and_coded_findings() {
    let options = js_sys::JSON::parse(r#"{"ent": "toutatice", "uai": "0310047H", "lang": "en"}"#).unwrap();
    let result = check_published(options, OLDER).expect("a check");
    assert_eq!(get(&result, "school").as_string().as_deref(), Some("LYCEE OZENNE"));
    let findings: js_sys::Array = get(&result, "findings").dyn_into().unwrap();
    let codes: Vec<String> = findings.iter().map(|f| get(&f, "code").as_string().unwrap()).collect();
    assert_eq!(codes, ["live-school", "live-version", "live-cas-other"]);
    assert!(get(&findings.get(2), "message")
        .as_string()
        .unwrap()
        .contains("Mon ENT Occitanie"));
    let json = js_sys::JSON::stringify(&result).unwrap().as_string().unwrap();
    assert!(!json.contains(TOKEN), "{json}");

    let options = js_sys::JSON::parse(r#"{"uai": "0310047H"}"#).unwrap();
    let result = check_published(options, "<html>").expect("a check");
    assert!(get(&result, "school").is_null());
    let findings: js_sys::Array = get(&result, "findings").dyn_into().unwrap();
    assert_eq!(
        get(&findings.get(0), "code").as_string().as_deref(),
        Some("not-live-file")
    );
}

#[wasm_bindgen_test]
fn the_js_check_published_rejects_a_wrong_option_naming_the_field() {
    for (options, field) in [
        (r#"{"uai": "0310047J"}"#, "uai"),
        (r#"{"ent": "nope", "uai": "0310047H"}"#, "ent"),
        (r#"{"hosting": "nowhere", "uai": "0310047H"}"#, "hosting"),
    ] {
        let error = check_published(js_sys::JSON::parse(options).unwrap(), OLDER).expect_err(options);
        assert!(error.is_instance_of::<js_sys::Error>());
        assert_eq!(get(&error, "field").as_string().as_deref(), Some(field), "{options}");
    }
}
