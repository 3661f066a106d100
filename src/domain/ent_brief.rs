//! The message for the ENT's CAS administrator, who must register PRONOTE as a service: the school, the
//! ENT, the service in each format a registry reads and the validation address PRONOTE will call, as a
//! `mailto:` link the reader's own mail program opens. Nothing is sent by the widget.

use crate::domain::addresses::{AddressGroup, AddressKey, AddressSet};
use crate::domain::cas_server::encode_query_value;
use crate::domain::hosting::HostingKind;
use crate::domain::request::Request;
use crate::domain::uai::Uai;
use crate::lang::typography::{fill, labelled};

/// RFC 6068 wants line breaks in a body as CRLF (`%0D%0A` once encoded).
const LINE: &str = "\r\n";

/// The subject and body of the message, in the request's language.
pub fn ent_admin_message(request: &Request, set: &AddressSet, ent: Option<&str>) -> (String, String) {
    let lang = request.lang;
    let school = school(request, set);
    let root = set.root.as_str();
    let w = lang.words();
    let subject = fill(w.brief_subject, &[("school", &school)]);
    let ent = ent.unwrap_or(w.brief_unnamed_ent);
    let mut body = fill(w.brief_opening, &[("school", &school), ("root", root), ("ent", ent)]);
    for address in set.in_group(AddressGroup::CasRegistry) {
        if address.key != AddressKey::Root {
            let line = labelled(lang, &address.key.label(lang), &address.value);
            body.push_str(&format!("- {line}{LINE}"));
        }
    }
    if let Some(validation) = set.get(&AddressKey::CasValidation) {
        body.push_str(&fill(w.brief_validation, &[("validation", validation)]));
    }
    body.push_str(w.brief_closing);
    (subject, body)
}

/// The `mailto:` link (no recipient: the reader knows their ENT's administrator), subject and body
/// percent-encoded as RFC 6068 requires (a space as `%20`, never `+`).
pub fn ent_admin_mailto(request: &Request, set: &AddressSet, ent: Option<&str>) -> String {
    let (subject, body) = ent_admin_message(request, set, ent);
    format!(
        "mailto:?subject={}&body={}",
        encode_query_value(&subject),
        encode_query_value(&body)
    )
}

/// How the school is named: its UAI (upper case, as PRONOTE writes it), else the root's host, which also
/// names a hosting label (`toutatice.index-education.net`).
pub fn school(request: &Request, set: &AddressSet) -> String {
    match Uai::parse(request.uai.trim()) {
        Ok(uai) if request.hosting != HostingKind::Custom => uai.as_str().to_owned(),
        _ => set.root.host().to_owned(),
    }
}
