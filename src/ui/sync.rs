//! Widgets that share a `data-sync` group name follow one another: a procedure page asks for the school once
//! and every step's widget shows that school's addresses. Widgets without a group stay independent.

use std::cell::RefCell;

use yew::Callback;

use crate::domain::request::Request;

/// One widget in one group. A flat list rather than a map: a page holds a handful of widgets, and a
/// hash map would add its own code to the wasm.
struct Member {
    group: String,
    instance: u32,
    on_change: Callback<Request>,
}

thread_local! {
    static MEMBERS: RefCell<Vec<Member>> = const { RefCell::new(Vec::new()) };
}

/// Adds widget `instance` to `group`; `on_change` receives the other members' requests.
pub fn join(group: &str, instance: u32, on_change: Callback<Request>) {
    MEMBERS.with(|members| {
        members.borrow_mut().push(Member {
            group: group.to_owned(),
            instance,
            on_change,
        })
    });
}

/// Removes widget `instance` from `group` (when it is unmounted).
pub fn leave(group: &str, instance: u32) {
    MEMBERS.with(|members| {
        members
            .borrow_mut()
            .retain(|member| !(member.group == group && member.instance == instance))
    });
}

/// Tells the other members of `group` that `instance` now holds `request`.
pub fn publish(group: &str, instance: u32, request: &Request) {
    // Collected first: a member's callback may re-enter `publish` while the registry is borrowed.
    let others: Vec<Callback<Request>> = MEMBERS.with(|members| {
        members
            .borrow()
            .iter()
            .filter(|member| member.group == group && member.instance != instance)
            .map(|member| member.on_change.clone())
            .collect()
    });
    for member in others {
        member.emit(request.clone());
    }
}
