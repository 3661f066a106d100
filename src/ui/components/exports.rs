//! "Copy everything": the whole address set as plain text, a Markdown table, CSV or JSON, all written by
//! the domain's exports from the same model as the page.

use yew::prelude::*;

use crate::domain::addresses::AddressSet;
use crate::domain::export;
use crate::domain::lang::Lang;
use crate::ui::components::copy_button::CopyButton;
use crate::ui::text::texts;

/// An export format's writer.
type Writer = fn(&AddressSet, Lang) -> String;

/// Props of `Exports`.
#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub addresses: AddressSet,
    pub lang: Lang,
}

/// Copy-all buttons.
#[function_component(Exports)]
pub fn exports(props: &ExportsProps) -> Html {
    let t = texts(props.lang);
    let lang = props.lang;
    let formats: [(&'static str, Writer); 4] = [
        (t.export_text, export::to_text),
        (t.export_markdown, export::to_markdown),
        (t.export_csv, export::to_csv),
        (t.export_json, export::to_json),
    ];
    html! {
        <section class="pd-group pd-exports" aria-label={t.exports_heading}>
            <h3 class="pd-group-heading">{ t.exports_heading }</h3>
            <div class="pd-export-buttons">
                { for formats.into_iter().map(|(caption, write)| html! {
                    <CopyButton text={write(&props.addresses, lang)} what={format!("{} ({caption})", t.exports_heading)}
                                shown_id={None::<AttrValue>} caption={Some(AttrValue::Static(caption))} lang={lang} />
                }) }
            </div>
        </section>
    }
}
