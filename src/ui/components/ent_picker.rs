//! "Mon ENT": a search box filtering a native list of presets (keyboard-usable as it is), and where the
//! chosen preset's addresses come from.

use std::rc::Rc;

use web_sys::{HtmlDetailsElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::error::{Error, Field};
use crate::domain::lang::Lang;
use crate::domain::preset::{Origin, Preset};
use crate::ui::components::messages::field_errors;
use crate::ui::ids::Ids;
use crate::ui::text::texts;

/// Props of `EntPicker`.
#[derive(Properties, PartialEq)]
pub struct EntPickerProps {
    pub ids: Ids,
    pub catalogue: Rc<Catalogue>,
    pub selected: Option<String>,
    pub errors: Vec<Error>,
    pub presets_loading: bool,
    pub lang: Lang,
    pub on_select: Callback<Option<String>>,
}

/// The ENT picker.
#[function_component(EntPicker)]
pub fn ent_picker(props: &EntPickerProps) -> Html {
    let ids = &props.ids;
    let t = texts(props.lang);
    let query = use_state(String::new);
    // The provenance is built only once opened: closed, it would still cost some twenty elements.
    let provenance_open = use_state(|| false);
    let matches: Vec<&Preset> = if query.trim().is_empty() {
        props.catalogue.presets().iter().collect()
    } else {
        props.catalogue.search(&query)
    };
    let selected = props.selected.as_deref().and_then(|id| props.catalogue.get(id));
    // The chosen ENT stays in the list even when the search no longer matches it.
    let selected_hidden = selected.filter(|s| !matches.iter().any(|m| m.id == s.id));

    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    // Enter in the search box takes the first match: search, Enter, done.
    let onkeydown = {
        let on_select = props.on_select.clone();
        let first = matches.first().map(|p| p.id.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                if let Some(id) = first.clone() {
                    on_select.emit(Some(id));
                }
            }
        })
    };
    let onchange = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_select.emit(if value.is_empty() { None } else { Some(value) });
        })
    };
    let option = |preset: &Preset| {
        let is_selected = props.selected.as_deref() == Some(preset.id.as_str());
        html! {
            <option value={preset.id.clone()} selected={is_selected}>
                { format!("{} — {}", preset.name, preset.region) }
            </option>
        }
    };
    let errors_id = ids.of("ent-errors");
    html! {
        <fieldset class="pd-fieldset pd-ent">
            <legend>{ t.ent_legend }</legend>
            <label for={ids.of("ent-search")}>{ t.ent_search }</label>
            <input id={ids.of("ent-search")} type="search" class="pd-input" value={(*query).clone()}
                   autocomplete="off" aria-describedby={ids.of("ent-search-hint")}
                   aria-controls={ids.of("ent-list")} {oninput} {onkeydown} />
            <p id={ids.of("ent-search-hint")} class="pd-hint">{ t.ent_search_hint }</p>
            <label for={ids.of("ent-list")}>{ t.ent_list }</label>
            <select id={ids.of("ent-list")} class="pd-select" data-field="ent" {onchange}
                    aria-describedby={errors_id.clone()}>
                <option value="" selected={props.selected.is_none()}>{ t.ent_none }</option>
                { for selected_hidden.into_iter().map(option) }
                { for matches.iter().copied().map(option) }
            </select>
            <p class="pd-hint" aria-live="polite">
                { if matches.is_empty() { t.ent_no_match.to_owned() } else { format!("{} {}", matches.len(), t.ent_matches) } }
            </p>
            if props.presets_loading {
                <p class="pd-hint">{ t.presets_loading }</p>
            }
            { field_errors(&props.errors, Some(Field::Ent), props.lang, errors_id) }
            { field_errors(&props.errors, Some(Field::Presets), props.lang, ids.of("presets-errors")) }
            if let Some(label) = selected.and_then(|preset| preset.console_label.as_ref()) {
                <p class="pd-hint" data-console-label="">
                    { props.lang.pick(format!("{} : « {label} »", t.in_console), format!("{}: “{label}”", t.in_console)) }
                </p>
            }
            if let Some(preset) = selected {
                { preset_provenance(preset, props.lang, &provenance_open) }
            }
        </fieldset>
    }
}

/// Where the chosen preset's addresses come from, and any disagreement between its sources. A view
/// function, not a component: it has no state of its own (see `guidance`).
fn preset_provenance(preset: &Preset, lang: Lang, open: &UseStateHandle<bool>) -> Html {
    let t = texts(lang);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<HtmlDetailsElement>().open()))
    };
    html! {
        <details class="pd-provenance" open={**open} {ontoggle}>
            <summary>{ format!("{} — {}", preset.name, preset.family.label(lang)) }</summary>
            if **open {
            <dl>
                <dt>{ t.ent_region }</dt><dd>{ preset.region.clone() }</dd>
                <dt>{ t.ent_family }</dt><dd>{ preset.family.label(lang) }</dd>
                <dt>{ t.ent_validation }</dt>
                <dd>{ if preset.validation_origin == Origin::Derived { t.ent_validation_derived } else { t.ent_validation_seen } }</dd>
                if let Some(notes) = preset.notes.as_ref() {
                    <dt>{ t.ent_notes }</dt><dd>{ notes.clone() }</dd>
                }
                if let Some(disagreement) = preset.disagreement.as_ref() {
                    <dt class="pd-disagreement">{ t.ent_disagreement }</dt>
                    <dd class="pd-disagreement">{ disagreement.clone() }</dd>
                }
                <dt>{ t.ent_sources }</dt>
                <dd><ul>{ for preset.sources.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul></dd>
            </dl>
            }
        </details>
    }
}
