//! The one way the widget's files are fetched (the page's presets file, the school's published file):
//! a GET made with the caller's options, one copy of the future and its checks in the wasm.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestInit, Response};

/// The response to a GET of `address` made with `init`; `Err` holds the browser's exception (`null`
/// without a window).
pub async fn response(address: &str, init: &RequestInit) -> Result<Response, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    JsFuture::from(window.fetch_with_str_and_init(address, init))
        .await?
        .dyn_into()
}
