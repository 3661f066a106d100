//! Reads an address a reader pastes when a delegation fails (a CAS error page carrying `service=…`, a
//! PRONOTE page with `ticket=ST-…` or `?login=true`, an ENT link) and says what it shows against the
//! configuration computed for the school.
//!
//! Overlaps `pasted_address.rs`, which also reads the service out of an ENT link, but to find a root: here
//! the service is kept whole (page and query) and compared, and a non-PRONOTE address is a finding, not a
//! root. The two readers could share `service_carried_by` once both settle.

use percent_encoding::percent_decode_str;
use url::Url;

use crate::domain::cas_server::CasServer;
use crate::domain::catalogue::Catalogue;
use crate::domain::computation::{compute, Computation};
use crate::domain::error::Error;
use crate::domain::pasted_address::{looks_like_ent_address, parse_lenient, SERVICE_PARAMETERS};
use crate::domain::pronote_root::PronoteRoot;
use crate::domain::request::Request;
use crate::domain::uai::Uai;
use crate::lang::typography::fill;
use crate::lang::Lang;

/// What one pasted address shows. Strings are the pasted address's own text: the UI shows them as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// The service falls under the school's root (any page, any query, host in any case).
    ServiceMatches {
        /// The service as read, decoded.
        service: String,
    },
    /// http where https is expected, or the reverse.
    ServiceScheme { expected: String, found: String },
    /// Another host: another school, a wrong UAI check letter, another hosting domain.
    ServiceHost {
        expected: String,
        found: String,
        /// The letter the found host's UAI calls for, when its check letter is wrong.
        right_letter: Option<char>,
    },
    /// Another port (the scheme's default when none is written).
    ServicePort { expected: u16, found: u16 },
    /// A path outside the root's.
    ServicePath { expected: String, found: String },
    /// The login page of another CAS server than the chosen ENT's.
    CasOtherServer {
        /// The pasted address's host.
        found: String,
        /// The chosen ENT's login host.
        expected: String,
        /// The ENT a preset knows at that host.
        known_as: Option<String>,
    },
    /// A CAS address that carries no service: nothing to compare.
    ServiceMissing,
    /// A PRONOTE address with `ticket=`: the CAS login worked, PRONOTE's validation or the account
    /// mapping did not.
    TicketPresent,
    /// `?login=true`: PRONOTE's own login form, not the delegation.
    DirectLogin,
    /// What was pasted is not an address.
    NotAnAddress(Error),
}

impl Finding {
    /// A stable code, as in `data-finding` and the JS API.
    pub fn code(&self) -> &'static str {
        match self {
            Finding::ServiceMatches { .. } => "service-matches",
            Finding::ServiceScheme { .. } => "service-scheme",
            Finding::ServiceHost { .. } => "service-host",
            Finding::ServicePort { .. } => "service-port",
            Finding::ServicePath { .. } => "service-path",
            Finding::CasOtherServer { .. } => "cas-other-server",
            Finding::ServiceMissing => "service-missing",
            Finding::TicketPresent => "ticket-present",
            Finding::DirectLogin => "direct-login",
            Finding::NotAnAddress(_) => "not-an-address",
        }
    }

    /// Whether the finding is a fault (everything but `service-matches`).
    pub fn is_fault(&self) -> bool {
        !matches!(self, Finding::ServiceMatches { .. })
    }

    /// What the reader is told.
    pub fn message(&self, lang: Lang) -> String {
        let w = lang.words();
        let compared = |template, expected: &dyn ToString, found: &dyn ToString| {
            fill(
                template,
                &[("expected", &expected.to_string()), ("found", &found.to_string())],
            )
        };
        match self {
            Finding::ServiceMatches { service } => fill(w.finding_service_matches, &[("service", service)]),
            Finding::ServiceScheme { expected, found } => compared(w.finding_service_scheme, expected, found),
            Finding::ServiceHost {
                expected,
                found,
                right_letter,
            } => {
                let mut message = compared(w.finding_service_host, expected, found);
                if let Some(letter) = right_letter {
                    message.push_str(&fill(
                        w.finding_check_letter,
                        &[("letter", letter.encode_utf8(&mut [0; 4]))],
                    ));
                }
                message
            }
            Finding::ServicePort { expected, found } => compared(w.finding_service_port, expected, found),
            Finding::ServicePath { expected, found } => compared(w.finding_service_path, expected, found),
            Finding::CasOtherServer {
                found,
                expected,
                known_as,
            } => {
                let whose = known_as.as_deref().map(|name| format!(" ({name})")).unwrap_or_default();
                fill(
                    w.finding_cas_other_server,
                    &[("found", found), ("whose", &whose), ("expected", expected)],
                )
            }
            Finding::ServiceMissing => w.finding_service_missing.to_owned(),
            Finding::TicketPresent => w.finding_ticket_present.to_owned(),
            Finding::DirectLogin => w.finding_direct_login.to_owned(),
            Finding::NotAnAddress(error) => error.message(lang),
        }
    }
}

