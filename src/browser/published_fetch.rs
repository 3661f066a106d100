//! The widget's own try at reading the school's `InfoMobileApp.json`: a plain GET to the school's
//! PRONOTE (a CORS request, fetch's default), without cookies or referrer. Whether a PRONOTE.net lets a
//! page of another site read it (CORS) is not documented; when it does not (or the page's own policy
//! forbids the request), the reader pastes what the file's page shows instead.

use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, ReferrerPolicy, RequestCredentials, RequestInit};

use crate::browser::fetch;

/// How long the file may take (milliseconds): past this, the reader is told to paste it.
pub const TIMEOUT_MS: u32 = 10_000;

/// The text at `address`, or `None` when the browser does not give it (refused, unreachable, an HTTP
/// error, too slow).
pub async fn fetch(address: &str) -> Option<String> {
    let init = RequestInit::new();
    init.set_credentials(RequestCredentials::Omit);
    init.set_referrer_policy(ReferrerPolicy::NoReferrer);
    init.set_signal(Some(&AbortSignal::timeout_with_u32(TIMEOUT_MS)));
    let response = fetch::response(address, &init).await.ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
