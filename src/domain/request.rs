//! What the user asks for: the ENT, the hosting, the school and the spaces, as the form holds them.

use crate::domain::delegation::SpaceSettings;
use crate::domain::hosting::HostingKind;
use crate::lang::Lang;

/// The form's state, as typed: nothing here is checked until [`compute`](crate::domain::addresses::compute).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Request {
    /// The chosen ENT's preset identifier, if any.
    pub ent: Option<String>,
    /// Who hosts the PRONOTE.net publication.
    pub hosting: HostingKind,
    /// The UAI code or hosting label, as typed (read by the hosted kinds).
    pub uai: String,
    /// The pasted PRONOTE.net address, as typed (read by self-hosting).
    pub url: String,
    /// Which spaces are published and their delegation.
    pub spaces: SpaceSettings,
    /// The language of messages and labels.
    pub lang: Lang,
}
