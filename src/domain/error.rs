//! The one error type of the domain, with messages a school administrator can act on, and the form
//! field each error belongs to (the UI renders an error next to its field).

use std::fmt;
use std::rc::Rc;

use crate::domain::check_letter::corsican_uai;
use crate::domain::preset::PresetError;
use crate::lang::typography::fill;
use crate::lang::Lang;

/// The form field (or data source) an error concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The ENT chosen in the list.
    Ent,
    /// The hosting choice (Index Education, Toutatice, self-hosted).
    Hosting,
    /// The UAI code or hosting label.
    Uai,
    /// The pasted PRONOTE.net address.
    Url,
    /// The ENT preset files (a build-time or loading problem, not the user's input).
    Presets,
}

impl Field {
    /// A stable identifier, usable as an HTML id suffix.
    pub fn id(self) -> &'static str {
        match self {
            Field::Ent => "ent",
            Field::Hosting => "hosting",
            Field::Uai => "uai",
            Field::Url => "url",
            Field::Presets => "presets",
        }
    }
}

/// Everything that can stop the widget from computing addresses.
///
/// Strings carried here are the user's (or a preset file's) own text: the UI escapes them.
/// `Display` gives the French message; [`Error::message`] gives either language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The hosting option (a page attribute or parameter) names no known hosting.
    #[error("{}", self.message(Lang::Fr))]
    UnknownHosting {
        /// The value given.
        value: String,
    },
    /// No UAI code or label was typed.
    #[error("{}", self.message(Lang::Fr))]
    UaiEmpty,
    /// Seven digits and a letter, but not the letter the seven digits call for.
    #[error("{}", self.message(Lang::Fr))]
    UaiWrongCheckLetter {
        /// The code as typed (trimmed).
        uai: String,
        /// The check letter the seven digits call for.
        expected: char,
    },
    /// Seven digits without their check letter.
    #[error("{}", self.message(Lang::Fr))]
    UaiMissingCheckLetter {
        /// The seven digits as typed.
        uai: String,
        /// The check letter they call for.
        expected: char,
    },
    /// Not shaped as a UAI code (seven digits and a letter) where one is required.
    #[error("{}", self.message(Lang::Fr))]
    UaiMalformed {
        /// The text as typed (trimmed).
        input: String,
    },
    /// The hosting label cannot be a DNS label (letters, digits and inner hyphens, 63 at most).
    #[error("{}", self.message(Lang::Fr))]
    LabelInvalid {
        /// The label as typed (trimmed).
        label: String,
    },
    /// Toutatice hosting serves schools by their UAI only, and a name was typed.
    #[error("{}", self.message(Lang::Fr))]
    UaiRequired {
        /// The label as typed (trimmed).
        label: String,
    },
    /// No address was pasted.
    #[error("{}", self.message(Lang::Fr))]
    UrlEmpty,
    /// The pasted text is not a web address.
    #[error("{}", self.message(Lang::Fr))]
    UrlUnparsable {
        /// The pasted text up to its query or fragment, which may hold session secrets.
        input: String,
    },
    /// The address is not http or https.
    #[error("{}", self.message(Lang::Fr))]
    UrlScheme {
        /// The scheme found, without `:`.
        scheme: String,
    },
    /// The address has no server name.
    #[error("{}", self.message(Lang::Fr))]
    UrlNoHost,
    /// The address is an ENT's (a known ENT or CAS host) and carries no PRONOTE address: every
    /// address built from it would be wrong.
    #[error("{}", self.message(Lang::Fr))]
    UrlIsEntAddress {
        /// The ENT server's host (never the query, which may hold a ticket).
        host: String,
        /// The ENT's name, when a preset knows the host (filled in by the catalogue).
        ent: Option<String>,
    },
    /// The ENT identifier is not in the catalogue.
    #[error("{}", self.message(Lang::Fr))]
    UnknownEnt {
        /// The identifier given.
        id: String,
    },
    /// A presets file, or one of its presets, has a problem (a build-time or loading problem, not the
    /// user's input): what and where, typed.
    #[error("{}", self.message(Lang::Fr))]
    Preset(PresetError),
    /// A presets file that could not be read as a whole (not fetched, not a list…): typed by the layer
    /// that fetches it, carried here to the reader.
    #[error("{}", self.message(Lang::Fr))]
    PresetsFile(Rc<dyn FileFault>),
}

