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

/// Parameters by which an ENT address carries the address to go back to, compared in any case:
/// CAS's `service` (and `TARGET` on `/samlValidate`), Open ENT NG's `callback` (its login page,
/// around a relative CAS login), the WAYF's `return`/`returnX` (SAML discovery) around a Shibboleth
/// `Login?target=`. Sources are in tests/native/domain/pasted_address.rs.
const CARRIER_PARAMETERS: [&str; 5] = ["service", "target", "callback", "return", "returnX"];

/// Parameters that only CAS addresses carry (a PRONOTE address never does).
pub(crate) const SERVICE_PARAMETERS: [&str; 2] = ["service", "TARGET"];

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

/// How many carried addresses are read through, one inside the other. The deepest real nesting is
/// three (a WAYF's `returnX`, its Shibboleth `target`, the CAS login's `service`); bounding it
/// bounds the recursion on hostile input.
const MAX_NESTING: usize = 4;

/// How many times a carried value is percent-decoded until it reads as an address: each nesting
/// encodes once more, and PRONOTE's loose encoding (raw `:`) may sit inside any of them.
const MAX_DECODINGS: usize = 4;

/// How much of an unparsable paste an error message repeats.
const MAX_ECHO_CHARS: usize = 120;

/// Reduces a pasted address to its PRONOTE.net root, keeping scheme, host, port and path, dropping
/// query, fragment, credentials and a last page segment (`eleve.html`, `mobile.eleve.html`).
///
/// `known_ent_hosts` are the hosts of the ENT catalogue. When the pasted address is an ENT's
/// carrying PRONOTE's address (a CAS login's `service=`, Open ENT NG's `callback=`, a WAYF's
/// `returnX=`, one inside the other), that address is used. An address on a known ENT host that
/// carries none is refused ([`Error::UrlIsEntAddress`]): no root built from it could be right.
pub fn root_from_pasted(input: &str, known_ent_hosts: &[&str]) -> Result<(PronoteRoot, Vec<Warning>), Error> {
    let text = input.trim();
    if text.is_empty() {
        return Err(Error::UrlEmpty);
    }
    reduce(parse_lenient(text)?, known_ent_hosts, MAX_NESTING)
}

/// The root of a parsed address, read through the addresses it carries (at most `nesting` deep).
fn reduce(url: Url, known_ent_hosts: &[&str], nesting: usize) -> Result<(PronoteRoot, Vec<Warning>), Error> {
    let scheme = url.scheme();
    let host = match url.host_str() {
        Some(host) if !host.is_empty() => host.to_owned(),
        _ => return Err(Error::UrlNoHost),
    };

    let mut warnings = Vec::new();
    if let Some((root, inner_warnings)) = carried_root(&url, known_ent_hosts, nesting) {
        warnings.push(Warning::EntAddressPasted {
            host,
            service_used: true,
        });
        // The pasted address is named once, not each ENT page it passes through.
        warnings.extend(
            inner_warnings
                .into_iter()
                .filter(|warning| !matches!(warning, Warning::EntAddressPasted { service_used: true, .. })),
        );
        return Ok((root, warnings));
    }
    if is_known_ent_host(&host, known_ent_hosts) {
        return Err(Error::UrlIsEntAddress { host, ent: None });
    }
    if looks_like_ent_address(&url) {
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
pub(crate) fn echo(text: &str) -> String {
    let before_query = text.split(['?', '#']).next().unwrap_or_default();
    if before_query.chars().count() <= MAX_ECHO_CHARS {
        return before_query.to_owned();
    }
    let mut shortened: String = before_query.chars().take(MAX_ECHO_CHARS).collect();
    shortened.push('…');
    shortened
}

/// The root of the PRONOTE address that `url` carries, read through every nesting (at most
/// `nesting` deep): the first carrier parameter holding an address is followed, and only it, so
/// that hostile input cannot make the search branch.
fn carried_root(url: &Url, known_ent_hosts: &[&str], nesting: usize) -> Option<(PronoteRoot, Vec<Warning>)> {
    let nesting = nesting.checked_sub(1)?;
    let carried = url
        .query_pairs()
        .filter(|(name, _)| {
            CARRIER_PARAMETERS
                .iter()
                .any(|carrier| carrier.eq_ignore_ascii_case(name))
        })
        .find_map(|(_, value)| carried_address(url, &value))?;
    match carried {
        // A relative address is a page of the ENT itself (Open ENT NG's `callback=/cas/login?…`):
        // only what it carries in turn can be PRONOTE's.
        Carried::Relative(inner) => carried_root(&inner, known_ent_hosts, nesting),
        Carried::Absolute(inner) => reduce(inner, known_ent_hosts, nesting).ok(),
    }
}

/// An address found in a carrier parameter.
enum Carried {
    /// An absolute http(s) address.
    Absolute(Url),
    /// A path on the carrier's own server, resolved against it.
    Relative(Url),
}

/// The address a carrier parameter's value holds, percent-decoded as many times as it was
/// encoded (`https%253A…`, PRONOTE's `https:%2F%2F…`), or `None` when it holds no address.
fn carried_address(carrier: &Url, value: &str) -> Option<Carried> {
    let mut text = value.trim().to_owned();
    for _ in 0..=MAX_DECODINGS {
        let lower = text.get(..8).unwrap_or(&text).to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") || text.starts_with("//") {
            return parse_lenient(&text).ok().map(Carried::Absolute);
        }
        // `/\` would be read as `//` (another host) by the URL standard: not a path.
        if text.starts_with('/') && !text.starts_with("/\\") {
            return carrier.join(&text).ok().map(Carried::Relative);
        }
        if !text.contains('%') {
            return None;
        }
        text = percent_decode_str(&text).decode_utf8_lossy().into_owned();
    }
    None
}

/// Whether the host is one of the catalogue's ENT hosts (DNS ignores case).
fn is_known_ent_host(host: &str, known_ent_hosts: &[&str]) -> bool {
    known_ent_hosts.iter().any(|known| known.eq_ignore_ascii_case(host))
}

/// Whether an address on a host the catalogue does not know looks like an ENT's rather than
/// PRONOTE's: a CAS endpoint or directory in the path, or a `service` parameter.
pub(crate) fn looks_like_ent_address(url: &Url) -> bool {
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
    cas_endpoint || cas_segment || service_parameter
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
