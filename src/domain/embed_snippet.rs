//! The code a documentation author pastes into a page to show the widget as currently configured: the
//! loader's `<script>`, pinned to its exact bytes when known, and one element whose `data-` attributes are
//! the widget contract's options, holding a sentence and a link for readers whose browser never runs it.

use crate::domain::cas_server::encode_query_value;
use crate::domain::hosting::HostingKind;
use crate::domain::request::Request;

/// The release the snippet was written by (Cargo's version): a reader of a page's source sees which it is.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The loader as the page that shows the embed code loaded it.
pub struct Loader<'a> {
    /// The address of `widget.js`; the standalone page is `index.html` beside it.
    pub address: &'a str,
    /// Its Subresource Integrity hash (`sha384-…`), when that page pinned it.
    pub integrity: Option<&'a str>,
}

/// The snippet: `show` is the chosen parts (`None`: every part, the default, so no attribute).
pub fn embed_snippet(loader: &Loader<'_>, request: &Request, show: Option<&str>) -> String {
    let options = options(request, show);
    let mut element = String::from("<div data-pronote-delegation");
    for (name, value) in &options {
        element.push_str(&format!(" data-{name}=\"{}\"", escape(value)));
    }
    let words = request.lang.words();
    element.push_str(&format!("><p>{}", escape(words.embed_fallback)));
    match standalone_page(loader.address, &options) {
        Some(page) => element.push_str(&format!(
            "<a href=\"{}\">{}</a>.",
            escape(&page),
            escape(words.embed_fallback_link)
        )),
        None => element.push_str(&escape(words.embed_fallback_link)),
    }
    element.push_str("</p></div>");
    // A module script is always fetched with CORS; `crossorigin` says so to readers and older browsers.
    let pin = loader
        .integrity
        .map(|hash| format!(" integrity=\"{}\" crossorigin=\"anonymous\"", escape(hash)))
        .unwrap_or_default();
    format!(
        "<!-- pronote-delegation {VERSION} -->\n<script type=\"module\" async src=\"{}\"{pin}></script>\n{element}\n",
        escape(loader.address)
    )
}

/// The options the element carries, by attribute name without `data-`, in the contract's order; empty
/// values are left out.
fn options(request: &Request, show: Option<&str>) -> Vec<(&'static str, String)> {
    let place = match request.hosting {
        HostingKind::Custom => ("url", request.url.trim()),
        _ => ("uai", request.uai.trim()),
    };
    let options = [
        ("ent", request.ent.as_deref().unwrap_or("").trim().to_owned()),
        ("hosting", request.hosting.id().to_owned()),
        (place.0, place.1.to_owned()),
        ("lang", request.lang.code().to_owned()),
        ("spaces", request.spaces.changes()),
        ("show", show.unwrap_or("").to_owned()),
    ];
    options.into_iter().filter(|(_, value)| !value.is_empty()).collect()
}

/// The standalone page beside the loader, opened with the same options (its page parameters share their
/// names with the attributes), or `None` when the loader's address is not an absolute web address.
fn standalone_page(loader: &str, options: &[(&str, String)]) -> Option<String> {
    let path = loader
        .strip_prefix("https://")
        .or_else(|| loader.strip_prefix("http://"))?;
    let folder = path.rfind('/')?;
    let mut page = format!("{}index.html", &loader[..loader.len() - path.len() + folder + 1]);
    let mut separator = '?';
    for (name, value) in options.iter().filter(|(name, _)| *name != "show") {
        page.push_str(&format!("{separator}{name}={}", encode_query_value(value)));
        separator = '&';
    }
    Some(page)
}

/// An attribute value or text between double quotes: what a reader typed must stay text, never markup.
fn escape(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
