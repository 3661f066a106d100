//! Where PRONOTE.net is published: at Index Education (UAI or label), on the Toutatice domain, or on the
//! school's own server (any pasted address, reduced to its root).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::error::{Error, Field};
use crate::domain::hosting::HostingKind;
use crate::domain::warning::Warning;
use crate::lang::Lang;
use crate::ui::components::messages::{field_errors, warnings};
use crate::ui::ids::Ids;

/// What the hosting form shows and whom it tells of changes.
pub struct HostingForm<'a> {
    pub ids: &'a Ids,
    pub hosting: HostingKind,
    pub uai: AttrValue,
    pub url: AttrValue,
    /// The root found, shown under the field so the reader sees what their paste became.
    pub root: Option<AttrValue>,
    pub errors: &'a [Error],
    pub warnings: &'a [Warning],
    pub lang: Lang,
    pub on_hosting: Callback<HostingKind>,
    pub on_uai: Callback<String>,
    pub on_url: Callback<String>,
    /// The reader left a text field.
    pub on_left: Callback<Field>,
}

/// The hosting choice and its one field. A view function, not a component: it changes with every
/// keystroke anyway, and a component would cost about 1 KB of gzip wasm.
pub fn hosting_form(props: &HostingForm<'_>) -> Html {
    let ids = props.ids;
    let t = props.lang.words();
    let choice = |kind: HostingKind, label: &'static str| {
        let on_hosting = props.on_hosting.clone();
        let id = ids.of(&["hosting-", kind.id()].concat());
        html! {
            <label class="pd-choice" for={id.clone()}>
                <input type="radio" id={id} name={ids.of("hosting")} value={kind.id()} data-field="hosting"
                       checked={props.hosting == kind} onchange={Callback::from(move |_: Event| on_hosting.emit(kind))} />
                { label }
            </label>
        }
    };
    let text_input = |field: Field, value: &AttrValue, on_change: &Callback<String>| {
        let on_change = on_change.clone();
        let oninput =
            Callback::from(move |e: InputEvent| on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
        let on_left = props.on_left.clone();
        // `focusout` rather than `blur`: it bubbles, as the widget's delegated listeners need.
        let onfocusout = Callback::from(move |_: FocusEvent| on_left.emit(field));
        let has_error = props.errors.iter().any(|e| e.field() == field);
        let id = ids.of(field.id());
        html! {
            <input id={id} class="pd-input" type="text" value={value.clone()} data-field={field.id()}
                   spellcheck="false" autocomplete="off" autocapitalize="off"
                   aria-invalid={has_error.to_string()}
                   aria-describedby={[&*ids.of(&[field.id(), "-hint"].concat()), " ", &ids.of(&[field.id(), "-errors"].concat())].concat()}
                   {oninput} {onfocusout} />
        }
    };
    html! {
        <fieldset class="pd-fieldset pd-hosting">
            <legend>{ t.hosting_legend }</legend>
            <div class="pd-choices" role="radiogroup">
                { choice(HostingKind::IndexEducation, t.hosting_index_education) }
                { choice(HostingKind::Toutatice, t.hosting_toutatice) }
                { choice(HostingKind::Custom, t.hosting_custom) }
            </div>
            { field_errors(props.errors, Some(Field::Hosting), props.lang, ids.of("hosting-errors")) }
            if props.hosting == HostingKind::Custom {
                <label for={ids.of("url")}>{ t.url_label }</label>
                { text_input(Field::Url, &props.url, &props.on_url) }
                <p id={ids.of("url-hint")} class="pd-hint">{ t.url_hint }</p>
                { field_errors(props.errors, Some(Field::Url), props.lang, ids.of("url-errors")) }
            } else {
                <label for={ids.of("uai")}>{ t.uai_label }</label>
                { text_input(Field::Uai, &props.uai, &props.on_uai) }
                <p id={ids.of("uai-hint")} class="pd-hint">{ t.uai_hint }</p>
                { field_errors(props.errors, Some(Field::Uai), props.lang, ids.of("uai-errors")) }
            }
            if let Some(root) = props.root.clone() {
                <p class="pd-root">{ t.root_found }<code>{ root }</code></p>
            }
            { warnings(props.warnings, props.lang) }
        </fieldset>
    }
}
