//! The author's embed code: the release's version, the loader pinned by its hash, and one element carrying
//! the configuration as `data-` attributes and, until the widget mounts, a sentence and a link.

use pronote_delegation::domain::delegation::SpaceSettings;
use pronote_delegation::domain::embed_snippet::{embed_snippet, Loader, VERSION};
use pronote_delegation::domain::hosting::HostingKind;
use pronote_delegation::domain::request::Request;
use pronote_delegation::lang::Lang;

const LOADER: Loader<'static> = Loader {
    address: "https://academie.fr/pronote/widget.js",
    integrity: None,
};
const HASH: &str = "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC";

#[test]
fn the_snippet_loads_the_widget_and_carries_the_configuration() {
    let request = Request {
        ent: Some("toutatice".into()),
        hosting: HostingKind::Toutatice,
        uai: " 0310047H ".into(),
        lang: Lang::En,
        spaces: SpaceSettings::parse_changes("academie-off"),
        ..Request::default()
    };
    let loader = Loader {
        integrity: Some(HASH),
        ..LOADER
    };
    assert_eq!(
        embed_snippet(&loader, &request, Some("cas,registry")),
        format!(
            "<!-- pronote-delegation {VERSION} -->\n\
             <script type=\"module\" async src=\"https://academie.fr/pronote/widget.js\" integrity=\"{HASH}\" \
             crossorigin=\"anonymous\"></script>\n\
             <div data-pronote-delegation data-ent=\"toutatice\" data-hosting=\"toutatice\" data-uai=\"0310047H\" \
             data-lang=\"en\" data-spaces=\"academie-off\" data-show=\"cas,registry\"><p>The PRONOTE delegation \
             address builder appears here. If it does not, <a href=\"https://academie.fr/pronote/index.html?\
             ent=toutatice&amp;hosting=toutatice&amp;uai=0310047H&amp;lang=en&amp;spaces=academie-off\">open it in \
             its own page</a>.</p></div>\n"
        )
    );
}

#[test]
fn the_version_is_cargos() {
    assert_eq!(VERSION, env!("CARGO_PKG_VERSION"));
    assert!(embed_snippet(&LOADER, &Request::default(), None)
        .starts_with(&format!("<!-- pronote-delegation {VERSION} -->")));
}

#[test]
fn a_loader_without_a_known_hash_is_not_pinned() {
    let snippet = embed_snippet(&LOADER, &Request::default(), None);
    assert!(!snippet.contains("integrity") && !snippet.contains("crossorigin"));
}

#[test]
fn the_fallback_is_in_the_widgets_language() {
    let snippet = embed_snippet(&LOADER, &Request::default(), None);
    assert!(snippet.contains("<p>Le calculateur d’adresses de délégation PRONOTE s’affiche ici."));
    assert!(snippet.contains(">ouvrez-le dans sa propre page</a>.</p></div>"));
    assert!(snippet.contains("href=\"https://academie.fr/pronote/index.html?hosting=index-education&amp;lang=fr\""));
}

#[test]
fn a_relative_loader_address_gives_the_sentence_without_a_link() {
    let loader = Loader {
        address: "widget.js",
        integrity: None,
    };
    let snippet = embed_snippet(&loader, &Request::default(), None);
    assert!(snippet.contains("<p>Le calculateur") && !snippet.contains("<a "));
}

#[test]
fn every_part_and_empty_values_write_no_attribute() {
    let snippet = embed_snippet(&LOADER, &Request::default(), None);
    assert!(!snippet.contains("data-show") && !snippet.contains("data-ent") && !snippet.contains("data-uai"));
}

#[test]
fn a_self_hosted_address_is_escaped_as_an_attribute_value() {
    let request = Request {
        hosting: HostingKind::Custom,
        url: "https://p.fr/a\"><script>x</script>?a=1&b=2".into(),
        uai: "ignored".into(),
        ..Request::default()
    };
    let snippet = embed_snippet(&LOADER, &request, None);
    assert!(snippet.contains("data-url=\"https://p.fr/a&quot;&gt;&lt;script&gt;x&lt;/script&gt;?a=1&amp;b=2\""));
    assert!(!snippet.contains("data-uai"));
    assert_eq!(snippet.matches("<script").count(), 1);
    // In the standalone page's address the value is percent-encoded, then escaped as an attribute.
    assert!(snippet.contains("url=https%3A%2F%2Fp.fr%2Fa%22%3E%3Cscript%3Ex%3C%2Fscript%3E%3Fa%3D1%26b%3D2"));
}
