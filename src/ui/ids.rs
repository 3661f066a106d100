//! Element ids unique on the page, even with several widgets: each widget has its own prefix.

use yew::prelude::*;

/// The widget's id prefix, handed down to the parts that name elements (a prop, not a Yew context: a
/// context provider and its consumers cost more wasm than passing it along).
#[derive(Clone, PartialEq)]
pub struct Ids(pub AttrValue);

impl Ids {
    /// The page-unique id of this widget's element named `name`.
    pub fn of(&self, name: &str) -> AttrValue {
        AttrValue::from([&*self.0, "-", name].concat())
    }
}
