//! The standalone page keeps its state in its own address, so a configured page can be shared or bookmarked.
//! Parameter names are the widget contract's: `ent`, `hosting`, `uai`, `url`, `lang`, plus `spaces`.

use web_sys::UrlSearchParams;

use crate::domain::request::Request;
use crate::options::WidgetOptions;

/// Reads the options found in the page's query string (absent ones stay `None`).
pub fn read() -> WidgetOptions {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return WidgetOptions::default();
    };
    let Ok(params) = UrlSearchParams::new_with_str(&search) else {
        return WidgetOptions::default();
    };
    WidgetOptions {
        ent: params.get("ent"),
        hosting: params.get("hosting"),
        uai: params.get("uai"),
        url: params.get("url"),
        lang: params.get("lang"),
        spaces: params.get("spaces"),
        ..WidgetOptions::default()
    }
}

/// The query string that restores `request` (empty values left out, so links stay short).
pub fn query(request: &Request) -> String {
    let Ok(params) = UrlSearchParams::new() else {
        return String::new();
    };
    let spaces = request.spaces.changes();
    let pairs = [
        ("ent", request.ent.as_deref().unwrap_or("")),
        ("hosting", request.hosting.id()),
        ("uai", request.uai.trim()),
        ("url", request.url.trim()),
        ("lang", request.lang.code()),
        ("spaces", spaces.as_str()),
    ];
    for (name, value) in pairs {
        if !value.is_empty() {
            params.append(name, value);
        }
    }
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
