//! Diagnose: a pasted address read against the school's configuration. Examples from the issue and the
//! seed, then properties over every computed address and every single change.

use std::net::Ipv4Addr;

use pronote_delegation::domain::addresses::{build_addresses, AddressKey};
use pronote_delegation::domain::cas_server::{encode_query_value, CasServer};
use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::delegation::SpaceSettings;
use pronote_delegation::domain::diagnosis::{diagnose, diagnose_request, Finding};
use pronote_delegation::domain::hosting::{resolve_root, HostingKind};
use pronote_delegation::domain::pronote_root::PronoteRoot;
use pronote_delegation::domain::request::Request;
use pronote_delegation::domain::uai::check_letter;
use pronote_delegation::lang::Lang;
use proptest::prelude::*;
use url::Url;

fn toutatice_cas() -> CasServer {
    CasServer {
        login: Url::parse("https://www.toutatice.fr/casshib/shib/toutatice/login").unwrap(),
        validation: Url::parse("https://www.toutatice.fr/casshib/shib/666666/samlValidate").unwrap(),
    }
}

fn hosted(uai: &str) -> PronoteRoot {
    resolve_root(HostingKind::IndexEducation, uai, "", &[]).unwrap().0
}

fn codes(findings: &[Finding]) -> Vec<&'static str> {
    findings.iter().map(Finding::code).collect()
}

fn diagnose_toutatice(pasted: &str) -> Vec<Finding> {
    diagnose(
        pasted,
        &hosted("0310047H"),
        Some(&toutatice_cas()),
        &Catalogue::builtin(),
    )
}

#[test]
fn pronote_loose_encoding_of_a_mobile_page_matches() {
    let pasted = "https://www.toutatice.fr/casshib/shib/toutatice/login?service=https:%2F%2F0310047H.index-education.net%2Fpronote%2Fmobile.eleve.html%3Ffd=1";
    let findings = diagnose_toutatice(pasted);
    assert_eq!(codes(&findings), ["service-matches"]);
    assert!(findings[0]
        .message(Lang::En)
        .contains("https://0310047h.index-education.net/pronote/mobile.eleve.html?fd=1"));
}

#[test]
fn standard_and_double_encodings_read_the_same_service() {
    for service in [
        "https%3A%2F%2F0310047H.index-education.net%2Fpronote%2Feleve.html",
        "https%253A%252F%252F0310047H.index-education.net%252Fpronote%252Feleve.html",
    ] {
        let pasted = format!("https://www.toutatice.fr/casshib/shib/toutatice/login?service={service}");
        assert_eq!(codes(&diagnose_toutatice(&pasted)), ["service-matches"], "{service}");
    }
}

#[test]
fn lower_case_uai_in_the_service_still_matches() {
    let pasted = "https://0310047h.index-education.net/pronote/parent.html";
    assert_eq!(codes(&diagnose_toutatice(pasted)), ["service-matches"]);
}

#[test]
fn plain_http_names_the_scheme_with_both_values() {
    let findings = diagnose_toutatice("http://0310047H.index-education.net/pronote/");
    assert_eq!(
        findings,
        [Finding::ServiceScheme {
            expected: "https".into(),
            found: "http".into()
        }]
    );
    assert!(findings[0].message(Lang::Fr).contains("http:// au lieu de https://"));
}

#[test]
fn wrong_check_letter_names_the_host_and_the_right_letter() {
    let findings = diagnose_toutatice("https://0310047J.index-education.net/pronote/");
    assert_eq!(
        findings,
        [Finding::ServiceHost {
            expected: "0310047H.index-education.net".into(),
            found: "0310047j.index-education.net".into(),
            right_letter: Some('H'),
        }]
    );
    assert!(findings[0].message(Lang::En).contains("call for H"));
}

#[test]
fn toutatice_domain_instead_of_index_education_is_a_host_change() {
    let findings = diagnose_toutatice("https://0310047H.pronote.toutatice.fr/pronote/eleve.html");
    assert_eq!(codes(&findings), ["service-host"]);
}

