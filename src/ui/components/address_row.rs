//! One computed address: what it is, the address itself (exactly, in `data-address`), and its copy button.

use yew::prelude::*;

use crate::domain::addresses::{Address, AddressKey};
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

/// A labelled, copyable address; a mobile address can also show its QR code. A view function, not a
/// component: a widget shows some thirty rows, and each component instance costs Yew bookkeeping at the
/// first render (the QR codes' open/closed state is the widget's).
pub fn address_row(address: &Address, view: &RowContext<'_>) -> Html {
    let t = texts(view.lang);
    let id = address.key.id();
    let key_id = AttrValue::from(id.clone());
    let label = AttrValue::from(address.key.label(view.lang));
    let value = AttrValue::from(address.value.clone());
    let shown_id = view.ids.of(&format!("address-{key_id}"));
    let qr = matches!(address.key, AddressKey::SpaceMobile(_));
    let qr_open = qr && view.qr_shown.contains(&address.key);
    let toggle_qr = {
        let toggle = view.toggle_qr.clone();
        let key = address.key;
        Callback::from(move |_: MouseEvent| toggle.emit(key))
    };
    html! {
        <div key={id} class="pd-address">
            <span class="pd-address-label">{ label.clone() }</span>
            <code id={shown_id.clone()} class="pd-address-value" data-address={key_id}>
                { value.clone() }
            </code>
            <span class="pd-address-actions">
                { copy_button(CopyButton {
                    text: CopyText::Shown { text: value.clone(), id: shown_id },
                    what: label.clone(),
                    caption: None,
                    lang: view.lang,
                    announcer: view.announcer,
                    on_unwritten: None,
                }) }
                if qr {
                    <button type="button" class="pd-qr-toggle" aria-expanded={qr_open.to_string()} onclick={toggle_qr}>
                        { if qr_open { t.hide_qr } else { t.show_qr } }
                    </button>
                }
            </span>
            if qr_open {
                <figure class="pd-qr-figure">
                    { qr_code_image(&value, AttrValue::from(format!("{} — {}", t.qr_caption, label))) }
                    <figcaption>{ t.qr_caption }{ ". " }{ t.qr_not_login }</figcaption>
                </figure>
            }
        </div>
    }
}
