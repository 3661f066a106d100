//! Marks the widget's first render with the Performance API, so `make bench` measures what a reader sees
//! rather than when the wasm finished loading.

/// The mark's name, read by tools/bench.mjs.
pub const MARK: &str = "pronote-delegation:first-render";

/// Marks the first render once per page (later widgets on the same page do not move the mark).
pub fn mark() {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    if performance.get_entries_by_name(MARK).length() == 0 {
        let _ = performance.mark(MARK);
    }
}
