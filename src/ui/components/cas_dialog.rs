//! The console's "Définir une délégation CAS" window, field by field, each value as the console takes it.

use yew::prelude::*;

use crate::domain::cas_dialog::{DialogLine, DialogValue};
use crate::domain::computation::Computation;
use crate::lang::typography::quote;
use crate::lang::Lang;
use crate::ui::components::address_row::{address_value, copyable, RowContext};
use crate::ui::components::group::group;

/// Why the window has no values yet, when it has none.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DialogMissing {
    /// The hosting is missing or wrong.
    Hosting,
    /// No ENT is chosen.
    Ent,
    /// No published space delegates to CAS: the console asks for no CAS address.
    Unused,
}

/// The window's lines of a computation, or why it has none: the hosting missing or wrong (no addresses),
/// no ENT chosen, or no space that delegates to CAS.
pub fn dialog_lines(
    computation: &Computation,
    has_addresses: bool,
    has_ent: bool,
) -> Result<&[DialogLine], DialogMissing> {
    match (&computation.dialog, has_addresses) {
        (Some(lines), _) => Ok(lines.as_slice()),
        (None, false) => Err(DialogMissing::Hosting),
        (None, true) if !has_ent => Err(DialogMissing::Ent),
        (None, true) => Err(DialogMissing::Unused),
    }
}

/// The window's fields in the console's order, or why they are not there. A view function.
pub fn cas_dialog(lines: Result<&[DialogLine], DialogMissing>, view: &RowContext<'_>) -> Html {
    let t = view.lang.words();
    let body = match lines {
        Err(missing) => {
            let why = match missing {
                DialogMissing::Hosting => t.waiting_for_hosting,
                DialogMissing::Ent => t.cas_needs_ent,
                DialogMissing::Unused => t.cas_unused,
            };
            html! { <p class="pd-placeholder">{ why }</p> }
        }
        Ok(lines) => lines.iter().map(|line| dialog_line(line, view)).collect::<Html>(),
    };
    group("pd-group-cas", t.cas_heading, Some(t.cas_hint), body)
}

fn dialog_line(line: &DialogLine, view: &RowContext<'_>) -> Html {
    let lang = view.lang;
    let label = AttrValue::from(line.field.label(lang));
    let value = match &line.value {
        DialogValue::Text {
            value,
            address: Some(key),
        } => address_value(*key, value, label.clone(), view),
        DialogValue::Text { value, address: None } => copyable(
            &view.ids.of(&["console-", line.field.id()].concat()),
            None,
            value,
            label.clone(),
            view,
        ),
        other => html! { <span class="pd-console-choice">{ choice(other, lang) }</span> },
    };
    html! {
        <div class="pd-address" data-console-field={line.field.id()}>
            { label }
            { value }
        </div>
    }
}

/// A value picked or ticked rather than typed.
fn choice(value: &DialogValue, lang: Lang) -> String {
    match value {
        DialogValue::Listed(label) => quote(lang, label),
        DialogValue::SeparateAddresses => format!("☑ {}", value.text(lang)),
        _ => value.text(lang),
    }
}
