//! CAS server addresses: the console's default validation from a base, and the login link.

use pronote_delegation::domain::cas_server::{encode_query_value, CasServer};
use pronote_delegation::domain::preset::derive_validation;
use url::Url;

fn url(text: &str) -> Url {
    Url::parse(text).unwrap()
}

fn server(login: &str) -> CasServer {
    CasServer {
        login: url(login),
        validation: url("https://cas.example.fr/samlValidate"),
    }
}

#[test]
fn a_base_gives_the_consoles_default_validation() {
    assert_eq!(
        derive_validation(&url("https://ent.iledefrance.fr/cas")).as_str(),
        "https://ent.iledefrance.fr/cas/samlValidate"
    );
}

#[test]
fn a_base_with_a_trailing_slash_gives_the_same_validation() {
    assert_eq!(
        derive_validation(&url("https://ent.iledefrance.fr/cas/")),
        derive_validation(&url("https://ent.iledefrance.fr/cas"))
    );
}

#[test]
fn a_base_at_the_host_root_gives_validation_at_the_host_root() {
    assert_eq!(
        derive_validation(&url("https://cas.monbureaunumerique.fr")).as_str(),
        "https://cas.monbureaunumerique.fr/samlValidate"
    );
}

#[test]
fn login_link_appends_service_with_question_mark() {
    assert_eq!(
        server("https://cas.example.fr/login").login_link("https://pronote.example.fr/pronote/"),
        "https://cas.example.fr/login?service=https%3A%2F%2Fpronote.example.fr%2Fpronote%2F"
    );
}

#[test]
fn login_link_appends_service_after_the_logins_own_query() {
    assert_eq!(
        server("https://cas.example.fr/login?selection=ATS_parent_eleve")
            .login_link("https://pronote.example.fr/pronote/"),
        "https://cas.example.fr/login?selection=ATS_parent_eleve&service=https%3A%2F%2Fpronote.example.fr%2Fpronote%2F"
    );
}

#[test]
fn login_link_keeps_the_logins_own_query_byte_for_byte() {
    assert_eq!(
        server("https://ent.netocentre.fr/cas/login?idpId=parentEleveEN-IdP%20x").login_link("https://p.fr/"),
        "https://ent.netocentre.fr/cas/login?idpId=parentEleveEN-IdP%20x&service=https%3A%2F%2Fp.fr%2F"
    );
}

#[test]
fn login_link_replaces_a_service_already_in_the_login() {
    assert_eq!(
        server("https://cas.example.fr/login?service=old&a=b").login_link("https://p.fr/"),
        "https://cas.example.fr/login?a=b&service=https%3A%2F%2Fp.fr%2F"
    );
}

#[test]
fn login_link_after_an_empty_query_has_no_stray_ampersand() {
    assert_eq!(
        server("https://cas.example.fr/login?").login_link("https://p.fr/"),
        "https://cas.example.fr/login?service=https%3A%2F%2Fp.fr%2F"
    );
}

#[test]
fn login_link_drops_the_logins_fragment() {
    assert_eq!(
        server("https://cas.example.fr/login#top").login_link("https://p.fr/"),
        "https://cas.example.fr/login?service=https%3A%2F%2Fp.fr%2F"
    );
}

#[test]
fn encoding_covers_every_query_delimiter_and_writes_space_as_percent_20() {
    assert_eq!(
        encode_query_value("a:/?=&#%+ b~-._"),
        "a%3A%2F%3F%3D%26%23%25%2B%20b~-._"
    );
}

#[test]
fn encoding_writes_utf8_bytes() {
    assert_eq!(encode_query_value("é"), "%C3%A9");
}
