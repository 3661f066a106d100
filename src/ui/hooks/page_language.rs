//! The page a widget owns (the standalone page, whose address is the widget's permalink) speaks the
//! widget's language: its `lang` and its title follow the reader's choice.

use yew::prelude::*;

use crate::lang::Lang;

/// Gives the page `lang` and its title in `lang`, when the widget owns the page.
#[hook]
pub fn use_page_language(owns_page: bool, lang: Lang) {
    use_effect_with((owns_page, lang), |&(owns_page, lang)| {
        let document = web_sys::window().and_then(|window| window.document());
        if let Some(document) = document.filter(|_| owns_page) {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            document.set_title(lang.words().page_title);
        }
    });
}
