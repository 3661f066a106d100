//! The addresses the widget computes, each with a stable key and the console's own label, and the
//! one function that turns a request into them.

use serde::{Serialize, Serializer};

use crate::domain::cas_server::CasServer;
use crate::domain::catalogue::Catalogue;
use crate::domain::delegation::{DelegationKind, SpaceSettings};
use crate::domain::error::Error;
use crate::domain::hosting::resolve_root;
use crate::domain::lang::Lang;
use crate::domain::pronote_root::PronoteRoot;
use crate::domain::request::Request;
use crate::domain::service_pattern::service_pattern;
use crate::domain::space::Space;
use crate::domain::warning::Warning;

/// Where an address is used, which is how the widget groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AddressGroup {
    /// The fields of the console's "Délégation CAS" dialog.
    CasDialog,
    /// What the ENT's CAS administrator registers and tests.
    CasRegistry,
    /// The address of each published space.
    Spaces,
}

impl AddressGroup {
    /// Every group, in display order.
    pub const ALL: [AddressGroup; 3] = [AddressGroup::CasDialog, AddressGroup::CasRegistry, AddressGroup::Spaces];

    /// A stable identifier.
    pub fn id(self) -> &'static str {
        match self {
            AddressGroup::CasDialog => "cas-dialog",
            AddressGroup::CasRegistry => "cas-registry",
            AddressGroup::Spaces => "spaces",
        }
    }

    /// The group's heading.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            AddressGroup::CasDialog => lang.pick(
                "Délégation CAS (console d'hébergement PRONOTE)",
                "CAS delegation (PRONOTE hosting console)",
            ),
            AddressGroup::CasRegistry => lang.pick(
                "Enregistrement du service dans le CAS de l'ENT",
                "Service registration in the ENT's CAS",
            ),
            AddressGroup::Spaces => lang.pick("Adresses des espaces", "Space addresses"),
        }
    }
}

/// What an address is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AddressKey {
    /// The root: the service PRONOTE gives the ENT ("URL à communiquer au socle ENT").
    Root,
    /// The CAS login link with PRONOTE's service ("Lien d'authentification").
    CasLogin,
    /// The CAS validation address ("Lien de validation").
    CasValidation,
    /// The validation address with `TARGET=<service>`, as PRONOTE posts to it.
    CasValidationTarget,
    /// The `serviceId` pattern to register in the ENT's CAS.
    ServicePattern,
    /// The root with `?login=true` (PRONOTE's own login form).
    DirectLogin,
    /// A space's desktop page.
    SpaceDesktop(Space),
    /// A space's mobile page.
    SpaceMobile(Space),
    /// A space's desktop page with `?login=true`.
    SpaceDirectLogin(Space),
}

impl AddressKey {
    /// A stable identifier: "root", "cas-login", …, "parent.desktop", "parent.mobile",
    /// "parent.direct-login".
    pub fn id(self) -> String {
        match self {
            AddressKey::Root => "root".to_owned(),
            AddressKey::CasLogin => "cas-login".to_owned(),
            AddressKey::CasValidation => "cas-validation".to_owned(),
            AddressKey::CasValidationTarget => "cas-validation-target".to_owned(),
            AddressKey::ServicePattern => "service-pattern".to_owned(),
            AddressKey::DirectLogin => "direct-login".to_owned(),
            AddressKey::SpaceDesktop(space) => format!("{}.desktop", space.id()),
            AddressKey::SpaceMobile(space) => format!("{}.mobile", space.id()),
            AddressKey::SpaceDirectLogin(space) => format!("{}.direct-login", space.id()),
        }
    }

    /// Reads an identifier as given by [`AddressKey::id`].
    pub fn parse(id: &str) -> Option<AddressKey> {
        let key = match id {
            "root" => AddressKey::Root,
            "cas-login" => AddressKey::CasLogin,
            "cas-validation" => AddressKey::CasValidation,
            "cas-validation-target" => AddressKey::CasValidationTarget,
            "service-pattern" => AddressKey::ServicePattern,
            "direct-login" => AddressKey::DirectLogin,
            _ => {
                let (space, page) = id.split_once('.')?;
                let space = Space::parse(space)?;
                match page {
                    "desktop" => AddressKey::SpaceDesktop(space),
                    "mobile" => AddressKey::SpaceMobile(space),
                    "direct-login" => AddressKey::SpaceDirectLogin(space),
                    _ => return None,
                }
            }
        };
        Some(key)
    }

    /// The address's label: the console's own words where the console shows it.
    pub fn label(self, lang: Lang) -> String {
        let fixed = match self {
            AddressKey::Root => lang.pick("URL à communiquer au socle ENT", "URL to give to the ENT (the service)"),
            AddressKey::CasLogin => lang.pick("Lien d'authentification", "Authentication link"),
            AddressKey::CasValidation => lang.pick("Lien de validation", "Validation link"),
            AddressKey::CasValidationTarget => lang.pick(
                "Lien de validation avec le service (TARGET)",
                "Validation link with the service (TARGET)",
            ),
            AddressKey::ServicePattern => lang.pick(
                "Modèle de service à enregistrer dans le CAS (serviceId)",
                "Service pattern to register in the CAS (serviceId)",
            ),
            AddressKey::DirectLogin => lang.pick(
                "URL à communiquer aux utilisateurs de PRONOTE pour une connexion directe",
                "URL to give PRONOTE users for a direct login",
            ),
            AddressKey::SpaceDesktop(space) => {
                return format!("{} — {}", space.console_name(lang), lang.pick("adresse", "address"))
            }
            AddressKey::SpaceMobile(space) => {
                return format!(
                    "{} — {}",
                    space.console_name(lang),
                    lang.pick("adresse mobile", "mobile address")
                )
            }
            AddressKey::SpaceDirectLogin(space) => {
                return format!(
                    "{} — {}",
                    space.console_name(lang),
                    lang.pick("connexion directe", "direct login")
                )
            }
        };
        fixed.to_owned()
    }

