//! The fields a preset has, named once ([`PresetField`]), and the one way every format reaches the checks:
//! [`PresetFields`], which gives a field's value as the format wrote it.

use std::collections::BTreeMap;

/// One field of a preset. Its name is the same in every format: the key of a `presets/*.toml` table, of
/// an entry of a page's JSON presets file, of `presets.json`; build.rs and the built-ins name it so too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PresetField {
    Id,
    Name,
    ConsoleLabel,
    Region,
    Family,
    CasBase,
    Login,
    Validation,
    SuggestedHosting,
    Confidence,
    Disagreement,
    Notes,
    Keywords,
    Sources,
    Checked,
    Status,
    Previous,
    MergedInto,
}

impl PresetField {
    /// Every field, in the order the files write them.
    pub const ALL: [PresetField; 18] = [
        PresetField::Id,
        PresetField::Name,
        PresetField::ConsoleLabel,
        PresetField::Region,
        PresetField::Family,
        PresetField::CasBase,
        PresetField::Login,
        PresetField::Validation,
        PresetField::SuggestedHosting,
        PresetField::Confidence,
        PresetField::Disagreement,
        PresetField::Notes,
        PresetField::Keywords,
        PresetField::Sources,
        PresetField::Checked,
        PresetField::Status,
        PresetField::Previous,
        PresetField::MergedInto,
    ];

    /// The provenance's fields: what the built-ins keep out of the wasm, in `provenance.json`.
    pub const PROVENANCE: [&'static str; 3] = [
        PresetField::Notes.name(),
        PresetField::Sources.name(),
        PresetField::Disagreement.name(),
    ];

    /// The field's name in every format.
    pub const fn name(self) -> &'static str {
        match self {
            PresetField::Id => "id",
            PresetField::Name => "name",
            PresetField::ConsoleLabel => "console_label",
            PresetField::Region => "region",
            PresetField::Family => "family",
            PresetField::CasBase => "cas_base",
            PresetField::Login => "login",
            PresetField::Validation => "validation",
            PresetField::SuggestedHosting => "suggested_hosting",
            PresetField::Confidence => "confidence",
            PresetField::Disagreement => "disagreement",
            PresetField::Notes => "notes",
            PresetField::Keywords => "keywords",
            PresetField::Sources => "sources",
            PresetField::Checked => "checked",
            PresetField::Status => "status",
            PresetField::Previous => "previous",
            PresetField::MergedInto => "merged_into",
        }
    }

    /// The field of that name, if a preset has one.
    pub fn named(name: &str) -> Option<PresetField> {
        PresetField::ALL.into_iter().find(|field| field.name() == name)
    }

    /// Whether the field holds a list of texts; the others hold one text.
    pub const fn is_list(self) -> bool {
        matches!(self, PresetField::Keywords | PresetField::Sources)
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
    /// The value of `field`, `None` when absent.
    fn value(&self, field: PresetField) -> Option<FieldValue>;
    /// The fields the format has that a preset does not (typos, most often).
    fn unknown(&self) -> Vec<String>;
}

/// A preset as a serde format (TOML, JSON) reads it: every key with its value (see `serde_value.rs`).
pub type FieldMap = BTreeMap<String, FieldValue>;

impl PresetFields for FieldMap {
    fn value(&self, field: PresetField) -> Option<FieldValue> {
        self.get(field.name()).cloned()
    }

    fn unknown(&self) -> Vec<String> {
        self.keys()
            .filter(|key| PresetField::named(key).is_none())
            .cloned()
            .collect()
    }
}
