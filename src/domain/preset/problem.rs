//! The problems a preset can have, typed from the values themselves (never from a reader's message), and
//! how each is said in the reader's language. build.rs prints them in English.

use std::fmt;

use crate::lang::typography::fill;
use crate::lang::Lang;

/// What is wrong with a preset, or with a file of presets that a format's reader could not read, naming the
/// field concerned. (A presets file that cannot be fetched or is not a list is the browser's fault, typed in
/// `src/browser/presets_file.rs`.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PresetProblem {
    /// The format's reader could not read the file (its own explanation: a TOML error names the line).
    Unreadable {
        /// The reader's explanation.
        detail: String,
    },
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
    /// A date that is not a day written `YYYY-MM-DD`.
    BadDate {
        /// The field's name.
        field: &'static str,
        /// The text as written.
        value: String,
    },
    /// A field that goes only with one status (`previous` with `moved`, `merged_into` with `merged`).
    OnlyWithStatus {
        /// The field's name.
        field: &'static str,
        /// The status it goes with.
        status: &'static str,
    },
    /// A preset naming another (`merged_into`) that its set does not have.
    UnknownPreset {
        /// The field's name.
        field: &'static str,
        /// The id as written.
        id: String,
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
            PresetProblem::BadDate { field, value } => (w.preset_bad_date, *field, value.as_str(), ""),
            PresetProblem::OnlyWithStatus { field, status } => (w.preset_only_with_status, *field, *status, ""),
            PresetProblem::UnknownPreset { field, id } => (w.preset_unknown_preset, *field, id.as_str(), ""),
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
