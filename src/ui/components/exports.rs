//! "Copy everything": the whole address set as plain text, a Markdown table, CSV or JSON, all written by
//! the domain's exports from the same model as the page.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::addresses::AddressSet;
use crate::domain::export::Format;
use crate::domain::lang::Lang;
use crate::ui::announcer::Announcer;
use crate::ui::components::copy_button::{CopyButton, CopyText};
use crate::ui::text::texts;

/// Copy-all buttons. A view function: it changes with every keystroke anyway, and a component would
/// cost about 1 KB of gzip wasm.
pub fn exports(addresses: &Rc<AddressSet>, lang: Lang, announcer: &Announcer) -> Html {
    let t = texts(lang);
    let button = |format| {
        let caption = match format {
            Format::Text => t.export_text,
            Format::Markdown => t.export_markdown,
            Format::Csv => t.export_csv,
            Format::Json => t.export_json,
        };
        html! {
            <CopyButton announcer={announcer.clone()} text={CopyText::Export(format, addresses.clone())} what={format!("{} ({caption})", t.exports_heading)}
                        shown_id={None::<AttrValue>} caption={Some(AttrValue::Static(caption))} {lang} />
        }
    };
    html! {
        <section class="pd-group pd-exports" aria-label={t.exports_heading}>
            <h3 class="pd-group-heading">{ t.exports_heading }</h3>
            <div class="pd-export-buttons">
                { for Format::ALL.into_iter().map(button) }
            </div>
        </section>
    }
}
