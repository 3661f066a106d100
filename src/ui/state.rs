//! The widget's state and the actions that change it (the reducer of `Widget`).

use std::rc::Rc;

use yew::{AttrValue, Reducible};

use crate::browser::builtin_catalogue::builtin_catalogue;
use crate::domain::catalogue::Catalogue;
use crate::domain::delegation::DelegationKind;
use crate::domain::error::{Error, Field};
use crate::domain::hosting::HostingKind;
use crate::domain::request::Request;
use crate::domain::space::Space;
use crate::lang::Lang;
use crate::options::{Part, Parts, WidgetConfig};
use crate::ui::attention::Attention;
use crate::ui::components::copy_button::CopyText;
use crate::ui::published_part::{PartAction, PublishedPart};

/// What one widget holds; the addresses are derived from it on render, never stored.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetState {
    pub request: Request,
    pub catalogue: Rc<Catalogue>,
    /// Bumped whenever `catalogue` changes, so memoised computations know to recompute.
    pub catalogue_generation: u32,
    /// Entries of the page's presets file that were rejected, with their reasons.
    pub presets_errors: Rc<Vec<Error>>,
    pub presets_loading: bool,
    /// The last change came from another widget of the sync group: it must not be sent back, or a
    /// slower echo of an older request would overwrite what the reader has typed since.
    pub from_sync: bool,
    /// What the reader has opened in the spaces table (not part of the request: what one widget shows
    /// is not a choice the others follow).
    pub table: TableToggles,
    /// Whether the diagnose part is open (its input and findings are built only then).
    pub diagnose_open: bool,
    /// The address pasted into the diagnose part, as typed.
    pub pasted: String,
    /// Whether the embed part is open.
    pub embed_open: bool,
    /// The parts the author's embed code asks for.
    pub embed_parts: Parts,
    /// What the reader has done in the UAI and address fields: when their errors show (#25).
    pub uai_attention: Attention,
    pub url_attention: Attention,
    /// Whether the printed sheet is built (`components/sheet.rs`): from the first print on.
    pub sheet_open: bool,
    /// The published part: opened or not, its field, the school's file read.
    pub published: PublishedPart,
    /// The last export no clipboard took, with its text: the exports part shows it, selected.
    pub unwritten: Option<(CopyText, AttrValue)>,
    /// What the widget's live region says now (`ui/announcer.rs`).
    pub announcement: String,
}

impl WidgetState {
    /// A widget's first state: the page's request, the built-in presets (the page's presets file, if any,
    /// is on its way), every part closed.
    pub fn new(config: &WidgetConfig) -> WidgetState {
        WidgetState {
            request: config.request.clone(),
            catalogue: builtin_catalogue(),
            catalogue_generation: 0,
            presets_errors: Rc::new(Vec::new()),
            presets_loading: config.presets_url.is_some(),
            from_sync: false,
            table: TableToggles::default(),
            diagnose_open: false,
            pasted: String::new(),
            embed_open: false,
            embed_parts: Parts::ALL,
            published: PublishedPart::default(),
            uai_attention: Attention::from_page(&config.request.uai),
            url_attention: Attention::from_page(&config.request.url),
            sheet_open: false,
            unwritten: None,
            announcement: String::new(),
        }
    }

    /// Whether `error` is shown now: an error about a text field waits for the reader to act on it
    /// (`ui/attention.rs`); the others show at once.
    pub fn shows_error(&self, error: &Error) -> bool {
        match error.field() {
            Field::Uai => self.uai_attention.shows_error(&self.request.uai),
            Field::Url => self.url_attention.shows_error(&self.request.url),
            _ => true,
        }
    }

    /// Whether the chosen ENT is one the catalogue knows.
    pub fn has_ent(&self) -> bool {
        self.request
            .ent
            .as_deref()
            .is_some_and(|id| self.catalogue.get(id).is_some())
    }
}

/// What the spaces table shows beyond each space's two addresses; each costs elements, so each waits
/// for the reader to ask.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableToggles {
    /// The QR codes of the mobile addresses.
    pub qr_codes: bool,
    /// Each space's direct-login address (`?login=true`).
    pub direct_logins: bool,
    /// The publish boxes and delegation lists, in place of their values.
    pub editing: bool,
}

