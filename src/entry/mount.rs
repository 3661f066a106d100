//! Mounting widgets into a host page: on every `data-pronote-delegation` element (`mountAll`), on a
//! `<pronote-delegation>` element (`mountElement`, called by the custom element `widget.js` defines), or on
//! an element a script chooses (`mount`). Each widget is independent; the page around it is never touched.

use std::sync::atomic::{AtomicU32, Ordering};

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::browser::first_render;
use crate::browser::js_record::{Record, RecordError};
use crate::browser::permalink;
use crate::entry::apps::{self, MOUNTED};
use crate::entry::js_error::{into_error, warn, BoundaryError};
use crate::options::{OptionName, WidgetConfig, WidgetOptions};
use crate::ui::widget::{Widget, WidgetProps};

/// The attribute that marks an element to hold a widget.
pub const SELECTOR: &str = "[data-pronote-delegation]";

static INSTANCES: AtomicU32 = AtomicU32::new(0);

/// JS: `mount(element, options)`. Options are the widget contract's, by name (`OptionName`, the attributes'
/// names); an unknown or mistyped one is a JS `Error`.
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> Result<(), JsValue> {
    let options = options_from_js(&options).map_err(|error| into_error(BoundaryError::Options(error)))?;
    mount_with(element, options);
    Ok(())
}

/// JS: `mountAll()`: mounts a widget on every marked element not mounted yet; returns how many.
#[wasm_bindgen(js_name = mountAll)]
pub fn mount_all() -> u32 {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(found) = document.query_selector_all(SELECTOR) else {
        return 0;
    };
    let mut mounted = 0;
    for index in 0..found.length() {
        let Some(element) = found.item(index).and_then(|node| node.dyn_into::<Element>().ok()) else {
            continue;
        };
        if element.has_attribute(MOUNTED) && apps::is_live(&element) {
            continue;
        }
        let options = options_from_attributes(&element, "data-");
        mount_with(element, options);
        mounted += 1;
    }
    mounted
}

/// JS: `mountElement(element)`: (re)mounts the widget of a `<pronote-delegation>` element from its
/// attributes, the same names without `data-`.
#[wasm_bindgen(js_name = mountElement)]
pub fn mount_element(element: Element) {
    apps::unmount(&element);
    let options = options_from_attributes(&element, "");
    mount_with(element, options);
}

/// Mounts one widget; the permalink (when asked for) wins over the element's own settings.
pub fn mount_with(element: Element, mut options: WidgetOptions) {
    if options.permalink == Some(true) {
        permalink::restore(&mut options);
    }
    let config = WidgetConfig::from_options(&options);
    for word in &config.unknown_parts {
        warn(&format!("data-show: unknown part \"{word}\""));
    }
    let _ = element.set_attribute(MOUNTED, "");
    // The element's placeholder ("Chargement…") gives way to the widget.
    element.set_text_content(None);
    first_render::observe(&element);
    let instance = INSTANCES.fetch_add(1, Ordering::Relaxed) + 1;
    let app = yew::Renderer::<Widget>::with_root_and_props(element.clone(), WidgetProps { config, instance }).render();
    apps::keep(element, app);
}

/// The widget options a script passes as an object; `undefined` or `null` is no option at all. A flag set to
/// `false` is a flag not given, as an attribute left out is.
pub fn options_from_js(options: &JsValue) -> Result<WidgetOptions, RecordError> {
    let mut read = WidgetOptions::default();
    if options.is_undefined() || options.is_null() {
        return Ok(read);
    }
    let record = Record::read(options, &OptionName::NAMES)?;
    read.try_read(|option| {
        if option.is_flag() {
            Ok(record.flag(option.name())?.filter(|on| *on).map(|_| String::new()))
        } else {
            record.text(option.name())
        }
    })?;
    Ok(read)
}

/// The widget options written as attributes: `data-<name>` on any element (`prefix` "data-"), `<name>` on
/// a `<pronote-delegation>` element (`prefix` ""). A flag is on when its attribute is there, whatever its
/// value.
pub fn options_from_attributes(element: &Element, prefix: &str) -> WidgetOptions {
    let mut read = WidgetOptions::default();
    read.read(|option| element.get_attribute(&format!("{prefix}{}", option.name())));
    read
}
