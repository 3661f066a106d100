//! The code a documentation author pastes into a page to show the widget as currently configured: the
//! loader's `<script>` and one element whose `data-` attributes are the widget contract's options.

use crate::domain::hosting::HostingKind;
use crate::domain::request::Request;

/// The snippet: `widget_js` is the loader's address, `show` the chosen parts (`None`: every part, the
/// default, so no attribute).
pub fn embed_snippet(widget_js: &str, request: &Request, show: Option<&str>) -> String {
    let mut element = String::from("<div data-pronote-delegation");
    let mut attribute = |name: &str, value: &str| {
        if !value.is_empty() {
            element.push_str(&format!(" data-{name}=\"{}\"", escape(value)));
        }
    };
    attribute("ent", request.ent.as_deref().unwrap_or("").trim());
    attribute("hosting", request.hosting.id());
    match request.hosting {
        HostingKind::Custom => attribute("url", request.url.trim()),
        _ => attribute("uai", request.uai.trim()),
    }
    attribute("lang", request.lang.code());
    attribute("spaces", &request.spaces.changes());
    attribute("show", show.unwrap_or(""));
    element.push_str("></div>");
    format!(
        "<script type=\"module\" async src=\"{}\"></script>\n{element}\n",
        escape(widget_js)
    )
}

/// An attribute value between double quotes: what a reader typed must stay a value, never markup.
fn escape(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