#[test]
fn explicit_default_port_is_no_change_but_another_port_is() {
    assert_eq!(
        codes(&diagnose_toutatice("https://0310047H.index-education.net:443/pronote/")),
        ["service-matches"]
    );
    assert_eq!(
        diagnose_toutatice("https://0310047H.index-education.net:8443/pronote/"),
        [Finding::ServicePort {
            expected: 443,
            found: 8443
        }]
    );
}

#[test]
fn another_root_path_names_the_path() {
    assert_eq!(
        diagnose_toutatice("https://0310047H.index-education.net/pronote2/eleve.html"),
        [Finding::ServicePath {
            expected: "/pronote/".into(),
            found: "/pronote2/eleve.html".into()
        }]
    );
}

#[test]
fn ticket_on_a_pronote_page_points_at_validation_and_account_mapping() {
    let findings = diagnose_toutatice("https://0310047H.index-education.net/pronote/eleve.html?ticket=ST-12-abc");
    assert_eq!(codes(&findings), ["service-matches", "ticket-present"]);
    assert!(findings[1]
        .message(Lang::Fr)
        .contains("Paramètres d'identification des utilisateurs"));
}

#[test]
fn login_true_is_pronote_own_login() {
    let findings = diagnose_toutatice("https://0310047H.index-education.net/pronote/?login=true");
    assert_eq!(codes(&findings), ["service-matches", "direct-login"]);
}

#[test]
fn another_ent_login_page_is_named_by_its_preset() {
    let catalogue = Catalogue::builtin();
    let other = catalogue
        .presets()
        .iter()
        .find(|preset| preset.login.host_str() != Some("www.toutatice.fr"))
        .unwrap();
    let pasted = format!(
        "{}?service=https%3A%2F%2F0310047H.index-education.net%2Fpronote%2F",
        other.login
    );
    let findings = diagnose_toutatice(&pasted);
    assert_eq!(codes(&findings), ["cas-other-server", "service-matches"]);
    assert!(findings[0].message(Lang::Fr).contains(&other.name), "{:?}", findings[0]);
}

#[test]
fn unknown_cas_server_is_named_by_its_host() {
    let findings = diagnose_toutatice(
        "https://cas.example.org/cas/login?service=https%3A%2F%2F0310047H.index-education.net%2Fpronote%2F",
    );
    assert_eq!(
        findings[0],
        Finding::CasOtherServer {
            found: "cas.example.org".into(),
            expected: "www.toutatice.fr".into(),
            known_as: None
        }
    );
}

#[test]
fn the_chosen_ent_login_without_service_says_the_service_is_missing() {
    let findings = diagnose_toutatice("https://www.toutatice.fr/casshib/shib/toutatice/login");
    assert_eq!(codes(&findings), ["service-missing"]);
}

#[test]
fn text_that_is_no_address_gives_the_usual_error() {
    for pasted in ["", "   ", "ftp://x/", "https://exa mple.fr/"] {
        let findings = diagnose_toutatice(pasted);
        assert_eq!(codes(&findings), ["not-an-address"], "{pasted:?}");
        assert!(!findings[0].message(Lang::Fr).is_empty());
    }
}

#[test]
fn a_word_a_sentence_or_a_file_name_is_not_an_address_never_a_host() {
    for pasted in [
        "toutatice",
        "pronote",
        "Le service n'est pas autorisé",
        "ça ne marche pas depuis hier",
        "eleve.html",
        "mobile.eleve.html?fd=1",
        "0310047H eleve",
    ] {
        let findings = diagnose_toutatice(pasted);
        assert_eq!(codes(&findings), ["not-an-address"], "{pasted:?}: {findings:?}");
        assert!(findings[0].is_not_an_address());
        assert!(!findings[0].message(Lang::Fr).is_empty());
    }
}

#[test]
fn a_bare_uai_is_not_an_address_and_is_sent_to_the_uai_field() {
    // Right or wrong check letter, either case: a UAI, never a host named 0310047h.
    for pasted in ["0310047H", "0310047h", " 0310047J "] {
        let findings = diagnose_toutatice(pasted);
        assert_eq!(codes(&findings), ["not-an-address"], "{pasted:?}");
        assert!(
            matches!(&findings[0], Finding::BareUai { uai } if uai == pasted.trim()),
            "{findings:?}"
        );
        assert!(
            findings[0].message(Lang::Fr).contains("champ UAI"),
            "{}",
            findings[0].message(Lang::Fr)
        );
        assert!(
            findings[0].message(Lang::En).contains("UAI field"),
            "{}",
            findings[0].message(Lang::En)
        );
    }
}

