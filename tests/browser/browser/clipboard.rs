//! Copying in a real browser: the exact address reaches the clipboard through the Clipboard API, or the
//! fallback engages and says so. Runs in headless Chromium and Firefox.

use crate::support::*;
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

/// What the clipboard holds, when the browser lets the page read it.
async fn clipboard_text() -> Result<String, String> {
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).map_err(|_| "no clipboard".to_string())?;
    let clipboard: web_sys::Clipboard = clipboard.dyn_into().map_err(|_| "no clipboard".to_string())?;
    let text = JsFuture::from(clipboard.read_text())
        .await
        .map_err(|e| format!("readText refused: {e:?}"))?;
    text.as_string().ok_or_else(|| "not a text".to_string())
}

/// The copy button in the row of the address element `shown`.
fn copy_button_of(shown: &web_sys::Element) -> HtmlElement {
    let row = shown.parent_element().expect("the address row");
    row.query_selector(".pd-copy")
        .unwrap()
        .expect("a copy button")
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn copy_puts_the_exact_address_on_the_clipboard_or_the_fallback_engages() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "0310047H")])).await;
    let shown = find(&widget, "[data-address=\"cas-login\"]");
    let expected = shown.text_content().unwrap_or_default();
    let button = copy_button_of(&shown);
    button.focus().expect("focus the button");
    button.click();
    let live = find(&widget, ".pd-live");
    assert!(
        eventually(|| !live.text_content().unwrap_or_default().is_empty()).await,
        "the outcome is announced"
    );
    let announced = live.text_content().unwrap_or_default();
    assert_eq!(live.get_attribute("aria-live").as_deref(), Some("polite"));
    if announced.starts_with("Copié —") {
        assert_eq!(
            clipboard_text().await,
            Ok(expected),
            "the Clipboard API holds exactly the address"
        );
    } else if announced.contains("méthode de secours") {
        // execCommand("copy") reported success; the off-screen text area it used is gone.
        assert!(gloo::utils::document()
            .query_selector(".pd-offscreen")
            .unwrap()
            .is_none());
    } else {
        assert!(
            announced.contains("Ctrl+C"),
            "the reader is told what to do: {announced}"
        );
        let selected = gloo::utils::window().get_selection().unwrap().unwrap().to_string();
        assert_eq!(String::from(selected), expected, "the address is selected for Ctrl+C");
    }
}

#[wasm_bindgen_test]
async fn without_a_clipboard_api_the_fallback_engages_and_says_so() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "0310047H")])).await;
    // Some embedded browsers and every http:// page have no navigator.clipboard.
    let navigator = gloo::utils::window().navigator();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &wasm_bindgen::JsValue::UNDEFINED).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&navigator, &"clipboard".into(), &descriptor);
    let shown = find(&widget, "[data-address=\"root\"]");
    let button = copy_button_of(&shown);
    button.click();
    let live = find(&widget, ".pd-live");
    assert!(eventually(|| !live.text_content().unwrap_or_default().is_empty()).await);
    let announced = live.text_content().unwrap_or_default();
    js_sys::Reflect::delete_property(&navigator, &"clipboard".into()).unwrap();
    assert!(
        !announced.starts_with("Copié —"),
        "never claims the Clipboard API worked: {announced}"
    );
    if !announced.contains("méthode de secours") {
        assert!(announced.contains("Ctrl+C"), "{announced}");
        let selected = gloo::utils::window().get_selection().unwrap().unwrap().to_string();
        assert_eq!(String::from(selected), shown.text_content().unwrap_or_default());
    }
}

#[wasm_bindgen_test]
async fn an_export_copies_the_addresses_shown_after_the_last_keystroke() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "0310047H")])).await;
    // Exports are written when their button is pressed, so the copy must follow the school typed since.
    type_into(&widget, "input[data-field=uai]", "0910626L").await;
    // The export holds every address, the spaces' direct logins included: show them too, so that what
    // is shown and what is exported can be compared one for one.
    click(&widget, "button.pd-direct-toggle").await;
    // The fallback copies from an off-screen text area: the `copy` event shows what it held.
    let by_fallback = Rc::new(RefCell::new(None::<String>));
    let listener = {
        let by_fallback = by_fallback.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let area = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
            *by_fallback.borrow_mut() = area.map(|a| a.value());
        })
    };
    let document = gloo::utils::document();
    document
        .add_event_listener_with_callback("copy", listener.as_ref().unchecked_ref())
        .unwrap();
    let json_button: HtmlElement = widget
        .query_selector_all(".pd-exports .pd-copy")
        .unwrap()
        .get(3)
        .expect("four export buttons")
        .dyn_into()
        .unwrap();
    assert_eq!(json_button.text_content().as_deref(), Some("JSON"));
    json_button.click();
    let live = find(&widget, ".pd-live");
    assert!(eventually(|| !live.text_content().unwrap_or_default().is_empty()).await);
    document
        .remove_event_listener_with_callback("copy", listener.as_ref().unchecked_ref())
        .unwrap();
    let announced = live.text_content().unwrap_or_default();
    let copied = if announced.starts_with("Copié —") {
        clipboard_text().await.expect("the Clipboard API holds the export")
    } else if announced.contains("méthode de secours") {
        by_fallback
            .borrow()
            .clone()
            .expect("the fallback copied from its text area")
    } else {
        // Nothing could write to the clipboard: the export is shown, focused and wholly selected.
        assert!(announced.contains("Ctrl+C"), "{announced}");
        let area: web_sys::HtmlTextAreaElement = find(&widget, ".pd-exports .pd-copy-fallback").dyn_into().unwrap();
        assert_eq!(gloo::utils::document().active_element(), Some(area.clone().into()));
        let value = area.value();
        assert_eq!(area.selection_start().unwrap(), Some(0));
        assert_eq!(area.selection_end().unwrap(), Some(value.encode_utf16().count() as u32));
        value
    };
    let export: serde_json::Value = serde_json::from_str(&copied).expect("the JSON export parses");
    assert_eq!(
        export["root"],
        address(&widget, "root").expect("a root address").as_str()
    );
    let keys = address_keys(&widget);
    let exported = export["addresses"].as_array().expect("an address list");
    assert_eq!(exported.len(), keys.len(), "every shown address is exported");
    for entry in exported {
        let key = entry["key"].as_str().expect("a key");
        assert_eq!(
            entry["value"].as_str(),
            address(&widget, key).as_deref(),
            "{key} is exported as shown"
        );
    }
    assert!(copied.to_lowercase().contains("0910626l"), "{copied}");
}
