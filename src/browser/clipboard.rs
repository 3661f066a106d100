//! Copying an address: the Clipboard API first, then the older `execCommand("copy")`, then selecting the
//! text so the reader can press Ctrl+C. Each step says what happened, so the widget can announce it.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Clipboard, Element, HtmlDocument, HtmlTextAreaElement};

/// How a copy ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyOutcome {
    /// The Clipboard API took the text.
    Copied,
    /// The Clipboard API is missing or was denied; `execCommand("copy")` took the text.
    CopiedByFallback,
    /// Nothing could write to the clipboard; the text is selected on the page.
    Selected,
}

/// Copies `text`; `shown` is the element displaying it, selected as a last resort.
pub async fn copy(text: &str, shown: Option<Element>) -> CopyOutcome {
    if let Some(clipboard) = clipboard() {
        if JsFuture::from(clipboard.write_text(text)).await.is_ok() {
            return CopyOutcome::Copied;
        }
    }
    if copy_with_exec_command(text) {
        return CopyOutcome::CopiedByFallback;
    }
    if let Some(element) = shown {
        select_contents(&element);
    }
    CopyOutcome::Selected
}

/// `navigator.clipboard`, which is absent outside secure contexts and in some embedded browsers.
fn clipboard() -> Option<Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    value.dyn_into::<Clipboard>().ok()
}

/// The pre-Clipboard-API way: select an off-screen text area and ask the document to copy.
fn copy_with_exec_command(text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(body) = document.body() else { return false };
    let Ok(area) = document
        .create_element("textarea")
        .map(|e| e.unchecked_into::<HtmlTextAreaElement>())
    else {
        return false;
    };
    area.set_value(text);
    area.set_read_only(true);
    area.set_class_name("pd-offscreen");
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = document
        .dyn_ref::<HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    copied
}

/// Selects the text of `element` in the page, ready for Ctrl+C.
fn select_contents(element: &Element) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(range), Ok(Some(selection))) = (document.create_range(), document.get_selection()) else {
        return;
    };
    if range.select_node_contents(element).is_ok() {
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(&range);
    }
}
