//! The printed sheet. A widget lays its addresses out for paper once the reader asks to print, by the
//! "Imprimer la fiche" button or the browser's own print command (`beforeprint`), not before: the line
//! breaks allowed on paper cost two elements per piece of every address.

use gloo::events::EventListener;
use yew::prelude::*;

/// Whether the widget is laid out for paper, and what its print button does.
#[derive(Clone, PartialEq)]
pub struct PrintSheet {
    /// The addresses carry their paper line breaks and the sheet's heading is built.
    pub open: bool,
    /// Builds the sheet, then opens the browser's print dialog.
    pub print: Callback<MouseEvent>,
}

/// The sheet's state, opened for good by the first print (printing again needs nothing new).
#[hook]
pub fn use_print_sheet() -> PrintSheet {
    let open = use_state_eq(|| false);
    // The dialog opens after the render that built the sheet: `print()` blocks until the dialog closes,
    // and the render only runs once the click's handler has returned.
    let pending = use_state_eq(|| false);
    {
        let open = open.setter();
        use_effect_with((), move |_| {
            // The browser's own command: the render runs in the event's microtasks, before the page is laid
            // out for printing.
            let listener =
                web_sys::window().map(|window| EventListener::new(&window, "beforeprint", move |_| open.set(true)));
            move || drop(listener)
        });
    }
    {
        let done = pending.setter();
        use_effect_with(*pending, move |pending| {
            if *pending {
                done.set(false);
                if let Some(window) = web_sys::window() {
                    // A refused dialog (a sandboxed frame) leaves the sheet on the page, for the reader's
                    // own print command.
                    let _ = window.print();
                }
            }
        });
    }
    let print = {
        let (open, pending) = (open.setter(), pending.setter());
        use_memo((), move |_| {
            Callback::from(move |_: MouseEvent| {
                open.set(true);
                pending.set(true);
            })
        })
    };
    PrintSheet {
        open: *open,
        print: (*print).clone(),
    }
}
