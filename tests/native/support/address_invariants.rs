//! What every computed address set must satisfy, whatever the input. One copy shared by the property
//! tests (tests/native/domain/properties.rs) and the fuzz targets (fuzz/fuzz_targets/*.rs, through `#[path]`),
//! so that a crash libFuzzer finds and a property proptest shrinks speak of the same rules.
//! Each check returns the first violation as text: proptest turns it into a failure, libFuzzer into a panic.

#![allow(dead_code)] // each user takes its own subset

use pronote_delegation::domain::addresses::{AddressKey, AddressSet};
use pronote_delegation::domain::cas_server::CasServer;
use pronote_delegation::domain::pronote_root::PronoteRoot;
use pronote_delegation::domain::warning::Warning;
use pronote_delegation::lang::Lang;
use url::Url;

/// Parameters that must never survive into an output (`login` only in direct-login addresses).
pub const TRANSIENT: [&str; 6] = ["identifiant", "ticket", "bydlg", "redirect", "fd", "login"];

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

/// A root ends with `/` and has neither query nor fragment.
pub fn check_root(root: &PronoteRoot) -> Result<(), String> {
    let text = root.as_str();
    if !text.ends_with('/') {
        return Err(format!("root without final slash: {text}"));
    }
    if text.contains(['?', '#']) {
        return Err(format!("root with query or fragment: {text}"));
    }
    Ok(())
}

/// Every address (the regular expression aside) parses and carries no transient parameter.
pub fn check_set(set: &AddressSet) -> Result<(), String> {
    check_root(&set.root)?;
    for address in &set.entries {
        if address.key == AddressKey::ServicePattern {
            continue;
        }
        let url = Url::parse(&address.value)
            .map_err(|error| format!("{} does not parse ({error}): {}", address.key.id(), address.value))?;
        let login_allowed = matches!(address.key, AddressKey::DirectLogin | AddressKey::SpaceDirectLogin(_));
        for (name, _) in url.query_pairs() {
            if TRANSIENT.contains(&name.as_ref()) && !(name == "login" && login_allowed) {
                return Err(format!("{name} survives in {}", address.value));
            }
        }
    }
    Ok(())
}

/// The login link of a CAS server carries the root as its one `service`, encoded once.
pub fn check_login_link(root: &PronoteRoot, cas: &CasServer) -> Result<(), String> {
    let text = root.as_str();
    let link = cas.login_link(text);
    let url = Url::parse(&link).map_err(|error| format!("login link does not parse ({error}): {link}"))?;
    let services: Vec<String> = url
        .query_pairs()
        .filter(|(name, _)| name == "service")
        .map(|(_, value)| value.into_owned())
        .collect();
    if services != [text.to_owned()] {
        return Err(format!("service of {link}: {services:?}"));
    }
    if !text.contains('%') && link.contains("%25") {
        return Err(format!("double encoding in {link}"));
    }
    Ok(())
}

/// Every warning has a message in both languages.
pub fn check_warnings(warnings: &[Warning]) -> Result<(), String> {
    for warning in warnings {
        for lang in [Lang::Fr, Lang::En] {
            if warning.message(lang).is_empty() {
                return Err(format!("{warning:?} has no {lang:?} message"));
            }
        }
    }
    Ok(())
}