#[test]
fn host_names_without_a_scheme_are_still_addresses() {
    assert_eq!(
        codes(&diagnose_toutatice("0310047H.index-education.net/pronote/eleve.html")),
        ["service-matches"]
    );
    assert_eq!(
        codes(&diagnose_toutatice("0310047J.index-education.net/pronote/")),
        ["service-host"]
    );
    let ip = hosted_custom("http://192.168.1.20:8080/pronote/");
    let findings = diagnose("192.168.1.20:8080/pronote/eleve.html", &ip, None, &Catalogue::builtin());
    assert_eq!(
        codes(&findings),
        ["service-scheme"],
        "a pasted address without a scheme reads as https"
    );
}

fn hosted_custom(url: &str) -> PronoteRoot {
    resolve_root(HostingKind::Custom, "", url, &[]).unwrap().0
}

#[test]
fn a_pronote_address_without_its_last_slash_is_the_school_root() {
    for pasted in [
        "https://0310047H.index-education.net/pronote",
        "https://0310047h.index-education.net/pronote",
        "0310047H.index-education.net/pronote",
    ] {
        assert_eq!(codes(&diagnose_toutatice(pasted)), ["service-matches"], "{pasted}");
    }
    assert_eq!(
        codes(&diagnose_toutatice(
            "https://0310047H.index-education.net/pronote?login=true"
        )),
        ["service-matches", "direct-login"]
    );
    // On a sub-path too; `/pronote2` is still another path.
    let root = hosted_custom("https://pronote.college.fr:8443/scolarite/pronote/");
    let read = |pasted| codes(&diagnose(pasted, &root, None, &Catalogue::builtin()));
    assert_eq!(
        read("https://pronote.college.fr:8443/scolarite/pronote"),
        ["service-matches"]
    );
    assert_eq!(
        read("https://pronote.college.fr:8443/scolarite/pronote2"),
        ["service-path"]
    );
    assert_eq!(read("https://pronote.college.fr:8443/scolarite"), ["service-path"]);
}

#[test]
fn inside_a_cas_login_a_service_without_the_slash_is_no_match_and_says_what_to_fix() {
    for service in [
        "https:%2F%2F0310047H.index-education.net%2Fpronote",
        "https%3A%2F%2F0310047H.index-education.net%2Fpronote",
    ] {
        let pasted = format!("https://www.toutatice.fr/casshib/shib/toutatice/login?service={service}");
        let findings = diagnose_toutatice(&pasted);
        assert_eq!(codes(&findings), ["service-slash"], "{pasted}");
        for lang in Lang::ALL {
            let message = findings[0].message(lang);
            // The root to give, as the school's configuration writes it, and the service as read.
            assert!(
                message.contains("https://0310047H.index-education.net/pronote/."),
                "{message}"
            );
            assert!(
                message.contains("https://0310047h.index-education.net/pronote "),
                "{message}"
            );
        }
    }
    // Other differences are still named beside it.
    let pasted = "https://www.toutatice.fr/casshib/shib/toutatice/login?service=http:%2F%2F0310047H.index-education.net%2Fpronote";
    assert_eq!(codes(&diagnose_toutatice(pasted)), ["service-scheme", "service-slash"]);
}

#[test]
fn request_without_a_root_gives_the_hosting_errors() {
    let request = Request {
        hosting: HostingKind::IndexEducation,
        uai: "0310047J".into(),
        ..Request::default()
    };
    let errors = diagnose_request("https://x.fr/", &request, &Catalogue::builtin()).unwrap_err();
    assert!(!errors.is_empty());
}

