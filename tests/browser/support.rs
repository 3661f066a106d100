//! Browser-test helpers: mount a widget into a fresh element, act on it as a reader would, read it back.
//!
//! Every browser test runs in the same page, after the others: what a test changes on the page is undone
//! when it ends, by the guards below, so that no test sees another's widgets, sync groups, pending
//! page-address writes or query. A failing test may be the exception (a panic in wasm aborts, and whether
//! its guards still drop depends on where it stopped): after a failure, read the first one.

use std::ops::Deref;
use std::time::Duration;

use pronote_delegation::entry::apps::unmount;
use pronote_delegation::entry::mount::mount_with;
use pronote_delegation::options::{OptionName, WidgetOptions};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, InputEvent, InputEventInit,
};

/// A widget a test mounted, in an element of its own; derefs to that element, which the helpers below take.
/// Dropped (at the end of the test), it ends the widget as the page API's `unmount` does (its sync-group
/// membership, its pending page-address write and its listeners end with it) and removes the element.
pub struct Mounted {
    host: Element,
}

impl Deref for Mounted {
    type Target = Element;

    fn deref(&self) -> &Element {
        &self.host
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        unmount(&self.host);
        self.host.remove();
    }
}

/// A fresh element appended to `<body>` (never the runner's `#output`), holding a widget mounted with `options`.
pub async fn mount(options: WidgetOptions) -> Mounted {
    let document = gloo::utils::document();
    let host = document.create_element("div").expect("create a host element");
    document
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("append the host");
    mount_with(host.clone(), options);
    settle().await;
    Mounted { host }
}

/// The page address as a test found it, put back when dropped: permalinked widgets write the page address
/// and tests set queries of their own, and the next test must start from the runner's address.
pub struct PageAddress {
    found: String,
}

impl PageAddress {
    /// Keeps the current page address, then replaces its query with `query` (`""`, or `"?…"`).
    pub fn with_query(query: &str) -> Self {
        let location = gloo::utils::window().location();
        let path = location.pathname().expect("a path");
        let found = format!(
            "{path}{}{}",
            location.search().expect("a query"),
            location.hash().expect("a fragment")
        );
        replace_page_address(&format!("{path}{query}"));
        PageAddress { found }
    }
}

impl Drop for PageAddress {
    fn drop(&mut self) {
        replace_page_address(&self.found);
    }
}

fn replace_page_address(address: &str) {
    gloo::utils::window()
        .history()
        .expect("a history")
        .replace_state_with_url(&JsValue::NULL, "", Some(address))
        .expect("replace the page address");
}

/// Lets Yew render and spawned futures run.
pub async fn settle() {
    yew::scheduler::flush().await;
    yew::platform::time::sleep(Duration::ZERO).await;
    yew::scheduler::flush().await;
}

/// Waits (by ticks, up to ~2 s) until `ready` holds; returns whether it did. Never a timing assertion.
pub async fn eventually(mut ready: impl FnMut() -> bool) -> bool {
    for _ in 0..200 {
        if ready() {
            return true;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
        yew::scheduler::flush().await;
    }
    ready()
}

/// The element under `root` matching `selector`, which the test needs to exist.
pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

/// Types (or pastes) `text` into the input or text area as a reader would (the value, then an `input`
/// event).
pub async fn type_into(root: &Element, selector: &str, text: &str) {
    let field = find(root, selector);
    match field.dyn_ref::<HtmlInputElement>() {
        Some(input) => input.set_value(text),
        None => field
            .dyn_ref::<HtmlTextAreaElement>()
            .expect("an input or a text area")
            .set_value(text),
    }
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).expect("an input event");
    field.dispatch_event(&event).expect("dispatch input");
    settle().await;
}

/// Chooses `value` in a `<select>` (then a `change` event).
pub async fn choose(root: &Element, selector: &str, value: &str) {
    let select: HtmlSelectElement = find(root, selector).dyn_into().expect("a select");
    select.set_value(value);
    change(select.unchecked_ref()).await;
}

/// Clicks an input (radio, checkbox) and sends the `change` event the browser would.
pub async fn tick(root: &Element, selector: &str) {
    let element: HtmlElement = find(root, selector).dyn_into().expect("an element");
    element.click();
    settle().await;
}

async fn change(element: &Element) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).expect("a change event");
    element.dispatch_event(&event).expect("dispatch change");
    settle().await;
}

/// Clicks a button.
pub async fn click(root: &Element, selector: &str) {
    let button: HtmlElement = find(root, selector).dyn_into().expect("a clickable element");
    button.click();
    settle().await;
}

/// The text of the address with contract key `key`, if shown.
pub fn address(root: &Element, key: &str) -> Option<String> {
    root.query_selector(&format!("[data-address=\"{key}\"]"))
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
}

/// Every `data-address` key shown, in page order.
pub fn address_keys(root: &Element) -> Vec<String> {
    attribute_values(root, "[data-address]", "data-address")
}

/// The value of `attribute` on every element `selector` finds under `root`, in page order.
pub fn attribute_values(root: &Element, selector: &str, attribute: &str) -> Vec<String> {
    let found = root.query_selector_all(selector).expect("a valid selector");
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok()?.get_attribute(attribute))
        .collect()
}

/// The text of the error shown for `field`, if any.
pub fn error(root: &Element, field: &str) -> Option<String> {
    root.query_selector(&format!("[data-error=\"{field}\"]"))
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
}

/// The whole visible text of the widget.
pub fn text(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

/// Options with only the given ones set, by their contract names.
pub fn options(pairs: &[(&str, &str)]) -> WidgetOptions {
    let mut options = WidgetOptions::default();
    for (name, value) in pairs {
        let option = OptionName::named(name).unwrap_or_else(|| panic!("unknown option {name}"));
        options.set(option, (*value).to_owned());
    }
    options
}

/// Types `text` one key at a time, letting the page run between keys as a typist does, settling at the end.
pub async fn type_keys(root: &Element, selector: &str, text: &str) {
    let input: HtmlInputElement = find(root, selector).dyn_into().expect("an input");
    for end in 1..=text.len() {
        input.set_value(&text[..end]);
        let init = InputEventInit::new();
        init.set_bubbles(true);
        let event = InputEvent::new_with_event_init_dict("input", &init).expect("an input event");
        input.dispatch_event(&event).expect("dispatch input");
        yew::platform::time::sleep(Duration::ZERO).await;
    }
    settle().await;
}
