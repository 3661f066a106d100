//! Where the PRONOTE.net publication lives, and how its root is found from what the user typed.

use crate::domain::error::Error;
use crate::domain::pasted_address::{parse_lenient, root_from_pasted};
use crate::domain::pronote_root::{PronoteRoot, INDEX_EDUCATION_DOMAIN, TOUTATICE_DOMAIN};
use crate::domain::stable_id::from_id;
use crate::domain::uai::SchoolLabel;
use crate::domain::warning::Warning;

/// Who hosts the PRONOTE.net publication.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum HostingKind {
    /// Index Education's hosting: `https://<label>.index-education.net/pronote/`.
    #[default]
    IndexEducation,
    /// The Toutatice ENT's domain: `https://<UAI>.pronote.toutatice.fr/pronote/`.
    Toutatice,
    /// The school's (or its local authority's) own server: any pasted address.
    Custom,
}

impl HostingKind {
    /// Every kind, in the order a choice shows them.
    pub const ALL: [HostingKind; 3] = [HostingKind::IndexEducation, HostingKind::Toutatice, HostingKind::Custom];

    /// A stable identifier.
    pub fn id(self) -> &'static str {
        match self {
            HostingKind::IndexEducation => "index-education",
            HostingKind::Toutatice => "toutatice",
            HostingKind::Custom => "custom",
        }
    }

    /// Reads an identifier as given by [`HostingKind::id`] (any case).
    pub fn parse(id: &str) -> Option<HostingKind> {
        from_id(&HostingKind::ALL, HostingKind::id, id)
    }
}

/// The root for a hosting choice: hosted kinds read `uai_input` (a UAI or, for Index Education, a
/// name), self-hosting reads `url_input`. The other input is ignored, so the UI may keep both.
pub fn resolve_root(
    kind: HostingKind,
    uai_input: &str,
    url_input: &str,
    known_ent_hosts: &[&str],
) -> Result<(PronoteRoot, Vec<Warning>), Error> {
    match kind {
        HostingKind::IndexEducation => {
            let (label, warnings) = SchoolLabel::parse(&hosted_label_input(uai_input))?;
            Ok((PronoteRoot::index_education(&label), warnings))
        }
        HostingKind::Toutatice => {
            let (label, _) = SchoolLabel::parse(&hosted_label_input(uai_input))?;
            match label {
                SchoolLabel::Uai(uai) => Ok((PronoteRoot::toutatice(&uai), Vec::new())),
                SchoolLabel::Name(name) => Err(Error::UaiRequired { label: name }),
            }
        }
        HostingKind::Custom => root_from_pasted(url_input, known_ent_hosts),
    }
}

/// The label in a UAI field: people paste the whole hosted address there too
/// (`https://0310047h.index-education.net/pronote/eleve.html`), and its first label is what they mean.
fn hosted_label_input(input: &str) -> String {
    let text = input.trim();
    if !text.contains(['.', '/', ':']) {
        return text.to_owned();
    }
    let label = parse_lenient(text).ok().and_then(|url| {
        let host = url.host_str()?.to_owned();
        [INDEX_EDUCATION_DOMAIN, TOUTATICE_DOMAIN]
            .into_iter()
            .find_map(|domain| {
                host.strip_suffix(domain)?
                    .strip_suffix('.')
                    .filter(|label| !label.contains('.'))
                    .map(str::to_owned)
            })
    });
    // Anything else is left as typed, for SchoolLabel::parse to reject with a message naming it.
    label.unwrap_or_else(|| text.to_owned())
}