/// Diagnoses `pasted` against the school's root and the chosen ENT's CAS server (`None`: no ENT chosen,
/// so no server is "another"). `catalogue` names the ENT a foreign CAS host belongs to.
pub fn diagnose(pasted: &str, root: &PronoteRoot, cas: Option<&CasServer>, catalogue: &Catalogue) -> Vec<Finding> {
    let url = match parse_lenient(pasted.trim()) {
        Ok(url) if url.host_str().is_some_and(|host| !host.is_empty()) => url,
        Ok(_) => return vec![Finding::NotAnAddress(Error::UrlNoHost)],
        Err(_) if pasted.trim().is_empty() => return vec![Finding::NotAnAddress(Error::UrlEmpty)],
        Err(error) => return vec![Finding::NotAnAddress(error)],
    };
    let mut findings = Vec::new();
    let known_hosts = catalogue.known_cas_hosts();
    let host = url.host_str().unwrap_or_default();
    let carried = service_carried_by(&url);
    // The school's own host is PRONOTE's, whatever its path looks like.
    let on_cas =
        carried.is_some() || (!host.eq_ignore_ascii_case(root.host()) && is_cas_address(&url, &known_hosts, cas));
    let service = if on_cas {
        if let Some(cas) = cas {
            let expected = cas.login.host_str().unwrap_or_default();
            if !expected.eq_ignore_ascii_case(host) {
                findings.push(Finding::CasOtherServer {
                    found: host.to_owned(),
                    expected: expected.to_owned(),
                    known_as: ent_at(host, catalogue),
                });
            }
        }
        match carried {
            Some(service) => service,
            None => {
                findings.push(Finding::ServiceMissing);
                return findings;
            }
        }
    } else {
        url
    };
    findings.extend(compare_service(&service, root));
    let has = |name: &str, value: Option<&str>| {
        service
            .query_pairs()
            .any(|(n, v)| n.eq_ignore_ascii_case(name) && value.is_none_or(|value| v.eq_ignore_ascii_case(value)))
    };
    if has("ticket", None) {
        findings.push(Finding::TicketPresent);
    }
    if has("login", Some("true")) {
        findings.push(Finding::DirectLogin);
    }
    findings
}

/// Diagnoses `pasted` for a request as the widget holds it: the root `compute` finds and the chosen ENT's
/// CAS server (whether or not a space uses it yet). `Err` holds what stops the computation (a wrong
/// hosting, an unknown ENT): a misspelt ENT must not quietly mean "no ENT".
pub fn diagnose_request(pasted: &str, request: &Request, catalogue: &Catalogue) -> Result<Vec<Finding>, Vec<Error>> {
    let Computation { addresses, errors, .. } = compute(request, catalogue);
    let Some(set) = addresses.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let cas = request
        .ent
        .as_deref()
        .and_then(|id| catalogue.get(id.trim()))
        .map(|preset| preset.cas_server());
    Ok(diagnose(pasted, &set.root, cas.as_ref(), catalogue))
}

