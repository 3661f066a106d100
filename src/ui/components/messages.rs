//! Errors and warnings, each in an element the page and the tests can find (`data-error`, `data-warning`).
//! Messages are text nodes: whatever the reader typed is shown, never interpreted as markup.

use yew::prelude::*;

use crate::domain::error::{Error, Field};
use crate::domain::warning::Warning;
use crate::lang::Lang;

/// Every error a widget shows: the page's options first, then the presets file's, then the computation's.
pub fn widget_errors(options: &[Error], presets: &[Error], computation: &[Error]) -> Vec<Error> {
    options.iter().chain(presets).chain(computation).cloned().collect()
}

/// The errors of `field`, right under it (`None`: every error, where no field is shown); `id` is what
/// the field's `aria-describedby` points to. View functions, not components: see `guidance`.
pub fn field_errors(errors: &[Error], field: Option<Field>, lang: Lang, id: AttrValue) -> Html {
    let errors: Vec<&Error> = errors.iter().filter(|e| field.is_none_or(|f| e.field() == f)).collect();
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div {id} class="pd-errors">
            { for errors.into_iter().map(|error| html! {
                <p class="pd-error" role="alert" data-error={error.field().id()}>{ error.message(lang) }</p>
            }) }
        </div>
    }
}

/// Warnings: things that work but deserve a second look.
pub fn warnings(warnings: &[Warning], lang: Lang) -> Html {
    if warnings.is_empty() {
        return html! {};
    }
    html! {
        <ul class="pd-warnings">
            { for warnings.iter().map(|warning| html! {
                <li class="pd-warning" data-warning={warning.code()}>{ warning.message(lang) }</li>
            }) }
        </ul>
    }
}
