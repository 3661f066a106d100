//! International host names (`pronote.collège-exemple.fr`) go through the browser's own URL parser, which
//! turns them into their ASCII (punycode) form. The domain's `url` crate is built without Unicode tables to
//! keep the wasm small, so it only ever sees ASCII hosts.

use crate::domain::request::Request;

/// `input` with its host in ASCII form, when the browser can read it as an address; else `input` unchanged.
pub fn ascii_address(input: &str) -> String {
    if input.is_ascii() {
        return input.to_owned();
    }
    let trimmed = input.trim();
    let with_scheme = if trimmed.contains("://") {
        trimmed.to_owned()
    } else {
        format!("https://{trimmed}")
    };
    web_sys::Url::new(&with_scheme)
        .map(|url| url.href())
        .unwrap_or_else(|_| input.to_owned())
}

/// The request with its pasted address's host in ASCII: what the domain reads, whether it computes the
/// addresses or diagnoses a pasted address.
pub fn ascii_request(request: &Request) -> Request {
    Request {
        url: ascii_address(&request.url),
        ..request.clone()
    }
}
