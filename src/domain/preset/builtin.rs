//! The built-in presets as the build hands them to the crate: generated Rust. build.rs checks each
//! `presets/*.toml` with [`read_preset`](super::read_preset), writes it with [`BuiltinPreset::rust`] into
//! `$OUT_DIR/builtin_presets.rs` (a `&[BuiltinPreset]` expression), and `src/domain/catalogue.rs`
//! includes that file and reads each value back through the same checks ([`PresetFields`]).
//!
//! What the wasm carries is only what the widget needs before a reader opens an ENT's details: `notes`
//! and `sources` are left out and `disagreement` is only a flag (their text is in `provenance.json`); a
//! login that is the base's `/login` is left out and given back when read (its text would only repeat
//! the base).

use std::fmt::Write as _;

use url::Url;

use super::field::{FieldValue, PresetField, PresetFields};
use super::model::{derive_login, Family, Origin, Preset, Status};

/// One built-in preset, as `$OUT_DIR/builtin_presets.rs` writes it (see the module's comment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuiltinPreset {
    /// `id`.
    pub id: &'static str,
    /// `name`.
    pub name: &'static str,
    /// `console_label`.
    pub console_label: Option<&'static str>,
    /// `region`.
    pub region: &'static str,
    /// `family`.
    pub family: Family,
    /// `cas_base`, as the URL parser writes it.
    pub cas_base: Option<&'static str>,
    /// `login`; `None` when it is the base's `/login` (the console's default), given back when read.
    pub login: Option<&'static str>,
    /// `validation`, only when a source shows it (else derived from the base when read).
    pub validation: Option<&'static str>,
    /// `suggested_hosting`.
    pub suggested_hosting: Option<&'static str>,
    /// `confidence`.
    pub confidence: Origin,
    /// Whether `disagreement` has a text (the text is in `provenance.json`).
    pub disagrees: bool,
    /// `keywords`.
    pub keywords: &'static [&'static str],
    /// `checked`, `YYYY-MM-DD` (every built-in has one: the build refuses a file without).
    pub checked: &'static str,
    /// `status`.
    pub status: Status,
    /// `previous`.
    pub previous: Option<&'static str>,
    /// `merged_into`.
    pub merged_into: Option<&'static str>,
}

/// The text `disagreement` reads as for a built-in: the flag, its text being in `provenance.json`.
const DISAGREEMENT_ELSEWHERE: &str = "provenance.json";

impl PresetFields for BuiltinPreset {
    fn value(&self, field: PresetField) -> Option<FieldValue> {
        let text = |text: &str| FieldValue::Text(text.to_owned());
        match field {
            PresetField::Id => Some(text(self.id)),
            PresetField::Name => Some(text(self.name)),
            PresetField::ConsoleLabel => self.console_label.map(text),
            PresetField::Region => Some(text(self.region)),
            PresetField::Family => Some(text(self.family.id())),
            PresetField::CasBase => self.cas_base.map(text),
            PresetField::Login => match (self.login, self.cas_base) {
                (Some(login), _) => Some(text(login)),
                (None, Some(base)) => Some(text(derive_login(&Url::parse(base).ok()?).as_str())),
                (None, None) => None,
            },
            PresetField::Validation => self.validation.map(text),
            PresetField::SuggestedHosting => self.suggested_hosting.map(text),
            PresetField::Confidence => Some(text(self.confidence.id())),
            PresetField::Disagreement => self.disagrees.then(|| text(DISAGREEMENT_ELSEWHERE)),
            PresetField::Keywords => Some(FieldValue::List(
                self.keywords.iter().map(|k| (*k).to_owned()).collect(),
            )),
            PresetField::Checked => Some(text(self.checked)),
            PresetField::Status => Some(text(self.status.id())),
            PresetField::Previous => self.previous.map(text),
            PresetField::MergedInto => self.merged_into.map(text),
            PresetField::Notes | PresetField::Sources => None,
        }
    }

    fn unknown(&self) -> Vec<String> {
        Vec::new()
    }
}

impl BuiltinPreset {
    /// The Rust expression of a checked preset, as `$OUT_DIR/builtin_presets.rs` holds it (build.rs).
    pub fn rust(preset: &Preset) -> String {
        let derived_login = preset.cas_base.as_ref().map(derive_login);
        let login = (derived_login.as_ref() != Some(&preset.login)).then_some(preset.login.as_str());
        let validation = (preset.validation_origin == Origin::Seen).then_some(preset.validation.as_str());
        let mut code = String::from("BuiltinPreset {");
        let mut field = |name: &str, value: String| {
            let _ = write!(code, " {name}: {value},");
        };
        field("id", format!("{:?}", preset.id));
        field("name", format!("{:?}", preset.name));
        field("console_label", format!("{:?}", preset.console_label.as_deref()));
        field("region", format!("{:?}", preset.region));
        field("family", format!("Family::{:?}", preset.family));
        field("cas_base", format!("{:?}", preset.cas_base.as_ref().map(Url::as_str)));
        field("login", format!("{login:?}"));
        field("validation", format!("{validation:?}"));
        field("suggested_hosting", format!("{:?}", preset.suggested_hosting));
        field("confidence", format!("Origin::{:?}", preset.confidence));
        field("disagrees", format!("{:?}", preset.disagrees));
        field("keywords", format!("&{:?}", preset.keywords));
        field(
            "checked",
            format!("{:?}", preset.checked.map(|date| date.iso()).unwrap_or_default()),
        );
        field("status", format!("Status::{:?}", preset.status));
        field("previous", format!("{:?}", preset.previous));
        field("merged_into", format!("{:?}", preset.merged_into));
        code.push_str(" }");
        code
    }
}
