//! A request computed: the root found from the hosting, the addresses built for it with the chosen ENT's
//! CAS server, the console's window filled, and every error and warning on the way.

use crate::domain::addresses::{build_addresses, AddressSet, ServiceFormat};
use crate::domain::cas_dialog::{cas_dialog, DialogLine};
use crate::domain::catalogue::Catalogue;
use crate::domain::error::Error;
use crate::domain::hosting::{resolve_root, HostingKind};
use crate::domain::request::Request;
use crate::domain::space::Space;
use crate::domain::warning::Warning;

/// The outcome of a request: the addresses (when the hosting input is valid), the errors to show
/// beside their fields and the warnings.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Computation {
    /// The addresses; `None` whenever the root cannot be found, so no stale address stays on screen.
    pub addresses: Option<AddressSet>,
    /// The console's "Définir une délégation CAS" window, when a known ENT's CAS addresses are in use.
    pub dialog: Option<Vec<DialogLine>>,
    /// What stops (part of) the computation.
    pub errors: Vec<Error>,
    /// Remarks, without repeats.
    pub warnings: Vec<Warning>,
}

/// The longest PRONOTE.net address read: 2 KiB, what browsers and servers have long reliably taken.
pub const MAX_URL_LEN: usize = 2048;

/// Computes everything for a request. An unknown ENT is an error that leaves the non-CAS addresses;
/// an invalid hosting input leaves no address at all. The CAS addresses appear only with a known ENT
/// and some published space delegated to CAS.
pub fn compute(request: &Request, catalogue: &Catalogue) -> Computation {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();

    let ent_id = request.ent.as_deref().map(str::trim).filter(|id| !id.is_empty());
    let preset = ent_id.and_then(|id| match catalogue.get(id) {
        Some(preset) => {
            warnings.extend(catalogue.preset_warnings(preset));
            Some(preset)
        }
        None => {
            errors.push(Error::UnknownEnt { id: id.to_owned() });
            None
        }
    });
    let preset = preset.filter(|_| request.spaces.uses_cas());
    let cas = preset.map(|preset| preset.cas_server());

    let known_hosts = catalogue.known_ent_hosts();
    // A PRONOTE.net address is a few dozen characters. A megabyte (a page's data-url, a paste gone wrong)
    // would be copied into every address on the page and into the message: it is refused, quoted short.
    let resolved = if request.hosting == HostingKind::Custom && request.url.len() > MAX_URL_LEN {
        Err(Error::UrlUnparsable {
            input: request.url.chars().take(40).chain(['…']).collect(),
        })
    } else {
        resolve_root(request.hosting, &request.uai, &request.url, &known_hosts)
    };
    let addresses = match resolved.map_err(|error| catalogue.name_ent(error)) {
        Ok((root, root_warnings)) => {
            warnings.extend(root_warnings);
            let mut set = build_addresses(&root, cas.as_ref(), &request.spaces);
            if let Some(preset) = preset {
                set.prefer(ServiceFormat::first_for(preset.family));
            }
            Some(set)
        }
        Err(error) => {
            errors.push(error);
            None
        }
    };

    let spaces = &request.spaces;
    if spaces.get(Space::Commune).published && spaces.commune_fell_back() {
        warnings.push(Warning::CommuneFellBack {
            chosen: spaces.get(Space::Commune).kind,
        });
    }

    let mut unique: Vec<Warning> = Vec::with_capacity(warnings.len());
    for warning in warnings {
        if !unique.contains(&warning) {
            unique.push(warning);
        }
    }
    let dialog = preset
        .zip(addresses.as_ref())
        .map(|(preset, set)| cas_dialog(preset, set));
    Computation {
        addresses,
        dialog,
        errors,
        warnings: unique,
    }
}
