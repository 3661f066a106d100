//! What a page asks of one widget: its starting request and which parts it shows.
//!
//! The same options come from a widget's `data-` attributes (or a `<pronote-delegation>` element's own), from
//! the JavaScript API's `options` object and from the page's query string (permalink); each source is read
//! through the one table of names, `OptionName`, into `WidgetOptions` first, so they obey the same rules and
//! none can miss an option another reads.

use std::convert::Infallible;

use crate::domain::error::Error;
use crate::domain::hosting::HostingKind;
use crate::domain::request::Request;
use crate::lang::Lang;

mod parts;
pub use parts::{Part, Parts};

/// One option of the widget contract. Its name is the same in every source: the attribute after `data-`
/// (or on `<pronote-delegation>`), the JavaScript API's field, the page's query parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionName {
    Ent,
    Hosting,
    Uai,
    Url,
    Lang,
    Presets,
    Show,
    Permalink,
    Spaces,
    Sync,
}

impl OptionName {
    /// Every option, in declaration order (the order the page address writes them in).
    pub const ALL: [OptionName; 10] = [
        OptionName::Ent,
        OptionName::Hosting,
        OptionName::Uai,
        OptionName::Url,
        OptionName::Lang,
        OptionName::Presets,
        OptionName::Show,
        OptionName::Permalink,
        OptionName::Spaces,
        OptionName::Sync,
    ];

    /// Their names, in `ALL`'s order: the list a JS object's fields are checked against. Made from `name`, so
    /// each spelling is written once, beside its option.
    pub const NAMES: [&'static str; 10] = {
        let mut names = [""; 10];
        let mut index = 0;
        while index < names.len() {
            names[index] = OptionName::ALL[index].name();
            index += 1;
        }
        names
    };

    /// The option's name in every source.
    pub const fn name(self) -> &'static str {
        match self {
            OptionName::Ent => "ent",
            OptionName::Hosting => "hosting",
            OptionName::Uai => "uai",
            OptionName::Url => "url",
            OptionName::Lang => "lang",
            OptionName::Presets => "presets",
            OptionName::Show => "show",
            OptionName::Permalink => "permalink",
            OptionName::Spaces => "spaces",
            OptionName::Sync => "sync",
        }
    }

    /// The option of that name, if the contract has one.
    pub fn named(name: &str) -> Option<OptionName> {
        OptionName::ALL.into_iter().find(|option| option.name() == name)
    }

    /// Whether the page address (the permalink) carries it: the reader's choices, not how the page set the
    /// widget up (its parts, presets file, group, the permalink itself).
    pub fn in_page_address(self) -> bool {
        matches!(
            self,
            OptionName::Ent
                | OptionName::Hosting
                | OptionName::Uai
                | OptionName::Url
                | OptionName::Lang
                | OptionName::Spaces
        )
    }

    /// Whether the option is a flag, on when given whatever its text (an attribute written bare, `true` in
    /// a JS object), rather than a text.
    pub fn is_flag(self) -> bool {
        self == OptionName::Permalink
    }
}

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

impl WidgetOptions {
    /// Sets one option as a source gives it: a text, or for a flag, the sign it is on.
    pub fn set(&mut self, option: OptionName, value: String) {
        let text = match option {
            OptionName::Ent => &mut self.ent,
            OptionName::Hosting => &mut self.hosting,
            OptionName::Uai => &mut self.uai,
            OptionName::Url => &mut self.url,
            OptionName::Lang => &mut self.lang,
            OptionName::Presets => &mut self.presets,
            OptionName::Show => &mut self.show,
            OptionName::Permalink => {
                self.permalink = Some(true);
                return;
            }
            OptionName::Spaces => &mut self.spaces,
            OptionName::Sync => &mut self.sync,
        };
        *text = Some(value);
    }

    /// Sets every option `source` gives (`source(option)` is what it holds for that option), keeping the
    /// others: how attributes, JS objects, the page address and the tests are all read.
    pub fn read(&mut self, mut source: impl FnMut(OptionName) -> Option<String>) {
        let Ok(()) = self.try_read(|option| Ok::<_, Infallible>(source(option)));
    }

    /// `read` from a source that can refuse an option (a JS object's field of the wrong type): the first
    /// refusal ends the reading.
    pub fn try_read<E>(&mut self, mut source: impl FnMut(OptionName) -> Result<Option<String>, E>) -> Result<(), E> {
        for option in OptionName::ALL {
            if let Some(value) = source(option)? {
                self.set(option, value);
            }
        }
        Ok(())
    }
}

/// What the page address (the permalink) keeps of `request`: `keep(option, value)` for each option it carries
/// that has a value (empty ones are left out, so links stay short), in the table's order. Read back through
/// `WidgetOptions`, it gives `request` again.
pub fn page_address(request: &Request, mut keep: impl FnMut(OptionName, &str)) {
    let spaces = request.spaces.changes();
    let values = [
        (OptionName::Ent, request.ent.as_deref().unwrap_or("")),
        (OptionName::Hosting, request.hosting.id()),
        (OptionName::Uai, request.uai.trim()),
        (OptionName::Url, request.url.trim()),
        (OptionName::Lang, request.lang.code()),
        (OptionName::Spaces, spaces.as_str()),
    ];
    for (option, value) in values {
        if !value.is_empty() {
            keep(option, value);
        }
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