#[test]
fn request_with_an_ent_compares_with_its_cas_server() {
    let request = Request {
        ent: Some("toutatice".into()),
        hosting: HostingKind::Toutatice,
        uai: "0310047H".into(),
        ..Request::default()
    };
    let findings = diagnose_request(
        "https://www.toutatice.fr/casshib/shib/toutatice/login?service=https%3A%2F%2F0310047H.pronote.toutatice.fr%2Fpronote%2Feleve.html",
        &request,
        &Catalogue::builtin(),
    )
    .unwrap();
    assert_eq!(codes(&findings), ["service-matches"]);
}

#[test]
fn every_finding_has_a_message_in_both_languages() {
    let findings = [
        "https://0310047H.index-education.net/pronote/",
        "http://0310047J.index-education.net:81/x/?ticket=ST-1&login=true",
        "https://cas.example.org/cas/login",
        "https://cas.example.org/cas/login?service=https%3A%2F%2Fa.fr%2F",
        "https://www.toutatice.fr/casshib/shib/toutatice/login?service=https%3A%2F%2F0310047H.index-education.net%2Fpronote",
        "0310047H",
        "",
    ]
    .iter()
    .flat_map(|pasted| diagnose_toutatice(pasted))
    .collect::<Vec<_>>();
    assert!(findings.len() >= 11);
    for finding in findings {
        for lang in Lang::ALL {
            assert!(!finding.message(lang).is_empty(), "{finding:?}");
        }
    }
}

// Properties.

fn uai() -> impl Strategy<Value = String> {
    (0u32..10_000_000).prop_map(|number| {
        let digits = format!("{number:07}");
        format!("{digits}{}", check_letter(&digits).unwrap())
    })
}

/// A path segment that reads as neither a page nor a CAS directory.
fn segment() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9_~-]{0,7}".prop_filter("no CAS word", |s| !matches!(s.as_str(), "cas" | "casshib" | "login"))
}

/// The roots of every hosting: Index Education, Toutatice, and self-hosted (any scheme, host, port, path).
fn root() -> impl Strategy<Value = PronoteRoot> {
    let custom = (
        prop::sample::select(vec!["http", "https"]),
        prop_oneof![
            "[a-z][a-z0-9-]{0,8}(\\.[a-z][a-z0-9-]{0,8}){1,2}"
                .prop_filter("no punycode", |h| !h.split('.').any(|l| l.starts_with("xn--"))),
            any::<[u8; 4]>().prop_map(|octets| Ipv4Addr::from(octets).to_string()),
        ],
        prop::option::of(1u16..),
        prop::collection::vec(segment(), 0..3),
    )
        .prop_map(|(scheme, host, port, directories)| {
            let port = port.map(|port| format!(":{port}")).unwrap_or_default();
            let path: String = directories.iter().map(|d| format!("/{d}")).collect();
            resolve_root(HostingKind::Custom, "", &format!("{scheme}://{host}{port}{path}/"), &[])
                .unwrap()
                .0
        });
    prop_oneof![
        uai().prop_map(|uai| resolve_root(HostingKind::IndexEducation, &uai, "", &[]).unwrap().0),
        uai().prop_map(|uai| resolve_root(HostingKind::Toutatice, &uai, "", &[]).unwrap().0),
        custom,
    ]
}

/// Every space address computed for a root (desktop, mobile, direct login), and the test link.
fn space_addresses(root: &PronoteRoot) -> Vec<String> {
    build_addresses(root, Some(&toutatice_cas()), &SpaceSettings::default())
        .entries
        .into_iter()
        .filter(|address| address.key.space().is_some() || address.key == AddressKey::CasLoginLink)
        .map(|address| address.value)
        .collect()
}

/// The address as PRONOTE sends it to CAS, in a login link encoded the standard way and PRONOTE's way.
fn as_sent(address: &str) -> [String; 3] {
    let login = "https://www.toutatice.fr/casshib/shib/toutatice/login?service=";
    let loose = encode_query_value(address).replace("%3A", ":").replace("%3D", "=");
    [
        address.to_owned(),
        format!("{login}{}", encode_query_value(address)),
        format!("{login}{loose}"),
    ]
}

/// The comparison findings only (those a single change of the service may name).
fn comparison(findings: &[Finding]) -> Vec<&'static str> {
    findings
        .iter()
        .map(Finding::code)
        .filter(|code| code.starts_with("service-"))
        .collect()
}

