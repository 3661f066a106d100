//! Element ids unique on the page, even with several widgets: each widget has its own prefix.

use yew::prelude::*;

/// The widget's id prefix, shared through a yew context.
#[derive(Clone, PartialEq)]
pub struct Ids(pub AttrValue);

impl Ids {
    /// The page-unique id of this widget's element named `name`.
    pub fn of(&self, name: &str) -> AttrValue {
        AttrValue::from(format!("{}-{}", self.0, name))
    }
}

/// The ids of the widget being rendered (a default prefix outside a widget, e.g. in a lone component test).
#[hook]
pub fn use_ids() -> Ids {
    use_context::<Ids>().unwrap_or_else(|| Ids(AttrValue::Static("pd")))
}
