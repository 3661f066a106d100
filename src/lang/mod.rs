//! Every word the reader sees, one file per language (`fr.rs`, `en.rs`), listed once in `words.rs`, with
//! the typography that fills them in (`typography.rs`). The bottom layer: the domain, the options and
//! the UI all take their words here.

use serde::Serialize;

pub mod en;
pub mod fr;
pub mod typography;
pub mod words;

use crate::lang::words::Words;

/// A language the widget speaks. French is the default: PRONOTE and its console are French.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French, the language of the PRONOTE console.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order a language switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// Reads a language code ("fr", "en", any case, surrounding spaces ignored).
    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// The ISO 639-1 code, as used in `lang` attributes and page parameters.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Every text in this language.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::Fr => &fr::FR,
            Lang::En => &en::EN,
        }
    }
}
