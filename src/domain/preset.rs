//! An ENT preset, from the file a person writes to the catalogue: one type, [`Preset`], read and checked
//! field by field from any format ([`PresetFields`]: a `presets/*.toml` table, an entry of a page's JSON
//! presets file, a built-in row), with every problem typed ([`PresetError`]) and worded in the reader's
//! language.
//!
//! Self-contained on purpose (serde, url, std and the crate's words): build.rs includes this very file with
//! `#[path]` to check `presets/*.toml` when the crate builds, and the crate runs the same checks on the
//! presets a page supplies at run time.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use url::Url;

use crate::lang::typography::fill;
use crate::lang::Lang;

/// Every field a preset file may have, in the order the files write them.
pub const FIELDS: [&str; 14] = [
    "id",
    "name",
    "console_label",
    "region",
    "family",
    "cas_base",
    "login",
    "validation",
    "suggested_hosting",
    "confidence",
    "disagreement",
    "notes",
    "keywords",
    "sources",
];

/// The fields that hold a list of texts; the others hold one text.
pub const LIST_FIELDS: [&str; 2] = ["keywords", "sources"];

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
    /// Other names people search with (former names, common spellings).
    pub keywords: Vec<String>,
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

/// Where a preset's provenance is while it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProvenanceAt {
    /// In the preset's own fields (a `presets/*.toml` file, a page's presets file): `sources` is required.
    Fields,
    /// In `provenance.json`, for the built-ins compiled into the wasm: their rows leave `notes` and
    /// `sources` out, and `disagreement` only says that there is one.
    ProvenanceFile,
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

/// A field's value as a format gives it: the checks only tell a text, a list of texts and anything else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldValue {
    /// A text.
    Text(String),
    /// A list of texts.
    List(Vec<String>),
    /// Anything else (a number, a flag, a list holding something else, an object).
    Other,
}

/// A preset as some format wrote it, read field by field: the one way every format reaches the checks.
pub trait PresetFields {
    /// The value of `field` (one of [`FIELDS`]), `None` when absent.
    fn value(&self, field: &'static str) -> Option<FieldValue>;
    /// The fields the format has that a preset does not (typos, most often).
    fn unknown(&self) -> Vec<String>;
}

/// A preset as a serde format (TOML, JSON) reads it: every key with its value.
pub type FieldMap = BTreeMap<String, FieldValue>;

impl PresetFields for FieldMap {
    fn value(&self, field: &'static str) -> Option<FieldValue> {
        self.get(field).cloned()
    }

    fn unknown(&self) -> Vec<String> {
        self.keys()
            .filter(|key| !FIELDS.contains(&key.as_str()))
            .cloned()
            .collect()
    }
}

impl<'de> Deserialize<'de> for FieldValue {
    /// Any value: a value of the wrong type is a typed problem of its field, not a deserialisation error.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<FieldValue, D::Error> {
        deserializer.deserialize_any(FieldValueVisitor)
    }
}

struct FieldValueVisitor;

