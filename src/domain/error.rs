//! The one error type of the domain, with messages a school administrator can act on, and the form
//! field each error belongs to (the UI renders an error next to its field).

use crate::domain::lang::Lang;

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
    /// A preset file cannot be read or is not valid TOML.
    #[error("{}", self.message(Lang::Fr))]
    PresetUnreadable {
        /// The preset file's name.
        file: String,
        /// What the reader reported.
        detail: String,
    },
    /// A preset file has a field the format does not define (a typo, most likely).
    #[error("{}", self.message(Lang::Fr))]
    PresetUnknownField {
        /// The preset file's name.
        file: String,
        /// The unknown field.
        field: String,
    },
    /// A preset file lacks a required field.
    #[error("{}", self.message(Lang::Fr))]
    PresetMissingField {
        /// The preset file's name.
        file: String,
        /// The missing field.
        field: String,
    },
    /// Two preset files use the same identifier.
    #[error("{}", self.message(Lang::Fr))]
    PresetDuplicateId {
        /// The second file using the identifier.
        file: String,
        /// The identifier.
        id: String,
    },
    /// A preset address is not https (CAS must never run over plain http).
    #[error("{}", self.message(Lang::Fr))]
    PresetNotHttps {
        /// The preset file's name.
        file: String,
        /// The field holding the address.
        field: String,
        /// The address.
        value: String,
    },
    /// A preset address does not parse as a URL.
    #[error("{}", self.message(Lang::Fr))]
    PresetBadAddress {
        /// The preset file's name.
        file: String,
        /// The field holding the address.
        field: String,
        /// The address.
        value: String,
    },
}

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
            Error::PresetUnreadable { .. }
            | Error::PresetUnknownField { .. }
            | Error::PresetMissingField { .. }
            | Error::PresetDuplicateId { .. }
            | Error::PresetNotHttps { .. }
            | Error::PresetBadAddress { .. } => Field::Presets,
        }
    }

    /// The message in the given language: what is wrong and what to do about it.
    pub fn message(&self, lang: Lang) -> String {
        let q = |text: &str| quote(lang, text);
        let colon = lang.pick(NBSP_COLON, ":");
        match self {
            Error::UnknownHosting { value } => match lang {
                Lang::Fr => format!(
                    "Hébergement inconnu {}{colon} les valeurs possibles sont index-education, toutatice et custom.",
                    q(value)
                ),
                Lang::En => format!(
                    "Unknown hosting {}{colon} the possible values are index-education, toutatice and custom.",
                    q(value)
                ),
            },
            Error::UaiEmpty => lang
                .pick(
                    "Saisissez le code UAI de l'établissement (7 chiffres et une lettre, par exemple 0310047H).",
                    "Enter the school's UAI code (7 digits and a letter, for example 0310047H).",
                )
                .to_owned(),
            Error::UaiWrongCheckLetter { uai, expected } => match lang {
                Lang::Fr => format!(
                    "La lettre finale du code UAI {} ne correspond pas à ses 7 chiffres{colon} elle devrait être {expected}. Vérifiez le code sur un document officiel de l'établissement.",
                    q(uai)
                ),
                Lang::En => format!(
                    "The last letter of the UAI code {} does not match its 7 digits{colon} it should be {expected}. Check the code on an official school document.",
                    q(uai)
                ),
            },
            Error::UaiMissingCheckLetter { uai, expected } => match lang {
                Lang::Fr => format!(
                    "Il manque la lettre finale du code UAI {}{colon} avec ces 7 chiffres, le code complet est {uai}{expected}.",
                    q(uai)
                ),
                Lang::En => format!(
                    "The UAI code {} lacks its last letter{colon} with these 7 digits, the full code is {uai}{expected}.",
                    q(uai)
                ),
            },
            Error::UaiMalformed { input } => match lang {
                Lang::Fr => format!(
                    "{} n'est pas un code UAI{colon} un code UAI compte 7 chiffres suivis d'une lettre (par exemple 0310047H).",
                    q(input)
                ),
                Lang::En => format!(
                    "{} is not a UAI code{colon} a UAI code has 7 digits followed by a letter (for example 0310047H).",
                    q(input)
                ),
            },
            Error::LabelInvalid { label } => match lang {
                Lang::Fr => format!(
                    "{} ne peut pas débuter une adresse PRONOTE.net{colon} saisissez seulement le code UAI (par exemple 0310047H) ou le nom d'hébergement (lettres, chiffres et tirets), sans https:// ni .index-education.net.",
                    q(label)
                ),
                Lang::En => format!(
                    "{} cannot start a PRONOTE.net address{colon} type only the UAI code (for example 0310047H) or the hosting name (letters, digits and hyphens), without https:// or .index-education.net.",
                    q(label)
                ),
            },
            Error::UaiRequired { label } => match lang {
                Lang::Fr => format!(
                    "Les PRONOTE.net de Toutatice sont publiés sous le code UAI de l'établissement (7 chiffres et une lettre){colon} {} n'en est pas un.",
                    q(label)
                ),
                Lang::En => format!(
                    "Toutatice publishes PRONOTE.net under the school's UAI code (7 digits and a letter){colon} {} is not one.",
                    q(label)
                ),
            },
            Error::UrlEmpty => lang
                .pick(
                    "Collez l'adresse de votre PRONOTE.net, copiée depuis la barre d'adresse du navigateur (par exemple https://pronote.mon-lycee.fr/pronote/).",
                    "Paste the address of your PRONOTE.net, copied from the browser's address bar (for example https://pronote.my-school.fr/pronote/).",
                )
                .to_owned(),
            Error::UrlUnparsable { input } => match lang {
                Lang::Fr => format!(
                    "{} n'est pas une adresse web valide. Copiez l'adresse depuis la barre d'adresse du navigateur, sur une page de votre PRONOTE.net (un nom de serveur accentué s'écrit en punycode, xn--…).",
                    q(input)
                ),
                Lang::En => format!(
                    "{} is not a valid web address. Copy the address from the browser's address bar on a page of your PRONOTE.net (a server name with accents must be written in punycode, xn--…).",
                    q(input)
                ),
            },
            Error::UrlScheme { scheme } => match lang {
                Lang::Fr => format!(
                    "L'adresse commence par {}{colon} une adresse PRONOTE.net commence par https:// (ou http://).",
                    q(&format!("{scheme}:"))
                ),
                Lang::En => format!(
                    "The address starts with {}{colon} a PRONOTE.net address starts with https:// (or http://).",
                    q(&format!("{scheme}:"))
                ),
            },
            Error::UrlNoHost => match lang {
                Lang::Fr => format!(
                    "L'adresse ne contient pas de nom de serveur{colon} elle doit avoir la forme https://serveur/pronote/."
                ),
                Lang::En => format!(
                    "The address has no server name{colon} it must look like https://server/pronote/."
                ),
            },
            Error::UrlIsEntAddress { host, ent } => {
                let whose = match (lang, ent) {
                    (Lang::Fr, Some(ent)) => format!("l'adresse de l'ENT {}", q(ent)),
                    (Lang::Fr, None) => "l'adresse d'un ENT".to_owned(),
                    (Lang::En, Some(ent)) => format!("the address of the ENT {}", q(ent)),
                    (Lang::En, None) => "an ENT's address".to_owned(),
                };
                match lang {
                    Lang::Fr => format!(
                        "{} est {whose}, pas celle de PRONOTE.net{colon} ouvrez PRONOTE (depuis l'ENT si vous y passez), puis copiez l'adresse affichée dans la barre d'adresse du navigateur (par exemple https://pronote.mon-lycee.fr/pronote/eleve.html).",
                        q(host)
                    ),
                    Lang::En => format!(
                        "{} is {whose}, not PRONOTE.net's{colon} open PRONOTE (through the ENT if that is how you reach it), then copy the address shown in the browser's address bar (for example https://pronote.my-school.fr/pronote/eleve.html).",
                        q(host)
                    ),
                }
            }
            Error::UnknownEnt { id } => match lang {
                Lang::Fr => format!(
                    "L'ENT {} n'est pas dans la liste{colon} choisissez votre ENT parmi ceux proposés.",
                    q(id)
                ),
                Lang::En => format!(
                    "The ENT {} is not in the list{colon} choose your ENT among those offered.",
                    q(id)
                ),
            },
            Error::PresetUnreadable { file, detail } => match lang {
                Lang::Fr => format!(
                    "Le fichier de préréglage {} est illisible{colon} {detail}",
                    q(file)
                ),
                Lang::En => format!("The preset file {} cannot be read{colon} {detail}", q(file)),
            },
            Error::PresetUnknownField { file, field } => match lang {
                Lang::Fr => format!(
                    "Le fichier de préréglage {} contient un champ inconnu {} (faute de frappe\u{a0}?).",
                    q(file),
                    q(field)
                ),
                Lang::En => format!(
                    "The preset file {} has an unknown field {} (a typo?).",
                    q(file),
                    q(field)
                ),
            },
            Error::PresetMissingField { file, field } => match lang {
                Lang::Fr => format!(
                    "Le fichier de préréglage {} n'a pas le champ obligatoire {}.",
                    q(file),
                    q(field)
                ),
                Lang::En => format!(
                    "The preset file {} lacks the required field {}.",
                    q(file),
                    q(field)
                ),
            },
            Error::PresetDuplicateId { file, id } => match lang {
                Lang::Fr => format!(
                    "Le fichier de préréglage {} reprend l'identifiant {}, déjà utilisé par un autre ENT.",
                    q(file),
                    q(id)
                ),
                Lang::En => format!(
                    "The preset file {} reuses the identifier {}, already used by another ENT.",
                    q(file),
                    q(id)
                ),
            },
            Error::PresetNotHttps { file, field, value } => match lang {
                Lang::Fr => format!(
                    "Dans le fichier de préréglage {}, le champ {} doit être une adresse https://{colon} {}.",
                    q(file),
                    q(field),
                    q(value)
                ),
                Lang::En => format!(
                    "In the preset file {}, the field {} must be an https:// address{colon} {}.",
                    q(file),
                    q(field),
                    q(value)
                ),
            },
            Error::PresetBadAddress { file, field, value } => match lang {
                Lang::Fr => format!(
                    "Dans le fichier de préréglage {}, le champ {} n'est pas une adresse valide{colon} {}.",
                    q(file),
                    q(field),
                    q(value)
                ),
                Lang::En => format!(
                    "In the preset file {}, the field {} is not a valid address{colon} {}.",
                    q(file),
                    q(field),
                    q(value)
                ),
            },
        }
    }
}

/// French typography puts a non-breaking space before a colon.
pub(crate) const NBSP_COLON: &str = "\u{a0}:";

/// Quotes the user's text the way each language does (French guillemets hold non-breaking spaces).
pub(crate) fn quote(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
        Lang::En => format!("“{text}”"),
    }
}
