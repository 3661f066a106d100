//! The published part's state, held in the widget's own state (`state.rs`) rather than in a component of
//! its own: a component with its own reducer and hooks cost several KB of wasm for one part.
//!
//! Only the typed value of the file is kept (`domain::published`): once a pasted text reads as the file,
//! the field is emptied, so the CAS token it carried stays nowhere in the page.

use std::rc::Rc;

use crate::browser::published_json;
use crate::domain::published::{read_with, PublishedFile, PublishedProblem};

/// Where the file the part reads comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Fetched,
    Pasted,
}

/// The part's state: opened or not, the reader's field, the file read, the widget's own try.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PublishedPart {
    pub open: bool,
    /// What the field holds: what the reader pasted, until it reads as the file.
    pub draft: String,
    /// Why the last paste is not the file.
    pub problem: Option<PublishedProblem>,
    pub file: Option<(Rc<PublishedFile>, Source)>,
    /// Whether the widget is reading the file itself.
    pub fetching: bool,
    /// The widget could not read the file itself: the paste is the way.
    pub refused: bool,
    /// Bumped when the school changes: what was read, or is still arriving, is another school's.
    pub school: u32,
}

/// What changes the part.
#[derive(Clone, Debug, PartialEq)]
pub enum PartAction {
    Toggle,
    Fetching,
    /// The widget's own try ended, for the school it was started for.
    Fetched(u32, Option<PublishedFile>),
    Pasted(String),
    /// The school changed.
    Forget,
}

impl PublishedPart {
    /// The part after `action`; `None` when nothing changes (the widget then does not render again).
    pub fn after(&self, action: PartAction) -> Option<PublishedPart> {
        let mut next = self.clone();
        match action {
            PartAction::Toggle => next.open = !next.open,
            PartAction::Fetching => (next.fetching, next.refused) = (true, false),
            PartAction::Fetched(school, _) if school != next.school => return None,
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
            // Nothing read and nothing on its way (a try in flight is always `fetching`): nothing to forget.
            // The widget mounting, and every keystroke of the school's code, land here.
            PartAction::Forget if !next.fetching && !next.refused && next.file.is_none() && next.problem.is_none() => {
                return None
            }
            PartAction::Forget => {
                next = PublishedPart {
                    open: next.open,
                    draft: next.draft,
                    school: next.school.wrapping_add(1),
                    ..PublishedPart::default()
                };
            }
        }
        Some(next)
    }
}
