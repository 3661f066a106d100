//! A button that copies one text and has the outcome announced in the widget's live region.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::addresses::AddressSet;
use crate::domain::export::{self, Format};
use crate::domain::lang::Lang;
use crate::ui::announcer::Announcer;
use crate::ui::text::texts;
use crate::web::clipboard::{self, CopyOutcome};
use crate::web::json;
use web_sys::HtmlTextAreaElement;

/// What a copy button puts on the clipboard.
#[derive(Clone, PartialEq)]
pub enum CopyText {
    /// A text already on the page (an address).
    Shown(AttrValue),
    /// A whole export, written only when the button is pressed: writing all four on every keystroke
    /// would cost more than the rest of an update.
    Export(Format, Rc<AddressSet>),
}

impl CopyText {
    fn text(&self, lang: Lang) -> String {
        match self {
            CopyText::Shown(text) => text.to_string(),
            CopyText::Export(format, set) => match format {
                Format::Text => export::to_text(set, lang),
                Format::Markdown => export::to_markdown(set, lang),
                Format::Csv => export::to_csv(set, lang),
                Format::Json => json::export(set, lang),
            },
        }
    }
}

/// Props of `CopyButton`.
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// Where the outcome is said.
    pub announcer: Announcer,
    /// Exactly what goes on the clipboard.
    pub text: CopyText,
    /// What is copied, for screen readers ("Copy: Validation link").
    pub what: AttrValue,
    /// The id of the element showing the text, selected when no clipboard is available.
    pub shown_id: Option<AttrValue>,
    /// The button's visible word, when not the plain "Copy".
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    pub lang: Lang,
}

/// "Copy" for one address or one export.
#[function_component(CopyButton)]
pub fn copy_button(props: &CopyButtonProps) -> Html {
    let t = texts(props.lang);
    // An export is on the page nowhere else: when nothing can write to the clipboard, it is shown here,
    // selected, so "press Ctrl+C" is true for it too.
    // Kept with the text it came from, so a later keystroke never leaves a stale export on show.
    let unwritten = use_state(|| None::<(CopyText, AttrValue)>);
    let area = use_node_ref();
    {
        let area = area.clone();
        use_effect_with(unwritten.clone(), move |unwritten| {
            if unwritten.is_some() {
                if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                    let _ = area.focus();
                    area.select();
                }
            }
        });
    }
    let onclick = {
        let text = props.text.clone();
        let what = props.what.clone();
        let shown_id = props.shown_id.clone();
        let lang = props.lang;
        let unwritten = unwritten.clone();
        let announcer = props.announcer.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = text.clone();
            let text = text.text(lang);
            let what = what.clone();
            let shown = shown_id
                .as_ref()
                .and_then(|id| web_sys::window()?.document()?.get_element_by_id(id));
            let has_shown = shown.is_some();
            let announcer = announcer.clone();
            let unwritten = unwritten.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = clipboard::copy(&text, shown).await;
                if outcome == CopyOutcome::Selected && !has_shown {
                    unwritten.set(Some((copied, AttrValue::from(text))));
                }
                let t = texts(lang);
                let message = match outcome {
                    CopyOutcome::Copied => format!("{} — {what}", t.copied),
                    CopyOutcome::CopiedByFallback => format!("{what} — {}", t.copy_fallback_copied),
                    CopyOutcome::Selected => format!("{what} — {}", t.copy_fallback_selected),
                };
                announcer.announce(message);
            });
        })
    };
    let caption = props.caption.clone().unwrap_or(AttrValue::Static(t.copy));
    let label = format!("{} — {}", caption, props.what);
    html! {
        <>
            <button type="button" class="pd-copy" {onclick} aria-label={label.clone()}>
                { caption }
            </button>
            if let Some((_, text)) = (*unwritten).clone().filter(|(copied, _)| *copied == props.text) {
                <textarea ref={area} class="pd-copy-fallback" readonly=true aria-label={label} value={text} />
            }
        </>
    }
}
