//! What the ENT's CAS administrator registers: the school's root as a service, in each format a CAS
//! registry reads, the one the ENT's family reads first.

use yew::prelude::*;

use crate::domain::addresses::{AddressGroup, AddressSet};
use crate::ui::components::address_row::{address_row, RowContext};
use crate::ui::components::group::group;

/// The registry's addresses; `None` while the hosting is missing or wrong. A view function.
pub fn service_registry(addresses: Option<&AddressSet>, view: &RowContext<'_>) -> Html {
    let t = view.lang.words();
    let body = match addresses {
        None => html! { <p class="pd-placeholder">{ t.waiting_for_hosting }</p> },
        Some(set) => set
            .in_group(AddressGroup::CasRegistry)
            .map(|address| address_row(address.key, &address.value, view))
            .collect::<Html>(),
    };
    group("pd-group-registry", t.registry_heading, Some(t.registry_hint), body)
}
