//! Widgets of one page sharing a `data-sync` group follow one another: each joins the group while mounted,
//! receives the others' requests, and sends its reader's own changes.

use yew::prelude::*;

use crate::domain::request::Request;
use crate::ui::state::{Action, WidgetState};
use crate::ui::sync;

/// Joins `group` (if any) for as long as the widget is mounted, and publishes `request` whenever it
/// changes, unless the change came from the group (`from_sync`): echoing it back would let a slower,
/// older request overwrite what the reader has typed since.
#[hook]
pub fn use_sync_group(
    group: Option<String>,
    instance: u32,
    request: &Request,
    from_sync: bool,
    dispatcher: UseReducerDispatcher<WidgetState>,
) {
    {
        let group = group.clone();
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
    let group = group.filter(|_| !from_sync);
    use_effect_with(request.clone(), move |request| {
        if let Some(group) = group.as_deref() {
            sync::publish(group, instance, request);
        }
    });
}
