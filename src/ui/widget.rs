//! The widget: the reader's choices in, every address out, grouped as the console shows them. It wires
//! the state (`state.rs`), the callbacks (`handlers.rs`) and the hooks to the parts (`components/`).

use yew::prelude::*;

use crate::domain::published::file_address;
use crate::options::{Part, WidgetConfig};
use crate::ui::components::address_row::RowContext;
use crate::ui::components::checklist::checklist;
use crate::ui::components::form::{form, FormView};
use crate::ui::components::header::header;
use crate::ui::components::messages::widget_errors;
use crate::ui::components::results::{results, ResultsView};
use crate::ui::components::sheet::sheet_heading;
use crate::ui::handlers::Handlers;
use crate::ui::hooks::computation::use_computation;
use crate::ui::hooks::presets_file::use_presets_file;
use crate::ui::hooks::publish_request::{use_publish_request, Publish};
use crate::ui::hooks::published_file::use_published_file;
use crate::ui::hooks::sync_group::use_sync_group;
use crate::ui::ids::Ids;
use crate::ui::state::WidgetState;

/// Props of `Widget`.
#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub config: WidgetConfig,
    /// Makes the widget's element ids unique on a page holding several widgets.
    pub instance: u32,
}

/// One PRONOTE delegation address builder.
#[function_component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let config = &props.config;
    let state = use_reducer(|| WidgetState::new(config));
    use_presets_file(config.presets_url.clone(), state.catalogue.clone(), state.dispatcher());
    use_sync_group(config.sync_group.clone(), props.instance, state.dispatcher());
    use_publish_request(
        &state.request,
        Publish {
            permalink: config.permalink,
            // A request that came from the group is not sent back to it.
            group: config
                .sync_group
                .clone()
                .filter(|_| !state.from_sync)
                .map(|group| (group, props.instance)),
        },
    );
    let on = {
        let dispatcher = state.dispatcher();
        let ids = Ids(AttrValue::from(format!("pd{}", props.instance)));
        use_memo((), move |_| Handlers::new(dispatcher, ids))
    };
    let computed = use_computation(&state);
    let (computation, addresses) = &*computed;
    use_published_file(
        addresses.as_ref().map(|set| file_address(set.root.as_str())),
        &state.published,
        state.dispatcher(),
    );

    let lang = state.request.lang;
    let mut errors = widget_errors(&config.errors, &state.presets_errors, &computation.errors);
    errors.retain(|error| state.shows_error(error));
    let rows = RowContext {
        lang,
        ids: on.ids(),
        announcer: &on.announcer,
        qr_codes: state.table.qr_codes,
        sheet: state.sheet_open,
    };
    let with_checklist = config.parts.shows(Part::Checklist);
    // The steps go beside the form and addresses where there is room; alone, they take the whole width.
    let beside = with_checklist && config.parts.shows(Part::Form);
    html! {
        <div class={if beside { "pd-widget pd-with-checklist" } else { "pd-widget" }} lang={lang.code()}>
            { header(lang, &on.lang, config.permalink) }
            if state.sheet_open {
                { sheet_heading(&state.request, addresses.as_deref(), &state.catalogue) }
            }
            { form(FormView {
                shown: config.parts.shows(Part::Form),
                state: &state,
                computation,
                addresses: addresses.as_deref(),
                errors: &errors,
                on: &on,
            }) }
            { results(ResultsView {
                parts: config.parts,
                state: &state,
                computation,
                addresses: addresses.as_ref(),
                rows: &rows,
                on: &on,
                announcer: &on.announcer,
                owns_page: config.permalink,
            }) }
            if with_checklist {
                { checklist(lang, on.ids().of("checklist"), config.permalink) }
            }
            <p class="pd-live" role="status" aria-live="polite">{ state.announcement.clone() }</p>
        </div>
    }
}
