//! The widget's title and its language switch.

use yew::prelude::*;

use crate::lang::Lang;

/// The title, and a button that turns the widget into the other language. A view function.
pub fn header(lang: Lang, on_lang: &Callback<Lang>) -> Html {
    let t = lang.words();
    let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
    let on_lang = on_lang.clone();
    let onclick = Callback::from(move |_: MouseEvent| on_lang.emit(other));
    html! {
        <div class="pd-header">
            <h2 class="pd-title">{ t.title }</h2>
            <button type="button" class="pd-lang" lang={t.other_language_code} {onclick}
                    aria-label={t.language_switch}>
                { t.other_language }
            </button>
        </div>
    }
}
