//! The console's "Choix de la délégation en fonction de l'espace": one row per space, with its publish box
//! and delegation kind, and the Page commune rule applied where the reader can see it.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::delegation::{DelegationKind, SpaceSettings};
use crate::domain::lang::Lang;
use crate::domain::space::Space;
use crate::ui::ids::Ids;
use crate::ui::text::texts;

/// Props of `SpacesTable`.
#[derive(Properties, PartialEq)]
pub struct SpacesTableProps {
    pub ids: Ids,
    pub spaces: SpaceSettings,
    pub lang: Lang,
    pub on_published: Callback<(Space, bool)>,
    pub on_kind: Callback<(Space, DelegationKind)>,
}

const KINDS: [DelegationKind; 4] = [
    DelegationKind::Cas,
    DelegationKind::WsFederation,
    DelegationKind::EduConnect,
    DelegationKind::None,
];

/// The spaces and their delegation.
#[function_component(SpacesTable)]
pub fn spaces_table(props: &SpacesTableProps) -> Html {
    let ids = &props.ids;
    let t = texts(props.lang);
    let row = |space: Space| {
        let setting = props.spaces.get(space);
        let effective = props.spaces.effective_kind(space);
        let publish_id = ids.of(&format!("publish-{}", space.id()));
        let kind_id = ids.of(&format!("kind-{}", space.id()));
        let on_published = props.on_published.clone();
        let on_kind = props.on_kind.clone();
        let onchange_published = Callback::from(move |e: Event| {
            on_published.emit((space, e.target_unchecked_into::<HtmlInputElement>().checked()));
        });
        let onchange_kind = Callback::from(move |e: Event| {
            if let Some(kind) = DelegationKind::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                on_kind.emit((space, kind));
            }
        });
        let name = space.console_name(props.lang);
        html! {
            <tr data-space={space.id()}>
                <th scope="row" id={ids.of(&format!("space-{}", space.id()))}>{ name }</th>
                <td>
                    <input type="checkbox" id={publish_id} checked={setting.published} onchange={onchange_published}
                           aria-label={format!("{} — {}", t.publish, name)} />
                </td>
                <td>
                    <select id={kind_id} class="pd-select" disabled={!setting.published} onchange={onchange_kind}
                            aria-label={format!("{} — {}", t.delegation, name)}>
                        { for KINDS.iter().map(|kind| html! {
                            <option value={kind.id()} selected={setting.kind == *kind}>{ kind.label(props.lang) }</option>
                        }) }
                    </select>
                    if setting.published && effective != setting.kind {
                        <span class="pd-effective" data-effective-kind={effective.id()}>
                            { format!(" → {}", effective.label(props.lang)) }
                        </span>
                    }
                </td>
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
