//! The console, field for field, in a real browser (headless Chromium and Firefox): the "Définir une
//! délégation CAS" window, the "Vérifier" link, the connection table, the "Mon ENT" labels and the number
//! of elements a full view costs.

use crate::support::*;
use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::preset::Status;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

const SEED_LOGIN_LINK: &str = "https://www.toutatice.fr/casshib/shib/toutatice/login?service=https%3A%2F%2Ftoutatice.index-education.net%2Fpronote%2F";

fn attribute_values(root: &web_sys::Element, selector: &str, attribute: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .filter_map(|element| element.get_attribute(attribute))
        .collect()
}

#[wasm_bindgen_test]
async fn the_cas_window_lists_the_consoles_fields_in_its_order() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "toutatice")])).await;
    assert_eq!(
        attribute_values(&widget, "[data-console-field]", "data-console-field"),
        [
            "delegation-name",
            "mon-ent",
            "cas-server",
            "authentication",
            "validation",
            "ent-url",
            "direct-login"
        ]
    );
    let field = |id: &str| {
        find(&widget, &format!("[data-console-field={id}]"))
            .text_content()
            .unwrap_or_default()
    };
    assert!(field("delegation-name").contains("CAS"));
    assert!(
        field("mon-ent").contains("«\u{a0}Toutatice (Académie de Rennes)\u{a0}»"),
        "{}",
        field("mon-ent")
    );
    assert!(field("cas-server").contains("Les adresses d'authentification et de validation sont différentes"));
    assert!(
        !field("authentication").contains("service="),
        "the console's field takes the bare login: {}",
        field("authentication")
    );
    assert!(field("ent-url").contains("https://toutatice.index-education.net/pronote/**"));
}

#[wasm_bindgen_test]
async fn an_ent_outside_the_consoles_list_says_so_in_mon_ent() {
    let widget = mount(options(&[("ent", "agora06"), ("uai", "0310047H")])).await;
    let mon_ent = find(&widget, "[data-console-field=mon-ent]")
        .text_content()
        .unwrap_or_default();
    assert!(mon_ent.contains("absent de la liste"), "{mon_ent}");
}

#[wasm_bindgen_test]
async fn the_test_link_opens_the_cas_round_trip_in_a_new_tab_without_opener() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "toutatice")])).await;
    let link = find(&widget, "a.pd-test-link");
    assert_eq!(link.get_attribute("href").as_deref(), Some(SEED_LOGIN_LINK));
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    assert_eq!(address(&widget, "cas-login-link").as_deref(), Some(SEED_LOGIN_LINK));
    for outcome in ["success", "service-not-allowed", "ticket-refused", "login-page-missing"] {
        assert!(
            widget
                .query_selector(&format!("[data-outcome={outcome}]"))
                .unwrap()
                .is_some(),
            "{outcome}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_connection_table_has_one_row_per_space_with_both_addresses_side_by_side() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "toutatice")])).await;
    assert_eq!(
        attribute_values(&widget, "table.pd-connections tbody tr", "data-space"),
        [
            "commune",
            "etablissement",
            "direction",
            "professeur",
            "viescolaire",
            "parent",
            "accompagnant",
            "eleve",
            "entreprise",
            "academie"
        ]
    );
    let parent = find(&widget, "table.pd-connections tr[data-space=parent]");
    assert_eq!(
        attribute_values(&parent, "[data-address]", "data-address"),
        ["parent.desktop", "parent.mobile"]
    );
    let etablissement = find(&widget, "table.pd-connections tr[data-space=etablissement]");
    assert!(
        etablissement.query_selector("[data-address]").unwrap().is_none(),
        "no invented address for the Page Etablissement"
    );
}

#[wasm_bindgen_test]
async fn direct_login_addresses_are_shown_on_demand() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "toutatice")])).await;
    assert_eq!(address(&widget, "parent.direct-login"), None);
    click(&widget, "button.pd-direct-toggle").await;
    assert_eq!(
        address(&widget, "parent.direct-login").as_deref(),
        Some("https://toutatice.index-education.net/pronote/parent.html?login=true")
    );
    assert_eq!(
        find(&widget, "button.pd-direct-toggle")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn the_picker_shows_the_consoles_label_of_the_chosen_ent() {
    let widget = mount(options(&[("ent", "netocentre"), ("uai", "0310047H")])).await;
    let label = find(&widget, "[data-console-label]").text_content().unwrap_or_default();
    assert!(
        label.contains("dans la console\u{a0}: «\u{a0}NetO'Centre\u{a0}»"),
        "{label}"
    );
}

#[wasm_bindgen_test]
async fn searching_the_consoles_label_finds_the_ent() {
    let widget = mount(options(&[("uai", "0310047H")])).await;
    type_into(&widget, "input[type=search]", "Somme Numérique").await;
    let listed = attribute_values(&widget, "select[data-field=ent] option", "value");
    assert_eq!(listed, ["", "somme"]);
}

#[wasm_bindgen_test]
async fn the_full_toutatice_view_stays_within_241_elements() {
    // Every space published, every part shown: the console's one row per space replaced 27 rows. 241
    // elements with 41 ENTs listed, 42 of them the ENT list's options (one per ENT and "no ENT"): the
    // widget's own 199 (198 until the live PRONOTE check, #26, added its one toggle button; its panel is
    // built only when opened) must not grow; the list grows by one option per ENT the catalogue lists.
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "toutatice")])).await;
    // The widget's own elements: those inside the element its app renders into (the page element's one
    // child, kept with the app for the next widget mounted: src/entry/apps.rs).
    let app_host = widget
        .first_element_child()
        .expect("the element the widget's app renders into");
    let count = app_host.query_selector_all("*").unwrap().length();
    let options = widget
        .query_selector_all("select[data-field=ent] option")
        .unwrap()
        .length();
    let listed = Catalogue::builtin()
        .presets()
        .iter()
        .filter(|preset| preset.status != Status::Merged)
        .count();
    assert_eq!(options as usize, listed + 1, "one option per listed ENT, and no ENT");
    assert!(
        count - options <= 199,
        "{} elements besides the ENT list's {options} options",
        count - options
    );
}

#[wasm_bindgen_test]
async fn provenance_that_cannot_be_fetched_says_so_in_place_and_the_addresses_stay() {
    // The test runner serves no provenance.json: the failure path a reader meets when the file is missing.
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "toutatice")])).await;
    let details: web_sys::HtmlDetailsElement = find(&widget, "details.pd-provenance").dyn_into().unwrap();
    details.set_open(true);
    assert!(
        eventually(|| widget.query_selector("[data-provenance-error]").unwrap().is_some()).await,
        "{}",
        text(&widget)
    );
    assert!(text(&widget).contains("les adresses restent valables"));
    assert_eq!(
        address(&widget, "ent-url").as_deref(),
        Some("https://toutatice.index-education.net/pronote/**")
    );
}
