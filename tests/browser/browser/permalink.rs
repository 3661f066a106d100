//! The standalone page's permalink: the state goes into the page address and comes back from it.

use crate::support::*;
use pronote_delegation::options::WidgetOptions;
use wasm_bindgen_test::*;

/// Longer than the pause after which a permalinked widget writes the page address.
const PAST_THE_PAUSE: std::time::Duration = std::time::Duration::from_millis(600);

#[wasm_bindgen_test]
async fn permalink_round_trips() {
    // Dropped last, after the widgets: their end cancels the restored one's pending write of the page
    // address, then the address the test found comes back, so the next test sees neither.
    let _page = PageAddress::with_query("");
    let permalinked = WidgetOptions {
        permalink: Some(true),
        ..WidgetOptions::default()
    };
    let first = mount(permalinked.clone()).await;
    choose(&first, "select[data-field=ent]", "toutatice").await;
    tick(&first, "input[value=custom]").await;
    type_into(
        &first,
        "input[data-field=url]",
        "http://192.0.2.10:8080/pronote/eleve.html?identifiant=abc",
    )
    .await;
    click(&first, "button.pd-edit-spaces").await;
    tick(&first, "tr[data-space=academie] input[type=checkbox]").await;
    click(&first, "button.pd-lang").await;
    // The page address follows once the reader pauses, not on every keystroke.
    let search = || gloo::utils::window().location().search().unwrap();
    let written = ["ent=toutatice", "hosting=custom", "lang=en"];
    assert!(
        eventually(|| written.iter().all(|part| search().contains(part))).await,
        "{}",
        search()
    );
    let addresses_before: Vec<(String, Option<String>)> = address_keys(&first)
        .into_iter()
        .map(|k| (k.clone(), address(&first, &k)))
        .collect();
    assert!(!addresses_before.is_empty());

    let restored = mount(permalinked).await;
    let addresses_after: Vec<(String, Option<String>)> = address_keys(&restored)
        .into_iter()
        .map(|k| (k.clone(), address(&restored, &k)))
        .collect();
    assert_eq!(
        addresses_after, addresses_before,
        "the same addresses come back from the page address"
    );
    assert_eq!(
        address(&restored, "academie.desktop"),
        None,
        "the unpublished space stays unpublished"
    );
    assert!(text(&restored).contains("Your ENT"), "the language comes back too");
}

#[wasm_bindgen_test]
async fn a_widget_without_permalink_leaves_the_page_address_alone() {
    let _page = PageAddress::with_query("?keep=1");
    let widget = mount(options(&[("uai", "0310047H")])).await;
    type_into(&widget, "input[data-field=uai]", "0910626L").await;
    yew::platform::time::sleep(PAST_THE_PAUSE).await;
    assert_eq!(gloo::utils::window().location().search().unwrap(), "?keep=1");
}
