//! The author's embed code: the loader and one element carrying the configuration as `data-` attributes.

use pronote_delegation::domain::delegation::SpaceSettings;
use pronote_delegation::domain::embed_snippet::embed_snippet;
use pronote_delegation::domain::hosting::HostingKind;
use pronote_delegation::domain::request::Request;
use pronote_delegation::lang::Lang;

const LOADER: &str = "https://academie.fr/pronote/widget.js";

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
    assert_eq!(
        embed_snippet(LOADER, &request, Some("cas,registry")),
        "<script type=\"module\" async src=\"https://academie.fr/pronote/widget.js\"></script>\n\
         <div data-pronote-delegation data-ent=\"toutatice\" data-hosting=\"toutatice\" data-uai=\"0310047H\" \
         data-lang=\"en\" data-spaces=\"academie-off\" data-show=\"cas,registry\"></div>\n"
    );
}

#[test]
fn every_part_and_empty_values_write_no_attribute() {
    let snippet = embed_snippet(LOADER, &Request::default(), None);
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
    let snippet = embed_snippet(LOADER, &request, None);
    assert!(snippet.contains("data-url=\"https://p.fr/a&quot;&gt;&lt;script&gt;x&lt;/script&gt;?a=1&amp;b=2\""));
    assert!(!snippet.contains("data-uai"));
    assert_eq!(snippet.matches("<script").count(), 1);
}
