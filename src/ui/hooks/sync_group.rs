//! Widgets of one page sharing a `data-sync` group follow one another: each joins the group while mounted
//! and receives the others' requests (it sends its own through `publish_request`).

use yew::prelude::*;

use crate::ui::state::{Action, WidgetState};
use crate::ui::sync;

/// Joins `group` (if any) for as long as the widget is mounted; the others' requests reach the widget
/// as `Action::Replace`.
#[hook]
pub fn use_sync_group(group: Option<String>, instance: u32, dispatcher: UseReducerDispatcher<WidgetState>) {
    use_effect_with((), move |_| {
        if let Some(group) = group.as_deref() {
            sync::join(
                group,
                instance,
                Callback::from(move |request| dispatcher.dispatch(Action::Replace(request))),
            );
        }
        move || {
            if let Some(group) = group.as_deref() {
                sync::leave(group, instance);
            }
        }
    });
}
