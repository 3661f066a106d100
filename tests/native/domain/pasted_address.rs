//! What users paste, reduced to the root of their PRONOTE.net.

// An ENT's own address pasted instead (issue #17): by example, then as properties.
mod ent_address;
mod ent_nesting_properties;

use pronote_delegation::domain::cas_server::encode_query_value as encode;
use pronote_delegation::domain::error::{Error, Field};
use pronote_delegation::domain::pasted_address::root_from_pasted;
use pronote_delegation::domain::warning::Warning;
use pronote_delegation::lang::Lang;

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

// Used to be a warning beside a root built from the ENT's own address (issue #17): every address
// built from it was wrong, so it is now refused.
#[test]
fn known_ent_host_without_service_is_refused_as_the_ents_address() {
    assert_eq!(
        root_from_pasted("https://ent.iledefrance.fr/", &KNOWN_ENT_HOSTS),
        Err(Error::UrlIsEntAddress {
            host: "ent.iledefrance.fr".to_owned(),
            ent: None
        })
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

// ---- Forms in which ENTs carry PRONOTE's address, each read through (issue #17). ----

const SCHOOL_ROOT: &str = "https://0310047H.index-education.net/pronote/";

fn refused_as_ents_address(input: &str, host: &str) {
    assert_eq!(
        root_from_pasted(input, &KNOWN_ENT_HOSTS),
        Err(Error::UrlIsEntAddress {
            host: host.to_owned(),
            ent: None
        }),
        "{input}"
    );
}

// Open ENT NG (entcore) sends an unauthenticated CAS login to its login page with the CAS login,
// query included, in `callback`, encoded once more: edificeio/entcore
// cas/src/main/java/org/entcore/cas/controllers/EntCoreCredentialResponse.java
// (`"/auth/login?callback=" + URLEncoder.encode("/cas/login?" + serializeParams(request))`). The issue's
// example, as a browser shows it.
#[test]
fn open_ent_ng_login_page_gives_the_service_its_callback_carries() {
    let input = "https://ent.iledefrance.fr/auth/login?callback=%2Fcas%2Flogin%3Fservice%3Dhttps%253A%252F%252F0310047H.index-education.net%252Fpronote%252F";
    assert_eq!(root(input), SCHOOL_ROOT);
    assert_eq!(
        warnings(input),
        [Warning::EntAddressPasted {
            host: "ent.iledefrance.fr".to_owned(),
            service_used: true
        }]
    );
}

// The same form on a space page with entcore's `#/` fragment, as a public Selenium script opens
// monlycée.net's login page (quoted in reference/ents.json's monlycee_net notes).
#[test]
fn open_ent_ng_login_page_with_a_space_page_and_a_fragment_gives_the_root() {
    assert_eq!(
        root("https://ent.iledefrance.fr/auth/login?callback=%2Fcas%2Flogin%3Fservice%3Dhttps%253A%252F%252F0911632E.index-education.net%252Fpronote%252Feleve.html#/"),
        "https://0911632E.index-education.net/pronote/"
    );
}

// An Open ENT NG the catalogue does not know is read the same way.
#[test]
fn open_ent_ng_login_page_of_an_unknown_ent_gives_the_service_too() {
    let input = format!(
        "https://ent.example.fr/auth/login?callback={}",
        encode(&format!("/cas/login?service={}", encode(SCHOOL_ROOT)))
    );
    assert_eq!(root_from_pasted(&input, &[]).unwrap().0.as_str(), SCHOOL_ROOT);
}

// Litarvan/pronote-api src/cas/generics/openent.js posts `callback: '/cas/login?service=' +
// encodeURIComponent(url)`: PRONOTE's address inside the callback, in PRONOTE's loose encoding too.
#[test]
fn open_ent_ng_callback_around_pronotes_loose_encoding_gives_the_root() {
    let input = "https://ent.parisclassenumerique.fr/auth/login?callback=%2Fcas%2Flogin%3Fservice%3Dhttps:%252F%252F0310047H.index-education.net%252Fpronote%252Fmobile.eleve.html%253Ffd=1";
    assert_eq!(root(input), SCHOOL_ROOT);
}

// entcore's ExternalCredentialResponse.java sends to another login page with an absolute callback
// (`uri + "?callback=" + URLEncoder.encode(host + "/cas/login?" + serializeParams(request))`).
#[test]
fn open_ent_ng_absolute_callback_gives_the_service() {
    let input = format!(
        "https://connexion.example.fr/login?callback={}",
        encode(&format!(
            "https://ent.l-educdenormandie.fr/cas/login?service={}",
            encode("https://0142131R.index-education.net/pronote/parent.html")
        ))
    );
    assert_eq!(root(&input), "https://0142131R.index-education.net/pronote/");
}

// The second case: the ENT's own home page is no PRONOTE root.
#[test]
fn open_ent_ng_home_page_is_refused_as_the_ents_address() {
    refused_as_ents_address("https://ent.iledefrance.fr/welcome", "ent.iledefrance.fr");
    refused_as_ents_address("https://ent.iledefrance.fr/timeline/timeline#/", "ent.iledefrance.fr");
}

// An Open ENT NG login page whose callback leads back to the ENT itself (as a public script posts
// to ent.ecollege78.fr, `Referer: …/auth/login?callback=https%3A%2F%2Fent.ecollege78.fr%2F`)
// carries no PRONOTE address.
#[test]
fn open_ent_ng_login_page_back_to_the_ent_is_refused() {
    refused_as_ents_address(
        "https://ent.iledefrance.fr/auth/login?callback=https%3A%2F%2Fent.iledefrance.fr%2F",
        "ent.iledefrance.fr",
    );
    refused_as_ents_address(
        "https://ent.iledefrance.fr/auth/login?callback=%2Ftimeline%2Ftimeline",
        "ent.iledefrance.fr",
    );
}

// A relative callback is a page of the ENT: it is no PRONOTE address, only what it carries can be.
#[test]
fn relative_callback_without_a_service_is_no_root() {
    let input = "https://ent.example.fr/auth/login?callback=%2Fwelcome";
    let (root, _) = root_from_pasted(input, &[]).unwrap();
    assert_ne!(root.as_str(), "https://ent.example.fr/welcome/");
}

// PRONOTE leaves `:` and `=` raw in the service it sends (pronote-api#90, pronotepy#236; the
// itslearning redirects quoted in reference/ents.json's leia_corse notes, e.g.
// `https://cas.itslearning.com/cas-prod/login?service=https:%2F%2F6200001G…`).
#[test]
fn pronotes_loose_service_encoding_is_read() {
    assert_eq!(
        root("https://cas.itslearning.com/cas-prod/login?service=https:%2F%2F0310047H.index-education.net%2Fpronote%2Fmobile.eleve.html%3Ffd=1"),
        SCHOOL_ROOT
    );
}

// Kosmos: `https://cas.<host>/login?selection=…&service=…`; the redirect observed in
// Litarvan/pronote-api issue #207 (a self-hosted PRONOTE on an IP and a port).
#[test]
fn kosmos_login_with_selection_and_loose_service_gives_the_self_hosted_root() {
    assert_eq!(
        root("https://cas.monbureaunumerique.fr/login?selection=EDU&service=http:%2F%2F81.194.39.137:8088%2Fpronote%2Feleve.html"),
        "http://81.194.39.137:8088/pronote/"
    );
}

// NetO'Centre: the service unencoded, then the identity provider (old pronotepy, quoted in
// reference/ents.json's netocentre notes).
#[test]
fn netocentre_login_with_a_raw_service_and_idp_gives_the_root() {
    assert_eq!(
        root("https://ent.netocentre.fr/cas/login?service=https://0451462V.index-education.net/pronote/eleve.html&idpId=parentEleveEN-IdP"),
        "https://0451462V.index-education.net/pronote/"
    );
}

// The WAYF (SAML discovery) of e-lyco (itslearning) and of Bordeaux's ENT2D: bain3/pronotepy
// pronotepy/ent/generic_func.py `_wayf` sends `entityID`, `returnX` = `<domain>/Shibboleth.sso/Login`;
// pronotepy/ent/ent.py `ent2d_bordeaux` gives `returnX=…/Shibboleth.sso/Login?SAMLDS=1&target=https%3A%2F%2F…`.
// Shibboleth's `target` then holds the CAS login, which holds the service: three nestings.
#[test]
fn wayf_return_around_shibboleth_target_around_cas_login_gives_the_service() {
    let cas_login = format!(
        "https://cas3.e-lyco.fr/access/login?service={}",
        encode("https://0440001M.index-education.net/pronote/eleve.html")
    );
    let shibboleth = format!(
        "https://cas3.e-lyco.fr/Shibboleth.sso/Login?SAMLDS=1&target={}",
        encode(&cas_login)
    );
    let wayf = format!(
        "https://cas3.e-lyco.fr/discovery/WAYF?entityID={}&returnX={}&returnIDParam=entityID&action=selection",
        encode("https://cas3.e-lyco.fr/shibboleth"),
        encode(&shibboleth)
    );
    assert_eq!(
        root_from_pasted(&wayf, &["cas3.e-lyco.fr"]).unwrap().0.as_str(),
        "https://0440001M.index-education.net/pronote/"
    );
    // The discovery protocol's own name for it (OASIS SAML IdP Discovery Service Protocol) is `return`.
    let standard = wayf.replace("&returnX=", "&return=");
    assert_eq!(
        root_from_pasted(&standard, &["cas3.e-lyco.fr"]).unwrap().0.as_str(),
        "https://0440001M.index-education.net/pronote/"
    );
}

#[test]
fn carrier_parameter_names_are_read_in_any_case() {
    assert_eq!(
        root("https://cas.ent.fr/samlValidate?target=https%3A%2F%2Fp.fr%2Fpronote%2F"),
        "https://p.fr/pronote/"
    );
    assert_eq!(
        root("https://ent.example.fr/auth/login?callBack=%2Fcas%2Flogin%3Fservice%3Dhttps%253A%252F%252Fp.fr%252Fpronote%252F"),
        "https://p.fr/pronote/"
    );
}

#[test]
fn triply_encoded_service_is_still_understood() {
    assert_eq!(
        root("https://cas.ent.fr/login?service=https%25253A%25252F%25252Fp.fr%25252Fpronote%25252F"),
        "https://p.fr/pronote/"
    );
}

#[test]
fn first_carrier_holding_an_address_is_the_one_followed() {
    assert_eq!(
        root("https://cas.ent.fr/login?service=abc&service=https%3A%2F%2Fp.fr%2Fpronote%2F"),
        "https://p.fr/pronote/"
    );
}

#[test]
fn carried_address_on_a_known_ent_host_is_refused_too() {
    refused_as_ents_address(
        "https://www.toutatice.fr/casshib/shib/toutatice/login?service=https%3A%2F%2Fent.iledefrance.fr%2Fwelcome",
        "www.toutatice.fr",
    );
}

#[test]
fn known_ent_host_is_recognised_in_any_case() {
    refused_as_ents_address("https://ENT.IleDeFrance.fr/welcome", "ent.iledefrance.fr");
}

#[test]
fn known_ent_login_without_service_is_refused() {
    refused_as_ents_address(
        "https://www.toutatice.fr/casshib/shib/toutatice/login",
        "www.toutatice.fr",
    );
    refused_as_ents_address(
        "https://www.toutatice.fr/casshib/shib/toutatice/login?service=abc",
        "www.toutatice.fr",
    );
}

#[test]
fn ent_address_error_never_repeats_the_query() {
    let error = root_from_pasted("https://ent.iledefrance.fr/welcome?ticket=ST-SECRET", &KNOWN_ENT_HOSTS).unwrap_err();
    for lang in [Lang::Fr, Lang::En] {
        assert!(!error.message(lang).contains("SECRET"));
    }
}

/// `depth` CAS logins, each carrying the next, around `service`.
fn nested(depth: usize, host: &str, service: &str) -> String {
    (0..depth).fold(service.to_owned(), |inner, _| {
        format!("https://{host}/login?service={}", encode(&inner))
    })
}

#[test]
fn nesting_within_the_bound_is_read_through() {
    assert_eq!(root(&nested(4, "cas.ent.fr", SCHOOL_ROOT)), SCHOOL_ROOT);
}

#[test]
fn nesting_beyond_the_bound_is_not_read_to_the_end() {
    let (root, _) = root_from_pasted(&nested(5, "cas.ent.fr", SCHOOL_ROOT), &[]).unwrap();
    assert_ne!(root.as_str(), SCHOOL_ROOT);
    // On a known ENT host it is refused rather than taken as a root.
    refused_as_ents_address(&nested(8, "www.toutatice.fr", SCHOOL_ROOT), "www.toutatice.fr");
}

#[test]
fn deep_hostile_nesting_neither_overflows_nor_hangs() {
    let deep = nested(40, "cas.ent.fr", SCHOOL_ROOT);
    let _ = root_from_pasted(&deep, &KNOWN_ENT_HOSTS);
    let many = format!("https://cas.ent.fr/login?{}", "service=%252F%252F&".repeat(2000));
    let _ = root_from_pasted(&many, &KNOWN_ENT_HOSTS);
}

// A school's own CAS beside its self-hosted PRONOTE, on one host (an old pronotepy example quoted
// in reference/ents.json's metice_reunion notes): the carried address is PRONOTE's, same host or not.
#[test]
fn self_hosted_cas_beside_pronote_on_one_host_gives_the_pronote_root() {
    assert_eq!(
        root("https://portail.college-jeandesme.re:8443/login?service=https:%2F%2Fportail.college-jeandesme.re%2Fpronote%2Feleve.html"),
        "https://portail.college-jeandesme.re/pronote/"
    );
}
