//! The checked preset and its vocabulary: the platform family, whether an address was seen or derived,
//! where the addresses come from, and the console's default addresses for a CAS base.

use serde::Deserialize;
use url::Url;

use super::date::Date;
use crate::lang::Lang;

/// The hosting ids a preset may suggest (the ids of the crate's `HostingKind`).
pub const HOSTING_IDS: [&str; 3] = ["index-education", "toutatice", "custom"];

/// One ENT and its CAS server, checked: its addresses parsed, the validation address filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preset {
    /// Stable slug (`a-z`, `0-9`, `_`, `-`); a built-in preset's file is `presets/<id>.toml`.
    pub id: String,
    /// The ENT's name as its users know it.
    pub name: String,
    /// The ENT's entry in the console's "Mon ENT" list, spelled as the console does, when a source shows it.
    pub console_label: Option<String>,
    /// The region, département or académie it serves.
    pub region: String,
    /// The platform family.
    pub family: Family,
    /// The CAS base ("URL du serveur CAS"), when known.
    pub cas_base: Option<Url>,
    /// The login address, without `service` (it may carry the ENT's own query, e.g. `?selection=EDU`).
    pub login: Url,
    /// The validation address, seen in a source or derived from the base as the console does.
    pub validation: Url,
    /// Whether the validation address was seen or derived.
    pub validation_origin: Origin,
    /// Whether the login address was seen in a source or derived.
    pub confidence: Origin,
    /// One of [`HOSTING_IDS`]: the PRONOTE hosting this ENT's schools usually have.
    pub suggested_hosting: Option<&'static str>,
    /// Whether the sources disagree (the warning shows beside the addresses; what they disagree on is
    /// part of the provenance).
    pub disagrees: bool,
    /// Where the addresses come from, when at hand: a file carries it; the built-ins' is in
    /// `provenance.json` beside the wasm, fetched when a reader opens the ENT's details.
    pub provenance: Option<Provenance>,
    /// Other names people search with (former names, common spellings, old hosts).
    pub keywords: Vec<String>,
    /// The date of the newest source showing the addresses (every built-in has one; a page's own preset
    /// may not).
    pub checked: Option<Date>,
    /// Whether the ENT is still where the preset says.
    pub status: Status,
    /// For a `moved` ENT: its former address (what an old procedure still shows).
    pub previous: Option<String>,
    /// For a `merged` ENT: the id of the preset of the ENT it joined (its addresses are the preset's).
    pub merged_into: Option<String>,
}

/// Whether an ENT is still where its preset says, read against the newest sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Status {
    /// The newest sources show the preset's addresses.
    #[default]
    Current,
    /// The ENT now lives elsewhere: the preset holds the new address, the former one in `previous`.
    Moved,
    /// The ENT joined another one (`merged_into`): the preset holds that ENT's addresses and stays
    /// findable by its old names.
    Merged,
    /// The newest material contradicts the addresses and shows no replacement: to confirm with the ENT.
    Uncertain,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 4] = [Status::Current, Status::Moved, Status::Merged, Status::Uncertain];

    /// The id written in preset files.
    pub fn id(self) -> &'static str {
        match self {
            Status::Current => "current",
            Status::Moved => "moved",
            Status::Merged => "merged",
            Status::Uncertain => "uncertain",
        }
    }

    /// What the status means, for the ENT's details.
    pub fn label(self, lang: Lang) -> &'static str {
        let w = lang.words();
        match self {
            Status::Current => w.status_current,
            Status::Moved => w.status_moved,
            Status::Merged => w.status_merged,
            Status::Uncertain => w.status_uncertain,
        }
    }
}

/// Where a preset's addresses come from: what the reader sees when opening an ENT's details.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Provenance {
    /// Short factual notes (French).
    pub notes: Option<String>,
    /// Where the addresses come from (at least one).
    pub sources: Vec<String>,
    /// What the sources disagree on (French).
    pub disagreement: Option<String>,
}

/// The platform an ENT runs on; it tells the shape of its CAS addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// Open ENT NG / Edifice (NÉO): CAS under `https://<host>/cas`.
    OpenEntNg,
    /// Kosmos / Skolengo (K-d'école): CAS at `https://cas.<host>/`, identity provider by `selection=`.
    KosmosSkolengo,
    /// NetO'Centre (GIP RECIA, uPortal): `https://ent.netocentre.fr/cas`, identity provider by `idpId=`.
    NetOCentre,
    /// itslearning: CAS tenant chosen by a path segment.
    Itslearning,
    /// CASShib (a CAS front of a Shibboleth identity provider), as Toutatice.
    Casshib,
    /// Any other CAS server.
    Other,
}

impl Family {
    /// Every family, in the order lists show them.
    pub const ALL: [Family; 6] = [
        Family::OpenEntNg,
        Family::KosmosSkolengo,
        Family::NetOCentre,
        Family::Itslearning,
        Family::Casshib,
        Family::Other,
    ];

    /// The id written in preset files.
    pub fn id(self) -> &'static str {
        match self {
            Family::OpenEntNg => "open-ent-ng",
            Family::KosmosSkolengo => "kosmos-skolengo",
            Family::NetOCentre => "netocentre",
            Family::Itslearning => "itslearning",
            Family::Casshib => "casshib",
            Family::Other => "other",
        }
    }

    /// The family with this id (exact, as files write it).
    pub fn parse(id: &str) -> Option<Family> {
        Family::ALL.into_iter().find(|family| family.id() == id)
    }

    /// The family's name for people (platform names are proper nouns; only "other" is translated).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Family::OpenEntNg => "Open ENT NG (NÉO, Edifice)",
            Family::KosmosSkolengo => "Kosmos / Skolengo",
            Family::NetOCentre => "NetO'Centre (GIP RECIA)",
            Family::Itslearning => "itslearning",
            Family::Casshib => "CASShib",
            Family::Other => lang.words().family_other,
        }
    }
}

/// Whether an address is written verbatim in a source or inferred by us.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Written verbatim in at least one source.
    Seen,
    /// Inferred (from the platform's convention or the console's defaults).
    Derived,
}

impl Origin {
    /// Both origins.
    pub const ALL: [Origin; 2] = [Origin::Seen, Origin::Derived];

    /// The id written in preset files.
    pub fn id(self) -> &'static str {
        match self {
            Origin::Seen => "seen",
            Origin::Derived => "derived",
        }
    }

    /// The origin with this id (exact, as files write it).
    pub fn parse(id: &str) -> Option<Origin> {
        Origin::ALL.into_iter().find(|origin| origin.id() == id)
    }
}

impl Preset {
    /// The hosts of the preset's CAS addresses (login, validation, base), repeats included: the
    /// catalogue keeps each host once across all presets.
    pub fn cas_hosts(&self) -> impl Iterator<Item = &str> {
        [Some(&self.login), Some(&self.validation), self.cas_base.as_ref()]
            .into_iter()
            .flatten()
            .filter_map(Url::host_str)
    }
}

/// The console's default login address for a CAS base: `<base>/login`, whether or not the base ends
/// with a slash.
pub fn derive_login(base: &Url) -> Url {
    let mut login = base.clone();
    login.set_path(&format!("{}/login", base.path().trim_end_matches('/')));
    login
}

/// The console's default validation address for a CAS base: `<base>/samlValidate`, whether or not the
/// base ends with a slash.
pub fn derive_validation(base: &Url) -> Url {
    let mut validation = base.clone();
    let path = format!("{}/samlValidate", base.path().trim_end_matches('/'));
    validation.set_path(&path);
    validation
}
