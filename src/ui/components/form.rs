//! The reader's choices: the ENT and the hosting. A page that hides them still shows their errors and
//! warnings, next to the addresses they hold back.

use yew::prelude::*;

use crate::domain::addresses::AddressSet;
use crate::domain::computation::Computation;
use crate::domain::error::Error;
use crate::ui::components::ent_picker::EntPicker;
use crate::ui::components::hosting_form::{hosting_form, HostingForm};
use crate::ui::components::messages::{field_errors, warnings};
use crate::ui::handlers::Handlers;
use crate::ui::state::WidgetState;

/// What the form is built from.
pub struct FormView<'a> {
    /// Whether the page shows the form (`show` has `form`).
    pub shown: bool,
    pub state: &'a WidgetState,
    pub computation: &'a Computation,
    /// The addresses, taken out of the computation to be shared.
    pub addresses: Option<&'a AddressSet>,
    pub errors: &'a [Error],
    pub on: &'a Handlers,
}

/// The ENT list and the hosting form, or only their messages. A view function.
pub fn form(view: FormView<'_>) -> Html {
    let FormView {
        state,
        computation,
        errors,
        on,
        ..
    } = view;
    let (request, lang, ids) = (&state.request, state.request.lang, on.ids());
    if !view.shown {
        return html! {
            <>
                { field_errors(errors, None, lang, ids.of("errors")) }
                { warnings(&computation.warnings, lang) }
            </>
        };
    }
    let root = view.addresses.map(|a| AttrValue::from(a.root.as_str().to_owned()));
    html! {
        <>
            <p class="pd-intro">{ lang.words().intro }</p>
            <EntPicker catalogue={state.catalogue.clone()} selected={request.ent.clone()} errors={errors.to_vec()}
                       presets_loading={state.presets_loading} {lang} on_select={on.ent.clone()} ids={ids.clone()} />
            { hosting_form(&HostingForm {
                ids,
                hosting: request.hosting,
                uai: AttrValue::from(request.uai.clone()),
                url: AttrValue::from(request.url.clone()),
                root,
                errors,
                warnings: &computation.warnings,
                lang,
                on_hosting: on.hosting.clone(),
                on_uai: on.uai.clone(),
                on_url: on.url.clone(),
            }) }
        </>
    }
}
