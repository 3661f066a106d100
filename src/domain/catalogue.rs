//! The ENT catalogue: the built-in presets (checked and compiled in by build.rs from presets/*.toml)
//! and the presets a page adds or overrides at run time.

use serde::{Deserialize, Deserializer};
use url::Url;

use crate::domain::error::Error;
use crate::domain::hosting::HostingKind;
use crate::domain::preset::{Family, Origin, Preset, PresetSource};
use crate::domain::preset_source;
use crate::domain::search;

/// A built-in preset as build.rs writes it: static text, so that the bundle needs no TOML or JSON
/// parser for the built-ins.
struct BuiltinPreset {
    id: &'static str,
    name: &'static str,
    console_label: Option<&'static str>,
    region: &'static str,
    family: Family,
    cas_base: Option<&'static str>,
    login: &'static str,
    validation: &'static str,
    validation_origin: Origin,
    suggested_hosting: Option<&'static str>,
    confidence: Origin,
    disagrees: bool,
    keywords: &'static [&'static str],
}

/// presets/*.toml, checked by build.rs (a bad file fails the build, naming the file and the field).
static BUILTIN_PRESETS: &[BuiltinPreset] = include!(concat!(env!("OUT_DIR"), "/builtin_presets.rs"));

impl BuiltinPreset {
    /// The preset with its addresses parsed. build.rs has parsed the very same texts, so `None`
    /// cannot happen; it only spares the wasm a panic path.
    fn to_preset(&self) -> Option<Preset> {
        let cas_base = match self.cas_base {
            Some(base) => Some(Url::parse(base).ok()?),
            None => None,
        };
        Some(Preset {
            id: self.id.to_string(),
            name: self.name.to_string(),
            console_label: self.console_label.map(str::to_string),
            region: self.region.to_string(),
            family: self.family,
            cas_base,
            login: Url::parse(self.login).ok()?,
            validation: Url::parse(self.validation).ok()?,
            validation_origin: self.validation_origin,
            confidence: self.confidence,
            suggested_hosting: self.suggested_hosting.and_then(HostingKind::parse),
            disagrees: self.disagrees,
            // Fetched from provenance.json when the reader opens the ENT's details.
            provenance: None,
            keywords: self.keywords.iter().map(|s| s.to_string()).collect(),
        })
    }
}

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
    /// The built-in presets.
    pub fn builtin() -> Catalogue {
        Catalogue::from_presets(BUILTIN_PRESETS.iter().filter_map(BuiltinPreset::to_preset).collect())
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

    /// The presets matching a query (see [`search::matches`]), in catalogue order.
    pub fn search(&self, query: &str) -> Vec<&Preset> {
        self.presets
            .iter()
            .filter(|preset| search::matches(preset, query))
            .collect()
    }

    /// Adds or replaces presets from a page's overrides file, entry by entry: an entry with the id of
    /// a preset replaces it, a new id is added. Each entry passes the build's checks; a rejected
    /// entry is left out and reported (naming `file[index]` and the field), the rest still apply.
    pub fn with_overrides(self, file: &str, sources: Vec<PresetSource>) -> (Catalogue, Vec<Error>) {
        let entries = sources.into_iter().map(Ok::<PresetSource, String>).collect();
        self.with_read_overrides(file, entries)
    }

    /// Like [`Catalogue::with_overrides`], from the entries of an overrides document each still to
    /// deserialise (e.g. a `serde_json::Value`): an entry that does not deserialise (an unknown field, a list
    /// where a text belongs) is reported with its index, and the other entries still apply.
    pub fn with_override_entries<'de, I, D>(self, file: &str, entries: I) -> (Catalogue, Vec<Error>)
    where
        I: IntoIterator<Item = D>,
        D: Deserializer<'de>,
    {
        let entries = entries
            .into_iter()
            .map(|entry| PresetSource::deserialize(entry).map_err(|error| error.to_string()))
            .collect();
        self.with_read_overrides(file, entries)
    }

    /// Like [`Catalogue::with_overrides`], from entries the caller has read itself (the browser reads a
    /// page's file field by field); an `Err` is why that entry could not be read, worded as serde words
    /// it ("unknown field `x`") so that the field is named in the report.
    pub fn with_read_overrides(
        mut self,
        file: &str,
        entries: Vec<Result<PresetSource, String>>,
    ) -> (Catalogue, Vec<Error>) {
        let labelled = entries
            .into_iter()
            .enumerate()
            .map(|(index, parsed)| (entry_label(file, index), None, parsed))
            .collect();
        let (checked, errors) = preset_source::check_set(labelled);
        for preset in checked.into_iter().map(Preset::from) {
            match self.presets.iter_mut().find(|known| known.id == preset.id) {
                Some(known) => *known = preset,
                None => self.presets.push(preset),
            }
        }
        self.reindex();
        (self, errors.into_iter().map(Error::from).collect())
    }

    /// Sorts the presets by name and recomputes what is derived from them.
    fn reindex(&mut self) {
        self.presets
            .sort_by_cached_key(|preset| (search::fold(&preset.name), preset.id.clone()));
        // Only ever searched for one host (a few dozen of them): no need to sort them.
        let mut hosts: Vec<String> = Vec::new();
        for host in self.presets.iter().flat_map(Preset::cas_hosts) {
            if !hosts.iter().any(|known| known == host) {
                hosts.push(host.to_owned());
            }
        }
        let mut ent_hosts: Vec<(String, usize)> = Vec::new();
        for (index, preset) in self.presets.iter().enumerate() {
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
