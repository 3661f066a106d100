//! The console's steps (part `checklist`), one list in both languages.

use pronote_delegation::lang::Lang;
use pronote_delegation::ui::components::checklist::step_texts;

#[test]
fn both_languages_give_eleven_steps_whose_console_labels_are_closed() {
    for lang in Lang::ALL {
        for step in step_texts(lang) {
            assert!(!step.trim().is_empty(), "{lang:?}: an empty step");
            // A `*` left open would emphasise the rest of the step.
            assert_eq!(step.matches('*').count() % 2, 0, "{lang:?}: {step}");
            assert!(!step.contains('<'), "{lang:?}: markup in {step}");
        }
    }
}

#[test]
fn english_steps_keep_the_consoles_french_labels() {
    // The reader's console speaks French: the English steps name its buttons as it shows them.
    let labels = |lang| -> Vec<String> {
        step_texts(lang)
            .iter()
            .flat_map(|step| {
                step.split('*')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    assert_eq!(labels(Lang::Fr), labels(Lang::En));
    assert!(labels(Lang::Fr).contains(&"Arrêter la publication".to_owned()));
    assert_ne!(step_texts(Lang::Fr), step_texts(Lang::En));
}
