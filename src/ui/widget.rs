//! The widget: the reader's choices in, every address out, grouped as the console shows them.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::builtin_catalogue::builtin_catalogue;
use crate::browser::idn;
use crate::browser::widget_base::beside_widget;
use crate::domain::error::Error;
use crate::domain::hosting::HostingKind;
use crate::lang::Lang;
use crate::options::{Parts, WidgetConfig};
use crate::ui::announcer::Announcer;
use crate::ui::components::address_row::RowContext;
use crate::ui::components::cas_dialog::{cas_dialog, DialogMissing};
use crate::ui::components::checklist::checklist;
use crate::ui::components::connection_table::{connection_table, TableView};
use crate::ui::components::diagnose::{diagnose, DiagnoseView};
use crate::ui::components::embed::{embed, EmbedView};
use crate::ui::components::ent_picker::EntPicker;
use crate::ui::components::exports::Exports;
use crate::ui::components::group::toggled_part;
use crate::ui::components::guidance::guidance;
use crate::ui::components::hosting_form::{hosting_form, HostingForm};
use crate::ui::components::messages::{field_errors, warnings};
use crate::ui::components::service_registry::service_registry;
use crate::ui::components::sheet::sheet_heading;
use crate::ui::components::spaces_table::SpaceControls;
use crate::ui::components::verify::verify;
use crate::ui::hooks::page_language::use_page_language;
use crate::ui::hooks::presets_file::use_presets_file;
use crate::ui::hooks::print_sheet::use_print_sheet;
use crate::ui::hooks::publish_request::{use_publish_request, Publish};
use crate::ui::hooks::sync_group::use_sync_group;
use crate::ui::ids::Ids;
use crate::ui::state::{Action, TableToggles, WidgetState};

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
    let state = use_reducer(|| WidgetState {
        request: config.request.clone(),
        catalogue: builtin_catalogue(),
        catalogue_generation: 0,
        presets_errors: Rc::new(Vec::new()),
        presets_loading: config.presets_url.is_some(),
        from_sync: false,
        table: TableToggles::default(),
        diagnose_open: false,
        pasted: String::new(),
        embed_open: false,
        embed_parts: Parts::ALL,
    });
    let announcement = use_state(String::new);
    // Made once: a new callback on every render would make the `Exports` props unequal and re-render it
    // for nothing.
    let announcer = {
        let say = announcement.setter();
        use_memo((), move |_| {
            Announcer(Callback::from(move |message: String| say.set(message)))
        })
    };

    let sheet = use_print_sheet();
    use_page_language(config.permalink, state.request.lang);
    use_presets_file(config.presets_url.clone(), state.catalogue.clone(), state.dispatcher());
    use_sync_group(config.sync_group.clone(), props.instance, state.dispatcher());
    use_publish_request(
        &state.request,
        Publish {
            permalink: config.permalink,
            group: config
                .sync_group
                .clone()
                .filter(|_| !state.from_sync)
                .map(|group| (group, props.instance)),
        },
    );

    // Made once: a callback made on every render compares unequal to the last one, and would re-render
    // the ENT list and the spaces table on every keystroke although nothing in them changed.
    let handlers = {
        let dispatcher = state.dispatcher();
        let ids = Ids(AttrValue::from(format!("pd{}", props.instance)));
        use_memo((), move |_| Handlers::new(dispatcher, ids))
    };
    let computed = {
        let catalogue = state.catalogue.clone();
        use_memo(
            (state.request.clone(), state.catalogue_generation),
            move |(request, _)| {
                let mut computation = idn::compute(request, &catalogue);
                // Shared by every group, row and export button: cloning the set for each, on every
                // keystroke, cost more than computing it.
                let addresses = computation.addresses.take().map(Rc::new);
                (computation, addresses)
            },
        )
    };
    let (computation, addresses) = &*computed;

    let request = &state.request;
    let lang = request.lang;
    let t = lang.words();
    let errors: Vec<Error> = config
        .errors
        .iter()
        .chain(state.presets_errors.iter())
        .chain(computation.errors.iter())
        .cloned()
        .collect();
    let parts = config.parts;
    let has_ent = request
        .ent
        .as_deref()
        .is_some_and(|id| state.catalogue.get(id).is_some());
    let on = (*handlers).clone();
    let on_lang = {
        let dispatcher = state.dispatcher();
        let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Lang(other)))
    };
    let ids = handlers.spaces.ids.clone();
    let errors_id = ids.of("errors");
    let rows = RowContext {
        lang,
        ids: &ids,
        announcer: &announcer,
        qr_codes: state.table.qr_codes,
        sheet: sheet.open,
    };
    let dialog = match (&computation.dialog, addresses) {
        (Some(lines), _) => Ok(lines.as_slice()),
        (None, None) => Err(DialogMissing::Hosting),
        (None, Some(_)) if !has_ent => Err(DialogMissing::Ent),
        (None, Some(_)) => Err(DialogMissing::Unused),
    };
    let table = TableView {
        spaces: &request.spaces,
        toggles: state.table,
        controls: &on.spaces,
        toggle_qr_codes: &on.qr_codes,
        toggle_direct_logins: &on.direct_logins,
        toggle_editor: &on.spaces_editor,
    };

    html! {
        <div class={if parts.checklist { "pd-widget pd-with-checklist" } else { "pd-widget" }} lang={lang.code()}>
            <div class="pd-header">
                // The widget that owns its page (the standalone page) titles it.
                <@{if config.permalink { "h1" } else { "h2" }} class="pd-title">{ t.title }</@>
                <button type="button" class="pd-lang" lang={t.other_language_code} onclick={on_lang}
                        aria-label={t.language_switch}>
                    { t.other_language }
                </button>
            </div>
            if sheet.open {
                { sheet_heading(request, addresses.as_deref(), &state.catalogue) }
            }
            if parts.form {
                <p class="pd-intro">{ t.intro }</p>
                <EntPicker catalogue={state.catalogue.clone()} selected={request.ent.clone()} errors={errors.clone()}
                           presets_loading={state.presets_loading} {lang} on_select={on.ent} ids={ids.clone()} />
                { hosting_form(&HostingForm {
                    ids: &ids,
                    hosting: request.hosting,
                    uai: AttrValue::from(request.uai.clone()),
                    url: AttrValue::from(request.url.clone()),
                    root: addresses.as_ref().map(|a| AttrValue::from(a.root.as_str().to_owned())),
                    errors: &errors,
                    warnings: &computation.warnings,
                    lang,
                    on_hosting: on.hosting,
                    on_uai: on.uai,
                    on_url: on.url,
                }) }
            } else {
                // Without the form, errors and warnings still show, next to the addresses they hold back.
                { field_errors(&errors, None, lang, errors_id) }
                { warnings(&computation.warnings, lang) }
            }
            <div class="pd-results">
                if config.permalink {
                    <h2 class="pd-offscreen">{ t.results_heading }</h2>
                }
                if parts.cas { { cas_dialog(dialog, &rows) } }
                if parts.registry { { service_registry(addresses.as_deref(), &rows) } }
                if parts.verify { { verify(addresses.as_deref(), &rows) } }
                if parts.spaces { { connection_table(addresses.as_deref(), table, &rows) } }
                if parts.diagnose {
                    { toggled_part("diagnose", state.diagnose_open, &ids, &on.diagnose, t.diagnose_toggle, &|panel| {
                        diagnose(DiagnoseView {
                            panel,
                            pasted: &state.pasted,
                            request,
                            addresses: addresses.as_deref(),
                            catalogue: &state.catalogue,
                            ids: &ids,
                            on_paste: &on.pasted,
                        })
                    }) }
                }
                if parts.guidance {
                    { guidance(&request.spaces, lang) }
                }
                if parts.exports {
                    if let Some(addresses) = addresses {
                        <Exports addresses={addresses.clone()} {lang} announcer={(*announcer).clone()}
                                 on_print={sheet.print.clone()} />
                    }
                }
                if parts.embed {
                    { toggled_part("embed", state.embed_open, &ids, &on.embed, t.embed_toggle, &|panel| {
                        embed(EmbedView {
                            panel,
                            request,
                            parts: state.embed_parts,
                            ids: &ids,
                            announcer: &announcer,
                            on_part: &on.embed_part,
                        })
                    }) }
                }
            </div>
            if parts.checklist {
                { checklist(lang, ids.of("checklist"), config.permalink.then(|| beside_widget("procedure.html").into())) }
            }
            <p class="pd-live" role="status" aria-live="polite">{ (*announcement).clone() }</p>
        </div>
    }
}

