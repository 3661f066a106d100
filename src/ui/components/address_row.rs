//! One computed address: what it is, the address itself (exactly, in `data-address`), and its copy button;
//! as a labelled row, or as the content of a table cell.

use yew::prelude::*;

use crate::domain::addresses::AddressKey;
use crate::domain::lang::Lang;
use crate::ui::announcer::Announcer;
use crate::ui::components::copy_button::{copy_button, CopyButton, CopyText};
use crate::ui::components::qr_code::qr_code_image;
use crate::ui::ids::Ids;
use crate::ui::text::texts;

/// What every address row needs from its widget.
pub struct RowContext<'a> {
    pub lang: Lang,
    pub ids: &'a Ids,
    pub announcer: &'a Announcer,
    /// The mobile addresses whose QR code the reader has opened.
    pub qr_shown: &'a [AddressKey],
    pub toggle_qr: &'a Callback<AddressKey>,
}

/// A labelled, copyable address. A view function, not a component: a widget shows a few dozen
/// addresses, and each component instance costs Yew bookkeeping at the first render.
pub fn address_row(key: AddressKey, value: &str, view: &RowContext<'_>) -> Html {
    let label = AttrValue::from(key.label(view.lang));
    html! {
        <div key={key.id()} class="pd-address">
            <span class="pd-address-label">{ label.clone() }</span>
            { address_value(key, value, label, view) }
        </div>
    }
}

/// The address and its copy button, without a label of its own (a table cell's header names it); a
/// mobile address can also show its QR code. `label` names it for the copy button and the QR code.
pub fn address_value(key: AddressKey, value: &str, label: AttrValue, view: &RowContext<'_>) -> Html {
    let t = texts(view.lang);
    let key_id = AttrValue::from(key.id());
    let value = AttrValue::from(value.to_owned());
    let shown_id = view.ids.of(&format!("address-{key_id}"));
    let qr = matches!(key, AddressKey::SpaceMobile(_));
    let qr_open = qr && view.qr_shown.contains(&key);
    let toggle_qr = {
        let toggle = view.toggle_qr.clone();
        Callback::from(move |_: MouseEvent| toggle.emit(key))
    };
    html! {
        <>
            <code id={shown_id.clone()} class="pd-address-value" data-address={key_id}>
                { value.clone() }
            </code>
            { copy_button(CopyButton {
                text: CopyText::Shown { text: value.clone(), id: shown_id },
                what: label.clone(),
                caption: None,
                lang: view.lang,
                announcer: view.announcer,
                on_unwritten: None,
            }) }
            if qr {
                <button type="button" class="pd-qr-toggle" aria-expanded={qr_open.to_string()} onclick={toggle_qr}
                        aria-label={format!("{} — {label}", t.show_qr)}>
                    { if qr_open { t.hide_qr } else { t.show_qr } }
                </button>
            }
            if qr_open {
                <figure class="pd-qr-figure">
                    { qr_code_image(&value, AttrValue::from(format!("{} — {}", t.qr_caption, label))) }
                    <figcaption>{ t.qr_caption }{ ". " }{ t.qr_not_login }</figcaption>
                </figure>
            }
        </>
    }
}
