//! "Diagnostiquer": the reader pastes the address their browser shows when the delegation fails and reads
//! what it says against their school's configuration; beside it, the message for the ENT's administrator.
//! Closed, it is one button: the field, the findings and the link are built when the reader opens it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::idn;
use crate::domain::addresses::AddressSet;
use crate::domain::catalogue::Catalogue;
use crate::domain::diagnosis::{diagnose as read_address, Finding};
use crate::domain::ent_brief::ent_admin_mailto;
use crate::domain::request::Request;
use crate::ui::ids::Ids;

/// What the diagnose part needs.
pub struct DiagnoseView<'a> {
    /// The id of the panel, which its toggle controls.
    pub panel: AttrValue,
    pub pasted: &'a str,
    pub request: &'a Request,
    pub addresses: Option<&'a AddressSet>,
    pub catalogue: &'a Catalogue,
    pub ids: &'a Ids,
    pub on_paste: &'a Callback<String>,
}

/// The open part: the field, its findings and the ENT administrator's message. A view function.
pub fn diagnose(view: DiagnoseView<'_>) -> Html {
    let lang = view.request.lang;
    let t = lang.words();
    let Some(set) = view.addresses else {
        return html! { <p id={view.panel} class="pd-placeholder">{ t.waiting_for_hosting }</p> };
    };
    let preset = view.request.ent.as_deref().and_then(|id| view.catalogue.get(id.trim()));
    let cas = preset.map(|preset| preset.cas_server());
    let findings = if view.pasted.trim().is_empty() {
        Vec::new()
    } else {
        // The browser reads an international host; the domain's parser only reads ASCII.
        read_address(
            &idn::ascii_address(view.pasted),
            &set.root,
            cas.as_ref(),
            view.catalogue,
        )
    };
    let (errors, findings): (Vec<&Finding>, Vec<&Finding>) =
        findings.iter().partition(|finding| finding.is_not_an_address());
    let input = view.ids.of("diagnose-input");
    let errors_id = view.ids.of("diagnose-errors");
    let oninput = {
        let on_paste = view.on_paste.clone();
        Callback::from(move |e: InputEvent| on_paste.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let item = |finding: &&Finding, class: &'static str| {
        html! { <li class={class} data-finding={finding.code()}>{ finding.message(lang) }</li> }
    };
    let mailto = ent_admin_mailto(view.request, set, preset.map(|preset| preset.name.as_str()));
    html! {
            <div id={view.panel} class="pd-panel pd-diagnose">
                <label for={input.clone()}>{ t.diagnose_label }</label>
                <input id={input} class="pd-input" type="url" value={view.pasted.to_owned()} data-field="diagnose"
                       spellcheck="false" autocomplete="off" aria-invalid={(!errors.is_empty()).to_string()}
                       aria-describedby={errors_id.clone()} {oninput} />
                <p class="pd-hint">{ t.diagnose_hint }</p>
                if !errors.is_empty() {
                    // The usual error, next to the field, and still a finding the page can find by its code.
                    <ul id={errors_id} class="pd-errors" role="alert">
                        { for errors.iter().map(|finding| item(finding, "pd-error")) }
                    </ul>
                }
                if !findings.is_empty() {
                    <ul class="pd-findings" aria-live="polite">
                        { for findings.iter().map(|finding| item(finding, if finding.is_fault() { "pd-finding pd-fault" } else { "pd-finding" })) }
                    </ul>
                }
                <p class="pd-hint">
                    { t.brief_hint }
                    <a class="pd-brief" href={mailto} data-brief="ent-admin">{ t.brief_link }</a>
                </p>
            </div>
    }
}