/// A fault of a presets file as a whole, typed by the layer that fetches the file (the browser's,
/// `src/browser/presets_file.rs`): the domain only says it.
pub trait FileFault {
    /// What went wrong, naming the file, in the reader's language.
    fn message(&self, lang: Lang) -> String;
}

impl fmt::Debug for dyn FileFault {
    /// Its English message: a derived `Debug` in the trait object would bring the formatting of every
    /// field into the wasm (about 1.5 KB) for what only a failed test prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl PartialEq for dyn FileFault {
    /// Two faults are the same when they say the same in every language.
    fn eq(&self, other: &dyn FileFault) -> bool {
        Lang::ALL
            .into_iter()
            .all(|lang| self.message(lang) == other.message(lang))
    }
}

impl Eq for dyn FileFault {}

impl Error {
    /// The form field the error belongs to.
    pub fn field(&self) -> Field {
        match self {
            Error::UaiEmpty
            | Error::UaiWrongCheckLetter { .. }
            | Error::UaiMissingCheckLetter { .. }
            | Error::UaiMalformed { .. }
            | Error::LabelInvalid { .. }
            | Error::UaiRequired { .. } => Field::Uai,
            Error::UrlEmpty
            | Error::UrlUnparsable { .. }
            | Error::UrlScheme { .. }
            | Error::UrlNoHost
            | Error::UrlIsEntAddress { .. } => Field::Url,
            Error::UnknownEnt { .. } => Field::Ent,
            Error::UnknownHosting { .. } => Field::Hosting,
            Error::Preset(_) | Error::PresetsFile(_) => Field::Presets,
        }
    }

    /// The message in the given language: what is wrong and what to do about it.
    pub fn message(&self, lang: Lang) -> String {
        let w = lang.words();
        match self {
            Error::UnknownHosting { value } => fill(w.error_unknown_hosting, &[("value", value)]),
            Error::UaiEmpty => w.error_uai_empty.to_owned(),
            Error::UaiWrongCheckLetter { uai, expected } => fill(
                w.error_uai_wrong_check_letter,
                &[("uai", uai), ("expected", expected.encode_utf8(&mut [0; 4]))],
            ),
            Error::UaiMissingCheckLetter { uai, expected } => fill(
                w.error_uai_missing_check_letter,
                &[("uai", uai), ("expected", expected.encode_utf8(&mut [0; 4]))],
            ),
            // A Corsican code typed with its département is malformed too, but the reader needs its
            // UAI form, which nothing else would tell them (a variant of its own costs the wasm more).
            Error::UaiMalformed { input } => match corsican_uai(input) {
                Some(corrected) => fill(w.error_uai_corsican, &[("input", input), ("corrected", &corrected)]),
                None => fill(w.error_uai_malformed, &[("input", input)]),
            },
            Error::LabelInvalid { label } => fill(w.error_label_invalid, &[("label", label)]),
            Error::UaiRequired { label } => fill(w.error_uai_required, &[("label", label)]),
            Error::UrlEmpty => w.error_url_empty.to_owned(),
            Error::UrlUnparsable { input } => fill(w.error_url_unparsable, &[("input", input)]),
            Error::UrlScheme { scheme } => fill(w.error_url_scheme, &[("scheme", scheme)]),
            Error::UrlNoHost => w.error_url_no_host.to_owned(),
            Error::UrlIsEntAddress { host, ent } => {
                let whose = match ent {
                    Some(ent) => fill(w.error_whose_ent, &[("ent", ent)]),
                    None => w.error_whose_unknown.to_owned(),
                };
                fill(w.error_url_is_ent_address, &[("host", host), ("whose", &whose)])
            }
            Error::UnknownEnt { id } => fill(w.error_unknown_ent, &[("id", id)]),
            Error::Preset(error) => error.message(lang),
            Error::PresetsFile(fault) => fault.message(lang),
        }
    }
}

impl From<PresetError> for Error {
    fn from(error: PresetError) -> Error {
        Error::Preset(error)
    }
}
