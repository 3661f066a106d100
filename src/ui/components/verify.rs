//! "Vérifier": what is not typed into the console but tests it, the login link with the school's
//! service as a real link that starts a CAS round trip, and what each outcome means.

use yew::prelude::*;

use crate::domain::addresses::{AddressKey, AddressSet};
use crate::ui::components::address_row::{address_row, RowContext};
use crate::ui::components::group::group;

/// The test link and its outcomes; a placeholder while there is no CAS login to test. A view function.
pub fn verify(addresses: Option<&AddressSet>, view: &RowContext<'_>) -> Html {
    let t = view.lang.words();
    let link = addresses.and_then(|set| set.get(&AddressKey::CasLoginLink));
    let body = match link {
        None => html! { <p class="pd-placeholder">{ t.verify_needs_cas }</p> },
        Some(link) => html! {
            <>
                // A new tab keeps the widget (and what the reader typed) where it was; no opener and no
                // referrer: the ENT learns nothing of the documentation page.
                <a class="pd-test-link" href={link.to_owned()} target="_blank" rel="noopener noreferrer">
                    { t.verify_test_link }
                </a>
                { address_row(AddressKey::CasLoginLink, link, view) }
                <ul class="pd-outcomes">
                    <li data-outcome="success">{ t.verify_success }</li>
                    <li data-outcome="service-not-allowed">{ t.verify_not_allowed }</li>
                    <li data-outcome="ticket-refused">{ t.verify_ticket_refused }</li>
                    <li data-outcome="login-page-missing">{ t.verify_login_page }</li>
                </ul>
            </>
        },
    };
    group("pd-group-verify", t.verify_heading, Some(t.verify_hint), body)
}
