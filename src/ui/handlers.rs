//! The widget's callbacks, each turning a reader's change into an `Action`. Made once per widget: a
//! callback made on every render compares unequal to the last one, and would re-render the ENT list and
//! the spaces table on every keystroke although nothing in them changed.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::browser::page::print_dialog;
use crate::domain::error::Field;
use crate::domain::hosting::HostingKind;
use crate::lang::Lang;
use crate::options::Part;
use crate::ui::announcer::Announcer;
use crate::ui::components::copy_button::Unwritten;
use crate::ui::components::spaces_table::SpaceControls;
use crate::ui::ids::Ids;
use crate::ui::published_part::PartAction;
use crate::ui::state::{Action, WidgetState};

/// Every callback the widget's parts are handed.
#[derive(Clone)]
pub struct Handlers {
    /// The language switch.
    pub lang: Callback<Lang>,
    /// An ENT chosen in the list (`None`: no ENT).
    pub ent: Callback<Option<String>>,
    /// The hosting choice and its one field (UAI or label, or the pasted address).
    pub hosting: Callback<HostingKind>,
    pub uai: Callback<String>,
    pub url: Callback<String>,
    /// The reader left a text field (its errors show from then on).
    pub left: Callback<Field>,
    /// A space published or not, and its delegation.
    pub spaces: SpaceControls,
    /// The spaces table's three buttons: QR codes, direct logins, the editor.
    pub qr_codes: Callback<MouseEvent>,
    pub direct_logins: Callback<MouseEvent>,
    pub spaces_editor: Callback<MouseEvent>,
    /// Diagnose opened or closed, and the address pasted into it.
    pub diagnose: Callback<MouseEvent>,
    pub pasted: Callback<String>,
    /// The embed part opened or closed, and a part ticked in it.
    pub embed: Callback<MouseEvent>,
    pub embed_part: Callback<(Part, bool)>,
    /// The print button: builds the sheet, then opens the print dialog once the sheet is rendered (a
    /// render waits for the click's handler to return, and `print()` blocks until the dialog closes).
    pub print: Callback<MouseEvent>,
    /// An export no clipboard took: shown in the exports part, focused and selected there once rendered,
    /// for Ctrl+C, and only then announced (the announcement says to press Ctrl+C).
    pub unwritten: Callback<Unwritten>,
    /// The widget's live region, which every copy button reports to.
    pub announcer: Rc<Announcer>,
    /// The published part opened or closed, and what is pasted into it.
    pub published: Callback<MouseEvent>,
    pub published_paste: Callback<String>,
}

impl Handlers {
    /// The callbacks of one widget, whose element ids start with `ids`.
    pub fn new(dispatcher: UseReducerDispatcher<WidgetState>, ids: Ids) -> Handlers {
        let toggle = |action: Action| {
            let dispatcher = dispatcher.clone();
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(action.clone()))
        };
        let area = ids.of(EXPORT_AREA);
        Handlers {
            lang: dispatching(&dispatcher, Action::Lang),
            ent: dispatching(&dispatcher, Action::Ent),
            hosting: dispatching(&dispatcher, Action::Hosting),
            uai: dispatching(&dispatcher, Action::Uai),
            url: dispatching(&dispatcher, Action::Url),
            left: dispatching(&dispatcher, Action::Left),
            spaces: SpaceControls {
                ids,
                on_published: dispatching(&dispatcher, |(space, on)| Action::Published(space, on)),
                on_kind: dispatching(&dispatcher, |(space, kind)| Action::Kind(space, kind)),
            },
            qr_codes: toggle(Action::ToggleQrCodes),
            direct_logins: toggle(Action::ToggleDirectLogins),
            spaces_editor: toggle(Action::ToggleSpacesEditor),
            diagnose: toggle(Action::ToggleDiagnose),
            pasted: dispatching(&dispatcher, Action::Pasted),
            embed: toggle(Action::ToggleEmbed),
            embed_part: dispatching(&dispatcher, |(part, shown)| Action::EmbedPart(part, shown)),
            print: {
                let dispatcher = dispatcher.clone();
                Callback::from(move |_: MouseEvent| {
                    dispatcher.dispatch(Action::OpenSheet);
                    Timeout::new(0, print_dialog).forget();
                })
            },
            unwritten: {
                let dispatcher = dispatcher.clone();
                Callback::from(move |(copied, text, message)| {
                    dispatcher.dispatch(Action::Unwritten((copied, text)));
                    let (area, dispatcher) = (area.clone(), dispatcher.clone());
                    // The render comes first (in this task's microtasks), then the focus, then the words.
                    Timeout::new(0, move || {
                        select_all(&area);
                        dispatcher.dispatch(Action::Announce(message));
                    })
                    .forget();
                })
            },
            announcer: Rc::new(Announcer(dispatching(&dispatcher, Action::Announce))),
            published: toggle(Action::PublishedPart(PartAction::Toggle)),
            published_paste: dispatching(&dispatcher, |text| Action::PublishedPart(PartAction::Pasted(text))),
        }
    }

    /// The widget's element ids.
    pub fn ids(&self) -> &Ids {
        &self.spaces.ids
    }
}

/// The name of the exports part's text area, under the widget's ids.
pub const EXPORT_AREA: &str = "export";

/// Focuses the text area of id `id` and selects all its text.
fn select_all(id: &str) {
    let area = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<HtmlTextAreaElement>().ok());
    if let Some(area) = area {
        let _ = area.focus();
        area.select();
    }
}

/// A callback dispatching `make(value)`.
fn dispatching<T: 'static>(dispatcher: &UseReducerDispatcher<WidgetState>, make: fn(T) -> Action) -> Callback<T> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |value| dispatcher.dispatch(make(value)))
}
