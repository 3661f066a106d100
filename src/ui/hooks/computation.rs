//! The addresses of the widget's request, computed by the domain once the browser has turned a pasted
//! address's host into ASCII, and again only when the request or the catalogue changes.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::idn::ascii_request;
use crate::domain::addresses::AddressSet;
use crate::domain::computation::{compute, Computation};
use crate::ui::state::WidgetState;

/// The computation, and its addresses taken out of it to be shared: every group, row and export button
/// holds the same set (cloning it for each, on every keystroke, cost more than computing it).
pub type Computed = (Computation, Option<Rc<AddressSet>>);

/// Computes the state's request with its catalogue, memoised on both.
#[hook]
pub fn use_computation(state: &WidgetState) -> Rc<Computed> {
    let catalogue = state.catalogue.clone();
    use_memo(
        (state.request.clone(), state.catalogue_generation),
        move |(request, _)| {
            let mut computation = compute(&ascii_request(request), &catalogue);
            let addresses = computation.addresses.take().map(Rc::new);
            (computation, addresses)
        },
    )
}
