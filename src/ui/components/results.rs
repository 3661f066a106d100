//! Everything the widget computes, part after part in display order, each shown when the page asks for it.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::addresses::AddressSet;
use crate::domain::computation::Computation;
use crate::domain::published::file_address;
use crate::options::{Part, Parts};
use crate::ui::announcer::Announcer;
use crate::ui::components::address_row::RowContext;
use crate::ui::components::cas_dialog::{cas_dialog, dialog_lines};
use crate::ui::components::connection_table::{connection_table, TableView};
use crate::ui::components::diagnose::{diagnose, DiagnoseView};
use crate::ui::components::embed::{embed, EmbedView};
use crate::ui::components::exports::{exports, ExportsView};
use crate::ui::components::group::toggled_part;
use crate::ui::components::guidance::guidance;
use crate::ui::components::published::{published, PublishedView};
use crate::ui::components::service_registry::service_registry;
use crate::ui::components::verify::verify;
use crate::ui::handlers::{Handlers, EXPORT_AREA};
use crate::ui::state::WidgetState;

/// What the results are built from.
pub struct ResultsView<'a> {
    pub parts: Parts,
    pub state: &'a WidgetState,
    pub computation: &'a Computation,
    pub addresses: Option<&'a Rc<AddressSet>>,
    pub rows: &'a RowContext<'a>,
    pub on: &'a Handlers,
    pub announcer: &'a Rc<Announcer>,
    /// The widget owns its page: the results get a heading in the page's outline, under its `h1`.
    pub owns_page: bool,
}

/// The results' parts. A view function.
pub fn results(view: ResultsView<'_>) -> Html {
    let ResultsView {
        parts,
        state,
        computation,
        rows,
        on,
        announcer,
        ..
    } = view;
    let addresses = view.addresses.map(|set| &**set);
    let (request, ids, t) = (&state.request, rows.ids, rows.lang.words());
    html! {
        <div class="pd-results">
            if view.owns_page {
                // For screen readers' outline only: the parts' headings are one level below it.
                <h2 class="pd-offscreen">{ t.results_heading }</h2>
            }
            if parts.shows(Part::Cas) {
                { cas_dialog(dialog_lines(computation, addresses.is_some(), state.has_ent()), rows) }
            }
            if parts.shows(Part::Registry) { { service_registry(addresses, rows) } }
            if parts.shows(Part::Verify) { { verify(addresses, rows) } }
            if parts.shows(Part::Spaces) { { connection_table(addresses, TableView::of(state, on), rows) } }
            if parts.shows(Part::Published) {
                { toggled_part("published", state.published.open, ids, &on.published, t.published_toggle, &|panel| {
                    let address = addresses.map(|set| file_address(set.root.as_str()));
                    published(PublishedView {
                        panel,
                        part: &state.published,
                        address: address.as_deref(),
                        request,
                        catalogue: &state.catalogue,
                        ids,
                        announcer,
                        on_paste: &on.published_paste,
                        spaces: &on.spaces,
                    })
                }) }
            }
            if parts.shows(Part::Diagnose) {
                { toggled_part("diagnose", state.diagnose_open, ids, &on.diagnose, t.diagnose_toggle, &|panel| {
                    diagnose(DiagnoseView {
                        panel,
                        pasted: &state.pasted,
                        request,
                        addresses,
                        catalogue: &state.catalogue,
                        ids,
                        on_paste: &on.pasted,
                    })
                }) }
            }
            if parts.shows(Part::Guidance) { { guidance(&request.spaces, rows.lang) } }
            if parts.shows(Part::Exports) {
                if let Some(addresses) = view.addresses {
                    { exports(ExportsView {
                        addresses,
                        lang: rows.lang,
                        announcer,
                        unwritten: state.unwritten.as_ref(),
                        on_unwritten: &on.unwritten,
                        area: ids.of(EXPORT_AREA),
                        on_print: &on.print,
                    }) }
                }
            }
            if parts.shows(Part::Embed) {
                { toggled_part("embed", state.embed_open, ids, &on.embed, t.embed_toggle, &|panel| {
                    embed(EmbedView {
                        panel,
                        request,
                        parts: state.embed_parts,
                        ids,
                        announcer,
                        on_part: &on.embed_part,
                    })
                }) }
            }
        </div>
    }
}
