//! The printed sheet: what the school's delegation needs on paper, built once the reader prints. On
//! screen it is hidden; on paper (widget.css) the form, the buttons and the parts a reader acts on give
//! way to it: the school and its ENT, then the console's window, the registry and the spaces as shown.

use yew::prelude::*;

use crate::browser::today::today;
use crate::domain::addresses::AddressSet;
use crate::domain::catalogue::Catalogue;
use crate::domain::ent_brief::school;
use crate::domain::request::Request;
use crate::lang::typography::{fill, labelled};

/// The characters after which an address may break across lines on paper: the break falls between two
/// parts of its structure, where no reader takes it for a hyphen.
const BREAK_AFTER: [char; 5] = ['/', '.', '?', '&', '='];

/// The sheet's heading: the school, its ENT with the console's label, the date and the widget's version.
/// A view function.
pub fn sheet_heading(request: &Request, addresses: Option<&AddressSet>, catalogue: &Catalogue) -> Html {
    let lang = request.lang;
    let t = lang.words();
    let school = addresses.map(|set| school(request, set));
    let preset = request.ent.as_deref().and_then(|id| catalogue.get(id));
    let ent = preset.map(|preset| match &preset.console_label {
        Some(label) => format!("{} ({})", preset.name, fill(t.ent_in_console, &[("label", label)])),
        None => preset.name.clone(),
    });
    let line = |label: &str, value: Option<String>| match value {
        Some(value) => html! { <p>{ labelled(lang, label, &value) }</p> },
        None => html! {},
    };
    let printed = fill(
        t.sheet_printed,
        &[("date", &today(lang)), ("version", env!("CARGO_PKG_VERSION"))],
    );
    html! {
        <div class="pd-sheet" data-sheet="">
            <p class="pd-sheet-heading">{ t.sheet_heading }</p>
            { line(t.sheet_school, school) }
            { line(t.sheet_ent, ent) }
            <p data-sheet-printed="">{ printed }</p>
        </div>
    }
}

/// An address as printed: `paper_pieces`, each never broken (widget.css), with a line-break opportunity
/// between them. Its text is the address, exactly.
pub fn on_paper(address: &str) -> Html {
    paper_pieces(address)
        .into_iter()
        .enumerate()
        .map(|(index, piece)| {
            html! {
                <>
                    if index > 0 { <wbr /> }
                    <span class="pd-piece">{ piece }</span>
                </>
            }
        })
        .collect()
}

/// An address cut into the pieces it is printed in: each ends after one of `BREAK_AFTER`, a run of them
/// staying in one piece (`https://`).
pub fn paper_pieces(address: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut chars = address.chars().peekable();
    while let Some(char) = chars.next() {
        piece.push(char);
        let next_breaks = chars.peek().map(|next| BREAK_AFTER.contains(next));
        if BREAK_AFTER.contains(&char) && next_breaks == Some(false) {
            pieces.push(std::mem::take(&mut piece));
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}
