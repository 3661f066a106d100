//! The published part's effects: the widget's own try at reading the school's `InfoMobileApp.json`, once
//! per opening, and forgetting what was read when the school changes.

use yew::prelude::*;

use crate::browser::{published_fetch, published_json};
use crate::domain::published::read_with;
use crate::ui::published_part::{PartAction, PublishedPart};
use crate::ui::state::{Action, WidgetState};

/// Forgets the file when `address` (the school's file, `None` before the hosting gives a root) changes,
/// and tries to read it when the part opens.
#[hook]
pub fn use_published_file(
    address: Option<String>,
    part: &PublishedPart,
    dispatcher: UseReducerDispatcher<WidgetState>,
) {
    let dispatch = move |action| dispatcher.dispatch(Action::PublishedPart(action));
    {
        // A new school: what was read is another school's.
        let dispatch = dispatch.clone();
        use_effect_with(address.clone(), move |_| dispatch(PartAction::Forget));
    }
    // Tried once per opening, not on every keystroke of the school's code (each would be a request to
    // another host).
    let school = part.school;
    use_effect_with(part.open, move |open| {
        if let (true, Some(address)) = (*open, address) {
            dispatch(PartAction::Fetching);
            wasm_bindgen_futures::spawn_local(async move {
                let text = published_fetch::fetch(&address).await;
                let file = text.and_then(|text| read_with(&text, published_json::parse).ok());
                dispatch(PartAction::Fetched(school, file));
            });
        }
    });
}
