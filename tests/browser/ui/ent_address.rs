//! An ENT's address pasted where PRONOTE's is expected (issue #17), in a real browser: read through
//! to the PRONOTE address it carries, or refused next to the address field with no address left.

use crate::support::*;
use pronote_delegation::browser::presets_file;
use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::computation::compute;
use pronote_delegation::domain::error::Error;
use pronote_delegation::domain::hosting::HostingKind;
use pronote_delegation::domain::request::Request;
use pronote_delegation::entry::api::compute_addresses;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

/// The example: Open ENT NG's login page, the CAS login in `callback`, its service encoded twice.
const OPEN_ENT_NG_LOGIN: &str = "https://ent.iledefrance.fr/auth/login?callback=%2Fcas%2Flogin%3Fservice%3Dhttps%253A%252F%252F0310047H.index-education.net%252Fpronote%252F";
const SCHOOL_ROOT: &str = "https://0310047H.index-education.net/pronote/";

#[wasm_bindgen_test]
async fn pasted_open_ent_ng_login_page_gives_the_pronote_root_it_carries() {
    let widget = mount(options(&[("ent", "monlycee_net"), ("hosting", "custom")])).await;
    type_into(&widget, "input[data-field=url]", OPEN_ENT_NG_LOGIN).await;
    assert_eq!(error(&widget, "url"), None);
    assert_eq!(address(&widget, "root").as_deref(), Some(SCHOOL_ROOT));
    assert_eq!(
        address(&widget, "eleve.desktop").as_deref(),
        Some("https://0310047H.index-education.net/pronote/eleve.html")
    );
    assert!(
        !widget.inner_html().contains("auth/login/"),
        "no address is built from the ENT's login page"
    );
}

#[wasm_bindgen_test]
async fn pasted_ent_home_page_is_an_error_naming_the_ent_and_no_address_is_left() {
    let widget = mount(options(&[("ent", "monlycee_net"), ("hosting", "custom")])).await;
    type_into(
        &widget,
        "input[data-field=url]",
        "https://pronote.lycee-exemple.fr/pronote/",
    )
    .await;
    assert!(address(&widget, "root").is_some(), "a valid root shows addresses first");

    type_into(&widget, "input[data-field=url]", "https://ent.iledefrance.fr/welcome").await;
    let message = error(&widget, "url").expect("an error next to the address field");
    assert!(message.contains("ent.iledefrance.fr"), "{message}");
    assert!(message.contains("monlycée.net"), "the ENT is named: {message}");
    assert!(
        message.contains("barre d'adresse"),
        "it says where to copy from: {message}"
    );
    assert_eq!(address_keys(&widget), Vec::<String>::new(), "no address survives");
    let input = find(&widget, "input[data-field=url]");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn ent_address_given_as_the_url_option_is_refused_in_english_too() {
    let widget = mount(options(&[
        ("hosting", "custom"),
        ("lang", "en"),
        ("url", "https://www.toutatice.fr/casshib/shib/toutatice/login"),
    ]))
    .await;
    let message = error(&widget, "url").expect("an error next to the address field");
    assert!(message.contains("www.toutatice.fr"), "{message}");
    assert!(message.contains("Toutatice"), "the ENT is named: {message}");
    assert!(message.contains("address bar"), "{message}");
    assert_eq!(address_keys(&widget), Vec::<String>::new());
}

#[wasm_bindgen_test]
fn compute_addresses_rejects_an_ents_address_naming_the_url_field() {
    let options = js_sys::Object::new();
    for (name, value) in [("hosting", "custom"), ("url", "https://ent.iledefrance.fr/welcome")] {
        js_sys::Reflect::set(&options, &name.into(), &value.into()).expect("set an option");
    }
    let error = compute_addresses(options.into()).expect_err("an ENT's address is refused");
    let field = js_sys::Reflect::get(&error, &"field".into()).expect("a field");
    assert_eq!(field.as_string().as_deref(), Some("url"));
}

#[wasm_bindgen_test]
fn hosts_of_a_presets_file_read_in_the_browser_are_refused_and_named() {
    let text = include_str!("../../fixtures/presets/overrides.json");
    let json = js_sys::JSON::parse(text).unwrap_or(JsValue::NULL);
    let (catalogue, _) = presets_file::apply("overrides.json", json, &Catalogue::builtin()).expect("a list of entries");
    let request = Request {
        hosting: HostingKind::Custom,
        url: "https://www.ent-exemple.fr/".to_owned(),
        ..Request::default()
    };
    let computation = compute(&request, &catalogue);
    assert_eq!(
        computation.errors,
        [Error::UrlIsEntAddress {
            host: "www.ent-exemple.fr".to_owned(),
            ent: Some("ENT académique d'exemple".to_owned()),
        }]
    );
    assert!(computation.addresses.is_none());
}
