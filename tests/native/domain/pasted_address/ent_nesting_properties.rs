//! Properties of reading ENT addresses through (issue #17): for every root the domain can build and
//! every form in which an ENT family carries PRONOTE's service, pasting the wrapped service gives back
//! the same root; and no known ENT host is ever returned as a root.
//!
//! The forms, and where each is seen, are in tests/native/domain/pasted_address.rs.

use std::net::Ipv4Addr;

use pronote_delegation::domain::cas_server::encode_query_value as encode;
use pronote_delegation::domain::catalogue::Catalogue;
use pronote_delegation::domain::error::Error;
use pronote_delegation::domain::hosting::{resolve_root, HostingKind};
use pronote_delegation::domain::pasted_address::root_from_pasted;
use pronote_delegation::domain::pronote_root::PronoteRoot;
use pronote_delegation::domain::space::Space;
use pronote_delegation::domain::uai::check_letter;
use proptest::prelude::*;

/// How an ENT family carries a service in the address a user may paste.
#[derive(Clone, Copy, Debug)]
enum Nesting {
    /// A CAS login, the service encoded as RFC 3986 asks (Kosmos, NetO'Centre, itslearning, CASShib…).
    CasService,
    /// A CAS login with the service as PRONOTE encodes it: `:` and `=` left raw.
    PronoteLooseService,
    /// A CAS login with the service encoded twice (a classic bug).
    DoublyEncodedService,
    /// The SAML 1.1 validation's `TARGET`.
    SamlTarget,
    /// Open ENT NG's login page, a relative CAS login in `callback`.
    OpenEntNgCallback,
    /// Open ENT NG's external login page, an absolute CAS login in `callback`.
    OpenEntNgExternalCallback,
    /// A WAYF's `returnX` around a Shibboleth `target` around a CAS login.
    Wayf,
}

impl Nesting {
    const ALL: [Nesting; 7] = [
        Nesting::CasService,
        Nesting::PronoteLooseService,
        Nesting::DoublyEncodedService,
        Nesting::SamlTarget,
        Nesting::OpenEntNgCallback,
        Nesting::OpenEntNgExternalCallback,
        Nesting::Wayf,
    ];

    /// How many carried addresses the reader follows to reach the service.
    fn depth(self) -> usize {
        match self {
            Nesting::OpenEntNgCallback | Nesting::OpenEntNgExternalCallback => 2,
            Nesting::Wayf => 3,
            _ => 1,
        }
    }

    /// `service` carried by an address on the ENT host `host`.
    fn wrap(self, host: &str, service: &str) -> String {
        let login = |service: &str| format!("https://{host}/cas/login?service={}", encode(service));
        match self {
            Nesting::CasService => format!("https://{host}/login?selection=EDU&service={}", encode(service)),
            Nesting::PronoteLooseService => format!(
                "https://{host}/login?service={}",
                encode(service).replace("%3A", ":").replace("%3D", "=")
            ),
            Nesting::DoublyEncodedService => format!("https://{host}/login?service={}", encode(&encode(service))),
            Nesting::SamlTarget => format!("https://{host}/samlValidate?TARGET={}", encode(service)),
            Nesting::OpenEntNgCallback => format!(
                "https://{host}/auth/login?callback={}",
                encode(&format!("/cas/login?service={}", encode(service)))
            ),
            Nesting::OpenEntNgExternalCallback => {
                format!("https://{host}/login?callback={}", encode(&login(service)))
            }
            Nesting::Wayf => {
                let shibboleth = format!(
                    "https://{host}/Shibboleth.sso/Login?SAMLDS=1&target={}",
                    encode(&login(service))
                );
                format!(
                    "https://{host}/discovery/WAYF?entityID={}&returnX={}&returnIDParam=entityID",
                    encode(&format!("https://{host}/shibboleth")),
                    encode(&shibboleth)
                )
            }
        }
    }
}

fn known_hosts() -> Vec<String> {
    Catalogue::builtin()
        .known_ent_hosts()
        .into_iter()
        .map(str::to_owned)
        .collect()
}

fn is_known(host: &str, known: &[String]) -> bool {
    known.iter().any(|known| known.eq_ignore_ascii_case(host))
}

fn uai() -> impl Strategy<Value = String> {
    (0u32..10_000_000).prop_map(|number| {
        let digits = format!("{number:07}");
        let letter = check_letter(&digits).unwrap_or('A');
        format!("{digits}{letter}")
    })
}

/// A self-hosted PRONOTE's address as pasted: any host, port and path.
fn self_hosted() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["https://", "http://"]),
        prop_oneof![
            "[a-z][a-z0-9-]{0,8}(\\.[a-z][a-z0-9-]{0,8}){1,3}".prop_filter("no punycode prefix", |host| !host
                .split('.')
                .any(|l| l.starts_with("xn--"))),
            any::<[u8; 4]>().prop_map(|octets| Ipv4Addr::from(octets).to_string()),
        ],
        prop::option::of(1u16..),
        prop::collection::vec("[a-z0-9_~-]{1,8}", 0..3),
    )
        .prop_map(|(scheme, host, port, directories)| {
            let port = port.map(|port| format!(":{port}")).unwrap_or_default();
            format!("{scheme}{host}{port}/{}", directories.join("/"))
        })
}

