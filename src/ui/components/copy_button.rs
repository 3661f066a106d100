//! A button that copies one text and has the outcome announced in the widget's live region.

use yew::prelude::*;

use crate::domain::lang::Lang;
use crate::ui::announcer::Announcer;
use crate::ui::text::texts;
use crate::web::clipboard::{self, CopyOutcome};

/// Props of `CopyButton`.
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// Exactly what goes on the clipboard.
    pub text: AttrValue,
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
    let announcer = use_context::<Announcer>();
    let t = texts(props.lang);
    let onclick = {
        let text = props.text.clone();
        let what = props.what.clone();
        let shown_id = props.shown_id.clone();
        let lang = props.lang;
        Callback::from(move |_: MouseEvent| {
            let text = text.clone();
            let what = what.clone();
            let shown = shown_id
                .as_ref()
                .and_then(|id| web_sys::window()?.document()?.get_element_by_id(id));
            let announcer = announcer.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = clipboard::copy(&text, shown).await;
                let t = texts(lang);
                let message = match outcome {
                    CopyOutcome::Copied => format!("{} — {what}", t.copied),
                    CopyOutcome::CopiedByFallback => format!("{what} — {}", t.copy_fallback_copied),
                    CopyOutcome::Selected => format!("{what} — {}", t.copy_fallback_selected),
                };
                if let Some(announcer) = announcer {
                    announcer.announce(message);
                }
            });
        })
    };
    let caption = props.caption.clone().unwrap_or(AttrValue::Static(t.copy));
    html! {
        <button type="button" class="pd-copy" {onclick} aria-label={format!("{} — {}", caption, props.what)}>
            { caption }
        </button>
    }
}
