//! The frame every part of the results shares: a section named by its heading, a hint, then its body.

use yew::prelude::*;

use crate::ui::ids::Ids;

/// A part of the results (classes `pd-group` and `class`), with its heading and, when given, a hint under it.
pub fn group(class: &'static str, heading: &'static str, hint: Option<&'static str>, body: Html) -> Html {
    html! {
        // A plain text rather than `classes!`: its set type would cost about 0.7 KB of gzip wasm.
        <section class={["pd-group ", class].concat()} aria-label={heading}>
            <h3 class="pd-group-heading">{ heading }</h3>
            if let Some(hint) = hint {
                <p class="pd-hint">{ hint }</p>
            }
            { body }
        </section>
    }
}

/// A part built only once opened (diagnose, embed): closed, it costs its toggle button alone; open,
/// `panel` builds what the button opens, given its id. `panel` is a trait object so that each part does
/// not compile its own copy of the button.
pub fn toggled_part(
    part: &'static str,
    open: bool,
    ids: &Ids,
    onclick: &Callback<MouseEvent>,
    caption: &'static str,
    panel: &dyn Fn(AttrValue) -> Html,
) -> Html {
    let id = ids.of(part);
    let toggle = html! {
        <button type="button" class="pd-part-toggle" data-part={part} aria-expanded={open.to_string()}
                aria-controls={id.clone()} onclick={onclick.clone()}>
            { caption }
        </button>
    };
    if !open {
        return toggle;
    }
    html! { <>{ toggle }{ panel(id) }</> }
}
