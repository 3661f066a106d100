//! One polite live region per widget: copy buttons anywhere in it report there, so a screen reader hears
//! "Copied" once, and sighted readers see it too.

use yew::prelude::*;

/// Made once per widget (`Handlers`), its messages kept in the widget's state, and handed down to every copy button (a prop, not a Yew context, like `Ids`).
#[derive(Clone, PartialEq)]
pub struct Announcer(pub Callback<String>);

impl Announcer {
    /// Says `message` in the widget's live region.
    pub fn announce(&self, message: String) {
        self.0.emit(message);
    }
}
