//! Where the widget's own files are served from, and how the page pinned them: for the embed code an
//! author copies, and the standalone page's link to the example procedure page beside it.

use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// The `integrity` of the page's `<script>` that loaded `widget.js`, as `widget.js` announced it in
/// `PronoteDelegation.integrity` (its own hash cannot be written inside it: the build writes it in the page).
pub fn widget_js_integrity() -> Option<String> {
    let window = web_sys::window()?;
    Reflect::get(&window, &JsValue::from_str("PronoteDelegation"))
        .and_then(|api| Reflect::get(&api, &JsValue::from_str("integrity")))
        .ok()
        .and_then(|integrity| integrity.as_string())
        .filter(|integrity| !integrity.is_empty())
}

/// The address of `widget.js`: in the folder `widget.js` announced as `PronoteDelegation.base`, else
/// beside the page (the standalone page lives in the widget's folder).
pub fn widget_js_address() -> String {
    beside_widget("widget.js")
}

/// The address of `file` in the widget's folder (`widget.js`, the example procedure page).
pub fn beside_widget(file: &str) -> String {
    let Some(window) = web_sys::window() else {
        return file.to_owned();
    };
    let base = Reflect::get(&window, &JsValue::from_str("PronoteDelegation"))
        .and_then(|api| Reflect::get(&api, &JsValue::from_str("base")))
        .ok()
        .and_then(|base| base.as_string())
        .or_else(|| window.location().href().ok())
        .unwrap_or_default();
    web_sys::Url::new_with_base(file, &base)
        .map(|url| url.href())
        .unwrap_or_else(|_| file.to_owned())
}
