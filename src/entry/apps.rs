//! The widgets alive on the page, each with the element it lives in: documentation sites that swap their
//! content without reloading remove elements whose widget must then end (its sync-group membership, its
//! pending page-address write and its listeners end with it), and bring back copies of old markup that must
//! be mounted afresh.
//!
//! A Yew app is never destroyed: Yew 0.23 keeps, for the page's lifetime, the event handlers each app puts
//! on its host element, and with them the app's event registry (`HostHandlers::add_listener` forgets its
//! closures): 1 to 3 KiB of wasm memory per app. So an ended widget's app waits, empty, in a pool with its
//! own host `div`, and the next widget mounted takes it: the memory is that of the most widgets alive at
//! once, not of every mount.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::prelude::*;
use yew::AppHandle;

use crate::ui::widget::{Widget, WidgetProps};

/// Set on an element once its widget is mounted, so `mountAll` never mounts twice. A copy of the markup
/// carries it too, without a live app: `mountAll` then mounts afresh.
pub const MOUNTED: &str = "data-pronote-delegation-mounted";

/// Props of `Slot`: the widget to show, or none while the app waits in the pool.
#[derive(Properties, PartialEq)]
pub struct SlotProps {
    /// The widget to show.
    pub widget: Option<WidgetProps>,
}

/// The root of every app: its widget, a new one (all state afresh) for each mount, keyed by its instance.
#[function_component(Slot)]
fn slot(props: &SlotProps) -> Html {
    match &props.widget {
        Some(widget) => html! {
            <Widget key={widget.instance} config={widget.config.clone()} instance={widget.instance} />
        },
        None => Html::default(),
    }
}

/// An app and the element it renders into, which moves from page element to page element.
struct App {
    host: Element,
    handle: AppHandle<Slot>,
}

thread_local! {
    static LIVE: RefCell<Vec<(Element, App)>> = const { RefCell::new(Vec::new()) };
    static POOL: RefCell<Vec<App>> = const { RefCell::new(Vec::new()) };
}

/// Shows `widget` in `element`, in a pooled app when one waits; returns the app's host element (in
/// `element`), where the widget's markup lands.
pub fn show(element: Element, widget: WidgetProps) -> Option<Element> {
    let widget = Some(widget);
    let app = match POOL.with(|pool| pool.borrow_mut().pop()) {
        Some(mut app) => {
            app.handle.update(SlotProps { widget });
            app
        }
        None => {
            let host = web_sys::window()?.document()?.create_element("div").ok()?;
            let handle = yew::Renderer::<Slot>::with_root_and_props(host.clone(), SlotProps { widget }).render();
            App { host, handle }
        }
    };
    let _ = element.append_child(&app.host);
    let host = app.host.clone();
    LIVE.with(|live| live.borrow_mut().push((element, app)));
    Some(host)
}

/// Whether `element` holds a live widget (and not a copy of one's markup).
pub fn is_live(element: &Element) -> bool {
    LIVE.with(|live| live.borrow().iter().any(|(held, _)| held == element))
}

/// Ends a widget: its app empties and waits in the pool, its host out of the page.
fn end(mut app: App) {
    app.handle.update(SlotProps { widget: None });
    app.host.remove();
    POOL.with(|pool| pool.borrow_mut().push(app));
}

/// Takes out of the live widgets the first whose element `ended` says has ended. A `dyn` test: one copy
/// of the code for `unmount` and `sweep`.
fn take_live(ended: &dyn Fn(&Element) -> bool) -> Option<App> {
    LIVE.with(|live| {
        let mut live = live.borrow_mut();
        let at = live.iter().position(|(element, _)| ended(element))?;
        Some(live.swap_remove(at).1)
    })
}

/// JS: `unmount(element)`: ends the widget of `element`, if it has one, and empties the element.
#[wasm_bindgen]
pub fn unmount(element: &Element) {
    if let Some(app) = take_live(&|held| held == element) {
        end(app);
        element.set_text_content(None);
        let _ = element.remove_attribute(MOUNTED);
    }
}

/// JS: `sweep()`: ends every widget whose element has left the document; returns how many. Each is taken
/// out of the live list before it ends, so ending one never runs while the list is borrowed.
#[wasm_bindgen]
pub fn sweep() -> u32 {
    let mut count = 0;
    while let Some(app) = take_live(&|element| !element.is_connected()) {
        end(app);
        count += 1;
    }
    count
}

/// How many widgets are alive on the page.
pub fn live_count() -> usize {
    LIVE.with(|live| live.borrow().len())
}
