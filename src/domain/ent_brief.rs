//! The message for the ENT's CAS administrator, who must register PRONOTE as a service: the school, the
//! ENT, the service in each format a registry reads and the validation address PRONOTE will call, as a
//! `mailto:` link the reader's own mail program opens. Nothing is sent by the widget.

use crate::domain::addresses::{AddressGroup, AddressKey, AddressSet};
use crate::domain::cas_server::encode_query_value;
use crate::domain::hosting::HostingKind;
use crate::domain::lang::Lang;
use crate::domain::request::Request;
use crate::domain::uai::Uai;

/// RFC 6068 wants line breaks in a body as CRLF (`%0D%0A` once encoded).
const LINE: &str = "\r\n";

/// The subject and body of the message, in the request's language.
pub fn ent_admin_message(request: &Request, set: &AddressSet, ent: Option<&str>) -> (String, String) {
    let lang = request.lang;
    let school = school(request, set);
    let root = set.root.as_str();
    let subject = match lang {
        Lang::Fr => format!("PRONOTE {school} : service CAS à enregistrer"),
        Lang::En => format!("PRONOTE {school}: CAS service to register"),
    };
    let ent = ent.unwrap_or(lang.pick("de l'ENT", "of the ENT"));
    let mut body = match lang {
        Lang::Fr => format!(
            "Bonjour,{LINE}{LINE}L'établissement {school} publie PRONOTE.net à l'adresse {root} et délègue \
             l'authentification au serveur CAS {ent}. Merci d'enregistrer ce service, toute page sous cette \
             racine (PRONOTE envoie la page ouverte, avec sa requête), l'hôte sans tenir compte de la casse :{LINE}"
        ),
        Lang::En => format!(
            "Hello,{LINE}{LINE}The school {school} publishes PRONOTE.net at {root} and delegates authentication to \
             the CAS server {ent}. Please register this service, any page under this root (PRONOTE sends the \
             page being opened, with its query), the host in any case:{LINE}"
        ),
    };
    let colon = lang.pick(" : ", ": ");
    for address in set.in_group(AddressGroup::CasRegistry) {
        if address.key != AddressKey::Root {
            body.push_str(&format!("- {}{colon}{}{LINE}", address.key.label(lang), address.value));
        }
    }
    if let Some(validation) = set.get(&AddressKey::CasValidation) {
        body.push_str(&match lang {
            Lang::Fr => format!("{LINE}PRONOTE validera les tickets à l'adresse : {validation}{LINE}"),
            Lang::En => format!("{LINE}PRONOTE will validate tickets at: {validation}{LINE}"),
        });
    }
    body.push_str(lang.pick("\r\nMerci.\r\n", "\r\nThank you.\r\n"));
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
fn school(request: &Request, set: &AddressSet) -> String {
    match Uai::parse(request.uai.trim()) {
        Ok(uai) if request.hosting != HostingKind::Custom => uai.as_str().to_owned(),
        _ => set.root.host().to_owned(),
    }
}
