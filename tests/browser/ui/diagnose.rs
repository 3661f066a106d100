//! Diagnose, the ENT administrator's message and the author's embed code, in a real browser (headless
//! Chromium and Firefox): what a reader pastes, what they are told, what an author copies.

use crate::support::*;
use pronote_delegation::entry::api::diagnose;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

const LOOSE_SERVICE: &str = "https://www.toutatice.fr/casshib/shib/toutatice/login?service=https:%2F%2F0310047H.index-education.net%2Fpronote%2Fmobile.eleve.html%3Ffd=1";

fn seed() -> pronote_delegation::options::WidgetOptions {
    options(&[
        ("ent", "toutatice"),
        ("uai", "0310047H"),
        ("hosting", "index-education"),
    ])
}

fn findings(root: &web_sys::Element) -> Vec<String> {
    attribute_values(root, "[data-finding]", "data-finding")
}

async fn open_diagnose(widget: &web_sys::Element) {
    click(widget, "button[data-part=diagnose]").await;
}

#[wasm_bindgen_test]
async fn closed_diagnose_is_one_button_and_builds_nothing() {
    let widget = mount(seed()).await;
    let toggle = find(&widget, "button[data-part=diagnose]");
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(widget.query_selector("[data-field=diagnose]").unwrap().is_none());
    assert!(widget.query_selector("a[data-brief]").unwrap().is_none());
    assert!(
        widget.query_selector("button[data-part=embed]").unwrap().is_none(),
        "embed is not a default part"
    );
}

#[wasm_bindgen_test]
async fn pronotes_loosely_encoded_service_matches() {
    let widget = mount(seed()).await;
    open_diagnose(&widget).await;
    assert_eq!(
        find(&widget, "button[data-part=diagnose]")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    type_into(&widget, "[data-field=diagnose]", LOOSE_SERVICE).await;
    assert_eq!(findings(&widget), ["service-matches"]);
}

#[wasm_bindgen_test]
async fn each_fault_is_named_with_expected_and_found_values() {
    let widget = mount(seed()).await;
    open_diagnose(&widget).await;
    type_into(
        &widget,
        "[data-field=diagnose]",
        "http://0310047J.index-education.net/pronote/?ticket=ST-1",
    )
    .await;
    assert_eq!(findings(&widget), ["service-scheme", "service-host", "ticket-present"]);
    let host = find(&widget, "[data-finding=service-host]").text_content().unwrap();
    assert!(
        host.contains("0310047j.index-education.net") && host.contains("0310047H.index-education.net"),
        "{host}"
    );
}

#[wasm_bindgen_test]
async fn findings_follow_the_readers_language() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "0310047H"), ("lang", "en")])).await;
    open_diagnose(&widget).await;
    type_into(
        &widget,
        "[data-field=diagnose]",
        "https://0310047H.index-education.net/pronote/?login=true",
    )
    .await;
    let text = find(&widget, "[data-finding=direct-login]").text_content().unwrap();
    assert!(text.contains("PRONOTE's own form"), "{text}");
}

