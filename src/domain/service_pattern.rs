//! The `serviceId` pattern an ENT registers for PRONOTE in its CAS service registry.
//!
//! PRONOTE sends as service the page being opened (the root, `eleve.html`, `mobile.eleve.html?fd=1`,
//! …), and a CAS ticket is valid only for a registered service: the ENT must register a pattern
//! covering the whole root, not one exact address.

use crate::domain::pronote_root::PronoteRoot;

/// An Apereo CAS `serviceId` regular expression (Java syntax, also valid for Rust's `regex`)
/// matching every page and query under the root: the scheme exactly, the host in any case (DNS
/// ignores case, and PRONOTE and other tools disagree on the UAI's), the port as in the root (the
/// default one may be written or not), then the root's path and anything after it. It matches no
/// other host and no sibling path (`/pronote2/` for `/pronote/`).
pub fn service_pattern(root: &PronoteRoot) -> String {
    let port = match (root.port(), root.scheme()) {
        (Some(port), _) => format!(":{port}"),
        (None, "https") => "(?::443)?".to_owned(),
        (None, _) => "(?::80)?".to_owned(),
    };
    format!(
        "^{}://(?i:{}){port}{}.*$",
        escape(root.scheme()),
        escape(root.host()),
        escape(root.path())
    )
}

/// Escapes the characters that are special outside a character class in both Java and Rust
/// regular expressions. Only these: Rust reads `\<` and `\>` as word boundaries, so escaping
/// every punctuation character (as Java would allow) is not portable.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '.' | '+' | '*' | '?' | '(' | ')' | '|' | '[' | ']' | '{' | '}' | '^' | '$'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// The service as an Ant-style pattern, `<root>**`: every page and query under the root. This is how
/// the console writes "URL à communiquer au socle ENT", and how CAS 3 service registries read patterns.
pub fn ant_pattern(root: &PronoteRoot) -> String {
    format!("{}**", root.as_str())
}

/// The service as a Keycloak "valid redirect URI": Keycloak's CAS protocol accepts a service that
/// starts with what precedes a trailing `*`, and reads no regular expression.
pub fn keycloak_redirect_uri(root: &PronoteRoot) -> String {
    format!("{}*", root.as_str())
}
