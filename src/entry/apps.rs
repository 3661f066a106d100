//! The widgets alive on the page, each with the element it lives in: documentation sites that swap their
//! content without reloading remove elements whose Yew app must then end (its sync-group membership, its
//! pending page-address write and its listeners end with it), and bring back copies of old markup that must
//! be mounted afresh.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::ui::widget::Widget;

/// Set on an element once its widget is mounted, so `mountAll` never mounts twice. A copy of the markup
/// carries it too, without a live app: `mountAll` then mounts afresh.
pub const MOUNTED: &str = "data-pronote-delegation-mounted";

thread_local! {
    static LIVE: RefCell<Vec<(Element, AppHandle<Widget>)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps a mounted widget's app, so that it can be ended with its element.
pub fn keep(element: Element, app: AppHandle<Widget>) {
    LIVE.with(|live| live.borrow_mut().push((element, app)));
}

/// Whether `element` holds a live widget (and not a copy of one's markup).
pub fn is_live(element: &Element) -> bool {
    LIVE.with(|live| live.borrow().iter().any(|(held, _)| held == element))
}

/// JS: `unmount(element)`: ends the widget of `element`, if it has one, and empties the element.
#[wasm_bindgen]
pub fn unmount(element: &Element) {
    let ended = LIVE.with(|live| {
        let mut live = live.borrow_mut();
        let at = live.iter().position(|(held, _)| held == element)?;
        Some(live.swap_remove(at).1)
    });
    if let Some(app) = ended {
        app.destroy();
        element.set_text_content(None);
        let _ = element.remove_attribute(MOUNTED);
    }
}

/// JS: `sweep()`: ends every widget whose element has left the document; returns how many.
#[wasm_bindgen]
pub fn sweep() -> u32 {
    let gone: Vec<AppHandle<Widget>> = LIVE.with(|live| {
        let mut live = live.borrow_mut();
        let (kept, gone): (Vec<_>, Vec<_>) = live.drain(..).partition(|(element, _)| element.is_connected());
        *live = kept;
        gone.into_iter().map(|(_, app)| app).collect()
    });
    let count = gone.len() as u32;
    for app in gone {
        app.destroy();
    }
    count
}

/// How many widgets are alive on the page.
pub fn live_count() -> usize {
    LIVE.with(|live| live.borrow().len())
}
