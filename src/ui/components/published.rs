//! "Vérifier le PRONOTE en ligne": what the school's PRONOTE.net publishes about itself
//! (`InfoMobileApp.json`) against the widget's configuration, and one button to set the spaces table from
//! it. Closed, it is one button; opened, it builds the link to the file and the field to paste it into
//! (the widget tries to read the file itself: `hooks/published_file.rs`). A view function: its state is
//! the widget's (`published_part.rs`).

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::published::PublishedFile;
use crate::domain::published_check::{applied, check, LiveFinding};
use crate::domain::request::Request;
use crate::domain::space::Space;
use crate::ui::announcer::Announcer;
use crate::ui::components::spaces_table::SpaceControls;
use crate::ui::ids::Ids;
use crate::ui::published_part::{PublishedPart, Source};

/// What the published part needs.
pub struct PublishedView<'a> {
    /// The id of the panel, which its toggle controls.
    pub panel: AttrValue,
    pub part: &'a PublishedPart,
    /// The school's file, once the hosting gives a root.
    pub address: Option<&'a str>,
    pub request: &'a Request,
    pub catalogue: &'a Catalogue,
    pub ids: &'a Ids,
    pub announcer: &'a Announcer,
    pub on_paste: &'a Callback<String>,
    /// The spaces table's own callbacks, which "Apply" goes through.
    pub spaces: &'a SpaceControls,
}

/// The open part: the link, the field, the findings and "Apply". A view function.
pub fn published(view: PublishedView<'_>) -> Html {
    let lang = view.request.lang;
    let t = lang.words();
    let Some(address) = view.address else {
        return html! { <p id={view.panel} class="pd-placeholder">{ t.waiting_for_hosting }</p> };
    };
    let part = view.part;
    let input = view.ids.of("published-input");
    let errors_id = view.ids.of("published-errors");
    let oninput = {
        let on_paste = view.on_paste.clone();
        Callback::from(move |e: InputEvent| on_paste.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let status = if part.fetching {
        Some(t.published_fetching)
    } else if matches!(part.file, Some((_, Source::Fetched))) {
        Some(t.published_fetched)
    } else if part.refused && part.file.is_none() {
        Some(t.published_fetch_refused)
    } else {
        None
    };
    let problem = part
        .problem
        .as_ref()
        .map(|problem| LiveFinding::NotLiveFile(problem.clone()));
    html! {
        <div id={view.panel.clone()} class="pd-panel pd-published">
            <p class="pd-hint">{ t.published_intro }</p>
            <p><a href={address.to_owned()} target="_blank" rel="noopener noreferrer" data-link="published">
                { t.published_link }
            </a></p>
            if let Some(status) = status {
                <p class="pd-hint" data-status="published" aria-live="polite">{ status }</p>
            }
            <label for={input.clone()}>{ t.published_label }</label>
            <textarea id={input} class="pd-input pd-published-input" rows="3" data-field="published"
                      value={part.draft.clone()} spellcheck="false" autocomplete="off"
                      aria-invalid={problem.is_some().to_string()} aria-describedby={errors_id.clone()} {oninput} />
            <p class="pd-hint">{ t.published_hint }</p>
            if let Some(problem) = problem {
                <ul id={errors_id} class="pd-errors" role="alert">
                    <li class="pd-error" data-finding={problem.code()}>{ problem.message(lang) }</li>
                </ul>
            }
            if let Some((file, _)) = &part.file {
                { file_view(&view, file) }
            }
        </div>
    }
}

/// What a file read says, and "Apply" when it would change the spaces table.
fn file_view(view: &PublishedView<'_>, file: &PublishedFile) -> Html {
    let request = view.request;
    let (lang, spaces) = (request.lang, request.spaces);
    let t = lang.words();
    let chosen = request.ent.as_deref().and_then(|id| view.catalogue.get(id.trim()));
    let findings = check(file, chosen, &spaces, view.catalogue);
    let target = applied(file, spaces);
    let onclick = {
        let announcer = view.announcer.clone();
        let (on_published, on_kind) = (view.spaces.on_published.clone(), view.spaces.on_kind.clone());
        Callback::from(move |_: MouseEvent| {
            for space in Space::ALL {
                let (now, then) = (spaces.get(space), target.get(space));
                if now.published != then.published {
                    on_published.emit((space, then.published));
                }
                if now.kind != then.kind {
                    on_kind.emit((space, then.kind));
                }
            }
            announcer.announce(t.published_applied.to_owned());
        })
    };
    html! {
        <>
            <ul class="pd-findings" aria-live="polite">
                { for findings.iter().map(|finding| {
                    let class = if finding.is_fault() { "pd-finding pd-fault" } else { "pd-finding" };
                    html! { <li class={class} data-finding={finding.code()}>{ finding.message(lang) }</li> }
                }) }
            </ul>
            if target != spaces {
                <button type="button" data-apply="published" {onclick}>{ t.published_apply }</button>
            }
        </>
    }
}
