//! The checks of a CAS address (what the console would take but CAS would refuse or mangle) and of an id.

use url::Url;

use super::field::PresetField;
use super::problem::AddressFlaw;

/// The address, or why it is refused (`None`: it is not https).
pub fn check_address(field: PresetField, text: &str) -> Result<Url, Option<AddressFlaw>> {
    let url = Url::parse(text).map_err(|_| Some(AddressFlaw::Unparsable))?;
    let flaw = if url.scheme() != "https" {
        return Err(None);
    } else if url.host_str().is_none_or(str::is_empty) {
        AddressFlaw::NoHost
    } else if !url.username().is_empty() || url.password().is_some() {
        AddressFlaw::Credentials
    } else if url.fragment().is_some() {
        AddressFlaw::Fragment
    } else if text.chars().any(char::is_whitespace) {
        AddressFlaw::Spaces
    } else {
        match field {
            PresetField::Login if url.query_pairs().any(|(key, _)| key.eq_ignore_ascii_case("service")) => {
                AddressFlaw::ServiceInLogin
            }
            PresetField::CasBase | PresetField::Validation if url.query().is_some() => AddressFlaw::Query,
            // `…/p3/serviceValidate/samlValidate` (a validation address taken for a base, then the
            // console's suffix added): CAS answers no such path, and every login would fail. Every
            // validation endpoint's name ends in "alidate" (validate, serviceValidate, proxyValidate,
            // samlValidate): counting it is the smallest check the wasm can carry.
            PresetField::Validation if url.path().matches("alidate").count() > 1 => AddressFlaw::StackedValidation,
            PresetField::CasBase
                if url
                    .path()
                    .trim_end_matches('/')
                    .rsplit('/')
                    .next()
                    .is_some_and(|last| ["login", "samlValidate", "serviceValidate"].contains(&last)) =>
            {
                AddressFlaw::BaseWithEndpoint
            }
            _ => return Ok(url),
        }
    };
    Err(Some(flaw))
}

/// Whether the id is a slug: `a-z`, `0-9`, `_` and `-`, starting with a letter or digit, 64 at most.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        && id.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
}
