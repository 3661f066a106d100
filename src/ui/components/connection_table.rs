//! The console's "Adresses de connexion des internautes": one row per space, with its publish box, its
//! delegation and its desktop and mobile addresses side by side; the direct-login addresses on demand.

use yew::prelude::*;

use crate::domain::addresses::{AddressKey, AddressSet};
use crate::domain::connection_table::{connection_table as rows, ConnectionLine};
use crate::domain::delegation::SpaceSettings;
use crate::ui::components::address_row::{address_value, RowContext};
use crate::ui::text::texts;

/// What the table needs beside the addresses.
pub struct TableView<'a> {
    pub spaces: &'a SpaceSettings,
    /// Whether the direct-login addresses (`?login=true`) are shown under each desktop address.
    pub direct_shown: bool,
    pub toggle_direct: &'a Callback<MouseEvent>,
}

/// The table; a placeholder while the hosting is missing or wrong. A view function.
pub fn connection_table(addresses: Option<&AddressSet>, table: TableView<'_>, view: &RowContext<'_>) -> Html {
    let t = texts(view.lang);
    let body = match addresses {
        None => html! { <p class="pd-placeholder">{ t.waiting_for_hosting }</p> },
        Some(set) => {
            let lines = rows(set, table.spaces);
            let any_direct = lines.iter().any(|line| line.direct_login.is_some());
            html! {
                <>
                    if any_direct {
                        <button type="button" class="pd-direct-toggle" aria-pressed={table.direct_shown.to_string()}
                                onclick={table.toggle_direct.clone()}>
                            { t.show_direct_logins }
                        </button>
                    }
                    <div class="pd-table-scroll">
                        <table class="pd-table pd-connections">
                            <thead><tr>
                                <th scope="col">{ t.space }</th><th scope="col">{ t.publish }</th>
                                <th scope="col">{ t.delegation_short }</th><th scope="col">{ t.desktop }</th>
                                <th scope="col">{ t.mobile }</th>
                            </tr></thead>
                            <tbody>{ for lines.iter().map(|line| row(line, set, table.direct_shown, view)) }</tbody>
                        </table>
                    </div>
                </>
            }
        }
    };
    html! {
        <section class="pd-group pd-group-spaces" aria-label={t.spaces_heading}>
            <h3 class="pd-group-heading">{ t.spaces_heading }</h3>
            <p class="pd-hint">{ t.spaces_addresses_hint }</p>
            { body }
        </section>
    }
}

fn row(line: &ConnectionLine, set: &AddressSet, direct_shown: bool, view: &RowContext<'_>) -> Html {
    let lang = view.lang;
    let t = texts(lang);
    let name = line.row.console_name(lang);
    let cell = |key: Option<AddressKey>| match key.and_then(|key| set.get(&key).map(|value| (key, value))) {
        Some((key, value)) => address_value(key, value, AttrValue::from(key.label(lang)), view),
        None => html! {},
    };
    let direct = line.direct_login.filter(|_| direct_shown);
    html! {
        <tr key={line.row.id()} data-space={line.row.id()}>
            <th scope="row">{ name }</th>
            <td>{ if line.published { t.yes } else { t.no } }</td>
            <td>{ line.kind.map(|kind| kind.label(lang)).unwrap_or("—") }</td>
            <td>{ cell(line.desktop) }{ cell(direct) }</td>
            <td>{ cell(line.mobile) }</td>
        </tr>
    }
}
