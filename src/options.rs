//! What a page asks of one widget: its starting request and which parts it shows.
//!
//! The same options come from a widget's `data-` attributes, from the page's query string (permalink) and
//! from the JavaScript API's `options` object; all three are read into `WidgetOptions` first, so they obey
//! the same rules.

use crate::domain::error::Error;
use crate::domain::hosting::HostingKind;
use crate::domain::request::Request;
use crate::lang::Lang;

/// Options as a page writes them (all strings, all optional).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetOptions {
    pub ent: Option<String>,
    pub hosting: Option<String>,
    pub uai: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
    /// Address of a JSON file of extra or corrected presets.
    pub presets: Option<String>,
    /// Which parts to show (`form`, `cas`, `registry`, `verify`, `spaces`, `guidance`, `exports`, `diagnose`,
    /// `embed`; default all but `embed`).
    pub show: Option<String>,
    /// Keep the state in the page's own address (the standalone page does).
    pub permalink: Option<bool>,
    /// Non-default space settings, as written by the permalink (`academie-off,eleve-educonnect`).
    pub spaces: Option<String>,
    /// Widgets of one page sharing this group name follow one another's choices.
    pub sync: Option<String>,
}

/// The parts of the widget a page shows: a procedure page shows each step's addresses where it needs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts {
    pub form: bool,
    pub cas: bool,
    pub registry: bool,
    pub verify: bool,
    pub spaces: bool,
    pub guidance: bool,
    pub exports: bool,
    /// Reading a pasted address when the delegation fails, and the brief for the ENT's administrator.
    pub diagnose: bool,
    /// The author's embed code: not among the defaults (readers of a documentation page have no use for
    /// it); the standalone page asks for it.
    pub embed: bool,
}

impl Parts {
    /// Every part a page shows by default.
    pub const ALL: Parts = Parts {
        form: true,
        cas: true,
        registry: true,
        verify: true,
        spaces: true,
        guidance: true,
        exports: true,
        diagnose: true,
        embed: false,
    };

    /// No part: what `show` starts from (and, left so, means every part).
    const NONE: Parts = Parts {
        form: false,
        cas: false,
        registry: false,
        verify: false,
        spaces: false,
        guidance: false,
        exports: false,
        diagnose: false,
        embed: false,
    };

    /// Every `show` word but `all`, in display order.
    pub const WORDS: [&'static str; 9] = [
        "form", "cas", "registry", "verify", "spaces", "guidance", "exports", "diagnose", "embed",
    ];

    /// The flag of a `show` word.
    fn flag(&mut self, word: &str) -> Option<&mut bool> {
        Some(match word {
            "form" => &mut self.form,
            "cas" => &mut self.cas,
            "registry" => &mut self.registry,
            "verify" => &mut self.verify,
            "spaces" => &mut self.spaces,
            "guidance" => &mut self.guidance,
            "exports" => &mut self.exports,
            "diagnose" => &mut self.diagnose,
            "embed" => &mut self.embed,
            _ => return None,
        })
    }

    /// Whether the part named by a `show` word is shown (an unknown word is not).
    pub fn shows(mut self, word: &str) -> bool {
        self.flag(word).is_some_and(|flag| *flag)
    }

    /// Shows or hides the part named by a `show` word (an unknown word changes nothing).
    pub fn set(&mut self, word: &str, shown: bool) {
        if let Some(flag) = self.flag(word) {
            *flag = shown;
        }
    }

    /// The `show` words of these parts, or `None` when they are the defaults (no attribute needed).
    pub fn show(self) -> Option<String> {
        (self != Parts::ALL).then(|| {
            Parts::WORDS
                .into_iter()
                .filter(|word| self.shows(word))
                .collect::<Vec<_>>()
                .join(",")
        })
    }

    /// Reads `show`; an unknown word is returned so the page author hears of the typo.
    pub fn parse(show: &str) -> (Parts, Vec<String>) {
        let mut parts = Parts::NONE;
        let mut unknown = Vec::new();
        for word in show.split([',', ' ']).map(str::trim).filter(|w| !w.is_empty()) {
            match parts.flag(word) {
                Some(flag) => *flag = true,
                None if word == "all" => {
                    parts = Parts {
                        embed: parts.embed,
                        ..Parts::ALL
                    }
                }
                None => unknown.push(word.to_owned()),
            }
        }
        if parts == Parts::NONE {
            parts = Parts::ALL;
        }
        (parts, unknown)
    }
}

/// A widget's whole configuration, read from `WidgetOptions`.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetConfig {
    pub request: Request,
    pub parts: Parts,
    pub permalink: bool,
    pub presets_url: Option<String>,
    pub sync_group: Option<String>,
    /// Options that could not be read, shown next to the field they concern.
    pub errors: Vec<Error>,
    /// Unknown words in `show`, reported to the page author's console.
    pub unknown_parts: Vec<String>,
}

impl WidgetConfig {
    /// Reads the options; bad values become errors, never panics.
    pub fn from_options(options: &WidgetOptions) -> WidgetConfig {
        let mut request = Request::default();
        let mut errors = Vec::new();
        if let Some(lang) = options.lang.as_deref() {
            request.lang = Lang::parse(lang).unwrap_or_default();
        }
        if let Some(hosting) = options.hosting.as_deref().map(str::trim).filter(|h| !h.is_empty()) {
            match HostingKind::parse(hosting) {
                Some(kind) => request.hosting = kind,
                None => errors.push(Error::UnknownHosting {
                    value: hosting.to_owned(),
                }),
            }
        }
        request.ent = options
            .ent
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(str::to_owned);
        request.uai = options.uai.clone().unwrap_or_default();
        request.url = options.url.clone().unwrap_or_default();
        if options.hosting.is_none() && !request.url.trim().is_empty() && request.uai.trim().is_empty() {
            // A page that gives only an address means a self-hosted server.
            request.hosting = HostingKind::Custom;
        }
        if let Some(spaces) = options.spaces.as_deref() {
            request.spaces = crate::domain::delegation::SpaceSettings::parse_changes(spaces);
        }
        let (parts, unknown_parts) = options
            .show
            .as_deref()
            .map(Parts::parse)
            .unwrap_or((Parts::ALL, Vec::new()));
        WidgetConfig {
            request,
            parts,
            permalink: options.permalink.unwrap_or(false),
            presets_url: options.presets.clone().filter(|p| !p.trim().is_empty()),
            sync_group: options.sync.clone().filter(|s| !s.trim().is_empty()),
            errors,
            unknown_parts,
        }
    }
}
