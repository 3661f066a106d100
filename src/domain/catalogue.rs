//! The ENT catalogue: the built-in presets (checked and compiled in by build.rs from presets/*.toml)
//! and the presets a page adds or overrides at run time.

use serde::{Deserialize, Deserializer};

use crate::domain::error::Error;
use crate::domain::preset::{
    keep_unique, read_preset, FieldMap, Preset, PresetError, PresetFields, PresetProblem, ProvenanceAt, Status,
};
use crate::domain::search;
use crate::domain::warning::Warning;

/// presets/*.toml as build.rs hands them over (a bad file fails the build, naming the file and the
/// field): a JSON list in the format of a page's presets file (presets/README.md), read by the same
/// reader as such a file: `serde_json` natively ([`Catalogue::builtin`]), the browser's JSON parser in the
/// wasm (`src/browser/builtin_catalogue.rs`), which then carries no JSON parser of its own. `notes` and
/// `sources` are left out and `disagreement` only says where its text is: `provenance.json`, fetched when a
/// reader opens an ENT's details.
pub const BUILTIN_PRESETS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin_presets.json"));

/// The built-in presets' provenance as build.rs writes it from `presets/*.toml`: a JSON object from
/// preset id to `Provenance`. The site serves the same text as `provenance.json`; native code (tests,
/// tools) reads it here.
#[cfg(not(target_arch = "wasm32"))]
pub const BUILTIN_PROVENANCE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/provenance.json"));

/// `presets.json`, the catalogue as data (every preset with every field of its file), as build.rs writes
/// it for the site; native code (tests, tools) reads it here.
#[cfg(not(target_arch = "wasm32"))]
pub const CATALOGUE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/presets.json"));

/// The ENTs the widget offers, sorted by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    presets: Vec<Preset>,
    /// Every preset's CAS hosts, each once: kept with the presets because each computation
    /// reads them (to recognise an ENT address pasted where PRONOTE's was expected).
    cas_hosts: Vec<String>,
    /// The CAS hosts and the portals they imply, each once, with the first preset's index.
    ent_hosts: Vec<(String, usize)>,
}

