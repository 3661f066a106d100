//! One computed address: what it is, the address itself (exactly, in `data-address`), and its copy button.

use yew::prelude::*;

use crate::domain::lang::Lang;
use crate::ui::announcer::Announcer;
use crate::ui::components::copy_button::{CopyButton, CopyText};
use crate::ui::components::qr_code::qr_code_image;
use crate::ui::ids::Ids;
use crate::ui::text::texts;

/// Props of `AddressRow`.
#[derive(Properties, PartialEq)]
pub struct AddressRowProps {
    pub ids: Ids,
    pub announcer: Announcer,
    /// The contract key (`cas-login`, `parent.mobile`, …).
    pub key_id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// Offer the "open in the PRONOTE app" QR code (mobile addresses).
    #[prop_or_default]
    pub qr: bool,
    pub lang: Lang,
}

/// A labelled, copyable address.
#[function_component(AddressRow)]
pub fn address_row(props: &AddressRowProps) -> Html {
    let ids = &props.ids;
    let t = texts(props.lang);
    let shown_id = ids.of(&format!("address-{}", props.key_id));
    let qr_open = use_state(|| false);
    let toggle_qr = {
        let qr_open = qr_open.clone();
        Callback::from(move |_: MouseEvent| qr_open.set(!*qr_open))
    };
    html! {
        <div class="pd-address">
            <span class="pd-address-label">{ props.label.clone() }</span>
            <code id={shown_id.clone()} class="pd-address-value" data-address={props.key_id.clone()}>
                { props.value.clone() }
            </code>
            <span class="pd-address-actions">
                <CopyButton announcer={props.announcer.clone()} text={CopyText::Shown(props.value.clone())} what={props.label.clone()} shown_id={Some(shown_id)} lang={props.lang} />
                if props.qr {
                    <button type="button" class="pd-qr-toggle" aria-expanded={qr_open.to_string()} onclick={toggle_qr}>
                        { if *qr_open { t.hide_qr } else { t.show_qr } }
                    </button>
                }
            </span>
            if props.qr && *qr_open {
                <figure class="pd-qr-figure">
                    { qr_code_image(&props.value, AttrValue::from(format!("{} — {}", t.qr_caption, props.label))) }
                    <figcaption>{ t.qr_caption }{ ". " }{ t.qr_not_login }</figcaption>
                </figure>
            }
        </div>
    }
}
