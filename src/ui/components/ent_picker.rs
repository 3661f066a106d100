//! "Mon ENT": a search box filtering a native list of presets (keyboard-usable as it is), and where the
//! chosen preset's addresses come from.

use std::rc::Rc;

use web_sys::{HtmlDetailsElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser::provenance_file::{self, ProvenanceFile};
use crate::domain::catalogue::Catalogue;
use crate::domain::error::{Error, Field};
use crate::domain::preset::{Origin, Preset, Provenance, Status};
use crate::lang::typography::fill;
use crate::lang::Lang;
use crate::ui::components::messages::field_errors;
use crate::ui::ids::Ids;

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

/// The search box's typing and Enter (which takes the first match: search, Enter, done), and the list's
/// choice.
fn search_callbacks(
    picker: &UseReducerHandle<Picker>,
    first: Option<&Preset>,
    on_select: &Callback<Option<String>>,
) -> (Callback<InputEvent>, Callback<KeyboardEvent>, Callback<Event>) {
    let oninput = {
        let picker = picker.dispatcher();
        Callback::from(move |e: InputEvent| {
            picker.dispatch(PickerAction::Typed(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let onkeydown = {
        let on_select = on_select.clone();
        let first = first.map(|p| p.id.clone());
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
        let on_select = on_select.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_select.emit(if value.is_empty() { None } else { Some(value) });
        })
    };
    (oninput, onkeydown, onchange)
}

/// The ENT picker.
#[function_component(EntPicker)]
pub fn ent_picker(props: &EntPickerProps) -> Html {
    let ids = &props.ids;
    let t = props.lang.words();
    let picker = use_reducer(Picker::default);
    let query = &picker.query;
    // A merged ENT is no longer one: it is found by its old names, not listed among the ENTs.
    let matches: Vec<&Preset> = if query.trim().is_empty() {
        props
            .catalogue
            .presets()
            .iter()
            .filter(|preset| preset.status != Status::Merged)
            .collect()
    } else {
        props.catalogue.search(query)
    };
    let selected = props.selected.as_deref().and_then(|id| props.catalogue.get(id));
    // The chosen ENT stays in the list even when the search no longer matches it.
    let selected_hidden = selected.filter(|s| !matches.iter().any(|m| m.id == s.id));

    let (oninput, onkeydown, onchange) = search_callbacks(&picker, matches.first().copied(), &props.on_select);
    let option = |preset: &Preset| {
        let is_selected = props.selected.as_deref() == Some(preset.id.as_str());
        html! {
            <option value={preset.id.clone()} selected={is_selected}>
                { [&*preset.name, " — ", &preset.region].concat() }
            </option>
        }
    };
    let errors_id = ids.of("ent-errors");
    html! {
        <fieldset class="pd-fieldset pd-ent">
            <legend>{ t.ent_legend }</legend>
            <label for={ids.of("ent-search")}>{ t.ent_search }</label>
            <input id={ids.of("ent-search")} type="search" class="pd-input" value={query.clone()}
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
                { if matches.is_empty() { t.ent_no_match.to_owned() } else { fill(t.ent_matches, &[("count", &matches.len().to_string())]) } }
            </p>
            if props.presets_loading {
                <p class="pd-hint">{ t.presets_loading }</p>
            }
            { field_errors(&props.errors, Some(Field::Ent), props.lang, errors_id) }
            { field_errors(&props.errors, Some(Field::Presets), props.lang, ids.of("presets-errors")) }
            if let Some(label) = selected.and_then(|preset| preset.console_label.as_ref()) {
                <p class="pd-hint" data-console-label="">
                    { fill(t.ent_in_console, &[("label", label)]) }
                </p>
            }
            if let Some(preset) = selected {
                { preset_provenance(preset, props.lang, &picker) }
            }
        </fieldset>
    }
}

/// The picker's own state: the search typed, whether the chosen preset's details are open (they are
/// built only then: closed, they would still cost some twenty elements), and the built-ins' provenance
/// file once fetched (`None` while it is on its way). One reducer: a fetch ending never reopens details
/// closed meanwhile, and one hook costs less wasm than three states.
#[derive(Default)]
struct Picker {
    query: String,
    open: bool,
    file: Option<Result<ProvenanceFile, String>>,
}

/// What changes the picker's state.
enum PickerAction {
    Typed(String),
    Toggled(bool),
    Fetched(Result<ProvenanceFile, String>),
}

impl Reducible for Picker {
    type Action = PickerAction;

    fn reduce(self: Rc<Self>, action: PickerAction) -> Rc<Self> {
        let mut next = Picker {
            query: self.query.clone(),
            open: self.open,
            file: self.file.clone(),
        };
        match action {
            PickerAction::Typed(query) => next.query = query,
            PickerAction::Toggled(open) => next.open = open,
            PickerAction::Fetched(file) => next.file = Some(file),
        }
        Rc::new(next)
    }
}

/// Where the chosen preset's addresses come from, and any disagreement between its sources: built when
/// opened (closed, it would still cost some twenty elements), from the preset itself or, for a built-in
/// one, from `provenance.json` fetched then. A failed fetch says so in place; the addresses never wait.
fn preset_provenance(preset: &Preset, lang: Lang, details: &UseReducerHandle<Picker>) -> Html {
    let t = lang.words();
    let ontoggle = {
        let dispatcher = details.dispatcher();
        let fetch = preset.provenance.is_none() && details.file.is_none();
        Callback::from(move |e: Event| {
            let opened = e.target_unchecked_into::<HtmlDetailsElement>().open();
            dispatcher.dispatch(PickerAction::Toggled(opened));
            if opened && fetch {
                let dispatcher = dispatcher.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    dispatcher.dispatch(PickerAction::Fetched(provenance_file::load().await))
                });
            }
        })
    };
    let provenance: Result<Option<&Provenance>, Html> = match (&preset.provenance, &details.file) {
        (Some(own), _) => Ok(Some(own)),
        (None, None) => Err(html! { <p class="pd-hint">{ t.ent_provenance_loading }</p> }),
        (None, Some(Err(why))) => Err(html! {
            <p class="pd-notice" data-provenance-error="">{ format!("{} ({why})", t.ent_provenance_failed) }</p>
        }),
        (None, Some(Ok(file))) => Ok(file.iter().find(|(id, _)| *id == preset.id).map(|(_, p)| p)),
    };
    html! {
        <details class="pd-provenance" open={details.open} {ontoggle}>
            <summary>{ [&*preset.name, " — ", preset.family.label(lang)].concat() }</summary>
            if details.open {
            if let Some(checked) = preset.checked {
                <p class="pd-hint" data-checked={checked.iso()}>{ fill(t.ent_checked, &[("date", &checked.said(lang))]) }</p>
            }
            <dl>
                <dt>{ t.ent_status }</dt>
                <dd data-ent-status={preset.status.id()}>{ preset.status.label(lang) }</dd>
                if let Some(previous) = preset.previous.as_ref() {
                    <dd data-previous="">{ fill(t.ent_previous, &[("previous", previous)]) }</dd>
                }
                <dt>{ t.ent_region }</dt><dd>{ preset.region.clone() }</dd>
                <dt>{ t.ent_family }</dt><dd>{ preset.family.label(lang) }</dd>
                <dt>{ t.ent_validation }</dt>
                <dd>{ if preset.validation_origin == Origin::Derived { t.ent_validation_derived } else { t.ent_validation_seen } }</dd>
                if let Ok(Some(provenance)) = &provenance {
                    if let Some(notes) = provenance.notes.as_ref() {
                        <dt>{ t.ent_notes }</dt><dd>{ notes.clone() }</dd>
                    }
                    if let Some(disagreement) = provenance.disagreement.as_ref() {
                        <dt class="pd-disagreement">{ t.ent_disagreement }</dt>
                        <dd class="pd-disagreement">{ disagreement.clone() }</dd>
                    }
                    <dt>{ t.ent_sources }</dt>
                    <dd data-sources=""><ul>{ for provenance.sources.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul></dd>
                }
            </dl>
            if let Err(why) = provenance {
                { why }
            }
            }
        </details>
    }
}
