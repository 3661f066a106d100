//! Widgets of one page sharing a `data-sync` group follow one another: each joins the group while mounted
//! and receives the others' requests (it sends its own through `publish_request`). Every widget also hears
//! the page being printed, to build its printed sheet first: one effect for both, as each costs about
//! 0.45 KB of gzip wasm.

use yew::prelude::*;

use crate::browser::page::before_print;
use crate::ui::state::{Action, WidgetState};
use crate::ui::sync;

/// Joins `group` (if any) for as long as the widget is mounted; the others' requests reach the widget
/// as `Action::Replace`, and the page's print command (the browser's own, `beforeprint`) as
/// `Action::OpenSheet`: the sheet renders in the event's microtasks, before the page is laid out for paper.
#[hook]
pub fn use_sync_group(group: Option<String>, instance: u32, dispatcher: UseReducerDispatcher<WidgetState>) {
    use_effect_with((), move |_| {
        let printing = {
            let dispatcher = dispatcher.clone();
            before_print(move || dispatcher.dispatch(Action::OpenSheet))
        };
        if let Some(group) = group.as_deref() {
            sync::join(
                group,
                instance,
                Callback::from(move |request| dispatcher.dispatch(Action::Replace(request))),
            );
        }
        move || {
            drop(printing);
            if let Some(group) = group.as_deref() {
                sync::leave(group, instance);
            }
        }
    });
}
