//! Where the widget's own files are served from, for the embed code an author copies.

use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// The address of `widget.js`: in the folder `widget.js` announced as `PronoteDelegation.base`, else
/// beside the page (the standalone page lives in the widget's folder).
pub fn widget_js_address() -> String {
    let Some(window) = web_sys::window() else {
        return "widget.js".to_owned();
    };
    let base = Reflect::get(&window, &JsValue::from_str("PronoteDelegation"))
        .and_then(|api| Reflect::get(&api, &JsValue::from_str("base")))
        .ok()
        .and_then(|base| base.as_string())
        .or_else(|| window.location().href().ok())
        .unwrap_or_default();
    web_sys::Url::new_with_base("widget.js", &base)
        .map(|url| url.href())
        .unwrap_or_else(|_| "widget.js".to_owned())
}
