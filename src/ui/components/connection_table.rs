//! The console's "Adresses de connexion des internautes": one row per space, with its publish box, its
//! delegation and its desktop and mobile addresses side by side. The direct-login addresses, the QR codes
//! and the controls that change a space wait for the reader to ask: each would cost a few dozen elements.

use yew::prelude::*;

use crate::domain::addresses::{AddressKey, AddressSet};
use crate::domain::connection_table::{connection_table as rows, ConnectionLine, ConnectionRow};
use crate::domain::delegation::SpaceSettings;
use crate::ui::components::address_row::{address_value, RowContext};
use crate::ui::components::group::group;
use crate::ui::components::spaces_table::{kind_control, publish_control, SpaceControls};
use crate::ui::handlers::Handlers;
use crate::ui::state::{TableToggles, WidgetState};

/// What the table needs beside the addresses.
pub struct TableView<'a> {
    pub spaces: &'a SpaceSettings,
    pub toggles: TableToggles,
    /// The controls that change a space, shown in place of the values when the reader asks.
    pub controls: &'a SpaceControls,
    pub toggle_qr_codes: &'a Callback<MouseEvent>,
    pub toggle_direct_logins: &'a Callback<MouseEvent>,
    pub toggle_editor: &'a Callback<MouseEvent>,
}

impl<'a> TableView<'a> {
    /// The table's view of the widget's state, with the widget's callbacks.
    pub fn of(state: &'a WidgetState, on: &'a Handlers) -> TableView<'a> {
        TableView {
            spaces: &state.request.spaces,
            toggles: state.table,
            controls: &on.spaces,
            toggle_qr_codes: &on.qr_codes,
            toggle_direct_logins: &on.direct_logins,
            toggle_editor: &on.spaces_editor,
        }
    }
}

/// The table; a placeholder while the hosting is missing or wrong. A view function.
pub fn connection_table(addresses: Option<&AddressSet>, table: TableView<'_>, view: &RowContext<'_>) -> Html {
    let t = view.lang.words();
    let toggles = table.toggles;
    let toggle = |class: &'static str, pressed: bool, onclick: &Callback<MouseEvent>, caption: &'static str| {
        html! {
            <button type="button" class={class} aria-pressed={pressed.to_string()} onclick={onclick.clone()}>
                { caption }
            </button>
        }
    };
    let body = match addresses {
        None => html! { <p class="pd-placeholder">{ t.waiting_for_hosting }</p> },
        Some(set) => {
            let lines = rows(set, table.spaces);
            let any_direct = lines.iter().any(|line| line.direct_login.is_some());
            let any_mobile = lines.iter().any(|line| line.mobile.is_some());
            let editing = toggles.editing.then_some(table.controls);
            html! {
                <>
                    { toggle("pd-edit-spaces", toggles.editing, table.toggle_editor, t.edit_spaces) }
                    if any_direct {
                        { toggle("pd-direct-toggle", toggles.direct_logins, table.toggle_direct_logins, t.show_direct_logins) }
                    }
                    if any_mobile {
                        { toggle("pd-qr-toggle", toggles.qr_codes, table.toggle_qr_codes, t.show_qr) }
                    }
                    if toggles.qr_codes {
                        <p class="pd-hint">{ t.qr_caption }{ ". " }{ t.qr_not_login }</p>
                    }
                    <div class="pd-table-scroll">
                        <table class="pd-table pd-connections">
                            <thead><tr>
                                <th scope="col">{ t.space }</th><th scope="col">{ t.publish }</th>
                                <th scope="col">{ t.delegation_short }</th><th scope="col">{ t.desktop }</th>
                                <th scope="col">{ t.mobile }</th>
                            </tr></thead>
                            <tbody>{ for lines.iter().map(|line| row(line, set, &table, editing, view)) }</tbody>
                        </table>
                    </div>
                    if editing.is_some() && table.spaces.commune_fell_back() {
                        <p class="pd-notice" data-warning="commune-fell-back">{ t.commune_fell_back }</p>
                    }
                </>
            }
        }
    };
    group("pd-group-spaces", t.spaces_heading, None, body)
}

fn row(
    line: &ConnectionLine,
    set: &AddressSet,
    table: &TableView<'_>,
    editing: Option<&SpaceControls>,
    view: &RowContext<'_>,
) -> Html {
    let lang = view.lang;
    let t = lang.words();
    let cell = |key: Option<AddressKey>| match key.and_then(|key| set.get(&key).map(|value| (key, value))) {
        Some((key, value)) => address_value(key, value, AttrValue::from(key.label(lang)), view),
        None => html! {},
    };
    let direct = line.direct_login.filter(|_| table.toggles.direct_logins);
    let (publish, kind) = match (line.row, editing) {
        (ConnectionRow::Space(space), Some(controls)) => (
            publish_control(space, table.spaces, controls, lang),
            kind_control(space, table.spaces, controls, lang),
        ),
        _ => (
            Html::from(if line.published { t.yes } else { t.no }),
            Html::from(line.kind.map(|kind| kind.label(lang)).unwrap_or("—")),
        ),
    };
    html! {
        <tr key={line.row.id()} data-space={line.row.id()}>
            <th scope="row">{ line.row.console_name(lang) }</th>
            // `data-label` names each cell where a phone shows the row as a card, without its header.
            <td data-label={t.publish}>{ publish }</td>
            <td data-label={t.delegation_short}>{ kind }</td>
            <td data-label={t.desktop}>{ cell(line.desktop) }{ cell(direct) }</td>
            <td data-label={t.mobile}>{ cell(line.mobile) }</td>
        </tr>
    }
}
