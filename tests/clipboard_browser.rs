//! Copying in a real browser: the exact address reaches the clipboard through the Clipboard API, or the
//! fallback engages and says so. Runs in headless Chromium and Firefox.

#![cfg(target_arch = "wasm32")]

#[path = "support/browser.rs"]
mod browser;

use browser::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

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
