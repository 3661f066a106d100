//! The `serviceId` pattern registered at the ENT's CAS.

use pronote_delegation::domain::pasted_address::root_from_pasted;
use pronote_delegation::domain::pronote_root::PronoteRoot;
use pronote_delegation::domain::service_pattern::service_pattern;
use regex::Regex;

fn root(address: &str) -> PronoteRoot {
    root_from_pasted(address, &[]).unwrap().0
}

fn pattern(address: &str) -> Regex {
    Regex::new(&service_pattern(&root(address))).unwrap()
}

#[test]
fn hosted_root_pattern_is_readable() {
    assert_eq!(
        service_pattern(&root("https://0310047H.index-education.net/pronote/")),
        r"^https://(?i:0310047H\.index-education\.net)(?::443)?/pronote/.*$"
    );
}

#[test]
fn pattern_matches_every_page_and_query_under_the_root() {
    let pattern = pattern("https://0310047H.index-education.net/pronote/");
    for service in [
        "https://0310047H.index-education.net/pronote/",
        "https://0310047H.index-education.net/pronote/eleve.html",
        "https://0310047H.index-education.net/pronote/mobile.eleve.html?fd=1",
        "https://0310047H.index-education.net/pronote/?login=true",
    ] {
        assert!(pattern.is_match(service), "{service}");
    }
}

#[test]
fn pattern_matches_the_host_in_any_case() {
    let pattern = pattern("https://0310047H.index-education.net/pronote/");
    assert!(pattern.is_match("https://0310047h.index-education.net/pronote/parent.html"));
    assert!(pattern.is_match("https://0310047H.INDEX-EDUCATION.NET/pronote/"));
}

#[test]
fn pattern_accepts_the_default_port_written_out() {
    let pattern = pattern("https://p.fr/pronote/");
    assert!(pattern.is_match("https://p.fr:443/pronote/eleve.html"));
    assert!(!pattern.is_match("https://p.fr:8443/pronote/eleve.html"));
}

#[test]
fn pattern_requires_a_non_default_port() {
    let pattern = pattern("http://p.fr:8080/pronote/");
    assert!(pattern.is_match("http://p.fr:8080/pronote/eleve.html"));
    assert!(!pattern.is_match("http://p.fr/pronote/eleve.html"));
}

#[test]
fn pattern_keeps_the_scheme_exact() {
    let pattern = pattern("https://p.fr/pronote/");
    assert!(!pattern.is_match("http://p.fr/pronote/"));
    assert!(!pattern.is_match("HTTPS://p.fr/pronote/"));
}

#[test]
fn pattern_rejects_another_host() {
    let pattern = pattern("https://p.fr/pronote/");
    assert!(!pattern.is_match("https://p.fr.evil.com/pronote/"));
    assert!(!pattern.is_match("https://pXfr/pronote/"));
    assert!(!pattern.is_match("https://evil.com/?https://p.fr/pronote/"));
    assert!(!pattern.is_match("https://p.fr@evil.com/pronote/"));
}

#[test]
fn pattern_rejects_a_sibling_path() {
    let pattern = pattern("https://p.fr/pronote/");
    assert!(!pattern.is_match("https://p.fr/pronote2/"));
    assert!(!pattern.is_match("https://p.fr/pronote"));
    assert!(!pattern.is_match("https://p.fr/"));
}

#[test]
fn pattern_of_a_server_root_covers_the_whole_host() {
    let pattern = pattern("https://p.fr/");
    assert!(pattern.is_match("https://p.fr/anything.html?x=1"));
}

#[test]
fn pattern_escapes_an_ipv6_host() {
    let pattern = pattern("https://[2001:db8::1]/pronote/");
    assert!(pattern.is_match("https://[2001:db8::1]/pronote/eleve.html"));
    assert!(!pattern.is_match("https://2/pronote/"));
}

#[test]
fn pattern_escapes_regex_characters_in_the_path() {
    let pattern = pattern("https://p.fr/a+b(c)$/");
    assert!(pattern.is_match("https://p.fr/a+b(c)$/eleve.html"));
    assert!(!pattern.is_match("https://p.fr/aab(c)$/eleve.html"));
}
