//! The page around the widget: its language and title (the standalone page's follow its widget) and
//! printing it.

use gloo::events::EventListener;

use crate::lang::Lang;

/// Gives the page `lang` and its title in `lang`: for the page a widget owns (the standalone page).
pub fn follow_language(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(lang.words().page_title);
}

/// Calls `then` whenever the page is about to be printed, for as long as the listener is kept.
pub fn before_print(then: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "beforeprint", move |_| then()))
}

/// Opens the browser's print dialog. A refused dialog (a sandboxed frame) leaves the sheet built, for the
/// reader's own print command.
pub fn print_dialog() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
