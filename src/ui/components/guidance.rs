//! What the console asks for the other delegation kinds. No address is invented: EduConnect needs none,
//! WS-Federation and SAML need the identity provider's metadata address, which only its administrator knows.

use yew::prelude::*;

use crate::domain::delegation::{DelegationKind, SpaceSettings};
use crate::lang::Lang;
use crate::ui::components::group::group;

/// Guidance for every non-CAS delegation kind some published space uses. A view function, not a
/// component, like the other small parts without state: each component costs about 1 KB of gzip wasm.
pub fn guidance(spaces: &SpaceSettings, lang: Lang) -> Html {
    let t = lang.words();
    // Only published spaces: an unpublished space's delegation is never in effect.
    let used = |kind: DelegationKind| spaces.published().any(|space| spaces.effective_kind(space) == kind);
    let educonnect = used(DelegationKind::EduConnect);
    let ws_federation = used(DelegationKind::WsFederation);
    if !educonnect && !ws_federation {
        return html! {};
    }
    let body = html! {
        <>
            if educonnect {
                <p data-guidance="educonnect">{ t.guidance_educonnect }</p>
            }
            if ws_federation {
                <p data-guidance="ws-federation">{ t.guidance_ws_federation }</p>
                <p data-guidance="saml">{ t.guidance_saml }</p>
            }
        </>
    };
    group("pd-guidance", t.guidance_heading, None, body)
}
