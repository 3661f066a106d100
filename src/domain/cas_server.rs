//! An ENT's CAS server as PRONOTE's "Délégation CAS" dialog knows it: a login and a validation address.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use url::Url;

use crate::domain::preset::Preset;

/// Everything but RFC 3986's unreserved characters, so a service URL survives as one query value
/// (`:` `/` `?` `=` `&` `#` `%` `+` and space all encoded; space as `%20`, never `+`).
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// The two addresses PRONOTE needs from an ENT's CAS server.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CasServer {
    /// The login address, without `service`; it may carry the ENT's own query (`selection=`, `idpId=`).
    pub login: Url,
    /// The address PRONOTE posts tickets to (`/samlValidate` in the console's defaults).
    pub validation: Url,
}

impl Preset {
    /// The login and validation addresses, as the console's "Délégation CAS" dialog takes them.
    pub fn cas_server(&self) -> CasServer {
        CasServer {
            login: self.login.clone(),
            validation: self.validation.clone(),
        }
    }
}

impl CasServer {
    /// The login link for a service: `<login>?service=<encoded>`, or `&service=` after the login's
    /// own query. A `service` already in the login address is replaced, not duplicated.
    pub fn login_link(&self, service: &str) -> String {
        with_parameter(&self.login, "service", service)
    }
}

/// Percent-encodes a value for a query (RFC 3986: only unreserved characters stay as they are).
pub fn encode_query_value(value: &str) -> String {
    utf8_percent_encode(value, QUERY_VALUE).to_string()
}

/// Appends `name=<encoded value>` to an address, dropping any previous `name` parameter and the
/// fragment. The other parameters are copied byte for byte: decoding and re-encoding them (as
/// `query_pairs_mut` would) could change what the ENT reads.
fn with_parameter(address: &Url, name: &str, value: &str) -> String {
    let mut base = address.clone();
    base.set_fragment(None);
    let kept: Vec<&str> = address
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(name))
        .collect();
    base.set_query(None);
    let mut link = String::from(base.as_str());
    link.push('?');
    for pair in kept {
        link.push_str(pair);
        link.push('&');
    }
    link.push_str(name);
    link.push('=');
    link.push_str(&encode_query_value(value));
    link
}