impl<'de> Visitor<'de> for FieldValueVisitor {
    type Value = FieldValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a text or a list of texts")
    }

    fn visit_str<E>(self, text: &str) -> Result<FieldValue, E> {
        Ok(FieldValue::Text(text.to_owned()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FieldValue, A::Error> {
        let mut texts = Vec::new();
        let mut other = false;
        while let Some(item) = seq.next_element::<FieldValue>()? {
            match item {
                FieldValue::Text(text) => texts.push(text),
                _ => other = true,
            }
        }
        Ok(if other {
            FieldValue::Other
        } else {
            FieldValue::List(texts)
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FieldValue, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(FieldValue::Other)
    }

    fn visit_bool<E>(self, _: bool) -> Result<FieldValue, E> {
        Ok(FieldValue::Other)
    }

    fn visit_i64<E>(self, _: i64) -> Result<FieldValue, E> {
        Ok(FieldValue::Other)
    }

    fn visit_u64<E>(self, _: u64) -> Result<FieldValue, E> {
        Ok(FieldValue::Other)
    }

    fn visit_f64<E>(self, _: f64) -> Result<FieldValue, E> {
        Ok(FieldValue::Other)
    }

    /// JSON's `null`: the field is given no value, as if absent.
    fn visit_unit<E>(self) -> Result<FieldValue, E> {
        Ok(FieldValue::Text(String::new()))
    }
}

/// What is wrong with a presets source (a file, one of its entries), naming the field concerned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PresetProblem {
    /// The format's reader could not read the file (its own explanation: a TOML error names the line).
    Unreadable {
        /// The reader's explanation.
        detail: String,
    },
    /// The file could not be fetched (the browser's own explanation).
    Unreachable {
        /// The browser's explanation.
        detail: String,
    },
    /// The server answered with an error status.
    HttpStatus {
        /// The HTTP status.
        status: u16,
    },
    /// A web page (a server's error page, an address pointing at a page) where the JSON file was expected.
    HtmlPage,
    /// Larger than a presets file can be (256 KiB).
    TooLarge,
    /// The document is not a list of presets.
    NotAList,
    /// More entries than a list a reader can scroll (500).
    TooManyEntries,
    /// An entry that is not a preset (a number, a list…) where an object was expected.
    NotAPreset,
    /// A field the format does not know (often a typo).
    UnknownField {
        /// The field as written.
        field: String,
    },
    /// A required field is absent or empty.
    MissingField {
        /// The field's name.
        field: &'static str,
    },
    /// A list where a text belongs, a number, a flag…
    WrongType {
        /// The field's name.
        field: &'static str,
    },
    /// The id is not a slug of `a-z`, `0-9`, `_` and `-` (at most 64 characters).
    BadId {
        /// The id as written.
        id: String,
    },
    /// The id of a `presets/<id>.toml` file differs from its file name.
    IdNotFileName {
        /// The id as written.
        id: String,
        /// The file name without `.toml`.
        expected: String,
    },
    /// A value outside the field's allowed set.
    NotAllowed {
        /// The field's name.
        field: &'static str,
        /// The value as written.
        value: String,
        /// The allowed values, comma-separated.
        allowed: String,
    },
    /// Another preset of the same set already has this id.
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// A CAS address that is not `https://`.
    NotHttps {
        /// The field's name.
        field: &'static str,
        /// The address as written.
        value: String,
    },
    /// A CAS address that does not parse or has a part it must not have.
    BadAddress {
        /// The field's name.
        field: &'static str,
        /// The address as written.
        value: String,
        /// Why.
        flaw: AddressFlaw,
    },
}

/// Why a CAS address is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressFlaw {
    /// The text is not a URL.
    Unparsable,
    /// No host.
    NoHost,
    /// A user name or password.
    Credentials,
    /// A `#fragment`.
    Fragment,
    /// Spaces.
    Spaces,
    /// A login carrying `service=` (PRONOTE adds it).
    ServiceInLogin,
    /// A query in a base or validation address.
    Query,
    /// Two validation paths, as `…/p3/serviceValidate/samlValidate`.
    StackedValidation,
    /// A base ending with `/login` or `/…Validate`.
    BaseWithEndpoint,
}

/// A problem together with the source it is in: `presets/toutatice.toml`, a page's `ent.json`, or one
/// of its entries, `ent.json[2]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PresetError {
    /// The file, or `file[index]` for an entry of a list.
    pub file: String,
    /// What is wrong.
    pub problem: PresetProblem,
}

impl PresetError {
    /// The problem `problem` in `file`.
    pub fn new(file: &str, problem: PresetProblem) -> PresetError {
        PresetError {
            file: file.to_owned(),
            problem,
        }
    }

    /// What is wrong and where, in the reader's language.
    pub fn message(&self, lang: Lang) -> String {
        let w = lang.words();
        let (template, field, value, more) = match &self.problem {
            PresetProblem::Unreadable { detail } => (w.preset_unreadable, "", "", detail.as_str()),
            PresetProblem::Unreachable { detail } => (w.preset_unreachable, "", "", detail.as_str()),
            PresetProblem::HttpStatus { status } => {
                let status = status.to_string();
                return fill(w.preset_http_status, &[("file", &self.file), ("status", &status)]);
            }
            PresetProblem::HtmlPage => (w.preset_html_page, "", "", ""),
            PresetProblem::TooLarge => (w.preset_too_large, "", "", ""),
            PresetProblem::NotAList => (w.preset_not_a_list, "", "", ""),
            PresetProblem::TooManyEntries => (w.preset_too_many_entries, "", "", ""),
            PresetProblem::NotAPreset => (w.preset_not_a_preset, "", "", ""),
            PresetProblem::UnknownField { field } => (w.preset_unknown_field, field.as_str(), "", ""),
            PresetProblem::MissingField { field } => (w.preset_missing_field, *field, "", ""),
            PresetProblem::WrongType { field } => (w.preset_wrong_type, *field, "", ""),
            PresetProblem::BadId { id } => (w.preset_bad_id, "id", id.as_str(), ""),
            PresetProblem::IdNotFileName { id, expected } => {
                (w.preset_id_not_file_name, "id", id.as_str(), expected.as_str())
            }
            PresetProblem::NotAllowed { field, value, allowed } => {
                (w.preset_not_allowed, *field, value.as_str(), allowed.as_str())
            }
            PresetProblem::DuplicateId { id } => (w.preset_duplicate_id, "id", id.as_str(), ""),
            PresetProblem::NotHttps { field, value } => (w.preset_not_https, *field, value.as_str(), ""),
            PresetProblem::BadAddress { field, value, flaw } => {
                let flaw = match flaw {
                    AddressFlaw::Unparsable => w.flaw_unparsable,
                    AddressFlaw::NoHost => w.flaw_no_host,
                    AddressFlaw::Credentials => w.flaw_credentials,
                    AddressFlaw::Fragment => w.flaw_fragment,
                    AddressFlaw::Spaces => w.flaw_spaces,
                    AddressFlaw::ServiceInLogin => w.flaw_service_in_login,
                    AddressFlaw::Query => w.flaw_query,
                    AddressFlaw::StackedValidation => w.flaw_stacked_validation,
                    AddressFlaw::BaseWithEndpoint => w.flaw_base_with_endpoint,
                };
                (w.preset_bad_address, *field, value.as_str(), flaw)
            }
        };
        // One fill for every problem: each template takes the placeholders it needs.
        fill(
            template,
            &[("file", &self.file), ("field", field), ("value", value), ("more", more)],
        )
    }
}

impl fmt::Display for PresetError {
    /// The English message: what a build failure prints for `presets/*.toml`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Reads and checks one preset. `file` names it in errors; `file_id` is the file name without `.toml`
/// when the preset comes from its own file, so that its id must equal it. Every problem is reported at
/// once: an academy fixing a file wants the whole list, not one error per build.
pub fn read_preset(
    fields: &dyn PresetFields,
    file: &str,
    file_id: Option<&str>,
    provenance_at: ProvenanceAt,
) -> Result<Preset, Vec<PresetError>> {
    let mut problems: Vec<PresetProblem> = fields
        .unknown()
        .into_iter()
        .map(|field| PresetProblem::UnknownField { field })
        .collect();
    let mut read = Reader {
        fields,
        problems: &mut problems,
    };

    let id = read.required("id").and_then(|id| {
        if !is_slug(&id) {
            read.problems.push(PresetProblem::BadId { id });
            return None;
        }
        if let Some(expected) = file_id.filter(|expected| *expected != id) {
            read.problems.push(PresetProblem::IdNotFileName {
                id,
                expected: expected.to_owned(),
            });
            return None;
        }
        Some(id)
    });
    let name = read.required("name");
    let console_label = read.text("console_label");
    let region = read.required("region");
    let family = read
        .one_of("family", &Family::ALL.map(Family::id))
        .map(|index| Family::ALL[index]);
    let confidence = read
        .one_of("confidence", &Origin::ALL.map(Origin::id))
        .map(|index| Origin::ALL[index]);
    let cas_base_text = read.text("cas_base");
    let cas_base = cas_base_text.as_deref().and_then(|text| read.address("cas_base", text));
    let login = read.required("login").and_then(|text| read.address("login", &text));
    let validation = match read.text("validation") {
        Some(text) => read.address("validation", &text).map(|url| (url, Origin::Seen)),
        // The console's own default when only a base is given.
        None => match (&cas_base, &cas_base_text) {
            (Some(base), _) => Some((derive_validation(base), Origin::Derived)),
            // The base is there but wrong: its own problem is already reported.
            (None, Some(_)) => None,
            (None, None) => {
                read.problems.push(PresetProblem::MissingField { field: "validation" });
                None
            }
        },
    };
    let suggested_hosting = read
        .one_of("suggested_hosting", &HOSTING_IDS)
        .map(|index| HOSTING_IDS[index]);
    let disagreement = read.text("disagreement");
    let keywords = read.list("keywords");
    let provenance = match provenance_at {
        ProvenanceAt::Fields => {
            let sources = read.list("sources");
            if sources.is_empty() {
                read.problems.push(PresetProblem::MissingField { field: "sources" });
            }
            Some(Provenance {
                notes: read.text("notes"),
                sources,
                disagreement: disagreement.clone(),
            })
        }
        ProvenanceAt::ProvenanceFile => None,
    };

    match (id, name, region, family, confidence, login, validation) {
        (
            Some(id),
            Some(name),
            Some(region),
            Some(family),
            Some(confidence),
            Some(login),
            Some((validation, validation_origin)),
        ) if problems.is_empty() => Ok(Preset {
            id,
            name,
            console_label,
            region,
            family,
            cas_base,
            login,
            validation,
            validation_origin,
            confidence,
            suggested_hosting,
            disagrees: disagreement.is_some(),
            provenance,
            keywords,
        }),
        _ => Err(problems
            .into_iter()
            .map(|problem| PresetError::new(file, problem))
            .collect()),
    }
}

/// Keeps the first preset of each id and reports the others: a set of presets (the `presets/` folder, a
/// page's presets file) read entry by entry, each with the name errors give it.
pub fn keep_unique(entries: Vec<(String, Result<Preset, Vec<PresetError>>)>) -> (Vec<Preset>, Vec<PresetError>) {
    let mut presets: Vec<Preset> = Vec::new();
    let mut errors = Vec::new();
    for (file, read) in entries {
        match read {
            Ok(preset) if presets.iter().any(|other| other.id == preset.id) => {
                errors.push(PresetError::new(&file, PresetProblem::DuplicateId { id: preset.id }));
            }
            Ok(preset) => presets.push(preset),
            Err(mut found) => errors.append(&mut found),
        }
    }
    (presets, errors)
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

/// Reads the fields of one preset, noting each problem.
struct Reader<'a> {
    fields: &'a dyn PresetFields,
    problems: &'a mut Vec<PresetProblem>,
}

impl Reader<'_> {
    /// A text field's value, trimmed; an empty text counts as absent, and so does a value of the wrong
    /// type once its problem is noted.
    fn text(&mut self, field: &'static str) -> Option<String> {
        self.value(field).ok().flatten()
    }

    /// A text field's value, `Err` when it is of the wrong type (noted).
    fn value(&mut self, field: &'static str) -> Result<Option<String>, ()> {
        match self.fields.value(field) {
            None => Ok(None),
            Some(FieldValue::Text(text)) => Ok(Some(text.trim().to_owned()).filter(|text| !text.is_empty())),
            Some(_) => {
                self.problems.push(PresetProblem::WrongType { field });
                Err(())
            }
        }
    }

    /// A required text field's value; an absent one is noted.
    fn required(&mut self, field: &'static str) -> Option<String> {
        let text = self.value(field).ok()?;
        if text.is_none() {
            self.problems.push(PresetProblem::MissingField { field });
        }
        text
    }

    /// A list field's texts, trimmed, empty ones left out.
    fn list(&mut self, field: &'static str) -> Vec<String> {
        match self.fields.value(field) {
            None => Vec::new(),
            Some(FieldValue::List(texts)) => texts
                .iter()
                .map(|text| text.trim().to_owned())
                .filter(|text| !text.is_empty())
                .collect(),
            Some(_) => {
                self.problems.push(PresetProblem::WrongType { field });
                Vec::new()
            }
        }
    }

    /// The position in `ids` of the id the field holds (required unless it is the suggested hosting).
    fn one_of(&mut self, field: &'static str, ids: &[&'static str]) -> Option<usize> {
        let text = if field == "suggested_hosting" {
            self.text(field)?
        } else {
            self.required(field)?
        };
        let found = ids.iter().position(|id| *id == text);
        if found.is_none() {
            self.problems.push(PresetProblem::NotAllowed {
                field,
                value: text,
                allowed: ids.join(", "),
            });
        }
        found
    }

    /// Parses a CAS address and rejects what the console would take but CAS would refuse or mangle.
    fn address(&mut self, field: &'static str, text: &str) -> Option<Url> {
        let problem = match check_address(field, text) {
            Ok(url) => return Some(url),
            Err(Some(flaw)) => PresetProblem::BadAddress {
                field,
                value: text.to_owned(),
                flaw,
            },
            // A CAS ticket travels in the query: only https protects it, and PRONOTE's console expects it.
            Err(None) => PresetProblem::NotHttps {
                field,
                value: text.to_owned(),
            },
        };
        self.problems.push(problem);
        None
    }
}

