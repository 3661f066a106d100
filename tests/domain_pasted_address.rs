#![cfg(not(target_arch = "wasm32"))]
//! What users paste, reduced to the root of their PRONOTE.net.

use pronote_delegation::domain::error::{Error, Field};
use pronote_delegation::domain::pasted_address::root_from_pasted;
use pronote_delegation::domain::warning::Warning;

const KNOWN_ENT_HOSTS: [&str; 2] = ["www.toutatice.fr", "ent.iledefrance.fr"];

fn root(input: &str) -> String {
    root_from_pasted(input, &KNOWN_ENT_HOSTS)
        .map(|(root, _)| root.as_str().to_owned())
        .unwrap_or_else(|error| panic!("{input}: {error:?}"))
}

fn warnings(input: &str) -> Vec<Warning> {
    root_from_pasted(input, &KNOWN_ENT_HOSTS)
        .map(|(_, warnings)| warnings)
        .unwrap_or_else(|error| panic!("{input}: {error:?}"))
}

fn codes(input: &str) -> Vec<&'static str> {
    warnings(input).iter().map(Warning::code).collect()
}

#[test]
fn root_stays_the_root() {
    assert_eq!(
        root("https://pronote.lycee.fr/pronote/"),
        "https://pronote.lycee.fr/pronote/"
    );
}

#[test]
fn clean_root_earns_no_warning() {
    assert!(warnings("https://pronote.lycee.fr/pronote/").is_empty());
}

#[test]
fn missing_trailing_slash_is_added() {
    assert_eq!(
        root("https://pronote.lycee.fr/pronote"),
        "https://pronote.lycee.fr/pronote/"
    );
}

#[test]
fn pasted_space_page_is_reduced_to_root() {
    assert_eq!(
        root("https://pronote.lycee.fr/pronote/eleve.html"),
        "https://pronote.lycee.fr/pronote/"
    );
}

#[test]
fn pasted_mobile_space_page_is_reduced_to_root() {
    assert_eq!(
        root("https://pronote.lycee.fr/pronote/mobile.parent.html"),
        "https://pronote.lycee.fr/pronote/"
    );
}

#[test]
fn page_followed_by_a_stray_slash_is_reduced_to_root() {
    assert_eq!(
        root("https://toutatice.index-education.net/pronote/mobile.html/"),
        "https://toutatice.index-education.net/pronote/"
    );
}

#[test]
fn upper_case_page_extension_is_reduced_too() {
    assert_eq!(
        root("https://pronote.lycee.fr/pronote/ELEVE.HTML"),
        "https://pronote.lycee.fr/pronote/"
    );
}

#[test]
fn session_identifier_is_dropped() {
    assert_eq!(
        root("https://pronote.lycee.fr/pronote/eleve.html?identifiant=Xk82mZ4pQ"),
        "https://pronote.lycee.fr/pronote/"
    );
}

#[test]
fn dropped_session_identifier_is_named_but_its_value_never_repeated() {
    let warnings = warnings("https://pronote.lycee.fr/pronote/eleve.html?identifiant=Xk82mZ4pQ");
    assert_eq!(
        warnings,
        [Warning::TransientRemoved {
            names: vec!["identifiant".to_owned()],
            others: false
        }]
    );
    assert!(!warnings[0].message(Default::default()).contains("Xk82mZ4pQ"));
}

#[test]
fn every_transient_parameter_is_dropped_and_named_once() {
    let input =
        "https://p.fr/pronote/mobile.eleve.html?fd=1&ticket=ST-1-abc&bydlg=A&redirect=1&login=true&identifiant=x&fd=1";
    assert_eq!(root(input), "https://p.fr/pronote/");
    assert_eq!(
        warnings(input),
        [Warning::TransientRemoved {
            names: ["fd", "ticket", "bydlg", "redirect", "login", "identifiant"]
                .map(str::to_owned)
                .to_vec(),
            others: false
        }]
    );
}

#[test]
fn unknown_parameters_are_dropped_without_being_named() {
    assert_eq!(
        warnings("https://p.fr/pronote/?secret=abc"),
        [Warning::TransientRemoved {
            names: Vec::new(),
            others: true
        }]
    );
}

#[test]
fn fragment_is_dropped_silently() {
    assert_eq!(root("https://p.fr/pronote/eleve.html#accueil"), "https://p.fr/pronote/");
    assert!(warnings("https://p.fr/pronote/eleve.html#accueil").is_empty());
}

