//! Errors and warnings, each in an element the page and the tests can find (`data-error`, `data-warning`).
//! Messages are text nodes: whatever the reader typed is shown, never interpreted as markup.

use yew::prelude::*;

use crate::domain::error::{Error, Field};
use crate::domain::lang::Lang;
use crate::domain::warning::Warning;

/// Props of `FieldErrors`.
#[derive(Properties, PartialEq)]
pub struct FieldErrorsProps {
    pub errors: Vec<Error>,
    /// The field whose errors to show; `None` shows them all (a widget without its form).
    pub field: Option<Field>,
    pub lang: Lang,
    /// The id the field's `aria-describedby` points to.
    pub id: AttrValue,
}

/// The errors of one field, right under it (or every error, where no field is shown).
#[function_component(FieldErrors)]
pub fn field_errors(props: &FieldErrorsProps) -> Html {
    let errors: Vec<&Error> = props
        .errors
        .iter()
        .filter(|e| props.field.is_none_or(|f| e.field() == f))
        .collect();
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div id={props.id.clone()} class="pd-errors">
            { for errors.into_iter().map(|error| html! {
                <p class="pd-error" role="alert" data-error={error.field().id()}>{ error.message(props.lang) }</p>
            }) }
        </div>
    }
}

/// Props of `Warnings`.
#[derive(Properties, PartialEq)]
pub struct WarningsProps {
    pub warnings: Vec<Warning>,
    pub lang: Lang,
}

/// Warnings: things that work but deserve a second look.
#[function_component(Warnings)]
pub fn warnings(props: &WarningsProps) -> Html {
    if props.warnings.is_empty() {
        return html! {};
    }
    html! {
        <ul class="pd-warnings">
            { for props.warnings.iter().map(|warning| html! {
                <li class="pd-warning" data-warning={warning.code()}>{ warning.message(props.lang) }</li>
            }) }
        </ul>
    }
}