impl Catalogue {
    /// The built-in presets, read from [`BUILTIN_PRESETS_JSON`] by `serde_json` (the wasm reads the same
    /// text with the browser's JSON parser: `src/browser/builtin_catalogue.rs`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin() -> Catalogue {
        let entries: Vec<FieldMap> = serde_json::from_str(BUILTIN_PRESETS_JSON).unwrap_or_default();
        Catalogue::from_builtin(entries)
    }

    /// The built-in presets, each entry of [`BUILTIN_PRESETS_JSON`] as a format's reader gives it. Read
    /// with the checks every preset passes; build.rs has passed the very same presets, so none is left
    /// out here.
    pub fn from_builtin<F: PresetFields>(entries: impl IntoIterator<Item = F>) -> Catalogue {
        let read = |entry: F| read_preset(&entry, "", None, ProvenanceAt::ProvenanceFile).ok();
        Catalogue::from_presets(entries.into_iter().filter_map(read).collect())
    }

    /// A catalogue of exactly these presets (tests, or a page that wants only its own ENTs).
    pub fn from_presets(presets: Vec<Preset>) -> Catalogue {
        let mut catalogue = Catalogue {
            presets,
            cas_hosts: Vec::new(),
            ent_hosts: Vec::new(),
        };
        catalogue.reindex();
        catalogue
    }

    /// Every preset, sorted by name (accents and case ignored).
    pub fn presets(&self) -> &[Preset] {
        &self.presets
    }

    /// The preset with this id.
    pub fn get(&self, id: &str) -> Option<&Preset> {
        self.presets.iter().find(|preset| preset.id == id)
    }

    /// The hosts of every preset's CAS addresses, without repeats (to recognise an ENT's
    /// address pasted where PRONOTE's was expected).
    pub fn known_cas_hosts(&self) -> Vec<&str> {
        self.cas_hosts.iter().map(String::as_str).collect()
    }

    /// Every host a preset's ENT answers on, each once: its CAS hosts and, for a CAS at
    /// `cas.<domain>` (Kosmos' convention), the portal at `<domain>` and `www.<domain>`.
    /// A pasted address on one of them is the ENT's, never PRONOTE's.
    pub fn known_ent_hosts(&self) -> Vec<&str> {
        self.ent_hosts.iter().map(|(host, _)| host.as_str()).collect()
    }

    /// The preset whose ENT answers on this host (any case), see [`Catalogue::known_ent_hosts`].
    pub fn ent_at_host(&self, host: &str) -> Option<&Preset> {
        self.ent_hosts
            .iter()
            .find(|(known, _)| known.eq_ignore_ascii_case(host))
            .and_then(|(_, index)| self.presets.get(*index))
    }

    /// The error with the ENT named, when it is an ENT's address and a preset knows the host:
    /// the domain's normaliser only knows hosts, the catalogue knows their names.
    pub fn name_ent(&self, error: Error) -> Error {
        match error {
            Error::UrlIsEntAddress { host, ent: None } => {
                let ent = self.ent_at_host(&host).map(|preset| preset.name.clone());
                Error::UrlIsEntAddress { host, ent }
            }
            other => other,
        }
    }

    /// What the reader must know before trusting the preset's addresses ([`Preset::warnings`]), the ENT
    /// a merged one joined named as its preset names it.
    pub fn preset_warnings(&self, preset: &Preset) -> Vec<Warning> {
        let mut warnings = preset.warnings();
        for warning in &mut warnings {
            if let Warning::EntMerged { into, .. } = warning {
                if let Some(joined) = self.get(into) {
                    *into = joined.name.clone();
                }
            }
        }
        warnings
    }

    /// The presets matching a query (see [`search::matches`]), in catalogue order.
    pub fn search(&self, query: &str) -> Vec<&Preset> {
        self.presets
            .iter()
            .filter(|preset| search::matches(preset, query))
            .collect()
    }

    /// Adds or replaces presets from a page's presets file, entry by entry: an entry with the id of a
    /// preset replaces it, a new id is added. Each entry, read by the caller in its format (an `Err` is
    /// why it is not a preset at all), passes the build's checks; a rejected entry is left out and
    /// reported (naming `file[index]` and the field), the rest still apply.
    pub fn with_entries<F: PresetFields>(
        mut self,
        file: &str,
        entries: Vec<Result<F, PresetProblem>>,
    ) -> (Catalogue, Vec<Error>) {
        let read = entries
            .into_iter()
            .enumerate()
            .map(|(index, entry)| {
                let label = entry_label(file, index);
                let preset = match entry {
                    Ok(fields) => read_preset(&fields, &label, None, ProvenanceAt::Fields),
                    Err(problem) => Err(vec![PresetError::new(&label, problem)]),
                };
                (label, preset)
            })
            .collect();
        let (presets, errors) = keep_unique(read);
        for preset in presets {
            match self.presets.iter_mut().find(|known| known.id == preset.id) {
                Some(known) => *known = preset,
                None => self.presets.push(preset),
            }
        }
        self.reindex();
        (self, errors.into_iter().map(Error::from).collect())
    }

    /// Like [`Catalogue::with_entries`], from the entries of a document a serde format reads (e.g. a
    /// `serde_json::Value` each): an entry that is not an object is reported as such.
    pub fn with_override_entries<'de, I, D>(self, file: &str, entries: I) -> (Catalogue, Vec<Error>)
    where
        I: IntoIterator<Item = D>,
        D: Deserializer<'de>,
    {
        // Any value is a `FieldValue`: a map of them fails only when the entry is not a map.
        let entries = entries
            .into_iter()
            .map(|entry| FieldMap::deserialize(entry).map_err(|_| PresetProblem::NotAPreset))
            .collect();
        self.with_entries(file, entries)
    }

    /// Sorts the presets by name and recomputes what is derived from them.
    fn reindex(&mut self) {
        // Each preset put in its place by a binary search: a few dozen presets, and the wasm then carries
        // no sort (std's unstable sort weighed about 2.5 KB of wasm). Equal keys keep their order.
        let mut sorted: Vec<((String, String), Preset)> = Vec::with_capacity(self.presets.len());
        for preset in self.presets.drain(..) {
            let key = (search::fold(&preset.name), preset.id.clone());
            let at = sorted.partition_point(|(known, _)| *known <= key);
            sorted.insert(at, (key, preset));
        }
        self.presets = sorted.into_iter().map(|(_, preset)| preset).collect();
        // Only ever searched for one host (a few dozen of them): no need to sort them.
        let mut hosts: Vec<String> = Vec::new();
        for host in self.presets.iter().flat_map(Preset::cas_hosts) {
            if !hosts.iter().any(|known| known == host) {
                hosts.push(host.to_owned());
            }
        }
        // A merged ENT's preset holds the addresses of the ENT it joined: that ENT's own preset names them.
        // Two passes rather than a sort: a stable sort would bring its code (about 3 KB) into the wasm.
        let listed = |merged: bool| {
            let presets = self.presets.iter().enumerate();
            presets.filter(move |(_, preset)| (preset.status == Status::Merged) == merged)
        };
        let mut ent_hosts: Vec<(String, usize)> = Vec::new();
        for (index, preset) in listed(false).chain(listed(true)) {
            for host in preset.cas_hosts().flat_map(with_portals) {
                if !ent_hosts.iter().any(|(known, _)| known.eq_ignore_ascii_case(&host)) {
                    ent_hosts.push((host, index));
                }
            }
        }
        self.cas_hosts = hosts;
        self.ent_hosts = ent_hosts;
    }
}

/// A CAS host and, for `cas.<domain>`, the portal hosts `<domain>` and `www.<domain>` (Kosmos'
/// ENTs put their CAS at `cas.` beside the portal people bookmark, e.g. cas.monbureaunumerique.fr
/// and www.monbureaunumerique.fr).
fn with_portals(cas_host: &str) -> Vec<String> {
    let mut hosts = vec![cas_host.to_owned()];
    if let Some(domain) = cas_host.strip_prefix("cas.").filter(|domain| domain.contains('.')) {
        hosts.push(domain.to_owned());
        hosts.push(format!("www.{domain}"));
    }
    hosts
}

/// How errors name an entry of an overrides document: `ent.json[2]` (zero-based, as in JavaScript).
fn entry_label(file: &str, index: usize) -> String {
    format!("{file}[{index}]")
}
