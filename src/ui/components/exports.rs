//! "Copy everything": the whole address set as plain text, a Markdown table, CSV or JSON, all written by
//! the domain's exports from the same model as the page.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::domain::addresses::AddressSet;
use crate::domain::export::Format;
use crate::lang::Lang;
use crate::ui::announcer::Announcer;
use crate::ui::components::copy_button::{copy_button, CopyButton, CopyText};
use crate::ui::components::group::group;

/// Props of `Exports`.
#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub addresses: Rc<AddressSet>,
    pub lang: Lang,
    pub announcer: Announcer,
    /// Builds the printed sheet, then opens the browser's print dialog.
    pub on_print: Callback<MouseEvent>,
}

/// Copy-all buttons.
#[function_component(Exports)]
pub fn exports(props: &ExportsProps) -> Html {
    let t = props.lang.words();
    // An export is on the page nowhere else: when nothing can write to the clipboard, it is shown here,
    // selected, so "press Ctrl+C" is true for it too. Kept with what it was written from, so a later
    // keystroke never leaves a stale export on show.
    let unwritten = use_state(|| None::<(CopyText, AttrValue)>);
    let on_unwritten = {
        let set = unwritten.setter();
        use_memo((), move |_| Callback::from(move |shown| set.set(Some(shown))))
    };
    let area = use_node_ref();
    {
        let area = area.clone();
        use_effect_with(unwritten.clone(), move |unwritten| {
            if unwritten.is_some() {
                if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                    let _ = area.focus();
                    area.select();
                }
            }
        });
    }
    let caption = |format| match format {
        Format::Text => t.export_text,
        Format::Markdown => t.export_markdown,
        Format::Csv => t.export_csv,
        Format::Json => t.export_json,
    };
    let what = |format| AttrValue::from(format!("{} ({})", t.exports_heading, caption(format)));
    let button = |format| {
        copy_button(CopyButton {
            text: CopyText::Export(format, props.addresses.clone()),
            what: what(format),
            caption: Some(caption(format)),
            lang: props.lang,
            announcer: &props.announcer,
            on_unwritten: Some(&on_unwritten),
        })
    };
    let shown = (*unwritten).clone().and_then(|(copied, text)| match copied {
        CopyText::Export(format, set) if set == props.addresses => Some((format, text)),
        _ => None,
    });
    // The buttons sit in the part itself, laid out in a row by widget.css: a wrapper would cost an element
    // of the full view, which the print button now takes.
    let body = html! {
        <>
            { for Format::ALL.into_iter().map(button) }
            <button type="button" class="pd-print" onclick={props.on_print.clone()}>{ t.print_sheet }</button>
            if let Some((format, text)) = shown {
                <textarea ref={area} class="pd-copy-fallback" readonly=true aria-label={what(format)} value={text} />
            }
        </>
    };
    group("pd-exports", t.exports_heading, None, body)
}
