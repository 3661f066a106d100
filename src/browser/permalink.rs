//! The standalone page keeps its state in its own address, so a configured page can be shared or bookmarked.
//! Parameter names are the widget contract's, those `OptionName::in_page_address` says the address carries.

use web_sys::UrlSearchParams;

use crate::domain::request::Request;
use crate::options::{page_address, WidgetOptions};

/// Sets the options the page's query string carries over `options`: a shared address wins over the page's
/// own settings (those absent from it stay as they were).
pub fn restore(options: &mut WidgetOptions) {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return;
    };
    let Ok(params) = UrlSearchParams::new_with_str(&search) else {
        return;
    };
    options.read(|option| option.in_page_address().then(|| params.get(option.name())).flatten());
}

/// The query string that restores `request` (empty values left out, so links stay short).
pub fn query(request: &Request) -> String {
    let Ok(params) = UrlSearchParams::new() else {
        return String::new();
    };
    page_address(request, |option, value| params.append(option.name(), value));
    String::from(params.to_string())
}

/// Replaces the page's query string with `request`'s, without adding a history entry per keystroke.
pub fn write(request: &Request) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(path), Ok(hash)) = (location.pathname(), location.hash()) else {
        return;
    };
    let query = query(request);
    let address = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}
