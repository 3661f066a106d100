//! The console's steps, one after the other, for the reader who has the console open beside the widget
//! (part `checklist`): one source for the standalone page and any procedure page, in the widget's language.

use yew::prelude::*;

use crate::browser::widget_base::beside_widget;
use crate::lang::Lang;

/// The steps in the console's order. Their words between `*` are the console's own labels.
fn steps(lang: Lang) -> [&'static str; 11] {
    let t = lang.words();
    [
        t.checklist_sign_in,
        t.checklist_open_pronote_net,
        t.checklist_stop_publishing,
        t.checklist_delegation_tab,
        t.checklist_cas_gear,
        t.checklist_choose_ent,
        t.checklist_confirm,
        t.checklist_compare,
        t.checklist_validate,
        t.checklist_space_delegations,
        t.checklist_publish,
    ]
}

/// The steps as a numbered list; on the standalone page (the widget owns its page), with a link to the
/// example procedure page beside it. A view function.
pub fn checklist(lang: Lang, id: AttrValue, owns_page: bool) -> Html {
    let t = lang.words();
    let procedure = owns_page.then(|| AttrValue::from(beside_widget("procedure.html")));
    html! {
        <section class="pd-checklist" aria-labelledby={id.clone()}>
            <h2 {id} class="pd-checklist-heading">{ t.checklist_heading }</h2>
            <ol>
                { for steps(lang).into_iter().map(|step| html! { <li>{ emphasised(step) }</li> }) }
            </ol>
            if let Some(href) = procedure {
                <p><a {href}>{ t.procedure_link }</a></p>
            }
        </section>
    }
}

/// A step's text with its console labels (between `*`) emphasised. The console speaks French, so they
/// are marked as French in both languages.
fn emphasised(step: &'static str) -> Html {
    step.split('*')
        .enumerate()
        .map(|(index, text)| match index % 2 {
            0 => Html::from(text),
            _ => html! { <em lang="fr">{ text }</em> },
        })
        .collect()
}

/// Every step of `lang`, with the `*` marks left in: for the tests of the words.
pub fn step_texts(lang: Lang) -> [&'static str; 11] {
    steps(lang)
}
