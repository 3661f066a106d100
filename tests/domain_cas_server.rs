#![cfg(not(target_arch = "wasm32"))]
//! CAS server addresses: the console's defaults from a base, the login link and the validation target.

use pronote_delegation::domain::cas_server::{encode_query_value, CasServer};
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
fn base_gives_login_and_saml_validate() {
    let cas = CasServer::from_base(&url("https://ent.iledefrance.fr/cas"));
    assert_eq!(cas.login.as_str(), "https://ent.iledefrance.fr/cas/login");
    assert_eq!(cas.validation.as_str(), "https://ent.iledefrance.fr/cas/samlValidate");
}

#[test]
fn base_with_trailing_slash_gives_the_same_addresses() {
    assert_eq!(
        CasServer::from_base(&url("https://ent.iledefrance.fr/cas/")),
        CasServer::from_base(&url("https://ent.iledefrance.fr/cas"))
    );
}

#[test]
fn base_with_login_left_in_gives_the_same_addresses() {
    assert_eq!(
        CasServer::from_base(&url("https://ent.iledefrance.fr/cas/login")),
        CasServer::from_base(&url("https://ent.iledefrance.fr/cas"))
    );
}

#[test]
fn base_at_host_root_gives_login_at_host_root() {
    let cas = CasServer::from_base(&url("https://cas.monbureaunumerique.fr"));
    assert_eq!(cas.login.as_str(), "https://cas.monbureaunumerique.fr/login");
    assert_eq!(
        cas.validation.as_str(),
        "https://cas.monbureaunumerique.fr/samlValidate"
    );
}

#[test]
fn base_query_stays_on_login_only() {
    let cas = CasServer::from_base(&url("https://cas.example.fr/?selection=ATS_parent_eleve"));
    assert_eq!(
        cas.login.as_str(),
        "https://cas.example.fr/login?selection=ATS_parent_eleve"
    );
    assert_eq!(cas.validation.as_str(), "https://cas.example.fr/samlValidate");
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
