//! Where the widget's request goes beyond the widget: the page address (the standalone page's permalink,
//! whose page also takes the widget's language and title) and the other widgets of its sync group. One
//! effect for all: each effect costs about 0.45 KB of gzip wasm.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser::{page, permalink};
use crate::domain::request::Request;
use crate::ui::sync;

/// How long typing must pause before the page address follows the widget (milliseconds).
const PERMALINK_PAUSE_MS: u32 = 250;

/// Where to publish the request.
pub struct Publish {
    /// Keep the request in the page address.
    pub permalink: bool,
    /// The sync group and this widget's place in it; `None` when the widget has no group, or when the
    /// change came from the group (echoing it back would let a slower, older request overwrite what
    /// the reader has typed since).
    pub group: Option<(String, u32)>,
}

/// Publishes `request` whenever it changes. The page address is written once typing pauses:
/// `history.replaceState` costs more than the rest of a keystroke's update; each change replaces (so
/// cancels) the pending write, and so does the widget's end.
#[hook]
pub fn use_publish_request(request: &Request, publish: Publish) {
    // The pending write of the page address, and the language the page was last given (a keystroke
    // changes the request, seldom its language).
    let published = use_mut_ref(|| (None::<Timeout>, None));
    use_effect_with(request.clone(), move |request| {
        if let Some((group, instance)) = &publish.group {
            sync::publish(group, *instance, request);
        }
        if publish.permalink {
            let (pending, page_lang) = &mut *published.borrow_mut();
            if page_lang.replace(request.lang) != Some(request.lang) {
                page::follow_language(request.lang);
            }
            let request = request.clone();
            *pending = Some(Timeout::new(PERMALINK_PAUSE_MS, move || permalink::write(&request)));
        }
    });
}