#[wasm_bindgen_test]
async fn text_that_is_no_address_is_an_error_next_to_the_field_shown_as_text() {
    let widget = mount(seed()).await;
    open_diagnose(&widget).await;
    type_into(&widget, "[data-field=diagnose]", "<b>not</b> an address").await;
    let error = find(&widget, "[data-finding=not-an-address]");
    assert!(error.closest("[role=alert]").unwrap().is_some());
    assert!(error.text_content().unwrap().contains("<b>not</b>"));
    assert!(
        widget.query_selector(".pd-diagnose b").unwrap().is_none(),
        "pasted text is never markup"
    );
    let input = find(&widget, "[data-field=diagnose]");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn the_mailto_link_carries_the_school_the_ent_the_service_and_the_validation_address() {
    let widget = mount(seed()).await;
    open_diagnose(&widget).await;
    let href = find(&widget, "a[data-brief=ent-admin]").get_attribute("href").unwrap();
    let query = href.strip_prefix("mailto:?subject=").expect("a mailto: with a subject");
    let (subject, body) = query.split_once("&body=").expect("a body");
    assert!(!body.contains(' '), "encoded: {body}");
    let decode = |text: &str| String::from(js_sys::decode_uri_component(text).unwrap());
    assert!(decode(subject).contains("0310047H"));
    let body = decode(body);
    for expected in [
        "Toutatice",
        "https://0310047H.index-education.net/pronote/**",
        "https://www.toutatice.fr/casshib/shib/666666/samlValidate",
    ] {
        assert!(body.contains(expected), "{expected} missing from {body}");
    }
}

#[wasm_bindgen_test]
async fn the_embed_code_mounts_a_widget_with_the_same_addresses() {
    let widget = mount(options(&[
        ("ent", "toutatice"),
        ("uai", "0310047H"),
        ("hosting", "toutatice"),
        ("spaces", "academie-off"),
        ("show", "all,embed"),
    ]))
    .await;
    click(&widget, "button[data-part=embed]").await;
    tick(&widget, "input[value=exports]").await;
    let snippet = find(&widget, "[data-snippet=embed]").text_content().unwrap();
    // The release's version first (a comment), then the loader: not pinned here, no page tag pinned it.
    let release = format!("<!-- pronote-delegation {} -->\n", env!("CARGO_PKG_VERSION"));
    assert!(
        snippet.starts_with(&format!("{release}<script type=\"module\" async src=\"")),
        "{snippet}"
    );
    assert!(snippet.contains("widget.js\"></script>"), "{snippet}");
    assert!(
        snippet.contains("data-show=\"form,cas,registry,verify,spaces,published,guidance,diagnose\""),
        "{snippet}"
    );

    // The snippet's element, parsed by the browser as a page would (a script set through innerHTML never runs).
    let document = gloo::utils::document();
    let holder = document.create_element("div").unwrap();
    holder.set_inner_html(&snippet);
    let element = find(&holder, "[data-pronote-delegation]");
    // Until a widget mounts there, the element links to the standalone page configured alike.
    let link = find(&element, "a").get_attribute("href").unwrap_or_default();
    assert!(
        link.ends_with("/index.html?ent=toutatice&hosting=toutatice&uai=0310047H&lang=fr&spaces=academie-off"),
        "{link}"
    );
    let attribute = |name: &str| element.get_attribute(&format!("data-{name}"));
    let mut pairs = Vec::new();
    for name in ["ent", "hosting", "uai", "url", "lang", "spaces", "show"] {
        if let Some(value) = attribute(name) {
            pairs.push((name, value));
        }
    }
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(name, value)| (*name, value.as_str())).collect();
    let copy = mount(options(&pairs)).await;
    let keys = address_keys(&widget);
    assert!(!keys.is_empty());
    assert_eq!(address_keys(&copy), keys);
    for key in keys {
        assert_eq!(address(&copy, &key), address(&widget, &key), "{key}");
    }
    assert!(widget.query_selector(".pd-exports").unwrap().is_some());
    assert!(
        copy.query_selector(".pd-exports").unwrap().is_none(),
        "the part left out stays out"
    );
}

fn get(object: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(object, &name.into()).unwrap()
}

#[wasm_bindgen_test]
fn the_js_diagnose_returns_codes_and_messages() {
    let options = js_sys::JSON::parse(r#"{"ent": "toutatice", "uai": "0310047H", "lang": "en"}"#).unwrap();
    let result = diagnose(options, LOOSE_SERVICE).expect("findings");
    let findings: js_sys::Array = get(&result, "findings").dyn_into().unwrap();
    assert_eq!(findings.length(), 1);
    let finding = findings.get(0);
    assert_eq!(get(&finding, "code").as_string().as_deref(), Some("service-matches"));
    assert!(get(&finding, "message")
        .as_string()
        .unwrap()
        .contains("under the school's root"));
}

#[wasm_bindgen_test]
fn the_js_diagnose_rejects_a_wrong_configuration_naming_the_field() {
    let options = js_sys::JSON::parse(r#"{"uai": "0310047J"}"#).unwrap();
    let error = diagnose(options, LOOSE_SERVICE).expect_err("a wrong check letter");
    assert_eq!(get(&error, "field").as_string().as_deref(), Some("uai"));
    let options = js_sys::JSON::parse(r#"{"ent": "nope", "uai": "0310047H"}"#).unwrap();
    let error = diagnose(options, LOOSE_SERVICE).expect_err("an unknown ENT");
    assert_eq!(get(&error, "field").as_string().as_deref(), Some("ent"));
}
