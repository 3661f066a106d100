//! A button that copies one text and has the outcome announced in the widget's live region.
//!
//! A view function, not a component: a widget shows some forty of these, and each component instance
//! costs Yew bookkeeping at the first render on top of about 1 KB of gzip wasm for the type.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::clipboard::{self, CopyOutcome};
use crate::browser::json;
use crate::domain::addresses::AddressSet;
use crate::domain::export::{self, Format};
use crate::lang::Lang;
use crate::ui::announcer::Announcer;

/// What a copy button puts on the clipboard.
#[derive(Clone, Debug, PartialEq)]
pub enum CopyText {
    /// A text already on the page (an address), in the element whose id is given: selected when no
    /// clipboard is available.
    Shown { text: AttrValue, id: AttrValue },
    /// A whole export, written only when the button is pressed: writing all four on every keystroke
    /// would cost more than the rest of an update.
    Export(Format, Rc<AddressSet>),
}

impl CopyText {
    /// The text itself.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            CopyText::Shown { text, .. } => text.to_string(),
            CopyText::Export(format, set) => match format {
                Format::Text => export::to_text(set, lang),
                Format::Markdown => export::to_markdown(set, lang),
                Format::Csv => export::to_csv(set, lang),
                Format::Json => json::export(set, lang),
            },
        }
    }
}

/// An export no clipboard took: what was copied, its text, and what the live region is to say once it
/// is shown selected.
pub type Unwritten = (CopyText, AttrValue, String);

/// A copy button: `what` is copied ("Validation link"), `caption` its visible word when not the plain
/// "Copy". `on_unwritten` receives a text no clipboard took and that is shown nowhere, so that it can be
/// shown selected for Ctrl+C, and the announcement with it, to be said once it is.
pub struct CopyButton<'a> {
    pub text: CopyText,
    pub what: AttrValue,
    pub caption: Option<&'static str>,
    pub lang: Lang,
    pub announcer: &'a Announcer,
    pub on_unwritten: Option<&'a Callback<Unwritten>>,
}

/// "Copy" for one address or one export.
pub fn copy_button(button: CopyButton<'_>) -> Html {
    let t = button.lang.words();
    let caption = button.caption.unwrap_or(t.copy);
    let label = [caption, " — ", &button.what].concat();
    let onclick = {
        let CopyButton { text, what, lang, .. } = button;
        let announcer = button.announcer.clone();
        let on_unwritten = button.on_unwritten.cloned();
        Callback::from(move |_: MouseEvent| {
            let copied = text.clone();
            let text = copied.text(lang);
            let what = what.clone();
            let shown = match &copied {
                CopyText::Shown { id, .. } => web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(id)),
                CopyText::Export(..) => None,
            };
            let has_shown = shown.is_some();
            let announcer = announcer.clone();
            let on_unwritten = on_unwritten.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = clipboard::copy(&text, shown).await;
                let t = lang.words();
                let message = match outcome {
                    CopyOutcome::Copied => format!("{} — {what}", t.copied),
                    CopyOutcome::CopiedByFallback => format!("{what} — {}", t.copy_fallback_copied),
                    CopyOutcome::Selected => format!("{what} — {}", t.copy_fallback_selected),
                };
                match on_unwritten.filter(|_| outcome == CopyOutcome::Selected && !has_shown) {
                    // "Press Ctrl+C" is said once the text is shown and selected.
                    Some(on_unwritten) => on_unwritten.emit((copied, AttrValue::from(text), message)),
                    None => announcer.announce(message),
                }
            });
        })
    };
    html! {
        <button type="button" class="pd-copy" {onclick} aria-label={label}>
            { caption }
        </button>
    }
}
