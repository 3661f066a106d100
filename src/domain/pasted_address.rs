//! Reduces whatever a user pastes (a space page, a mobile page, a link with a session identifier,
//! even the ENT's login page) to the root of the PRONOTE.net publication.

use percent_encoding::percent_decode_str;
use url::{Host, Url};

use crate::domain::error::Error;
use crate::domain::pronote_root::{PronoteRoot, INDEX_EDUCATION_DOMAIN};
use crate::domain::uai::DEMO_LABEL;
use crate::domain::warning::Warning;

/// Query parameters PRONOTE or CAS put in addresses that belong to one session or one page view.
/// Their values (session identifiers, tickets) must never be published, so only names are reported.
pub const TRANSIENT_PARAMETERS: [&str; 6] = ["identifiant", "ticket", "bydlg", "redirect", "fd", "login"];

/// Parameters by which a CAS address carries the service (PRONOTE's address) it was asked for.
const SERVICE_PARAMETERS: [&str; 2] = ["service", "TARGET"];

/// Last path segments of CAS endpoints (Apereo CAS protocol 3.0), compared in any case.
const CAS_ENDPOINTS: [&str; 6] = [
    "login",
    "logout",
    "validate",
    "serviceValidate",
    "proxyValidate",
    "samlValidate",
];

/// Path segments that only CAS servers use.
const CAS_SEGMENTS: [&str; 2] = ["cas", "casshib"];

/// How many ENT addresses wrapping a service are unwrapped: one is a paste of the ENT's login
/// page; more is no real address, and bounding it bounds the recursion.
const MAX_UNWRAP: usize = 2;

/// How much of an unparsable paste an error message repeats.
const MAX_ECHO_CHARS: usize = 120;

/// Reduces a pasted address to its PRONOTE.net root, keeping scheme, host, port and path, dropping
/// query, fragment, credentials and a last page segment (`eleve.html`, `mobile.eleve.html`).
///
/// `known_ent_hosts` are the CAS hosts of the ENT catalogue: pasting one of them earns a warning.
/// When the pasted address is a CAS link carrying PRONOTE's address (`service=`), that address is used.
pub fn root_from_pasted(input: &str, known_ent_hosts: &[&str]) -> Result<(PronoteRoot, Vec<Warning>), Error> {
    reduce(input, known_ent_hosts, MAX_UNWRAP)
}

fn reduce(input: &str, known_ent_hosts: &[&str], unwrap_budget: usize) -> Result<(PronoteRoot, Vec<Warning>), Error> {
    let text = input.trim();
    if text.is_empty() {
        return Err(Error::UrlEmpty);
    }
    let url = parse_lenient(text)?;
    let scheme = url.scheme();
    let host = match url.host_str() {
        Some(host) if !host.is_empty() => host.to_owned(),
        _ => return Err(Error::UrlNoHost),
    };

    let mut warnings = Vec::new();
    let carried_service = unwrap_budget
        .checked_sub(1)
        .and_then(|budget| carried_service(&url).map(|service| (service, budget)));
    if let Some((service, budget)) = carried_service {
        if let Ok((root, inner_warnings)) = reduce(&service, known_ent_hosts, budget) {
            warnings.push(Warning::EntAddressPasted {
                host,
                service_used: true,
            });
            warnings.extend(inner_warnings);
            return Ok((root, warnings));
        }
    }
    if is_ent_address(&url, &host, known_ent_hosts) {
        warnings.push(Warning::EntAddressPasted {
            host: host.clone(),
            service_used: false,
        });
    }

    let root = PronoteRoot::from_url(&url, &root_path(url.path()))?;

    if let Some(removed) = removed_parameters(&url) {
        warnings.push(removed);
    }
    if scheme == "http" {
        warnings.push(Warning::PlainHttp);
    }
    if let Some(port) = url.port() {
        warnings.push(Warning::NonDefaultPort { port });
    }
    if matches!(url.host(), Some(Host::Ipv4(_) | Host::Ipv6(_))) {
        warnings.push(Warning::IpHost {
            host: root.host().to_owned(),
        });
    }
    if host == format!("{DEMO_LABEL}.{INDEX_EDUCATION_DOMAIN}") {
        warnings.push(Warning::DemoInstance);
    }
    Ok((root, warnings))
}

/// Parses what users paste as an http(s) address: `https://` is assumed when no scheme is
/// written (`host/pronote`, `host:8080/pronote`, `//host/pronote`, `[::1]/pronote`).
pub(crate) fn parse_lenient(text: &str) -> Result<Url, Error> {
    // The URL standard ignores tabs and line breaks anywhere; dropping them first lets the host
    // check below see the host exactly as `url` will.
    let text: String = text.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    let unparsable = || Error::UrlUnparsable { input: echo(&text) };
    let absolute = if text.starts_with("//") {
        format!("https:{text}")
    } else if let Some(scheme) = scheme_of(&text) {
        // Refused before parsing: `url` would run other schemes' hosts (file:, ftp:) through IDNA.
        if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
            return Err(Error::UrlScheme {
                scheme: scheme.to_ascii_lowercase(),
            });
        }
        text.clone()
    } else {
        format!("https://{text}")
    };
    if !host_is_plain_ascii(&absolute) {
        return Err(unparsable());
    }
    Url::parse(&absolute).map_err(|_| unparsable())
}

