//! Marks the widget's first render with the Performance API, for `make bench`: the moment the first
//! widget's markup is in the document, which is also what the benchmark's baseline page marks.
//!
//! Not an effect of the widget: Yew yields to the browser every 16 ms once the DOM is consistent, so an
//! effect can run after a layout and a paint, which the baseline's mark never includes. A mutation
//! observer's callback runs right after the DOM change, before the browser paints.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, MutationObserver, MutationObserverInit};

/// The mark's name, read by tools/bench.mjs.
pub const MARK: &str = "pronote-delegation:first-render";

/// Marks the first render once per page, when a widget's markup first lands in `element` (later
/// widgets on the same page do not move the mark).
pub fn observe(element: &Element) {
    if marked() {
        return;
    }
    let on_change =
        Closure::<dyn FnMut(js_sys::Array, MutationObserver)>::new(|_: js_sys::Array, observer: MutationObserver| {
            observer.disconnect();
            mark();
        });
    let Ok(observer) = MutationObserver::new(on_change.as_ref().unchecked_ref()) else {
        return;
    };
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    if observer.observe_with_options(element, &options).is_ok() {
        // One small closure per widget mounted before the mark, kept for the page's lifetime.
        on_change.forget();
    }
}

fn marked() -> bool {
    web_sys::window()
        .and_then(|w| w.performance())
        .is_none_or(|performance| performance.get_entries_by_name(MARK).length() > 0)
}

fn mark() {
    if !marked() {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark(MARK);
        }
    }
}
