//! An ENT preset as the rest of the crate uses it: checked, with parsed addresses, its CAS server and
//! the warnings it carries (a derived validation address, sources that disagree).

use std::fmt;

use url::Url;

use crate::domain::cas_server::CasServer;
use crate::domain::error::Error;
use crate::domain::hosting::HostingKind;
use crate::domain::warning::Warning;
use crate::lang::Lang;

use crate::domain::preset_source::{self, CheckedPreset, SourceError, SourceProblem};
pub use crate::domain::preset_source::{Family, Origin, PresetSource};

/// One ENT and its CAS server, with where its addresses come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preset {
    /// Stable slug (the built-in file is `presets/<id>.toml`).
    pub id: String,
    /// The ENT's name as its users know it.
    pub name: String,
    /// The ENT's entry in the console's "Mon ENT" list, when a source shows it there.
    pub console_label: Option<String>,
    /// The region, département or académie it serves.
    pub region: String,
    /// The platform family.
    pub family: Family,
    /// The CAS base ("URL du serveur CAS"), when known.
    pub cas_base: Option<Url>,
    /// The login address, without `service` (it may carry the ENT's own query).
    pub login: Url,
    /// The validation address, seen in a source or derived from the base.
    pub validation: Url,
    /// Whether the validation address was seen or derived.
    pub validation_origin: Origin,
    /// Whether the login address was seen in a source or derived.
    pub confidence: Origin,
    /// The PRONOTE hosting this ENT's schools usually have.
    pub suggested_hosting: Option<HostingKind>,
    /// Whether the sources disagree (the warning shows beside the addresses; what they disagree on is
    /// part of the provenance).
    pub disagrees: bool,
    /// Where the addresses come from, when at hand: a page's own presets carry it, the built-ins' is in
    /// `provenance.json` beside the wasm, fetched when a reader opens an ENT's details (the addresses
    /// never wait for it).
    pub provenance: Option<Provenance>,
    /// Other names people search with.
    pub keywords: Vec<String>,
}

/// Where a preset's addresses come from: what the reader sees when opening an ENT's details.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct Provenance {
    /// Short factual notes (French).
    pub notes: Option<String>,
    /// Where the addresses come from.
    pub sources: Vec<String>,
    /// What the sources disagree on (French).
    pub disagreement: Option<String>,
}

/// The built-in presets' provenance as build.rs writes it from `presets/*.toml`: a JSON object from
/// preset id to [`Provenance`]. The site serves the same text as `provenance.json`; native code (tests,
/// tools) reads it here.
#[cfg(not(target_arch = "wasm32"))]
pub const BUILTIN_PROVENANCE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/provenance.json"));

impl Preset {
    /// Checks a preset supplied at run time (one entry of a page's overrides) with the build's checks;
    /// `file` names it in errors. Every problem is reported, not just the first.
    pub fn from_source(file: &str, source: &PresetSource) -> Result<Preset, Vec<Error>> {
        source
            .check(file, None)
            .map(Preset::from)
            .map_err(|errors| errors.into_iter().map(Error::from).collect())
    }

    /// The login and validation addresses, as the console's "Délégation CAS" dialog takes them.
    pub fn cas_server(&self) -> CasServer {
        CasServer {
            login: self.login.clone(),
            validation: self.validation.clone(),
        }
    }

    /// What the reader must know before trusting this preset's addresses.
    pub fn warnings(&self) -> Vec<Warning> {
        let mut warnings = Vec::new();
        // Said beside the addresses, not only in the details: a derived login is a guess the
        // reader would otherwise copy into the console as if it were seen.
        if self.confidence == Origin::Derived {
            warnings.push(Warning::LoginDerived { ent: self.name.clone() });
        }
        if self.validation_origin == Origin::Derived {
            warnings.push(Warning::ValidationDerived { ent: self.name.clone() });
        }
        // The url crate writes host names in lower case, so plain comparison finds repeats.
        let mut hosts = String::new();
        for host in self.cas_hosts() {
            if !hosts.split(", ").any(|known| known == host) {
                if !hosts.is_empty() {
                    hosts.push_str(", ");
                }
                hosts.push_str(host);
            }
        }
        if hosts.contains(", ") {
            warnings.push(Warning::HostsDiffer { hosts });
        }
        if self.disagrees {
            warnings.push(Warning::SourcesDisagree { ent: self.name.clone() });
        }
        warnings
    }

    /// The hosts of the preset's CAS addresses (login, validation, base), repeats included: the
    /// catalogue keeps each host once across all presets.
    pub fn cas_hosts(&self) -> impl Iterator<Item = &str> {
        [Some(&self.login), Some(&self.validation), self.cas_base.as_ref()]
            .into_iter()
            .flatten()
            .filter_map(Url::host_str)
    }
}

impl From<CheckedPreset> for Preset {
    fn from(checked: CheckedPreset) -> Preset {
        Preset {
            id: checked.id,
            name: checked.name,
            console_label: checked.console_label,
            region: checked.region,
            family: checked.family,
            cas_base: checked.cas_base,
            login: checked.login,
            validation: checked.validation,
            validation_origin: checked.validation_origin,
            confidence: checked.confidence,
            suggested_hosting: checked.suggested_hosting.as_deref().and_then(HostingKind::parse),
            disagrees: checked.disagreement.is_some(),
            provenance: Some(Provenance {
                notes: checked.notes,
                sources: checked.sources,
                disagreement: checked.disagreement,
            }),
            keywords: checked.keywords,
        }
    }
}

impl Family {
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

impl From<SourceError> for Error {
    /// The crate's error for a preset problem, keeping the file and the field.
    fn from(error: SourceError) -> Error {
        let file = error.file;
        match error.problem {
            SourceProblem::Unreadable { detail } => Error::PresetUnreadable { file, detail },
            SourceProblem::UnknownField { field } => Error::PresetUnknownField { file, field },
            SourceProblem::MissingField { field } => Error::PresetMissingField { file, field },
            SourceProblem::DuplicateId { id } => Error::PresetDuplicateId { file, id },
            SourceProblem::NotHttps { field, value } => Error::PresetNotHttps { file, field, value },
            SourceProblem::BadAddress { field, value, .. } => Error::PresetBadAddress { file, field, value },
            // The crate's Error has no variant for a value outside its allowed set; the detail
            // names the field, the value and what is allowed, readable in French and English.
            SourceProblem::BadValue { field, value, expected } => Error::PresetUnreadable {
                file,
                detail: format!("{field} = {value:?} ({expected})"),
            },
        }
    }
}

/// Checks one preset file already parsed by some format (TOML in build.rs and the tests): the file's
/// own problems come back as the crate's errors. `file_id` is the file name without its extension.
pub fn check_file<E: fmt::Display>(
    file: &str,
    file_id: Option<&str>,
    parsed: Result<PresetSource, E>,
) -> Result<Preset, Vec<Error>> {
    preset_source::check_parsed(file, file_id, parsed)
        .map(Preset::from)
        .map_err(|errors| errors.into_iter().map(Error::from).collect())
}
