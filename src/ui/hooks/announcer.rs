//! The widget's live region: what it says now, and the one `Announcer` every copy button reports to.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::announcer::Announcer;

/// The live region's text and its announcer. The announcer is made once: a new callback on every render
/// would make the `Exports` props unequal and re-render it for nothing.
#[hook]
pub fn use_announcer() -> (UseStateHandle<String>, Rc<Announcer>) {
    let announcement = use_state(String::new);
    let say = announcement.setter();
    let announcer = use_memo((), move |_| {
        Announcer(Callback::from(move |message: String| say.set(message)))
    });
    (announcement, announcer)
}
