//! "Copy everything": the whole address set as plain text, a Markdown table, CSV or JSON, all written by
//! the domain's exports from the same model as the page.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::addresses::AddressSet;
use crate::domain::export::Format;
use crate::domain::lang::Lang;
use crate::ui::components::copy_button::{CopyButton, CopyText};
use crate::ui::text::texts;

/// Props of `Exports`.
#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub addresses: Rc<AddressSet>,
    pub lang: Lang,
}

/// Copy-all buttons.
#[function_component(Exports)]
pub fn exports(props: &ExportsProps) -> Html {
    let t = texts(props.lang);
    let lang = props.lang;
    let button = |format| {
        let caption = match format {
            Format::Text => t.export_text,
            Format::Markdown => t.export_markdown,
            Format::Csv => t.export_csv,
            Format::Json => t.export_json,
        };
        html! {
            <CopyButton text={CopyText::Export(format, props.addresses.clone())} what={format!("{} ({caption})", t.exports_heading)}
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
