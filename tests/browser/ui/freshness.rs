//! How fresh the chosen ENT's addresses are (issue #27): the ENT's details say when a source last showed
//! them and the preset's status; a moved, merged or uncertain ENT gets a warning beside the addresses.

use crate::support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// Opens the chosen ENT's details and waits for them to be built.
async fn open_details(widget: &web_sys::Element) {
    let details: web_sys::HtmlDetailsElement = find(widget, "details.pd-provenance").dyn_into().unwrap();
    details.set_open(true);
    assert!(
        eventually(|| widget.query_selector("[data-ent-status]").unwrap().is_some()).await,
        "{}",
        text(widget)
    );
}

fn text_of(widget: &web_sys::Element, selector: &str) -> String {
    find(widget, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_moved_ent_says_so_beside_the_addresses_and_its_details_say_when_they_were_seen() {
    let widget = mount(options(&[("ent", "leia_corse"), ("uai", "0310047H")])).await;
    assert_eq!(
        address(&widget, "cas-login").as_deref(),
        Some("https://ent.leia.corsica/cas/login")
    );
    let moved = text_of(&widget, "[data-warning=ent-moved]");
    assert!(
        moved.contains("LEIA (Corse)") && moved.contains("https://cas.itslearning.com/cas-prod/login"),
        "{moved}"
    );
    // Still only derived from Edifice's convention.
    assert!(widget.query_selector("[data-warning=login-derived]").unwrap().is_some());
    open_details(&widget).await;
    assert_eq!(
        text_of(&widget, "[data-checked]"),
        "Adresses vues le 1er juin 2025 (source la plus récente)"
    );
    assert_eq!(
        find(&widget, "[data-checked]").get_attribute("data-checked").as_deref(),
        Some("2025-06-01")
    );
    assert_eq!(text_of(&widget, "[data-ent-status=moved]"), "déménagé");
    assert!(text_of(&widget, "[data-previous]").contains("https://cas.itslearning.com/cas-prod/login"));
}

#[wasm_bindgen_test]
async fn a_merged_ent_names_the_ent_it_joined_in_english_too() {
    let widget = mount(options(&[("ent", "somme"), ("uai", "0310047H"), ("lang", "en")])).await;
    assert_eq!(
        address(&widget, "cas-login").as_deref(),
        Some("https://enthdf.fr/cas/login")
    );
    let merged = text_of(&widget, "[data-warning=ent-merged]");
    assert!(merged.contains("joined “ENT Hauts-de-France”"), "{merged}");
    open_details(&widget).await;
    assert_eq!(text_of(&widget, "[data-ent-status=merged]"), "merged into another ENT");
    assert_eq!(
        text_of(&widget, "[data-checked]"),
        "Addresses seen on 1 June 2025 (newest source)"
    );
}

#[wasm_bindgen_test]
async fn an_uncertain_ent_asks_to_confirm_and_a_current_one_has_no_such_warning() {
    let widget = mount(options(&[("ent", "monlycee_net"), ("uai", "0310047H")])).await;
    let uncertain = text_of(&widget, "[data-warning=ent-uncertain]");
    assert!(
        uncertain.contains("monlycée.net") && uncertain.contains("confirmer"),
        "{uncertain}"
    );
    open_details(&widget).await;
    assert_eq!(text_of(&widget, "[data-ent-status=uncertain]"), "incertain");
    drop(widget);

    let widget = mount(options(&[("ent", "toutatice"), ("uai", "toutatice")])).await;
    for code in ["ent-moved", "ent-merged", "ent-uncertain"] {
        assert!(
            widget
                .query_selector(&format!("[data-warning={code}]"))
                .unwrap()
                .is_none(),
            "{code}"
        );
    }
    open_details(&widget).await;
    assert_eq!(text_of(&widget, "[data-ent-status=current]"), "à jour");
    assert_eq!(
        text_of(&widget, "[data-checked]"),
        "Adresses vues en 2022 (source la plus récente)"
    );
}

#[wasm_bindgen_test]
async fn an_old_name_or_host_finds_the_current_preset() {
    let widget = mount(options(&[("uai", "0310047H")])).await;
    for (typed, id) in [
        ("Somme Numérique", "somme"),
        ("opendigitaleducation", "mayotte"),
        ("itslearning Corse", "leia_corse"),
    ] {
        type_into(&widget, "input[type=search]", typed).await;
        assert!(
            widget
                .query_selector(&format!("select[data-field=ent] option[value={id}]"))
                .unwrap()
                .is_some(),
            "{typed}: {}",
            text(&widget)
        );
    }
}
