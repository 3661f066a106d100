//! The console's "Choix de la délégation en fonction de l'espace": each space's publish box and delegation
//! list, with the Page commune rule applied where the reader can see it. The controls also serve the
//! spaces table of the results, which becomes this editor when the reader asks.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::delegation::{DelegationKind, SpaceSettings};
use crate::domain::lang::Lang;
use crate::domain::space::Space;
use crate::ui::ids::Ids;
use crate::ui::text::texts;

/// What changes a space: the widget's ids and the two callbacks.
#[derive(Clone, PartialEq)]
pub struct SpaceControls {
    pub ids: Ids,
    pub on_published: Callback<(Space, bool)>,
    pub on_kind: Callback<(Space, DelegationKind)>,
}

/// The publish box of one space.
pub fn publish_control(space: Space, spaces: &SpaceSettings, controls: &SpaceControls, lang: Lang) -> Html {
    let t = texts(lang);
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
    let t = texts(lang);
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

/// Props of `SpacesTable`.
#[derive(Properties, PartialEq)]
pub struct SpacesTableProps {
    pub spaces: SpaceSettings,
    pub lang: Lang,
    pub controls: SpaceControls,
}

/// The spaces and their delegation, for a widget that shows the form without the spaces table. A
/// component: keystrokes in the form re-render the widget, and equal props skip this table.
#[function_component(SpacesTable)]
pub fn spaces_table(props: &SpacesTableProps) -> Html {
    let t = texts(props.lang);
    let ids = &props.controls.ids;
    let row = |space: Space| {
        html! {
            <tr data-space={space.id()}>
                <th scope="row" id={ids.of(&format!("space-{}", space.id()))}>{ space.console_name(props.lang) }</th>
                <td>{ publish_control(space, &props.spaces, &props.controls, props.lang) }</td>
                <td>{ kind_control(space, &props.spaces, &props.controls, props.lang) }</td>
            </tr>
        }
    };
    html! {
        <fieldset class="pd-fieldset pd-spaces">
            <legend>{ t.spaces_legend }</legend>
            <p class="pd-hint">{ t.spaces_hint }</p>
            <div class="pd-table-scroll">
                <table class="pd-table">
                    <thead><tr><th scope="col">{ t.space }</th><th scope="col">{ t.publish }</th><th scope="col">{ t.delegation }</th></tr></thead>
                    <tbody>{ for Space::ALL.into_iter().map(row) }</tbody>
                </table>
            </div>
            if props.spaces.commune_fell_back() {
                <p class="pd-notice" data-warning="commune-fell-back">{ t.commune_fell_back }</p>
            }
        </fieldset>
    }
}
