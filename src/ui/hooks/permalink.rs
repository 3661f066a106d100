//! The standalone page keeps the widget's request in its own address, written once typing pauses.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser::permalink;
use crate::domain::request::Request;

/// How long typing must pause before the page address follows the widget (milliseconds).
const PAUSE_MS: u32 = 250;

/// Writes `request` into the page address when `keep` is set, once typing pauses: `history.replaceState`
/// costs more than the rest of a keystroke's update. Each change replaces (so cancels) the pending write,
/// and so does the widget's end.
#[hook]
pub fn use_permalink(keep: bool, request: &Request) {
    let pending = use_mut_ref(|| None::<Timeout>);
    use_effect_with(request.clone(), move |request| {
        if keep {
            let request = request.clone();
            *pending.borrow_mut() = Some(Timeout::new(PAUSE_MS, move || permalink::write(&request)));
        }
    });
}