#[test]
fn credentials_are_dropped() {
    assert_eq!(root("https://admin:secret@p.fr/pronote/"), "https://p.fr/pronote/");
    assert_eq!(codes("https://admin:secret@p.fr/pronote/"), ["transient-removed"]);
}

#[test]
fn missing_scheme_means_https() {
    assert_eq!(
        root("pronote.lycee.fr/pronote/eleve.html"),
        "https://pronote.lycee.fr/pronote/"
    );
}

#[test]
fn missing_scheme_with_a_port_means_https_with_that_port() {
    assert_eq!(
        root("pronote.lycee.fr:8088/pronote"),
        "https://pronote.lycee.fr:8088/pronote/"
    );
}

#[test]
fn scheme_relative_address_means_https() {
    assert_eq!(root("//pronote.lycee.fr/pronote/"), "https://pronote.lycee.fr/pronote/");
}

#[test]
fn surrounding_spaces_are_ignored() {
    assert_eq!(root("  https://p.fr/pronote/ \n"), "https://p.fr/pronote/");
}

#[test]
fn plain_http_is_kept_and_warned() {
    assert_eq!(root("http://p.fr/pronote/"), "http://p.fr/pronote/");
    assert_eq!(codes("http://p.fr/pronote/"), ["plain-http"]);
}

#[test]
fn non_default_port_is_kept_and_warned() {
    assert_eq!(root("http://p.fr:81/pronote/"), "http://p.fr:81/pronote/");
    assert_eq!(warnings("https://p.fr:9090/"), [Warning::NonDefaultPort { port: 9090 }]);
}

#[test]
fn explicit_default_port_is_dropped_without_warning() {
    assert_eq!(root("https://p.fr:443/pronote/"), "https://p.fr/pronote/");
    assert!(warnings("https://p.fr:443/pronote/").is_empty());
}

#[test]
fn ipv4_host_is_kept_and_warned() {
    assert_eq!(
        root("http://192.168.1.20:8080/pronote/eleve.html"),
        "http://192.168.1.20:8080/pronote/"
    );
    assert_eq!(codes("https://192.168.1.20/pronote/"), ["ip-host"]);
}

#[test]
fn ipv6_host_is_kept_in_brackets_and_warned() {
    assert_eq!(
        root("https://[2001:db8::1]:8443/pronote/"),
        "https://[2001:db8::1]:8443/pronote/"
    );
    assert_eq!(
        warnings("https://[2001:DB8::1]/pronote/"),
        [Warning::IpHost {
            host: "[2001:db8::1]".to_owned()
        }]
    );
}

#[test]
fn ipv6_host_without_scheme_is_accepted() {
    assert_eq!(root("[::1]:8080/pronote"), "https://[::1]:8080/pronote/");
}

#[test]
fn root_path_of_the_server_is_kept() {
    assert_eq!(root("https://pronote.lycee.fr/eleve.html"), "https://pronote.lycee.fr/");
    assert_eq!(root("https://pronote.lycee.fr"), "https://pronote.lycee.fr/");
}

#[test]
fn deeper_root_path_is_kept() {
    assert_eq!(
        root("https://lycee.fr/my/path/parent.html?fd=1"),
        "https://lycee.fr/my/path/"
    );
}

#[test]
fn host_is_written_in_lower_case() {
    assert_eq!(
        root("HTTPS://PRONOTE.Lycee.FR/pronote/"),
        "https://pronote.lycee.fr/pronote/"
    );
}

#[test]
fn pasted_index_education_address_keeps_the_uai_upper_case_as_pronote_writes_it() {
    assert_eq!(
        root("https://0310047h.index-education.net/pronote/eleve.html?identifiant=x"),
        "https://0310047H.index-education.net/pronote/"
    );
}

#[test]
fn pasted_toutatice_address_keeps_the_uai_upper_case() {
    assert_eq!(
        root("0350001l.pronote.toutatice.fr/pronote/"),
        "https://0350001L.pronote.toutatice.fr/pronote/"
    );
}

#[test]
fn pasted_index_education_name_label_stays_lower_case() {
    assert_eq!(
        root("https://Toutatice.index-education.net/pronote"),
        "https://toutatice.index-education.net/pronote/"
    );
}