/// Whether the host of an http(s) address is plain ASCII, found as the URL standard finds it
/// (after the scheme and any `/` or `\\`, up to `/`, `\\`, `?` or `#`, after the last `@`).
///
/// A non-ASCII host (or a percent-encoded one) must not reach `url`: with the ASCII-only
/// `idna_adapter` it fails anyway, and mixed with upper-case letters it trips a debug assertion
/// in that adapter, a panic in debug builds.
fn host_is_plain_ascii(absolute: &str) -> bool {
    let after_scheme = absolute.split_once(':').map_or(absolute, |(_, rest)| rest);
    let authority = after_scheme
        .trim_start_matches(['/', '\\'])
        .split(['/', '\\', '?', '#'])
        .next()
        .unwrap_or_default();
    let host_and_port = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    host_and_port.is_ascii() && !host_and_port.contains('%')
}

/// The URI scheme the text starts with (RFC 3986: a letter, then letters, digits, `+-.`, then
/// `:`), unless it is a host and port (`pronote.lycee.fr:8080/…`), which looks the same.
fn scheme_of(text: &str) -> Option<&str> {
    let (scheme, rest) = text.split_once(':')?;
    let mut chars = scheme.chars();
    let scheme_shaped = chars.next().is_some_and(|first| first.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let port_digits = rest
        .split(['/', '?', '#'])
        .next()
        .is_some_and(|port| !port.is_empty() && port.bytes().all(|byte| byte.is_ascii_digit()));
    (scheme_shaped && !port_digits).then_some(scheme)
}

/// What an error repeats of an unparsable paste: the part before any query or fragment (which
/// may hold a session identifier), shortened.
fn echo(text: &str) -> String {
    let before_query = text.split(['?', '#']).next().unwrap_or_default();
    if before_query.chars().count() <= MAX_ECHO_CHARS {
        return before_query.to_owned();
    }
    let mut shortened: String = before_query.chars().take(MAX_ECHO_CHARS).collect();
    shortened.push('…');
    shortened
}

/// The service a CAS address carries (`service=` or `TARGET=`), when it is an http(s) address.
/// A doubly encoded value (`https%3A%2F%2F…`, a classic bug) is decoded once more.
fn carried_service(url: &Url) -> Option<String> {
    let value = url
        .query_pairs()
        .find(|(name, _)| SERVICE_PARAMETERS.contains(&name.as_ref()))
        .map(|(_, value)| value.trim().to_owned())?;
    let lower = value.to_ascii_lowercase();
    if lower.starts_with("http%3a") || lower.starts_with("https%3a") {
        return Some(percent_decode_str(&value).decode_utf8_lossy().into_owned());
    }
    (lower.starts_with("http://") || lower.starts_with("https://")).then_some(value)
}

/// Whether the address is an ENT's rather than PRONOTE's: a known CAS host, a CAS endpoint or
/// directory in the path, or a `service` parameter.
fn is_ent_address(url: &Url, host: &str, known_ent_hosts: &[&str]) -> bool {
    let known_host = known_ent_hosts.iter().any(|known| known.eq_ignore_ascii_case(host));
    let segments: Vec<&str> = url.path().split('/').filter(|s| !s.is_empty()).collect();
    let cas_endpoint = segments
        .last()
        .is_some_and(|last| CAS_ENDPOINTS.iter().any(|endpoint| endpoint.eq_ignore_ascii_case(last)));
    let cas_segment = segments
        .iter()
        .any(|segment| CAS_SEGMENTS.iter().any(|cas| cas.eq_ignore_ascii_case(segment)));
    let service_parameter = url
        .query_pairs()
        .any(|(name, _)| SERVICE_PARAMETERS.contains(&name.as_ref()));
    known_host || cas_endpoint || cas_segment || service_parameter
}

/// The directory of the path: a last page segment (`*.html`, even followed by a stray `/`) is
/// dropped, and the result ends with `/`.
fn root_path(path: &str) -> String {
    let trimmed = path.trim_end_matches('/');
    let (directory, last) = trimmed.rsplit_once('/').unwrap_or(("", trimmed));
    let lower = last.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        format!("{directory}/")
    } else {
        format!("{trimmed}/")
    }
}

/// The warning for what the reduction drops besides the path: query parameters and credentials
/// (never their values). The fragment goes silently: PRONOTE does not use it.
fn removed_parameters(url: &Url) -> Option<Warning> {
    let mut names: Vec<String> = Vec::new();
    let mut others = !url.username().is_empty() || url.password().is_some();
    for (name, _) in url.query_pairs() {
        match TRANSIENT_PARAMETERS
            .iter()
            .find(|known| known.eq_ignore_ascii_case(&name))
        {
            Some(known) => {
                if !names.iter().any(|listed| listed == known) {
                    names.push((*known).to_owned());
                }
            }
            None => others = true,
        }
    }
    // `?` alone (an empty query) drops nothing worth a word.
    (!names.is_empty() || others).then_some(Warning::TransientRemoved { names, others })
}
