//! Exports: plain text, Markdown, CSV and JSON, all written from one address set.

use pronote_delegation::domain::addresses::{build_addresses, AddressSet};
use pronote_delegation::domain::cas_server::CasServer;
use pronote_delegation::domain::delegation::{DelegationKind, SpaceSetting, SpaceSettings};
use pronote_delegation::domain::export::{to_csv, to_json, to_markdown, to_text};
use pronote_delegation::domain::hosting::{resolve_root, HostingKind};
use pronote_delegation::domain::space::Space;
use pronote_delegation::lang::Lang;
use url::Url;

fn seed_set() -> AddressSet {
    let (root, _) = resolve_root(HostingKind::IndexEducation, "toutatice", "", &[]).unwrap();
    let cas = CasServer {
        login: Url::parse("https://www.toutatice.fr/casshib/shib/toutatice/login").unwrap(),
        validation: Url::parse("https://www.toutatice.fr/casshib/shib/666666/samlValidate").unwrap(),
    };
    build_addresses(&root, Some(&cas), &SpaceSettings::default())
}

/// Only the Parents space, to keep expected texts short.
fn small_set() -> AddressSet {
    let (root, _) = resolve_root(HostingKind::IndexEducation, "0310047H", "", &[]).unwrap();
    let mut spaces = SpaceSettings::uniform(SpaceSetting {
        published: false,
        kind: DelegationKind::Cas,
    });
    spaces.set_published(Space::Parent, true);
    build_addresses(&root, None, &spaces)
}

#[test]
fn text_export_lists_every_address_under_group_headings() {
    assert_eq!(
        to_text(&small_set(), Lang::En),
        "PRONOTE.net addresses: https://0310047H.index-education.net/pronote/\n\
         \n\
         CAS delegation (PRONOTE hosting console)\n\
         - URL à communiquer au socle ENT (URL to give the ENT): https://0310047H.index-education.net/pronote/**\n\
         - URL à communiquer aux utilisateurs de PRONOTE pour une connexion directe (direct-login URL): https://0310047H.index-education.net/pronote/?login=true\n\
         \n\
         Service registration in the ENT's CAS\n\
         - Service sent by the Page commune (the PRONOTE.net root): https://0310047H.index-education.net/pronote/\n\
         - Regular expression (Apereo CAS, Open ENT NG): ^https://(?i:0310047H\\.index-education\\.net)(?::443)?/pronote/.*$\n\
         - Ant pattern “**” (CAS 3 registries, as the console shows it): https://0310047H.index-education.net/pronote/**\n\
         - Valid redirect URI (Keycloak, CAS protocol): https://0310047H.index-education.net/pronote/*\n\
         \n\
         Space addresses\n\
         - Parents space — address: https://0310047H.index-education.net/pronote/parent.html\n\
         - Parents space — mobile address: https://0310047H.index-education.net/pronote/mobile.parent.html\n\
         - Parents space — direct login: https://0310047H.index-education.net/pronote/parent.html?login=true\n"
    );
}

#[test]
fn text_export_in_french_uses_the_consoles_labels_and_french_colons() {
    let text = to_text(&seed_set(), Lang::Fr);
    assert!(text.contains("- URL d'authentification\u{a0}: https://www.toutatice.fr/casshib/shib/toutatice/login\n"));
    assert!(text.contains(
        "- Lien de connexion par l'ENT, avec le service de l'établissement\u{a0}: https://www.toutatice.fr/casshib/shib/toutatice/login?service=https%3A%2F%2Ftoutatice.index-education.net%2Fpronote%2F\n"
    ));
    assert!(text.contains("Adresses des espaces\n"));
}

#[test]
fn markdown_export_is_a_table_per_group_with_addresses_in_code_spans() {
    let markdown = to_markdown(&small_set(), Lang::Fr);
    assert!(markdown.starts_with("## Adresses PRONOTE.net\u{a0}: https://0310047H.index-education.net/pronote/\n"));
    assert!(markdown.contains(
        "\n### Adresses des espaces\n\n| Élément | Adresse |\n| --- | --- |\n| Espace Parents — adresse | `https://0310047H.index-education.net/pronote/parent.html` |\n"
    ));
}

