//! UAI codes (Unité Administrative Immatriculée, the national establishment code) and the hosting
//! label that starts an Index Education address.

use std::fmt;

use url::Url;

use crate::domain::check_letter::DIGITS;
pub use crate::domain::check_letter::{check_letter, corsican_uai};
use crate::domain::error::Error;
use crate::domain::warning::Warning;

/// The longest DNS label (RFC 1035).
const MAX_LABEL_LEN: usize = 63;
/// Index Education's demonstration instance.
pub const DEMO_LABEL: &str = "demo";

/// A UAI code with a correct check letter, in upper case (e.g. `0310047H`).
///
/// The seven characters before the letter are digits: Corsica's departments 2A and 2B are written
/// 620 and 720 in UAI codes (6200001G, 7200583W), so the number is always the seven digits.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Uai(String);

impl Uai {
    /// Reads a UAI code (either case, surrounding spaces ignored) and checks its letter.
    pub fn parse(input: &str) -> Result<Uai, Error> {
        let code = input.trim();
        if code.is_empty() {
            return Err(Error::UaiEmpty);
        }
        let Some((digits, letter)) = split_uai_shape(code) else {
            if let Some(expected) = check_letter(code) {
                return Err(Error::UaiMissingCheckLetter {
                    uai: code.to_owned(),
                    expected,
                });
            }
            return Err(Error::UaiMalformed { input: code.to_owned() });
        };
        match check_letter(digits) {
            Some(expected) if expected == letter.to_ascii_uppercase() => Ok(Uai(code.to_ascii_uppercase())),
            Some(expected) => Err(Error::UaiWrongCheckLetter {
                uai: code.to_owned(),
                expected,
            }),
            // split_uai_shape only returns seven digits, which always have a letter.
            None => Err(Error::UaiMalformed { input: code.to_owned() }),
        }
    }

    /// The code in upper case.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Uai {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

/// Splits "seven digits then one ASCII letter" into its parts.
fn split_uai_shape(code: &str) -> Option<(&str, char)> {
    if code.len() != DIGITS + 1 {
        return None;
    }
    let (digits, letter) = code.split_at_checked(DIGITS)?;
    let letter = letter.chars().next()?;
    let shaped = digits.bytes().all(|byte| byte.is_ascii_digit()) && letter.is_ascii_alphabetic();
    shaped.then_some((digits, letter))
}

/// What starts an Index Education address: usually the school's UAI, sometimes a name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SchoolLabel {
    /// A checked UAI code.
    Uai(Uai),
    /// A name such as `toutatice` or `demo` (a DNS label, lower case).
    Name(String),
}

impl SchoolLabel {
    /// Reads a hosting label. Seven digits and a letter must be a correct UAI (a typo in a UAI
    /// would silently give another school's address); seven digits alone are a UAI missing its
    /// letter. Anything else must be a DNS label and is accepted as a name, with a warning.
    pub fn parse(input: &str) -> Result<(SchoolLabel, Vec<Warning>), Error> {
        let label = input.trim();
        if label.is_empty() {
            return Err(Error::UaiEmpty);
        }
        if split_uai_shape(label).is_some() || check_letter(label).is_some() || corsican_uai(label).is_some() {
            return Uai::parse(label).map(|uai| (SchoolLabel::Uai(uai), Vec::new()));
        }
        if !is_dns_label(label) {
            return Err(Error::LabelInvalid {
                label: label.to_owned(),
            });
        }
        let name = label.to_ascii_lowercase();
        let mut warnings = vec![Warning::LabelNotUai { label: name.clone() }];
        if name == DEMO_LABEL {
            warnings.push(Warning::DemoInstance);
        }
        Ok((SchoolLabel::Name(name), warnings))
    }

    /// The label as it starts the address: a UAI in upper case, a name in lower case.
    pub fn as_str(&self) -> &str {
        match self {
            SchoolLabel::Uai(uai) => uai.as_str(),
            SchoolLabel::Name(name) => name,
        }
    }

    /// The UAI, when the label is one.
    pub fn uai(&self) -> Option<&Uai> {
        match self {
            SchoolLabel::Uai(uai) => Some(uai),
            SchoolLabel::Name(_) => None,
        }
    }
}

/// An RFC 1123 host label (ASCII letters, digits and hyphens, not at either end, 63 at most) that
/// the URL standard accepts: an `xn--` label must also be valid punycode, or no address built on
/// it would parse.
fn is_dns_label(label: &str) -> bool {
    let shaped = !label.is_empty()
        && label.len() <= MAX_LABEL_LEN
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'-');
    // Only plain ASCII reaches the parser here, as `url`'s ASCII-only IDNA adapter requires.
    shaped && Url::parse(&format!("https://{label}.invalid/")).is_ok()
}
