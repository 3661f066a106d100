//! The compiled-in presets, built once per page and shared by every widget and the JS API.

use std::rc::Rc;

use crate::domain::catalogue::Catalogue;

thread_local! {
    static BUILTIN: Rc<Catalogue> = Rc::new(Catalogue::builtin());
}

/// The built-in catalogue of this page.
pub fn builtin_catalogue() -> Rc<Catalogue> {
    BUILTIN.with(Rc::clone)
}
