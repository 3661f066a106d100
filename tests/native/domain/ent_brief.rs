//! The message for the ENT's CAS administrator and its `mailto:` link.

use percent_encoding::percent_decode_str;
use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::computation::compute;
use pronote_delegation::domain::ent_brief::{ent_admin_mailto, ent_admin_message};
use pronote_delegation::domain::hosting::HostingKind;
use pronote_delegation::domain::request::Request;
use pronote_delegation::lang::Lang;

fn seed(lang: Lang) -> Request {
    Request {
        ent: Some("toutatice".into()),
        hosting: HostingKind::IndexEducation,
        uai: "0310047h".into(),
        lang,
        ..Request::default()
    }
}

fn brief(request: &Request) -> (String, String, String) {
    let set = compute(request, &Catalogue::builtin()).addresses.unwrap();
    let (subject, body) = ent_admin_message(request, &set, Some("Toutatice"));
    (subject, body, ent_admin_mailto(request, &set, Some("Toutatice")))
}

#[test]
fn the_message_names_the_school_the_ent_every_registry_format_and_the_validation_address() {
    let (subject, body, _) = brief(&seed(Lang::Fr));
    assert!(subject.contains("0310047H"), "{subject}");
    for expected in [
        "0310047H",
        "Toutatice",
        "https://0310047H.index-education.net/pronote/**",
        "https://0310047H.index-education.net/pronote/*\r\n",
        "^https://",
        "https://www.toutatice.fr/casshib/shib/666666/samlValidate",
    ] {
        assert!(body.contains(expected), "{expected} missing from {body}");
    }
}

#[test]
fn the_message_is_in_the_readers_language() {
    let (subject, body, _) = brief(&seed(Lang::En));
    assert!(subject.contains("CAS service to register"));
    assert!(body.starts_with("Hello,"));
    assert!(body.contains("PRONOTE will validate tickets at: https://www.toutatice.fr/"));
}

#[test]
fn the_mailto_link_decodes_back_to_the_message() {
    let (subject, body, link) = brief(&seed(Lang::Fr));
    let query = link.strip_prefix("mailto:?").unwrap();
    let (encoded_subject, encoded_body) = query.split_once('&').unwrap();
    let decode = |text: &str| percent_decode_str(text).decode_utf8().unwrap().into_owned();
    assert_eq!(decode(encoded_subject.strip_prefix("subject=").unwrap()), subject);
    assert_eq!(decode(encoded_body.strip_prefix("body=").unwrap()), body);
}

#[test]
fn the_mailto_link_encodes_spaces_line_breaks_and_reserved_characters() {
    let (_, _, link) = brief(&seed(Lang::Fr));
    let body = link.split_once("&body=").unwrap().1;
    assert!(!body.contains([' ', '\n', '+', '&', '?', '#']), "{body}");
    assert!(body.contains("%0D%0A") && body.contains("%20"));
}

#[test]
fn a_hosting_label_names_the_school_by_its_host() {
    let request = Request {
        uai: "toutatice".into(),
        ..seed(Lang::Fr)
    };
    let (subject, _, _) = brief(&request);
    assert!(subject.contains("toutatice.index-education.net"), "{subject}");
}

#[test]
fn a_self_hosted_school_is_named_by_its_host_and_without_ent_no_validation_is_promised() {
    let request = Request {
        hosting: HostingKind::Custom,
        url: "https://pronote.lycee.fr/pronote/eleve.html".into(),
        ..Request::default()
    };
    let set = compute(&request, &Catalogue::builtin()).addresses.unwrap();
    let (subject, body) = ent_admin_message(&request, &set, None);
    assert!(subject.contains("pronote.lycee.fr"));
    assert!(!body.contains("validera"));
}