/// The address, or why it is refused (`None`: it is not https).
fn check_address(field: &str, text: &str) -> Result<Url, Option<AddressFlaw>> {
    let url = Url::parse(text).map_err(|_| Some(AddressFlaw::Unparsable))?;
    let flaw = if url.scheme() != "https" {
        return Err(None);
    } else if url.host_str().is_none_or(str::is_empty) {
        AddressFlaw::NoHost
    } else if !url.username().is_empty() || url.password().is_some() {
        AddressFlaw::Credentials
    } else if url.fragment().is_some() {
        AddressFlaw::Fragment
    } else if text.chars().any(char::is_whitespace) {
        AddressFlaw::Spaces
    } else {
        match field {
            "login" if url.query_pairs().any(|(key, _)| key.eq_ignore_ascii_case("service")) => {
                AddressFlaw::ServiceInLogin
            }
            "cas_base" | "validation" if url.query().is_some() => AddressFlaw::Query,
            // `…/p3/serviceValidate/samlValidate` (a validation address taken for a base, then the
            // console's suffix added): CAS answers no such path, and every login would fail. Every
            // validation endpoint's name ends in "alidate" (validate, serviceValidate, proxyValidate,
            // samlValidate): counting it is the smallest check the wasm can carry.
            "validation" if url.path().matches("alidate").count() > 1 => AddressFlaw::StackedValidation,
            "cas_base"
                if url
                    .path()
                    .trim_end_matches('/')
                    .rsplit('/')
                    .next()
                    .is_some_and(|last| ["login", "samlValidate", "serviceValidate"].contains(&last)) =>
            {
                AddressFlaw::BaseWithEndpoint
            }
            _ => return Ok(url),
        }
    };
    Err(Some(flaw))
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        && id.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
}
