//! The widget's title and its language switch.

use yew::prelude::*;

use crate::lang::Lang;

/// The title, and a button that turns the widget into the other language. The widget that owns its page
/// (the standalone page) titles the page: its title is the page's `h1`. A view function.
pub fn header(lang: Lang, on_lang: &Callback<Lang>, owns_page: bool) -> Html {
    let t = lang.words();
    let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
    let on_lang = on_lang.clone();
    let onclick = Callback::from(move |_: MouseEvent| on_lang.emit(other));
    html! {
        <div class="pd-header">
            <@{if owns_page { "h1" } else { "h2" }} class="pd-title">{ t.title }</@>
            <button type="button" class="pd-lang" lang={t.other_language_code} {onclick}
                    aria-label={t.language_switch}>
                { t.other_language }
            </button>
        </div>
    }
}
