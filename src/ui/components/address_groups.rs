//! The computed addresses, grouped as the reader meets them: the console's CAS dialog, the ENT's CAS
//! registry, then each published space's desktop and mobile addresses.

use yew::prelude::*;

use crate::domain::addresses::{AddressGroup, AddressKey, AddressSet};
use crate::ui::components::address_row::{address_row, RowContext};
use crate::ui::text::texts;

/// One group of addresses, with its heading and what it is for. `addresses` is `None` while the hosting
/// is missing or wrong (no stale address is ever shown); `has_ent` says whether an ENT is chosen (else the
/// CAS dialog explains what is missing). A view function: it changes with every keystroke anyway, and a
/// component would cost about 1 KB of gzip wasm.
pub fn address_group(
    group: AddressGroup,
    addresses: Option<&AddressSet>,
    has_ent: bool,
    view: &RowContext<'_>,
) -> Html {
    let lang = view.lang;
    let t = texts(lang);
    let (heading, hint) = match group {
        AddressGroup::CasDialog => (t.cas_heading, t.cas_hint),
        AddressGroup::CasRegistry => (t.registry_heading, t.registry_hint),
        AddressGroup::Spaces => (t.spaces_heading, t.spaces_addresses_hint),
    };
    let body = match addresses {
        None => html! { <p class="pd-placeholder">{ t.waiting_for_hosting }</p> },
        Some(set) => {
            let rows: Vec<Html> = set
                .entries
                .iter()
                .filter(|a| a.key.group() == group)
                .map(|address| address_row(address, view))
                .collect();
            let missing = match group {
                AddressGroup::CasDialog | AddressGroup::CasRegistry if !has_ent => Some(t.cas_needs_ent),
                // The domain leaves the CAS addresses out when no published space delegates to CAS.
                AddressGroup::CasDialog | AddressGroup::CasRegistry if set.get(&AddressKey::CasLogin).is_none() => {
                    Some(t.cas_unused)
                }
                AddressGroup::Spaces if rows.is_empty() => Some(t.no_space_published),
                _ => None,
            };
            html! {
                <>
                    if let Some(missing) = missing {
                        <p class="pd-placeholder">{ missing }</p>
                    }
                    { for rows }
                </>
            }
        }
    };
    html! {
        <section class={classes!("pd-group", format!("pd-group-{}", group_id(group)))}
                 aria-label={heading}>
            <h3 class="pd-group-heading">{ heading }</h3>
            <p class="pd-hint">{ hint }</p>
            { body }
        </section>
    }
}

fn group_id(group: AddressGroup) -> &'static str {
    match group {
        AddressGroup::CasDialog => "cas",
        AddressGroup::CasRegistry => "registry",
        AddressGroup::Spaces => "spaces",
    }
}