/// A space address with its root replaced by a changed one.
fn changed(root: &PronoteRoot, address: &str, to_root: &str) -> String {
    address.replacen(root.as_str(), to_root, 1)
}

fn check(root: &PronoteRoot, to_root: &str, expected: &str) -> Result<(), TestCaseError> {
    for address in space_addresses(root) {
        if address.contains("?service=") {
            continue;
        }
        for pasted in as_sent(&changed(root, &address, to_root)) {
            let findings = diagnose(&pasted, root, Some(&toutatice_cas()), &Catalogue::builtin());
            prop_assert_eq!(comparison(&findings), vec![expected], "{} for root {}", pasted, root);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn every_computed_address_of_every_space_matches(root in root(), upper in any::<bool>()) {
        for address in space_addresses(&root) {
            let address = if upper { address.replacen(root.host(), &root.host().to_ascii_uppercase(), 1) } else { address };
            // The test link already carries the service: it is pasted as it is.
            let pasted_forms = if address.contains("?service=") { vec![address] } else { as_sent(&address).to_vec() };
            for pasted in pasted_forms {
                let findings = diagnose(&pasted, &root, Some(&toutatice_cas()), &Catalogue::builtin());
                prop_assert_eq!(comparison(&findings), vec!["service-matches"], "{}", pasted);
                prop_assert!(!findings.iter().any(|f| f.code() == "cas-other-server"), "{}", pasted);
            }
        }
    }

    #[test]
    fn a_scheme_change_names_only_the_scheme(root in root()) {
        let other = if root.scheme() == "https" { "http" } else { "https" };
        let to_root = root.as_str().replacen(root.scheme(), other, 1);
        check(&root, &to_root, "service-scheme")?;
    }

    #[test]
    fn a_host_change_names_only_the_host(root in root(), label in "[a-z]{1,6}") {
        let to_root = root.as_str().replacen(root.host(), &format!("{label}.other.invalid"), 1);
        check(&root, &to_root, "service-host")?;
    }

    #[test]
    fn a_port_change_names_only_the_port(root in root(), port in 1u16..) {
        prop_assume!(![80, 443].contains(&port) && root.port() != Some(port));
        let authority = match root.port() {
            Some(old) => format!("{}:{old}", root.host()),
            None => root.host().to_owned(),
        };
        let to_root = root.as_str().replacen(&authority, &format!("{}:{port}", root.host()), 1);
        check(&root, &to_root, "service-port")?;
    }

    #[test]
    fn a_path_change_names_only_the_path(root in root(), directory in segment()) {
        // A directory in front of the root's path: `/x/pronote/` is not under `/pronote/`. Every path is
        // under `/`, so a root there cannot be left by a path change.
        prop_assume!(root.path() != "/");
        let base = root.as_str().strip_suffix(root.path()).unwrap_or_default();
        check(&root, &format!("{base}/{directory}{}", root.path()), "service-path")?;
    }

    #[test]
    fn a_wrong_uai_letter_names_the_host_and_the_right_letter(uai in uai(), offset in 0u8..25, toutatice in any::<bool>()) {
        let kind = if toutatice { HostingKind::Toutatice } else { HostingKind::IndexEducation };
        let root = resolve_root(kind, &uai, "", &[]).unwrap().0;
        let right = uai.chars().last().unwrap();
        let mut letter = b'A' + offset;
        if letter >= right as u8 {
            letter += 1;
        }
        let wrong = format!("{}{}", &uai[..7], char::from(letter));
        let to_root = root.as_str().replacen(&uai, &wrong, 1);
        check(&root, &to_root, "service-host")?;
        let findings = diagnose(&to_root, &root, None, &Catalogue::builtin());
        let is_right_letter = matches!(findings.as_slice(), [Finding::ServiceHost { right_letter: Some(found), .. }] if *found == right);
        prop_assert!(is_right_letter, "{:?}", findings);
    }

    #[test]
    fn nothing_panics_on_any_paste(pasted in any::<String>(), root in root()) {
        let findings = diagnose(&pasted, &root, Some(&toutatice_cas()), &Catalogue::builtin());
        prop_assert!(!findings.is_empty());
    }
}