#[test]
fn markdown_export_headings_are_translated() {
    assert!(to_markdown(&small_set(), Lang::En).contains("| Item | Address |"));
}

#[test]
fn markdown_export_keeps_the_service_pattern_literal() {
    assert!(to_markdown(&small_set(), Lang::En)
        .contains(r"| `^https://(?i:0310047H\.index-education\.net)(?::443)?/pronote/.*$` |"));
}

#[test]
fn markdown_export_escapes_a_pipe_in_an_address() {
    let (root, _) = resolve_root(HostingKind::Custom, "", "https://p.fr/a|b/", &[]).unwrap();
    let spaces = SpaceSettings::uniform(SpaceSetting {
        published: false,
        kind: DelegationKind::Cas,
    });
    let markdown = to_markdown(&build_addresses(&root, None, &spaces), Lang::En);
    assert!(markdown.contains(r"`https://p.fr/a\|b/`"));
}

#[test]
fn csv_export_has_a_translated_header_and_crlf_rows() {
    let csv = to_csv(&small_set(), Lang::En);
    let mut lines = csv.split("\r\n");
    assert_eq!(lines.next(), Some("group,key,label,address"));
    assert_eq!(
        lines.next(),
        Some("CAS delegation (PRONOTE hosting console),ent-url,URL à communiquer au socle ENT (URL to give the ENT),https://0310047H.index-education.net/pronote/**")
    );
    assert!(csv.ends_with("\r\n"));
    assert_eq!(csv.matches("\r\n").count(), 1 + small_set().entries.len());
}

#[test]
fn csv_export_french_header() {
    assert!(to_csv(&small_set(), Lang::Fr).starts_with("groupe,clé,libellé,adresse\r\n"));
}

#[test]
fn csv_export_quotes_fields_with_commas_and_doubles_quotes() {
    let (root, _) = resolve_root(HostingKind::Custom, "", "https://p.fr/a,b/", &[]).unwrap();
    let set = build_addresses(&root, None, &SpaceSettings::default());
    assert!(to_csv(&set, Lang::En)
        .contains(",root,Service sent by the Page commune (the PRONOTE.net root),\"https://p.fr/a,b/\"\r\n"));
}

#[test]
fn json_export_parses_and_holds_every_address_with_its_key() {
    let set = seed_set();
    let json: serde_json::Value = serde_json::from_str(&to_json(&set, Lang::Fr)).unwrap();
    assert_eq!(json["root"], "https://toutatice.index-education.net/pronote/");
    assert_eq!(json["lang"], "fr");
    let addresses = json["addresses"].as_array().unwrap();
    assert_eq!(addresses.len(), set.entries.len());
    assert_eq!(addresses[0]["key"], "cas-login");
    assert_eq!(addresses[0]["group"], "cas-dialog");
    assert_eq!(addresses[0]["label"], "URL d'authentification");
    assert_eq!(
        addresses[0]["value"],
        "https://www.toutatice.fr/casshib/shib/toutatice/login"
    );
}

#[test]
fn json_export_labels_are_translated() {
    let json: serde_json::Value = serde_json::from_str(&to_json(&seed_set(), Lang::En)).unwrap();
    assert_eq!(
        json["addresses"][0]["label"],
        "URL d'authentification (authentication URL)"
    );
}

#[test]
fn address_set_serializes_keys_as_their_ids() {
    let json = serde_json::to_value(small_set()).unwrap();
    assert_eq!(json["root"], "https://0310047H.index-education.net/pronote/");
    assert_eq!(json["entries"][0]["key"], "ent-url");
}

#[test]
fn every_export_holds_every_address() {
    let set = seed_set();
    for lang in [Lang::Fr, Lang::En] {
        for export in [to_text(&set, lang), to_csv(&set, lang), to_json(&set, lang)] {
            for address in &set.entries {
                let value = address.value.replace('\\', "\\\\");
                assert!(
                    export.contains(&address.value) || export.contains(&value),
                    "{}",
                    address.key.id()
                );
            }
        }
    }
}
