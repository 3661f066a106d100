//! The page's presets file (`data-presets`), fetched once when the widget mounts.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::presets_file;
use crate::domain::catalogue::Catalogue;
use crate::ui::state::{Action, WidgetState};

/// Fetches `url` (if any) and applies it over `base`; the outcome reaches the widget as an action.
#[hook]
pub fn use_presets_file(url: Option<String>, base: Rc<Catalogue>, dispatcher: UseReducerDispatcher<WidgetState>) {
    use_effect_with((), move |_| {
        if let Some(url) = url {
            wasm_bindgen_futures::spawn_local(async move {
                dispatcher.dispatch(match presets_file::load(&url, &base).await {
                    Ok((catalogue, errors)) => Action::PresetsLoaded {
                        catalogue: Rc::new(catalogue),
                        errors,
                    },
                    Err(error) => Action::PresetsFailed(error),
                });
            });
        }
    });
}