/// The service a CAS address carries (`service=` or `TARGET=`), decoded however it was encoded: the
/// standard way, PRONOTE's loose way (`https:%2F%2F…%3Ffd=1`, `:` and `=` raw) or twice (`https%253A…`,
/// a classic bug, which reads as `https%3A…` after one decoding). `None` unless it is an http(s) address.
pub fn service_carried_by(url: &Url) -> Option<Url> {
    let (_, value) = url
        .query_pairs()
        .find(|(name, _)| SERVICE_PARAMETERS.contains(&name.as_ref()))?;
    let mut value = value.trim().to_owned();
    // Each pass undoes one encoding; two are the most a real link carries.
    for _ in 0..2 {
        let lower = value.to_ascii_lowercase();
        if !(lower.starts_with("http%3a") || lower.starts_with("https%3a")) {
            break;
        }
        value = percent_decode_str(&value).decode_utf8_lossy().into_owned();
    }
    let service = Url::parse(&value).ok()?;
    matches!(service.scheme(), "http" | "https").then_some(service)
}

/// How a service differs from the root: nothing (`service-matches`) or each part that differs.
pub fn compare_service(service: &Url, root: &PronoteRoot) -> Vec<Finding> {
    let mut findings = Vec::new();
    if service.scheme() != root.scheme() {
        findings.push(Finding::ServiceScheme {
            expected: root.scheme().to_owned(),
            found: service.scheme().to_owned(),
        });
    }
    let found_host = service.host_str().unwrap_or_default();
    if !found_host.eq_ignore_ascii_case(root.host()) {
        findings.push(Finding::ServiceHost {
            expected: root.host().to_owned(),
            found: found_host.to_owned(),
            right_letter: right_check_letter(found_host),
        });
    }
    // Ports as written: `url` drops a scheme's default port, and so does the root; a scheme change alone
    // is not also a port change.
    if service.port() != root.port() {
        findings.push(Finding::ServicePort {
            expected: root.port().unwrap_or(default_port(root.scheme())),
            found: service.port_or_known_default().unwrap_or_default(),
        });
    }
    if !service.path().starts_with(root.path()) {
        findings.push(Finding::ServicePath {
            expected: root.path().to_owned(),
            found: service.path().to_owned(),
        });
    }
    if findings.is_empty() {
        findings.push(Finding::ServiceMatches {
            service: service.as_str().to_owned(),
        });
    }
    findings
}

/// The letter a host's first label calls for, when that label is seven digits and a wrong letter.
fn right_check_letter(host: &str) -> Option<char> {
    let label = host.split('.').next()?;
    match Uai::parse(label) {
        Err(Error::UaiWrongCheckLetter { expected, .. }) => Some(expected),
        _ => None,
    }
}

fn default_port(scheme: &str) -> u16 {
    if scheme == "http" {
        80
    } else {
        443
    }
}

/// Whether an address without a service is an ENT's CAS page: a known CAS host, the chosen ENT's
/// host, or a CAS directory or endpoint in its path.
fn is_cas_address(url: &Url, known_hosts: &[&str], cas: Option<&CasServer>) -> bool {
    let host = url.host_str().unwrap_or_default();
    let chosen = cas.and_then(|cas| cas.login.host_str());
    let known = known_hosts
        .iter()
        .chain(chosen.as_ref())
        .any(|known| known.eq_ignore_ascii_case(host));
    known || looks_like_ent_address(url)
}

/// The name of the ENT a preset knows at this CAS host.
fn ent_at(host: &str, catalogue: &Catalogue) -> Option<String> {
    catalogue
        .presets()
        .iter()
        .find(|preset| preset.cas_hosts().any(|known| known.eq_ignore_ascii_case(host)))
        .map(|preset| preset.name.clone())
}