/// Every kind of root the domain builds: hosted by Index Education (UAI or name), by Toutatice, or
/// self-hosted.
fn any_root() -> impl Strategy<Value = PronoteRoot> {
    prop_oneof![
        uai().prop_map(|uai| (HostingKind::IndexEducation, uai, String::new())),
        "[a-z][a-z0-9]{2,10}".prop_map(|name| (HostingKind::IndexEducation, name, String::new())),
        uai().prop_map(|uai| (HostingKind::Toutatice, uai, String::new())),
        self_hosted().prop_map(|url| (HostingKind::Custom, String::new(), url)),
    ]
    .prop_filter_map("a root", |(kind, uai, url)| {
        resolve_root(kind, &uai, &url, &[]).ok().map(|(root, _)| root)
    })
}

/// A page PRONOTE sends as its service: the root, a space's desktop or mobile page, maybe `?fd=1`.
fn service_of(root: &PronoteRoot, pick: usize) -> String {
    let mut services = vec![root.as_str().to_owned()];
    for space in Space::ALL {
        services.push(root.space_desktop(space));
        services.push(format!("{}?fd=1", root.space_desktop(space)));
        services.extend(root.space_mobile(space));
    }
    services[pick % services.len()].clone()
}

fn nesting() -> impl Strategy<Value = Nesting> {
    prop::sample::select(Nesting::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_service_wrapped_in_any_family_nesting_gives_back_its_root(
        root in any_root(),
        pick in any::<usize>(),
        nesting in nesting(),
        host_index in any::<prop::sample::Index>(),
    ) {
        let known = known_hosts();
        prop_assume!(!is_known(root.host(), &known));
        let service = service_of(&root, pick);
        let host = host_index.get(&known);
        let pasted = nesting.wrap(host, &service);
        let borrowed: Vec<&str> = known.iter().map(String::as_str).collect();
        let read = root_from_pasted(&pasted, &borrowed).map(|(root, _)| root);
        prop_assert_eq!(read, Ok(root), "{}", pasted);
    }

    #[test]
    fn nestings_within_one_another_give_back_the_root_up_to_the_bound(
        root in any_root(),
        pick in any::<usize>(),
        outer in nesting(),
        inner in nesting(),
        host_index in any::<prop::sample::Index>(),
    ) {
        prop_assume!(outer.depth() + inner.depth() <= 4);
        let known = known_hosts();
        prop_assume!(!is_known(root.host(), &known));
        let host = host_index.get(&known);
        let pasted = outer.wrap(host, &inner.wrap(host, &service_of(&root, pick)));
        let borrowed: Vec<&str> = known.iter().map(String::as_str).collect();
        let read = root_from_pasted(&pasted, &borrowed).map(|(root, _)| root);
        prop_assert_eq!(read, Ok(root), "{}", pasted);
    }

    #[test]
    fn an_address_on_a_known_ent_host_that_carries_nothing_is_refused(
        host_index in any::<prop::sample::Index>(),
        path in "(/[a-zA-Z0-9._~-]{1,10}){0,3}/?",
        query in prop::option::of("[a-z]{1,5}=[A-Za-z0-9]{0,8}"),
        upper in any::<bool>(),
    ) {
        let known = known_hosts();
        let host = host_index.get(&known);
        let written = if upper { host.to_ascii_uppercase() } else { host.clone() };
        let query = query.map(|query| format!("?{query}")).unwrap_or_default();
        let pasted = format!("https://{written}{path}{query}");
        let borrowed: Vec<&str> = known.iter().map(String::as_str).collect();
        let read = root_from_pasted(&pasted, &borrowed);
        prop_assert!(
            matches!(&read, Err(Error::UrlIsEntAddress { host: refused, ent: None }) if refused.eq_ignore_ascii_case(host)),
            "{} gave {:?}", pasted, read
        );
    }

    #[test]
    fn no_known_ent_host_is_ever_returned_as_a_root(
        host_index in any::<prop::sample::Index>(),
        carried_host_index in any::<prop::sample::Index>(),
        path in "(/[a-zA-Z0-9._~%-]{1,10}){0,3}/?",
        outer in nesting(),
        wrapped in any::<bool>(),
        junk in "[a-zA-Z0-9:/?#&=%._~-]{0,40}",
    ) {
        let known = known_hosts();
        let borrowed: Vec<&str> = known.iter().map(String::as_str).collect();
        // An ENT's own page, maybe carried by another ENT's address, maybe followed by junk.
        let ent_page = format!("https://{}{path}", carried_host_index.get(&known));
        let pasted = if wrapped {
            outer.wrap(host_index.get::<String>(&known), &ent_page)
        } else {
            format!("{ent_page}{junk}")
        };
        if let Ok((root, _)) = root_from_pasted(&pasted, &borrowed) {
            prop_assert!(!is_known(root.host(), &known), "{} gave the root {}", pasted, root.as_str());
        }
        if let Ok((root, _)) = root_from_pasted(&junk, &borrowed) {
            prop_assert!(!is_known(root.host(), &known), "{} gave the root {}", junk, root.as_str());
        }
    }
}