/// Every change a reader (or the page) can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Another widget of the same sync group changed.
    Replace(Request),
    Lang(Lang),
    Ent(Option<String>),
    Hosting(HostingKind),
    /// The reader typed in the UAI field, or in the address field.
    Uai(String),
    Url(String),
    /// The reader left a text field.
    Left(Field),
    Published(Space, bool),
    Kind(Space, DelegationKind),
    PresetsLoaded {
        catalogue: Rc<Catalogue>,
        errors: Vec<Error>,
    },
    PresetsFailed(Error),
    /// Shows or hides the QR codes of the mobile addresses.
    ToggleQrCodes,
    /// Shows or hides the spaces' direct-login addresses.
    ToggleDirectLogins,
    /// Turns the spaces table's publish and delegation cells into controls, or back.
    ToggleSpacesEditor,
    /// Opens or closes the diagnose part.
    ToggleDiagnose,
    /// The address pasted into the diagnose part.
    Pasted(String),
    /// Opens or closes the embed part.
    ToggleEmbed,
    /// Adds a part to the embed code, or removes it.
    EmbedPart(Part, bool),
    /// The reader prints (the print button, or the browser's own command): the sheet is built.
    OpenSheet,
    /// A change to the published part.
    PublishedPart(PartAction),
    /// An export no clipboard took, and its text.
    Unwritten((CopyText, AttrValue)),
    /// A message for the widget's live region.
    Announce(String),
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if let Action::PublishedPart(action) = action {
            // Most of its actions (a late answer, a school changed with nothing read) change nothing.
            return match self.published.after(action) {
                Some(published) => Rc::new(WidgetState {
                    published,
                    from_sync: false,
                    ..(*self).clone()
                }),
                None => self,
            };
        }
        let mut next = (*self).clone();
        next.from_sync = false;
        match action {
            Action::Replace(request) => {
                if request == next.request {
                    return self;
                }
                next.request = request;
                next.from_sync = true;
            }
            Action::Lang(lang) => next.request.lang = lang,
            Action::Ent(ent) => next.request.ent = ent,
            Action::Hosting(kind) => next.request.hosting = kind,
            Action::Uai(uai) => {
                next.request.uai = uai;
                next.uai_attention.typed = true;
            }
            Action::Url(url) => {
                next.request.url = url;
                next.url_attention.typed = true;
            }
            Action::Left(field) => {
                let attention = match field {
                    Field::Uai => &mut next.uai_attention,
                    Field::Url => &mut next.url_attention,
                    _ => return self,
                };
                // Left again: nothing to render (a render would also put back the state's value over a
                // field's text changed without an input event).
                if attention.left {
                    return self;
                }
                attention.left = true;
            }
            Action::Published(space, published) => {
                let mut setting = next.request.spaces.get(space);
                setting.published = published;
                next.request.spaces.set(space, setting);
            }
            Action::Kind(space, kind) => {
                let mut setting = next.request.spaces.get(space);
                setting.kind = kind;
                next.request.spaces.set(space, setting);
            }
            Action::PresetsLoaded { catalogue, errors } => {
                next.catalogue = catalogue;
                next.catalogue_generation += 1;
                next.presets_errors = Rc::new(errors);
                next.presets_loading = false;
            }
            Action::ToggleQrCodes => next.table.qr_codes = !next.table.qr_codes,
            Action::ToggleDirectLogins => next.table.direct_logins = !next.table.direct_logins,
            Action::ToggleSpacesEditor => next.table.editing = !next.table.editing,
            Action::ToggleDiagnose => next.diagnose_open = !next.diagnose_open,
            Action::Pasted(pasted) => next.pasted = pasted,
            Action::ToggleEmbed => next.embed_open = !next.embed_open,
            Action::EmbedPart(part, shown) => next.embed_parts.set(part, shown),
            Action::OpenSheet if next.sheet_open => return self,
            Action::OpenSheet => next.sheet_open = true,
            Action::Unwritten(shown) => next.unwritten = Some(shown),
            Action::Announce(message) => next.announcement = message,
            Action::PresetsFailed(error) => {
                next.presets_errors = Rc::new(vec![error]);
                next.presets_loading = false;
            }
            Action::PublishedPart(_) => {}
        }
        Rc::new(next)
    }
}
