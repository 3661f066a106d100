//! The root of a PRONOTE.net publication: the address every space page, service and link hangs from.

use std::fmt;

use serde::{Serialize, Serializer};
use url::{Host, Url};

use crate::domain::error::Error;
use crate::domain::space::Space;
use crate::domain::uai::{SchoolLabel, Uai};

/// Index Education's hosting domain: `https://<label>.index-education.net/pronote/`.
pub const INDEX_EDUCATION_DOMAIN: &str = "index-education.net";
/// The Toutatice ENT's own hosting domain: `https://<UAI>.pronote.toutatice.fr/pronote/`.
pub const TOUTATICE_DOMAIN: &str = "pronote.toutatice.fr";
/// The root path of hosted publications.
const HOSTED_PATH: &str = "/pronote/";

/// The root of a PRONOTE.net publication: `http` or `https`, a host, maybe a port, a path ending
/// with `/`, and never a query, a fragment or credentials.
///
/// The text is kept as built rather than re-serialized by `url`, which would lower-case the UAI
/// that PRONOTE itself writes in upper case in the service it sends to CAS.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PronoteRoot {
    /// The whole root, e.g. `https://0310047H.index-education.net/pronote/`.
    text: String,
    /// `http` or `https`.
    scheme: &'static str,
    /// The host as written (an IPv6 address in brackets).
    host: String,
    /// An explicit port that is not the scheme's default.
    port: Option<u16>,
    /// The path, starting and ending with `/`, percent-encoded as `url` serializes it.
    path: String,
}

impl PronoteRoot {
    /// The root of a publication hosted by Index Education.
    pub fn index_education(label: &SchoolLabel) -> PronoteRoot {
        PronoteRoot::hosted(&hosted_label(label), INDEX_EDUCATION_DOMAIN)
    }

    /// The root of a Toutatice school's publication, served under the ENT's own domain.
    pub fn toutatice(uai: &Uai) -> PronoteRoot {
        PronoteRoot::hosted(uai.as_str(), TOUTATICE_DOMAIN)
    }

    /// A hosted root `https://<label>.<domain>/pronote/`; the label is a checked DNS label.
    fn hosted(label: &str, domain: &str) -> PronoteRoot {
        PronoteRoot::from_parts("https", format!("{label}.{domain}"), None, HOSTED_PATH.to_owned())
    }

    /// The root of a parsed address: its scheme, host, non-default port and `path`, which the
    /// caller has reduced to the root's directory. Fails unless the scheme is http(s) with a host.
    pub(crate) fn from_url(url: &Url, path: &str) -> Result<PronoteRoot, Error> {
        let scheme = match url.scheme() {
            "http" => "http",
            "https" => "https",
            other => {
                return Err(Error::UrlScheme {
                    scheme: other.to_owned(),
                })
            }
        };
        let host = match url.host() {
            None => return Err(Error::UrlNoHost),
            Some(Host::Domain("")) => return Err(Error::UrlNoHost),
            Some(Host::Domain(domain)) => hosted_host_as_pronote_writes_it(domain),
            Some(Host::Ipv4(address)) => address.to_string(),
            Some(Host::Ipv6(address)) => format!("[{address}]"),
        };
        let mut path = if path.starts_with('/') {
            path.to_owned()
        } else {
            format!("/{path}")
        };
        if !path.ends_with('/') {
            path.push('/');
        }
        Ok(PronoteRoot::from_parts(scheme, host, url.port(), path))
    }

    fn from_parts(scheme: &'static str, host: String, port: Option<u16>, path: String) -> PronoteRoot {
        let text = match port {
            Some(port) => format!("{scheme}://{host}:{port}{path}"),
            None => format!("{scheme}://{host}{path}"),
        };
        PronoteRoot {
            text,
            scheme,
            host,
            port,
            path,
        }
    }

    /// The root as text, ending with `/`.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// `http` or `https`.
    pub fn scheme(&self) -> &str {
        self.scheme
    }

    /// The host as written in the root (an IPv6 address in brackets).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The explicit port, when it is not the scheme's default.
    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// The path, starting and ending with `/`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// A page under the root (`""` gives the root itself).
    pub fn page(&self, page: &str) -> String {
        format!("{}{page}", self.text)
    }

    /// The root with `?login=true`: PRONOTE's own login form, bypassing the delegation.
    pub fn direct_login(&self) -> String {
        self.space_direct_login(Space::Commune)
    }

    /// A space's desktop address.
    pub fn space_desktop(&self, space: Space) -> String {
        self.page(space.desktop_page())
    }

    /// A space's mobile address, for the spaces that have one.
    pub fn space_mobile(&self, space: Space) -> Option<String> {
        space.mobile_page().map(|page| self.page(page))
    }

    /// A space's desktop address with `?login=true` (PRONOTE's own form instead of the delegation).
    pub fn space_direct_login(&self, space: Space) -> String {
        format!("{}?login=true", self.space_desktop(space))
    }
}

impl fmt::Display for PronoteRoot {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.text)
    }
}

impl Serialize for PronoteRoot {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

/// A hosting label as PRONOTE writes it: a UAI in upper case, a name in lower case.
fn hosted_label(label: &SchoolLabel) -> String {
    match label {
        SchoolLabel::Uai(uai) => uai.as_str().to_owned(),
        SchoolLabel::Name(name) => name.to_ascii_lowercase(),
    }
}

/// `url` lower-cases host names; a pasted hosted address gets its UAI back in upper case, as
/// PRONOTE writes it in the service it sends to CAS.
fn hosted_host_as_pronote_writes_it(host: &str) -> String {
    for domain in [INDEX_EDUCATION_DOMAIN, TOUTATICE_DOMAIN] {
        let label = host.strip_suffix(domain).and_then(|rest| rest.strip_suffix('.'));
        if let Some(uai) = label.and_then(|label| Uai::parse(label).ok()) {
            return format!("{uai}.{domain}");
        }
    }
    host.to_owned()
}
