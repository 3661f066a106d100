//! "Intégrer": the code a documentation author pastes into a page to show the widget as configured here,
//! with the parts they tick, ready to copy, and where the widget's folder goes. Closed, it is one button.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::widget_base::widget_js_address;
use crate::domain::embed_snippet::embed_snippet;
use crate::domain::request::Request;
use crate::options::{Part, Parts};
use crate::ui::announcer::Announcer;
use crate::ui::components::copy_button::{copy_button, CopyButton, CopyText};
use crate::ui::ids::Ids;

/// What the embed part needs.
pub struct EmbedView<'a> {
    /// The id of the panel, which its toggle controls.
    pub panel: AttrValue,
    pub request: &'a Request,
    pub parts: Parts,
    pub ids: &'a Ids,
    pub announcer: &'a Announcer,
    pub on_part: &'a Callback<(Part, bool)>,
}

/// The open part: the parts to show, the code and where the widget's folder goes. A view function.
pub fn embed(view: EmbedView<'_>) -> Html {
    let lang = view.request.lang;
    let t = lang.words();
    let snippet = AttrValue::from(embed_snippet(
        &widget_js_address(),
        view.request,
        view.parts.show().as_deref(),
    ));
    let code = view.ids.of("embed-code");
    // The embed part itself is for authors, never for a documentation page's readers.
    let parts = Part::ALL.into_iter().filter(|part| *part != Part::Embed);
    let part = |part: Part| {
        let word = part.name();
        let id = view.ids.of(&format!("embed-{word}"));
        let on_part = view.on_part.clone();
        let onchange = Callback::from(move |e: Event| {
            on_part.emit((part, e.target_unchecked_into::<HtmlInputElement>().checked()))
        });
        html! {
            <label class="pd-choice" for={id.clone()}>
                <input type="checkbox" id={id} value={word} checked={view.parts.shows(part)} {onchange} />
                { word }
            </label>
        }
    };
    html! {
            <div id={view.panel} class="pd-panel pd-embed">
                <fieldset class="pd-fieldset">
                    <legend>{ t.embed_parts }</legend>
                    { for parts.map(part) }
                </fieldset>
                <p>{ t.embed_code }</p>
                <pre class="pd-snippet"><code id={code.clone()} data-snippet="embed">{ snippet.clone() }</code></pre>
                { copy_button(CopyButton {
                    text: CopyText::Shown { text: snippet, id: code },
                    what: AttrValue::from(t.embed_code),
                    caption: None,
                    lang,
                    announcer: view.announcer,
                    on_unwritten: None,
                }) }
                <p class="pd-hint">{ t.embed_note }</p>
            </div>
    }
}
