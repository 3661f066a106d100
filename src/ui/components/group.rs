//! The frame every part of the results shares: a section named by its heading, a hint, then its body.

use yew::prelude::*;

/// A part of the results (classes `pd-group` and `class`), with its heading and, when given, a hint under it.
pub fn group(class: &'static str, heading: &'static str, hint: Option<&'static str>, body: Html) -> Html {
    html! {
        // A plain text rather than `classes!`: its set type would cost about 0.7 KB of gzip wasm.
        <section class={format!("pd-group {class}")} aria-label={heading}>
            <h3 class="pd-group-heading">{ heading }</h3>
            if let Some(hint) = hint {
                <p class="pd-hint">{ hint }</p>
            }
            { body }
        </section>
    }
}

/// The button that opens a part built only once opened (diagnose, embed): closed, the part costs this one
/// element. `panel` is the id of what it opens.
pub fn part_toggle(
    part: &'static str,
    open: bool,
    panel: &AttrValue,
    onclick: &Callback<MouseEvent>,
    caption: &'static str,
) -> Html {
    html! {
        <button type="button" class="pd-part-toggle" data-part={part} aria-expanded={open.to_string()}
                aria-controls={panel.clone()} onclick={onclick.clone()}>
            { caption }
        </button>
    }
}