/// The form's callbacks, each turning a reader's change into an `Action`.
#[derive(Clone)]
struct Handlers {
    ent: Callback<Option<String>>,
    hosting: Callback<HostingKind>,
    uai: Callback<String>,
    url: Callback<String>,
    spaces: SpaceControls,
    qr_codes: Callback<MouseEvent>,
    direct_logins: Callback<MouseEvent>,
    spaces_editor: Callback<MouseEvent>,
    diagnose: Callback<MouseEvent>,
    pasted: Callback<String>,
    embed: Callback<MouseEvent>,
    embed_part: Callback<(&'static str, bool)>,
}

impl Handlers {
    fn new(dispatcher: UseReducerDispatcher<WidgetState>, ids: Ids) -> Handlers {
        let toggle = |action: Action| {
            let dispatcher = dispatcher.clone();
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(action.clone()))
        };
        Handlers {
            ent: dispatching(&dispatcher, Action::Ent),
            hosting: dispatching(&dispatcher, Action::Hosting),
            uai: dispatching(&dispatcher, Action::Uai),
            url: dispatching(&dispatcher, Action::Url),
            spaces: SpaceControls {
                ids,
                on_published: dispatching(&dispatcher, |(space, on)| Action::Published(space, on)),
                on_kind: dispatching(&dispatcher, |(space, kind)| Action::Kind(space, kind)),
            },
            qr_codes: toggle(Action::ToggleQrCodes),
            direct_logins: toggle(Action::ToggleDirectLogins),
            spaces_editor: toggle(Action::ToggleSpacesEditor),
            diagnose: toggle(Action::ToggleDiagnose),
            pasted: dispatching(&dispatcher, Action::Pasted),
            embed: toggle(Action::ToggleEmbed),
            embed_part: dispatching(&dispatcher, |(word, shown)| Action::EmbedPart(word, shown)),
        }
    }
}

/// A callback dispatching `make(value)`.
fn dispatching<T: 'static>(dispatcher: &UseReducerDispatcher<WidgetState>, make: fn(T) -> Action) -> Callback<T> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |value| dispatcher.dispatch(make(value)))
}
