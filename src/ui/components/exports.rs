//! "Copy everything": the whole address set as plain text, a Markdown table, CSV or JSON, all written by
//! the domain's exports from the same model as the page.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::addresses::AddressSet;
use crate::domain::export::Format;
use crate::lang::Lang;
use crate::ui::announcer::Announcer;
use crate::ui::components::copy_button::{copy_button, CopyButton, CopyText, Unwritten};
use crate::ui::components::group::group;

/// What the exports part is built from.
pub struct ExportsView<'a> {
    pub addresses: &'a Rc<AddressSet>,
    pub lang: Lang,
    pub announcer: &'a Announcer,
    /// The last export no clipboard took, with its text (the widget's state).
    pub unwritten: Option<&'a (CopyText, AttrValue)>,
    /// Receives an export no clipboard took; the widget then shows it here, focused and selected.
    pub on_unwritten: &'a Callback<Unwritten>,
    /// The id of the text area that shows it.
    pub area: AttrValue,
    /// Builds the printed sheet, then opens the browser's print dialog.
    pub on_print: &'a Callback<MouseEvent>,
}

/// Copy-all buttons. A view function over the widget's state, not a component with its own state and
/// hooks (about 1 KB of gzip wasm less).
pub fn exports(view: ExportsView<'_>) -> Html {
    let t = view.lang.words();
    let caption = |format| match format {
        Format::Text => t.export_text,
        Format::Markdown => t.export_markdown,
        Format::Csv => t.export_csv,
        Format::Json => t.export_json,
    };
    let what = |format| AttrValue::from(format!("{} ({})", t.exports_heading, caption(format)));
    let button = |format| {
        copy_button(CopyButton {
            text: CopyText::Export(format, view.addresses.clone()),
            what: what(format),
            caption: Some(caption(format)),
            lang: view.lang,
            announcer: view.announcer,
            on_unwritten: Some(view.on_unwritten),
        })
    };
    // An export is on the page nowhere else: when nothing can write to the clipboard, it is shown here,
    // selected, so "press Ctrl+C" is true for it too. Only while the addresses are those it was written
    // from, so a later keystroke never leaves a stale export on show.
    let shown = view.unwritten.and_then(|(copied, text)| match copied {
        CopyText::Export(format, set) if set == view.addresses => Some((*format, text.clone())),
        _ => None,
    });
    // The buttons sit in the part itself, laid out in a row by widget.css: a wrapper would cost an element
    // of the full view, which the print button now takes.
    let body = html! {
        <>
            { for Format::ALL.into_iter().map(button) }
            <button type="button" class="pd-print" onclick={view.on_print.clone()}>{ t.print_sheet }</button>
            if let Some((format, text)) = shown {
                <textarea id={view.area} class="pd-copy-fallback" readonly=true aria-label={what(format)} value={text} />
            }
        </>
    };
    group("pd-exports", t.exports_heading, None, body)
}
