//! Options read in a real browser from the sources the table of names serves: an element's attributes
//! (`data-<name>`, or `<name>` on `<pronote-delegation>`) and the page address under the permalink.

use crate::support::PageAddress;
use pronote_delegation::browser::permalink;
use pronote_delegation::entry::mount::options_from_attributes;
use pronote_delegation::options::WidgetOptions;
use wasm_bindgen_test::*;

/// Every option given once, as a page would write it (the flag bare).
fn every_option() -> WidgetOptions {
    WidgetOptions {
        ent: Some("toutatice".into()),
        hosting: Some("custom".into()),
        uai: Some("0310047H".into()),
        url: Some("https://pronote.exemple.fr/pronote/".into()),
        lang: Some("en".into()),
        presets: Some("extra.json".into()),
        show: Some("form,cas".into()),
        permalink: Some(true),
        spaces: Some("academie-off".into()),
        sync: Some("procedure".into()),
    }
}

/// An element of `tag` carrying `attributes`, not in the page (reading it needs no widget).
fn element(tag: &str, attributes: &[(&str, &str)]) -> web_sys::Element {
    let element = gloo::utils::document().create_element(tag).expect("an element");
    for (name, value) in attributes {
        element.set_attribute(name, value).expect("a valid attribute");
    }
    element
}

#[wasm_bindgen_test]
fn every_option_is_read_from_data_attributes_and_from_the_custom_elements_own() {
    let written = [
        ("ent", "toutatice"),
        ("hosting", "custom"),
        ("uai", "0310047H"),
        ("url", "https://pronote.exemple.fr/pronote/"),
        ("lang", "en"),
        ("presets", "extra.json"),
        ("show", "form,cas"),
        ("permalink", ""),
        ("spaces", "academie-off"),
        ("sync", "procedure"),
    ];
    let data: Vec<(String, &str)> = written
        .iter()
        .map(|(name, value)| (format!("data-{name}"), *value))
        .collect();
    let data: Vec<(&str, &str)> = data.iter().map(|(name, value)| (name.as_str(), *value)).collect();
    assert_eq!(options_from_attributes(&element("div", &data), "data-"), every_option());
    assert_eq!(
        options_from_attributes(&element("pronote-delegation", &written), ""),
        every_option()
    );
    // Each form reads its own names only.
    assert_eq!(
        options_from_attributes(&element("div", &written), "data-"),
        WidgetOptions::default()
    );
}

#[wasm_bindgen_test]
fn a_flag_attribute_is_on_whatever_its_value_and_off_when_left_out() {
    let on = options_from_attributes(&element("div", &[("data-permalink", "false")]), "data-");
    assert_eq!(on.permalink, Some(true));
    let off = options_from_attributes(&element("div", &[("data-ent", "toutatice")]), "data-");
    assert_eq!(off.permalink, None);
}

#[wasm_bindgen_test]
fn the_page_address_wins_for_the_readers_choices_and_carries_nothing_else() {
    let page = PageAddress::with_query("?ent=monlycee_net&uai=&lang=fr&show=spaces&sync=other&presets=evil.json");
    let mut options = every_option();
    permalink::restore(&mut options);
    // The address the test found is back before the assertion, which may end the test.
    drop(page);
    assert_eq!(
        options,
        WidgetOptions {
            ent: Some("monlycee_net".into()),
            uai: Some(String::new()),
            lang: Some("fr".into()),
            ..every_option()
        }
    );
}