    /// Where the address is used.
    pub fn group(self) -> AddressGroup {
        match self {
            AddressKey::Root | AddressKey::CasLogin | AddressKey::CasValidation | AddressKey::DirectLogin => {
                AddressGroup::CasDialog
            }
            AddressKey::ServicePattern | AddressKey::CasValidationTarget => AddressGroup::CasRegistry,
            AddressKey::SpaceDesktop(_) | AddressKey::SpaceMobile(_) | AddressKey::SpaceDirectLogin(_) => {
                AddressGroup::Spaces
            }
        }
    }

    /// The space the address opens, if it is a space's.
    pub fn space(self) -> Option<Space> {
        match self {
            AddressKey::SpaceDesktop(space) | AddressKey::SpaceMobile(space) | AddressKey::SpaceDirectLogin(space) => {
                Some(space)
            }
            _ => None,
        }
    }
}

impl Serialize for AddressKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.id())
    }
}

/// One computed address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Address {
    /// What the address is (serialized as its id).
    pub key: AddressKey,
    /// The address (or, for the service pattern, the regular expression).
    pub value: String,
}

/// Every address computed for one root, in display order (the console dialog's, then the CAS
/// registry's, then the spaces' in console order).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AddressSet {
    /// The root they all derive from.
    pub root: PronoteRoot,
    /// The addresses.
    pub entries: Vec<Address>,
}

impl AddressSet {
    /// The value of one address, when it was computed.
    pub fn get(&self, key: &AddressKey) -> Option<&str> {
        self.entries
            .iter()
            .find(|entry| entry.key == *key)
            .map(|entry| entry.value.as_str())
    }

    /// The addresses of one group, in order.
    pub fn in_group(&self, group: AddressGroup) -> impl Iterator<Item = &Address> + '_ {
        self.entries.iter().filter(move |entry| entry.key.group() == group)
    }
}

/// Every address for a root. The CAS keys (login, validation, validation with TARGET) only with a
/// CAS server; the spaces only when published, their mobile page when they have one, their direct
/// login only when a delegation is in effect there (otherwise PRONOTE's form is already the default).
pub fn build_addresses(root: &PronoteRoot, cas: Option<&CasServer>, spaces: &SpaceSettings) -> AddressSet {
    let service = root.as_str();
    let mut entries = Vec::new();
    let mut add = |key: AddressKey, value: String| entries.push(Address { key, value });

    if let Some(cas) = cas {
        add(AddressKey::CasLogin, cas.login_link(service));
        add(AddressKey::CasValidation, cas.validation.as_str().to_owned());
    }
    add(AddressKey::Root, service.to_owned());
    add(AddressKey::DirectLogin, root.direct_login());
    add(AddressKey::ServicePattern, service_pattern(root));
    if let Some(cas) = cas {
        add(AddressKey::CasValidationTarget, cas.validation_target(service));
    }
    for space in spaces.published() {
        add(AddressKey::SpaceDesktop(space), root.space_desktop(space));
        if let Some(mobile) = root.space_mobile(space) {
            add(AddressKey::SpaceMobile(space), mobile);
        }
        if spaces.effective_kind(space) != DelegationKind::None {
            add(AddressKey::SpaceDirectLogin(space), root.space_direct_login(space));
        }
    }
    AddressSet {
        root: root.clone(),
        entries,
    }
}

/// The outcome of a request: the addresses (when the hosting input is valid), the errors to show
/// beside their fields and the warnings.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Computation {
    /// The addresses; `None` whenever the root cannot be found, so no stale address stays on screen.
    pub addresses: Option<AddressSet>,
    /// What stops (part of) the computation.
    pub errors: Vec<Error>,
    /// Remarks, without repeats.
    pub warnings: Vec<Warning>,
}

/// Computes everything for a request. An unknown ENT is an error that leaves the non-CAS addresses;
/// an invalid hosting input leaves no address at all. The CAS addresses appear only with a known ENT
/// and some published space delegated to CAS.
pub fn compute(request: &Request, catalogue: &Catalogue) -> Computation {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();

    let ent_id = request.ent.as_deref().map(str::trim).filter(|id| !id.is_empty());
    let cas = ent_id.and_then(|id| match catalogue.get(id) {
        Some(preset) => {
            warnings.extend(preset.warnings());
            Some(preset.cas_server())
        }
        None => {
            errors.push(Error::UnknownEnt { id: id.to_owned() });
            None
        }
    });
    let cas = cas.filter(|_| request.spaces.uses_cas());

    let known_hosts = catalogue.known_ent_hosts();
    let root = resolve_root(request.hosting, &request.uai, &request.url, &known_hosts);
    let addresses = match root.map_err(|error| catalogue.name_ent(error)) {
        Ok((root, root_warnings)) => {
            warnings.extend(root_warnings);
            Some(build_addresses(&root, cas.as_ref(), &request.spaces))
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
    Computation {
        addresses,
        errors,
        warnings: unique,
    }
}
