//! Widgets that share a `data-sync` group name follow one another: a procedure page asks for the school once
//! and every step's widget shows that school's addresses. Widgets without a group stay independent.

use std::cell::RefCell;
use std::collections::HashMap;

use yew::Callback;

use crate::domain::request::Request;

type Members = Vec<(u32, Callback<Request>)>;

thread_local! {
    static GROUPS: RefCell<HashMap<String, Members>> = RefCell::new(HashMap::new());
}

/// Adds widget `instance` to `group`; `on_change` receives the other members' requests.
pub fn join(group: &str, instance: u32, on_change: Callback<Request>) {
    GROUPS.with(|groups| {
        groups
            .borrow_mut()
            .entry(group.to_owned())
            .or_default()
            .push((instance, on_change))
    });
}

/// Removes widget `instance` from `group` (when it is unmounted).
pub fn leave(group: &str, instance: u32) {
    GROUPS.with(|groups| {
        if let Some(members) = groups.borrow_mut().get_mut(group) {
            members.retain(|(member, _)| *member != instance);
        }
    });
}

/// Tells the other members of `group` that `instance` now holds `request`.
pub fn publish(group: &str, instance: u32, request: &Request) {
    // Collected first: a member's callback may re-enter `publish` while the registry is borrowed.
    let others: Vec<Callback<Request>> = GROUPS.with(|groups| {
        groups
            .borrow()
            .get(group)
            .map(|members| {
                members
                    .iter()
                    .filter(|(m, _)| *m != instance)
                    .map(|(_, cb)| cb.clone())
                    .collect()
            })
            .unwrap_or_default()
    });
    for member in others {
        member.emit(request.clone());
    }
}
