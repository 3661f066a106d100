//! What every computed address set must satisfy, whatever the input: shared by the fuzz targets.
//! A violated invariant panics, which libFuzzer reports as a crash with its input.

use pronote_delegation::domain::addresses::{build_addresses, AddressKey};
use pronote_delegation::domain::cas_server::CasServer;
use pronote_delegation::domain::delegation::SpaceSettings;
use pronote_delegation::domain::lang::Lang;
use pronote_delegation::domain::pronote_root::PronoteRoot;
use pronote_delegation::domain::warning::Warning;
use url::Url;

/// Parameters that must never survive into an output (`login` only in direct-login addresses).
const TRANSIENT: [&str; 6] = ["identifiant", "ticket", "bydlg", "redirect", "fd", "login"];

/// Two CAS servers: one plain, one whose login has its own query (as Kosmos' `selection=`).
pub fn cas_servers() -> Vec<CasServer> {
    [
        (
            "https://www.toutatice.fr/casshib/shib/toutatice/login",
            "https://www.toutatice.fr/casshib/shib/666666/samlValidate",
        ),
        (
            "https://cas.ent.fr/login?selection=ATS_parent_eleve",
            "https://cas.ent.fr/samlValidate",
        ),
    ]
    .into_iter()
    .filter_map(|(login, validation)| {
        Some(CasServer {
            login: Url::parse(login).ok()?,
            validation: Url::parse(validation).ok()?,
        })
    })
    .collect()
}

/// Builds every address of the root with each CAS server and checks them.
pub fn check(root: &PronoteRoot, warnings: &[Warning]) {
    let text = root.as_str();
    assert!(text.ends_with('/'), "root without final slash: {text}");
    assert!(!text.contains(['?', '#']), "root with query or fragment: {text}");
    for cas in cas_servers() {
        let set = build_addresses(root, Some(&cas), &SpaceSettings::default());
        for address in &set.entries {
            if address.key == AddressKey::ServicePattern {
                continue;
            }
            let url = Url::parse(&address.value)
                .unwrap_or_else(|error| panic!("{} does not parse ({error}): {}", address.key.id(), address.value));
            let login_allowed = matches!(address.key, AddressKey::DirectLogin | AddressKey::SpaceDirectLogin(_));
            for (name, _) in url.query_pairs() {
                assert!(
                    !TRANSIENT.contains(&name.as_ref()) || (name == "login" && login_allowed),
                    "{name} survives in {}",
                    address.value
                );
            }
        }
        let link = cas.login_link(text);
        let services: Vec<String> = Url::parse(&link)
            .map(|url| {
                url.query_pairs()
                    .filter(|(name, _)| name == "service")
                    .map(|(_, value)| value.into_owned())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(services, [text.to_owned()], "service of {link}");
        if !text.contains('%') {
            assert!(!link.contains("%25"), "double encoding in {link}");
        }
    }
    for warning in warnings {
        for lang in [Lang::Fr, Lang::En] {
            assert!(!warning.message(lang).is_empty());
        }
    }
}
