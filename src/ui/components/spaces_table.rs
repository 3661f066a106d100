//! The console's "Choix de la délégation en fonction de l'espace": each space's publish box and delegation
//! list, with the Page commune rule applied where the reader can see it. They sit in the spaces table,
//! which becomes the editor when the reader asks, as the console's own table does.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::delegation::{DelegationKind, SpaceSettings};
use crate::domain::space::Space;
use crate::lang::Lang;
use crate::ui::ids::Ids;

/// What changes a space: the widget's ids and the two callbacks.
#[derive(Clone)]
pub struct SpaceControls {
    pub ids: Ids,
    pub on_published: Callback<(Space, bool)>,
    pub on_kind: Callback<(Space, DelegationKind)>,
}

/// The publish box of one space.
pub fn publish_control(space: Space, spaces: &SpaceSettings, controls: &SpaceControls, lang: Lang) -> Html {
    let t = lang.words();
    let on_published = controls.on_published.clone();
    let onchange = Callback::from(move |e: Event| {
        on_published.emit((space, e.target_unchecked_into::<HtmlInputElement>().checked()));
    });
    html! {
        <input type="checkbox" id={controls.ids.of(&format!("publish-{}", space.id()))}
               checked={spaces.get(space).published} {onchange}
               aria-label={format!("{} — {}", t.publish, space.console_name(lang))} />
    }
}

/// The delegation list of one space, and the kind it really gets when the Page commune rule overrules it.
pub fn kind_control(space: Space, spaces: &SpaceSettings, controls: &SpaceControls, lang: Lang) -> Html {
    let t = lang.words();
    let setting = spaces.get(space);
    let effective = spaces.effective_kind(space);
    let on_kind = controls.on_kind.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(kind) = DelegationKind::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
            on_kind.emit((space, kind));
        }
    });
    html! {
        <>
            <select id={controls.ids.of(&format!("kind-{}", space.id()))} class="pd-select"
                    disabled={!setting.published} {onchange}
                    aria-label={format!("{} — {}", t.delegation, space.console_name(lang))}>
                { for DelegationKind::ALL.iter().map(|kind| html! {
                    <option value={kind.id()} selected={setting.kind == *kind}>{ kind.label(lang) }</option>
                }) }
            </select>
            if setting.published && effective != setting.kind {
                <span class="pd-effective" data-effective-kind={effective.id()}>
                    { format!(" → {}", effective.label(lang)) }
                </span>
            }
        </>
    }
}