#[test]
fn demo_instance_is_warned() {
    assert_eq!(
        codes("https://demo.index-education.net/pronote/eleve.html"),
        ["demo-instance"]
    );
}

#[test]
fn ent_login_link_gives_the_pronote_address_it_carries() {
    let input = "https://www.toutatice.fr/casshib/shib/toutatice/login?service=https%3A%2F%2F0350001L.pronote.toutatice.fr%2Fpronote%2Feleve.html";
    assert_eq!(root(input), "https://0350001L.pronote.toutatice.fr/pronote/");
    assert_eq!(
        warnings(input),
        [Warning::EntAddressPasted {
            host: "www.toutatice.fr".to_owned(),
            service_used: true
        }]
    );
}

#[test]
fn ent_login_link_with_selection_gives_the_carried_address() {
    assert_eq!(
        root("https://cas.ent.fr/login?selection=ATS&service=https%3A%2F%2Fp.fr%2Fpronote%2F"),
        "https://p.fr/pronote/"
    );
}

#[test]
fn doubly_encoded_service_is_still_understood() {
    assert_eq!(
        root("https://cas.ent.fr/login?service=https%253A%252F%252Fp.fr%252Fpronote%252F"),
        "https://p.fr/pronote/"
    );
}

#[test]
fn carried_address_transient_parameters_are_dropped_and_named() {
    let input = "https://cas.ent.fr/login?service=https%3A%2F%2Fp.fr%2Fpronote%2Fparent.html%3Fidentifiant%3Dabc";
    assert_eq!(root(input), "https://p.fr/pronote/");
    assert_eq!(codes(input), ["ent-address-pasted", "transient-removed"]);
}

#[test]
fn validation_link_gives_the_target_it_carries() {
    assert_eq!(
        root("https://www.toutatice.fr/casshib/shib/666666/samlValidate?TARGET=https%3A%2F%2Fp.fr%2Fpronote%2F"),
        "https://p.fr/pronote/"
    );
}

#[test]
fn known_ent_host_without_service_is_warned() {
    assert_eq!(
        warnings("https://ent.iledefrance.fr/"),
        [Warning::EntAddressPasted {
            host: "ent.iledefrance.fr".to_owned(),
            service_used: false
        }]
    );
}

#[test]
fn cas_login_path_without_service_is_warned() {
    assert_eq!(codes("https://ent.example.fr/cas/login"), ["ent-address-pasted"]);
}

#[test]
fn service_that_is_no_address_is_not_followed() {
    let input = "https://cas.example.fr/login?service=abc";
    assert_eq!(codes(input), ["ent-address-pasted", "transient-removed"]);
}

#[test]
fn empty_paste_is_refused() {
    assert_eq!(root_from_pasted(" \t", &[]), Err(Error::UrlEmpty));
}

#[test]
fn other_scheme_is_refused() {
    assert_eq!(
        root_from_pasted("ftp://p.fr/pronote/", &[]),
        Err(Error::UrlScheme {
            scheme: "ftp".to_owned()
        })
    );
}

#[test]
fn javascript_address_is_refused_by_scheme() {
    assert_eq!(
        root_from_pasted("javascript:alert(1)", &[]),
        Err(Error::UrlScheme {
            scheme: "javascript".to_owned()
        })
    );
}

#[test]
fn unparsable_paste_is_refused_without_repeating_its_query() {
    assert_eq!(
        root_from_pasted("https://p fr/pronote/?identifiant=secret", &[]),
        Err(Error::UrlUnparsable {
            input: "https://p fr/pronote/".to_owned()
        })
    );
}

#[test]
fn non_ascii_host_is_refused_until_punycoded() {
    assert!(matches!(
        root_from_pasted("https://lycée.fr/pronote/", &[]),
        Err(Error::UrlUnparsable { .. })
    ));
    assert_eq!(
        root("https://xn--lyce-dpa.fr/pronote/"),
        "https://xn--lyce-dpa.fr/pronote/"
    );
}

#[test]
fn address_without_host_is_refused() {
    assert_eq!(
        root_from_pasted("https://", &[]).map(|_| ()).unwrap_err().field(),
        Field::Url
    );
}

#[test]
fn url_errors_belong_to_the_url_field() {
    for input in ["", "ftp://x", "https://p fr/"] {
        assert_eq!(root_from_pasted(input, &[]).unwrap_err().field(), Field::Url, "{input}");
    }
}
