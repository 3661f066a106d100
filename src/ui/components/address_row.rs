//! One computed address: what it is, the address itself (exactly, in `data-address`), and its copy button;
//! as a labelled row, or as the content of a table cell.

use yew::prelude::*;

use crate::domain::addresses::AddressKey;
use crate::lang::Lang;
use crate::ui::announcer::Announcer;
use crate::ui::components::copy_button::{copy_button, CopyButton, CopyText};
use crate::ui::components::qr_code::qr_code_image;
use crate::ui::components::sheet::on_paper;
use crate::ui::ids::Ids;

/// What every address row needs from its widget.
pub struct RowContext<'a> {
    pub lang: Lang,
    pub ids: &'a Ids,
    pub announcer: &'a Announcer,
    /// Whether the mobile addresses show their QR code.
    pub qr_codes: bool,
    /// Whether the addresses are laid out for paper (the printed sheet).
    pub sheet: bool,
}

/// A labelled, copyable address. A view function, not a component: a widget shows a few dozen
/// addresses, and each component instance costs Yew bookkeeping at the first render.
pub fn address_row(key: AddressKey, value: &str, view: &RowContext<'_>) -> Html {
    let label = AttrValue::from(key.label(view.lang));
    html! {
        // The label is the row's own text, not an element of its own: the full view holds a dozen rows.
        <div key={key.id()} class="pd-address">
            { label.clone() }
            { address_value(key, value, label, view) }
        </div>
    }
}

/// The address and its copy button, without a label of its own (a table cell's header names it); a
/// mobile address shows its QR code when the reader asked for them. `label` names it for the copy
/// button and the QR code.
pub fn address_value(key: AddressKey, value: &str, label: AttrValue, view: &RowContext<'_>) -> Html {
    let t = view.lang.words();
    let qr = view.qr_codes && matches!(key, AddressKey::SpaceMobile(_));
    let qr_label = qr.then(|| AttrValue::from([t.qr_caption, " — ", &label].concat()));
    let key_id = key.id();
    html! {
        <>
            { copyable(&view.ids.of(&["address-", &key_id].concat()), Some(AttrValue::from(key_id)), value, label, view) }
            if let Some(qr_label) = qr_label {
                { qr_code_image(value, qr_label) }
            }
        </>
    }
}

/// A value shown exactly (in `data-address` when it is a computed address) and its copy button.
pub fn copyable(
    id: &AttrValue,
    address: Option<AttrValue>,
    value: &str,
    label: AttrValue,
    view: &RowContext<'_>,
) -> Html {
    let shown = if view.sheet {
        on_paper(value)
    } else {
        Html::from(value.to_owned())
    };
    let value = AttrValue::from(value.to_owned());
    html! {
        <>
            <code id={id.clone()} class="pd-address-value" data-address={address}>{ shown }</code>
            { copy_button(CopyButton {
                text: CopyText::Shown { text: value, id: id.clone() },
                what: label,
                caption: None,
                lang: view.lang,
                announcer: view.announcer,
                on_unwritten: None,
            }) }
        </>
    }
}
