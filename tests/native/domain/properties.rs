//! Properties over any input: nothing panics, and every address produced is a clean URL whose
//! service decodes back to the root, with no transient parameter, covered by the service pattern.

use std::net::{Ipv4Addr, Ipv6Addr};

use pronote_delegation::domain::addresses::{build_addresses, AddressSet};
use pronote_delegation::domain::delegation::SpaceSettings;
use pronote_delegation::domain::hosting::{resolve_root, HostingKind};
use pronote_delegation::domain::pasted_address::root_from_pasted;
use pronote_delegation::domain::pronote_root::PronoteRoot;
use pronote_delegation::domain::service_pattern::service_pattern;
use pronote_delegation::domain::space::Space;
use pronote_delegation::domain::uai::{check_letter, SchoolLabel, Uai};
use pronote_delegation::domain::warning::Warning;
use pronote_delegation::lang::Lang;
use proptest::prelude::*;
use regex::Regex;

use crate::support::address_invariants::{cas_servers, check_login_link, check_set, TRANSIENT};

/// Marks the values of pasted parameters: no output may ever contain it.
const SECRET: &str = "SECRET";

/// Text that looks like addresses more often than arbitrary text does.
fn urlish() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z0-9:/?#\\[\\]@!$&'()*+,;=%._~ \u{e9}-]{0,60}",
        "(https?:)?(//)?[a-zA-Z0-9:/?#\\[\\]@!$&'()*+,;=%._~-]{0,60}",
    ]
}

fn uai() -> impl Strategy<Value = String> {
    (0u32..10_000_000).prop_map(|number| {
        let digits = format!("{number:07}");
        let letter = check_letter(&digits).unwrap();
        format!("{digits}{letter}")
    })
}

fn host() -> impl Strategy<Value = String> {
    prop_oneof![
        // `xn--` starts a punycode label, which these random letters would not make valid.
        "[a-z][a-z0-9-]{0,8}(\\.[a-z][a-z0-9-]{0,8}){1,3}".prop_filter("no punycode prefix", |host| !host
            .split('.')
            .any(|label| label.starts_with("xn--"))),
        any::<[u8; 4]>().prop_map(|octets| Ipv4Addr::from(octets).to_string()),
        any::<[u16; 8]>().prop_map(|segments| format!("[{}]", Ipv6Addr::from(segments))),
        (uai(), any::<bool>()).prop_map(|(uai, lower)| {
            let label = if lower { uai.to_ascii_lowercase() } else { uai };
            format!("{label}.index-education.net")
        }),
    ]
}

fn page() -> impl Strategy<Value = String> {
    let pages: Vec<String> = Space::ALL
        .into_iter()
        .flat_map(|space| [Some(space.desktop_page()), space.mobile_page()])
        .flatten()
        .map(str::to_owned)
        .collect();
    prop::sample::select(pages)
}

fn query() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        prop::sample::select(TRANSIENT.to_vec()).prop_map(str::to_owned),
        "[a-z]{1,6}"
    ];
    prop::collection::vec((name, "[A-Za-z0-9-]{0,8}"), 0..4).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(name, value)| format!("{name}={SECRET}{value}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// An address as users paste it: any scheme spelling, host, port, path, page, query, fragment.
fn pasted_address() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["https://", "http://", "", "//", "HTTPS://"]),
        host(),
        prop::option::of(1u16..),
        prop::collection::vec("[a-z0-9._~-]{1,8}", 0..3),
        prop::option::of(page()),
        any::<bool>(),
        query(),
        prop::option::of("[a-z0-9]{0,5}"),
    )
        .prop_map(|(scheme, host, port, directories, page, slash, query, fragment)| {
            let mut address = format!("{scheme}{host}");
            if let Some(port) = port {
                address.push_str(&format!(":{port}"));
            }
            for directory in directories {
                address.push('/');
                address.push_str(&directory);
            }
            if slash || page.is_some() {
                address.push('/');
            }
            address.push_str(&page.unwrap_or_default());
            if !query.is_empty() {
                address.push('?');
                address.push_str(&query);
            }
            if let Some(fragment) = fragment {
                address.push('#');
                address.push_str(&fragment);
            }
            address
        })
}

/// The invariants every computed address set keeps (shared with the fuzz targets), and no pasted
/// parameter's value in any address.
fn check_addresses(root: &PronoteRoot, set: &AddressSet) -> Result<(), TestCaseError> {
    prop_assert_eq!(&set.root, root);
    check_set(set).map_err(TestCaseError::fail)?;
    for address in &set.entries {
        prop_assert!(!address.value.contains(SECRET), "{}", address.value);
    }
    for cas in cas_servers() {
        check_login_link(root, &cas).map_err(TestCaseError::fail)?;
    }
    Ok(())
}

