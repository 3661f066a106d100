//! "Vérifier le PRONOTE en ligne": what the school's PRONOTE.net publishes about itself
//! (`InfoMobileApp.json`) against the widget's configuration, and one button to set the spaces table from
//! it. Closed, it is one button; opened, it builds the link to the file, the field to paste it into, and
//! tries to read the file itself.
//!
//! Only the typed value of the file is kept (`domain::published`): once a pasted text reads as the file,
//! the field is emptied, so the CAS token it carried stays nowhere in the page.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::browser::{published_fetch, published_json};
use crate::domain::catalogue::Catalogue;
use crate::domain::delegation::{DelegationKind, SpaceSettings};
use crate::domain::published::{file_address, read_with, PublishedFile, PublishedProblem};
use crate::domain::published_check::{applied, check, LiveFinding};
use crate::domain::space::Space;
use crate::lang::Lang;
use crate::ui::announcer::Announcer;
use crate::ui::components::group::toggled_part;
use crate::ui::ids::Ids;

/// Props of `Published`.
#[derive(Properties, PartialEq)]
pub struct PublishedProps {
    /// The school's root, once the hosting gives one.
    pub root: Option<AttrValue>,
    pub ent: Option<String>,
    pub spaces: SpaceSettings,
    pub lang: Lang,
    pub catalogue: Rc<Catalogue>,
    pub ids: Ids,
    pub announcer: Announcer,
    pub on_published: Callback<(Space, bool)>,
    pub on_kind: Callback<(Space, DelegationKind)>,
}

/// Where the file the part reads comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    Fetched,
    Pasted,
}

/// The part's own state: the reader's field, the file read, the widget's own try.
#[derive(Clone, Debug, PartialEq, Default)]
struct PartState {
    open: bool,
    /// What the field holds: what the reader pasted, until it reads as the file.
    draft: String,
    /// Why the last paste is not the file.
    problem: Option<PublishedProblem>,
    file: Option<(Rc<PublishedFile>, Source)>,
    /// Whether the widget is reading the file itself.
    fetching: bool,
    /// The widget could not read the file itself: the paste is the way.
    refused: bool,
    /// Bumped when the school changes: what was read, or is still arriving, is another school's.
    school: u32,
}

enum PartAction {
    Toggle,
    Fetching,
    /// The widget's own try ended, for the school it was started for.
    Fetched(u32, Option<PublishedFile>),
    Pasted(String),
    /// The school changed.
    Forget,
}

impl Reducible for PartState {
    type Action = PartAction;

    fn reduce(self: Rc<Self>, action: PartAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            PartAction::Toggle => next.open = !next.open,
            PartAction::Fetching => (next.fetching, next.refused) = (true, false),
            PartAction::Fetched(school, _) if school != next.school => return self,
            PartAction::Fetched(_, file) => {
                next.fetching = false;
                next.refused = file.is_none();
                // What the reader pasted wins over what arrives later.
                if let (Some(file), false) = (file, matches!(next.file, Some((_, Source::Pasted)))) {
                    next.file = Some((Rc::new(file), Source::Fetched));
                }
            }
            PartAction::Pasted(text) => match read_with(&text, published_json::parse) {
                Ok(file) => {
                    next.file = Some((Rc::new(file), Source::Pasted));
                    next.problem = None;
                    next.draft = String::new();
                }
                // Something else pasted: what an earlier file said no longer stands beside it.
                Err(_) if text.trim().is_empty() => (next.problem, next.draft) = (None, text),
                Err(problem) => (next.problem, next.file, next.draft) = (Some(problem), None, text),
            },
            PartAction::Forget => {
                next = PartState {
                    open: next.open,
                    draft: next.draft,
                    school: next.school.wrapping_add(1),
                    ..PartState::default()
                };
            }
        }
        Rc::new(next)
    }
}

