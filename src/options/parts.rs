//! The parts of the widget a page shows (`data-show`): a procedure page shows each step's addresses where it
//! needs them. Each part is named once, in `Part::name`; `Parts` is the set a widget shows.

/// One part of the widget, in display order. Adding one: its variant, its line in `ALL` and `name`, whether
/// it is shown by default, and where the widget renders it (`ui/widget.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Form,
    Cas,
    Registry,
    Verify,
    Spaces,
    /// What the school's live PRONOTE publishes about itself (`InfoMobileApp.json`), against the
    /// configuration; built when opened.
    Published,
    Guidance,
    Exports,
    /// Reading a pasted address when the delegation fails, and the brief for the ENT's administrator.
    Diagnose,
    /// The author's embed code: not among the defaults (readers of a documentation page have no use for
    /// it); the standalone page asks for it.
    Embed,
    /// The console's steps: not among the defaults either (a procedure page writes its own steps around the
    /// widgets); the standalone page asks for it.
    Checklist,
}

impl Part {
    /// Every part, in display order (the order `show` is written back in).
    pub const ALL: [Part; 11] = [
        Part::Form,
        Part::Cas,
        Part::Registry,
        Part::Verify,
        Part::Spaces,
        Part::Published,
        Part::Guidance,
        Part::Exports,
        Part::Diagnose,
        Part::Embed,
        Part::Checklist,
    ];

    /// The part's `show` word.
    pub const fn name(self) -> &'static str {
        match self {
            Part::Form => "form",
            Part::Cas => "cas",
            Part::Registry => "registry",
            Part::Verify => "verify",
            Part::Spaces => "spaces",
            Part::Published => "published",
            Part::Guidance => "guidance",
            Part::Exports => "exports",
            Part::Diagnose => "diagnose",
            Part::Embed => "embed",
            Part::Checklist => "checklist",
        }
    }

    /// The part of that `show` word, if there is one.
    pub fn named(word: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|part| part.name() == word)
    }

    /// Whether a page that says nothing (or `all`) shows it.
    pub const fn shown_by_default(self) -> bool {
        !matches!(self, Part::Embed | Part::Checklist)
    }

    /// Its bit in `Parts`.
    const fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// The set of parts a widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts(u16);

impl Parts {
    /// Every part a page shows by default.
    pub const ALL: Parts = {
        let mut bits = 0;
        let mut index = 0;
        while index < Part::ALL.len() {
            if Part::ALL[index].shown_by_default() {
                bits |= Part::ALL[index].bit();
            }
            index += 1;
        }
        Parts(bits)
    };

    /// No part: what `show` starts from (and, left so, means every part).
    const NONE: Parts = Parts(0);

    /// Whether the part is shown.
    pub fn shows(self, part: Part) -> bool {
        self.0 & part.bit() != 0
    }

    /// Shows or hides the part.
    pub fn set(&mut self, part: Part, shown: bool) {
        if shown {
            self.0 |= part.bit();
        } else {
            self.0 &= !part.bit();
        }
    }

    /// These parts with one more shown or hidden.
    pub fn with(mut self, part: Part, shown: bool) -> Parts {
        self.set(part, shown);
        self
    }

    /// The `show` words of these parts, or `None` when they are the defaults (no attribute needed).
    pub fn show(self) -> Option<String> {
        (self != Parts::ALL).then(|| {
            Part::ALL
                .into_iter()
                .filter(|part| self.shows(*part))
                .map(Part::name)
                .collect::<Vec<_>>()
                .join(",")
        })
    }

    /// Reads `show`; an unknown word is returned so the page author hears of the typo.
    pub fn parse(show: &str) -> (Parts, Vec<String>) {
        let mut parts = Parts::NONE;
        let mut unknown = Vec::new();
        for word in show.split([',', ' ']).map(str::trim).filter(|w| !w.is_empty()) {
            match Part::named(word) {
                Some(part) => parts.set(part, true),
                // `all` is the defaults, kept with whatever else the page asked for (`all,embed`).
                None if word == "all" => parts.0 |= Parts::ALL.0,
                None => unknown.push(word.to_owned()),
            }
        }
        if parts == Parts::NONE {
            parts = Parts::ALL;
        }
        (parts, unknown)
    }
}