/// The service pattern covers every page of the root and nothing beside it.
fn check_pattern(root: &PronoteRoot) -> Result<(), TestCaseError> {
    let pattern = Regex::new(&service_pattern(root));
    prop_assert!(pattern.is_ok(), "{}", service_pattern(root));
    let pattern = pattern.unwrap();
    let authority = format!("://{}", root.host());
    let upper_host = |address: &str| address.replacen(&authority, &authority.to_ascii_uppercase(), 1);
    for space in Space::ALL {
        let mut addresses = vec![root.space_desktop(space), format!("{}?fd=1", root.space_desktop(space))];
        addresses.extend(root.space_mobile(space));
        addresses.push(root.space_direct_login(space));
        for address in addresses {
            prop_assert!(pattern.is_match(&address), "{} misses {}", pattern, address);
            prop_assert!(
                pattern.is_match(&upper_host(&address)),
                "{} misses upper-cased {}",
                pattern,
                address
            );
        }
    }
    let other_host = root.as_str().replacen(&authority, "://evil.invalid", 1);
    prop_assert!(!pattern.is_match(&other_host), "{} matches {}", pattern, other_host);
    if root.path() != "/" {
        let sibling = format!("{}2/", root.as_str().trim_end_matches('/'));
        prop_assert!(!pattern.is_match(&sibling), "{} matches {}", pattern, sibling);
    }
    Ok(())
}

fn check_warnings_keep_secrets(warnings: &[Warning]) -> Result<(), TestCaseError> {
    for warning in warnings {
        for lang in [Lang::Fr, Lang::En] {
            prop_assert!(!warning.message(lang).contains(SECRET), "{:?}", warning);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn nothing_panics_on_any_input(input in urlish(), other in urlish()) {
        let _ = root_from_pasted(&input, &["www.toutatice.fr"]);
        let _ = SchoolLabel::parse(&input);
        let _ = Uai::parse(&input);
        for kind in HostingKind::ALL {
            let _ = resolve_root(kind, &input, &other, &["www.toutatice.fr"]);
        }
    }

    #[test]
    fn any_accepted_input_gives_clean_addresses(input in urlish()) {
        if let Ok((root, warnings)) = root_from_pasted(&input, &["www.toutatice.fr"]) {
            for cas in cas_servers() {
                check_addresses(&root, &build_addresses(&root, Some(&cas), &SpaceSettings::default()))?;
            }
            check_pattern(&root)?;
            for lang in [Lang::Fr, Lang::En] {
                for warning in &warnings {
                    prop_assert!(!warning.message(lang).is_empty());
                }
            }
        }
    }

    #[test]
    fn any_accepted_label_gives_clean_addresses(input in prop_oneof![urlish(), "(xn--)?[a-zA-Z0-9-]{0,10}"]) {
        for kind in [HostingKind::IndexEducation, HostingKind::Toutatice] {
            if let Ok((root, _)) = resolve_root(kind, &input, "", &[]) {
                check_addresses(&root, &build_addresses(&root, cas_servers().first(), &SpaceSettings::default()))?;
                check_pattern(&root)?;
            }
        }
    }

    #[test]
    fn pasted_addresses_reduce_to_clean_roots(input in pasted_address()) {
        let reduced = root_from_pasted(&input, &[]);
        prop_assert!(reduced.is_ok(), "{} refused: {:?}", input, reduced);
        let (root, warnings) = reduced.unwrap();
        for cas in cas_servers() {
            check_addresses(&root, &build_addresses(&root, Some(&cas), &SpaceSettings::default()))?;
        }
        check_pattern(&root)?;
        check_warnings_keep_secrets(&warnings)?;
    }

    #[test]
    fn pasted_addresses_carried_by_an_ent_link_reduce_to_the_same_root(input in pasted_address()) {
        let direct = root_from_pasted(&input, &[]).map(|(root, _)| root);
        prop_assume!(direct.is_ok());
        let absolute = if input.contains("://") { input.clone() } else { format!("https://{}", input.trim_start_matches('/')) };
        let link = cas_servers()[1].login_link(&absolute);
        let carried = root_from_pasted(&link, &[]).map(|(root, _)| root);
        prop_assert_eq!(carried, direct);
    }

    #[test]
    fn any_real_uai_passes_in_either_case(uai in uai()) {
        prop_assert_eq!(Uai::parse(&uai.to_ascii_lowercase()).map(|u| u.to_string()), Ok(uai.clone()));
    }

    #[test]
    fn any_other_letter_is_refused_naming_the_right_one(uai in uai(), offset in 0u8..25) {
        let expected = uai.chars().last().unwrap();
        // The 25 letters other than the expected one.
        let mut letter = b'A' + offset;
        if letter >= expected as u8 {
            letter += 1;
        }
        let wrong = format!("{}{}", &uai[..7], char::from(letter));
        prop_assert_eq!(
            Uai::parse(&wrong),
            Err(pronote_delegation::domain::error::Error::UaiWrongCheckLetter { uai: wrong.clone(), expected })
        );
    }
}