/// The part: its toggle, and once open, the link, the field, the findings and "Apply".
#[function_component(Published)]
pub fn published(props: &PublishedProps) -> Html {
    let state = use_reducer(PartState::default);
    let address = props.root.as_ref().map(|root| file_address(root));
    {
        // A new school: what was read is another school's.
        let dispatcher = state.dispatcher();
        use_effect_with(address.clone(), move |_| dispatcher.dispatch(PartAction::Forget));
    }
    {
        // Tried once per opening, not on every keystroke of the school's code (each would be a request to
        // another host).
        let (dispatcher, address, school) = (state.dispatcher(), address.clone(), state.school);
        use_effect_with(state.open, move |open| {
            if let (true, Some(address)) = (*open, address) {
                dispatcher.dispatch(PartAction::Fetching);
                wasm_bindgen_futures::spawn_local(async move {
                    let text = published_fetch::fetch(&address).await;
                    let file = text.and_then(|text| read_with(&text, published_json::parse).ok());
                    dispatcher.dispatch(PartAction::Fetched(school, file));
                });
            }
        });
    }
    let toggle = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(PartAction::Toggle))
    };
    let t = props.lang.words();
    toggled_part(
        "published",
        state.open,
        &props.ids,
        &toggle,
        t.published_toggle,
        &|panel| panel_view(props, &state, address.as_deref(), panel),
    )
}

/// The open part.
fn panel_view(
    props: &PublishedProps,
    state: &UseReducerHandle<PartState>,
    address: Option<&str>,
    panel: AttrValue,
) -> Html {
    let lang = props.lang;
    let t = lang.words();
    let Some(address) = address else {
        return html! { <p id={panel} class="pd-placeholder">{ t.waiting_for_hosting }</p> };
    };
    let input = props.ids.of("published-input");
    let errors_id = props.ids.of("published-errors");
    let oninput = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: InputEvent| {
            dispatcher.dispatch(PartAction::Pasted(
                e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            ))
        })
    };
    let status = if state.fetching {
        Some(t.published_fetching)
    } else if matches!(state.file, Some((_, Source::Fetched))) {
        Some(t.published_fetched)
    } else if state.refused && state.file.is_none() {
        Some(t.published_fetch_refused)
    } else {
        None
    };
    let problem = state
        .problem
        .as_ref()
        .map(|problem| LiveFinding::NotLiveFile(problem.clone()));
    html! {
        <div id={panel} class="pd-panel pd-published">
            <p class="pd-hint">{ t.published_intro }</p>
            <p><a href={address.to_owned()} target="_blank" rel="noopener noreferrer" data-link="published">
                { t.published_link }
            </a></p>
            if let Some(status) = status {
                <p class="pd-hint" data-status="published" aria-live="polite">{ status }</p>
            }
            <label for={input.clone()}>{ t.published_label }</label>
            <textarea id={input} class="pd-input pd-published-input" rows="3" data-field="published"
                      value={state.draft.clone()} spellcheck="false" autocomplete="off"
                      aria-invalid={problem.is_some().to_string()} aria-describedby={errors_id.clone()} {oninput} />
            <p class="pd-hint">{ t.published_hint }</p>
            if let Some(problem) = problem {
                <ul id={errors_id} class="pd-errors" role="alert">
                    <li class="pd-error" data-finding={problem.code()}>{ problem.message(lang) }</li>
                </ul>
            }
            if let Some((file, _)) = &state.file {
                { file_view(props, file) }
            }
        </div>
    }
}

/// What a file read says, and "Apply" when it would change the spaces table.
fn file_view(props: &PublishedProps, file: &Rc<PublishedFile>) -> Html {
    let lang = props.lang;
    let t = lang.words();
    let chosen = props.ent.as_deref().and_then(|id| props.catalogue.get(id.trim()));
    let findings = check(file, chosen, &props.spaces, &props.catalogue);
    let target = applied(file, props.spaces);
    let onclick = {
        let (current, announcer) = (props.spaces, props.announcer.clone());
        let (on_published, on_kind) = (props.on_published.clone(), props.on_kind.clone());
        Callback::from(move |_: MouseEvent| {
            for space in Space::ALL {
                let (now, then) = (current.get(space), target.get(space));
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
            if target != props.spaces {
                <button type="button" data-apply="published" {onclick}>{ t.published_apply }</button>
            }
        </>
    }
}
