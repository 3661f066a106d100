//! The addresses the widget computes, each with a stable key and the console's own label, and how they
//! are built for a root (`computation.rs` turns a request into them).

use serde::{Serialize, Serializer};

use crate::domain::cas_server::CasServer;
use crate::domain::delegation::{DelegationKind, SpaceSettings};
use crate::domain::preset::Family;
use crate::domain::pronote_root::PronoteRoot;
use crate::domain::service_pattern::{ant_pattern, keycloak_redirect_uri, service_pattern};
use crate::domain::space::Space;
use crate::lang::typography::fill;
use crate::lang::Lang;

/// Where an address is used, which is how the widget groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AddressGroup {
    /// The fields of the console's "Définir une délégation CAS" window, exactly as it takes them.
    CasDialog,
    /// What the ENT's CAS administrator registers.
    CasRegistry,
    /// What checks a delegation without being typed anywhere: the login link with the school's service.
    Verify,
    /// The address of each published space.
    Spaces,
}

impl AddressGroup {
    /// Every group, in display order.
    pub const ALL: [AddressGroup; 4] = [
        AddressGroup::CasDialog,
        AddressGroup::CasRegistry,
        AddressGroup::Verify,
        AddressGroup::Spaces,
    ];

    /// A stable identifier.
    pub fn id(self) -> &'static str {
        match self {
            AddressGroup::CasDialog => "cas-dialog",
            AddressGroup::CasRegistry => "cas-registry",
            AddressGroup::Verify => "verify",
            AddressGroup::Spaces => "spaces",
        }
    }

    /// The group's heading.
    pub fn label(self, lang: Lang) -> &'static str {
        let w = lang.words();
        match self {
            AddressGroup::CasDialog => w.address_group_cas_dialog,
            AddressGroup::CasRegistry => w.address_group_cas_registry,
            AddressGroup::Verify => w.address_group_verify,
            AddressGroup::Spaces => w.address_group_spaces,
        }
    }
}

/// What an address is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AddressKey {
    /// The root: the service the Page commune sends to CAS.
    Root,
    /// The bare CAS login address, as the console's "URL d'authentification" takes it: PRONOTE adds
    /// `service` itself, so a link already carrying one would reach CAS with two.
    CasLogin,
    /// The CAS validation address ("URL de validation").
    CasValidation,
    /// The root followed by `**`, as the console shows it under "URL à communiquer au socle ENT".
    EntUrl,
    /// The login link with the root as `service`: what a browser opens to test the round trip.
    CasLoginLink,
    /// The service as an Apereo CAS `serviceId` regular expression.
    ServicePattern,
    /// The service as an Ant-style pattern (`<root>**`), as CAS 3 registries read it.
    ServiceAnt,
    /// The service as a Keycloak "valid redirect URI" (`<root>*`).
    ServiceKeycloak,
    /// The root with `?login=true` (PRONOTE's own login form).
    DirectLogin,
    /// A space's desktop page.
    SpaceDesktop(Space),
    /// A space's mobile page.
    SpaceMobile(Space),
    /// A space's desktop page with `?login=true`.
    SpaceDirectLogin(Space),
}

/// The ids of the keys that belong to no space.
const FIXED_IDS: [(AddressKey, &str); 9] = [
    (AddressKey::Root, "root"),
    (AddressKey::CasLogin, "cas-login"),
    (AddressKey::CasValidation, "cas-validation"),
    (AddressKey::EntUrl, "ent-url"),
    (AddressKey::CasLoginLink, "cas-login-link"),
    (AddressKey::ServicePattern, "service-pattern"),
    (AddressKey::ServiceAnt, "service-ant"),
    (AddressKey::ServiceKeycloak, "service-keycloak"),
    (AddressKey::DirectLogin, "direct-login"),
];

impl AddressKey {
    /// A stable identifier: "root", "cas-login", …, "parent.desktop", "parent.mobile",
    /// "parent.direct-login".
    pub fn id(self) -> String {
        match self {
            AddressKey::SpaceDesktop(space) => [space.id(), ".desktop"].concat(),
            AddressKey::SpaceMobile(space) => [space.id(), ".mobile"].concat(),
            AddressKey::SpaceDirectLogin(space) => [space.id(), ".direct-login"].concat(),
            fixed => FIXED_IDS
                .iter()
                .find(|(key, _)| *key == fixed)
                .map(|(_, id)| (*id).to_owned())
                .unwrap_or_default(),
        }
    }

    /// Reads an identifier as given by [`AddressKey::id`].
    pub fn parse(id: &str) -> Option<AddressKey> {
        if let Some((key, _)) = FIXED_IDS.iter().find(|(_, known)| *known == id) {
            return Some(*key);
        }
        let (space, page) = id.split_once('.')?;
        let space = Space::parse(space)?;
        match page {
            "desktop" => Some(AddressKey::SpaceDesktop(space)),
            "mobile" => Some(AddressKey::SpaceMobile(space)),
            "direct-login" => Some(AddressKey::SpaceDirectLogin(space)),
            _ => None,
        }
    }

    /// The address's label: the console's own words where the console shows it (in English too, with
    /// a translation: the reader's console speaks French).
    pub fn label(self, lang: Lang) -> String {
        let w = lang.words();
        let template = match self {
            AddressKey::SpaceDesktop(_) => w.address_desktop,
            AddressKey::SpaceMobile(_) => w.address_mobile,
            AddressKey::SpaceDirectLogin(_) => w.address_direct_login,
            AddressKey::Root => w.address_root,
            AddressKey::CasLogin => w.address_cas_login,
            AddressKey::CasValidation => w.address_cas_validation,
            AddressKey::EntUrl => w.address_ent_url,
            AddressKey::CasLoginLink => w.address_cas_login_link,
            AddressKey::ServicePattern => w.address_service_pattern,
            AddressKey::ServiceAnt => w.address_service_ant,
            AddressKey::ServiceKeycloak => w.address_service_keycloak,
            AddressKey::DirectLogin => w.address_direct_login_url,
        };
        // Only a space's address names its space; the others have no placeholder to fill.
        let space = self.space().map_or("", |space| space.console_name(lang));
        fill(template, &[("space", space)])
    }

    /// Where the address is used.
    pub fn group(self) -> AddressGroup {
        match self {
            AddressKey::CasLogin | AddressKey::CasValidation | AddressKey::EntUrl | AddressKey::DirectLogin => {
                AddressGroup::CasDialog
            }
            AddressKey::Root | AddressKey::ServicePattern | AddressKey::ServiceAnt | AddressKey::ServiceKeycloak => {
                AddressGroup::CasRegistry
            }
            AddressKey::CasLoginLink => AddressGroup::Verify,
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

/// Every address for a root. The CAS keys (login, validation, the test link) only with a CAS server;
/// the spaces only when published, their mobile page when they have one, their direct login only when
/// a delegation is in effect there (otherwise PRONOTE's form is already the default). The registry's
/// formats come in the order of [`ServiceFormat::ALL`]; [`AddressSet::prefer`] puts a family's first.
pub fn build_addresses(root: &PronoteRoot, cas: Option<&CasServer>, spaces: &SpaceSettings) -> AddressSet {
    let service = root.as_str();
    let mut entries = Vec::new();
    let mut add = |key: AddressKey, value: String| entries.push(Address { key, value });

    if let Some(cas) = cas {
        add(AddressKey::CasLogin, cas.login.as_str().to_owned());
        add(AddressKey::CasValidation, cas.validation.as_str().to_owned());
    }
    add(AddressKey::EntUrl, ant_pattern(root));
    add(AddressKey::DirectLogin, root.direct_login());
    add(AddressKey::Root, service.to_owned());
    for format in ServiceFormat::ALL {
        add(format.key(), format.write(root));
    }
    if let Some(cas) = cas {
        add(AddressKey::CasLoginLink, cas.login_link(service));
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

impl AddressSet {
    /// Puts a service format first among the formats (right after the root), where the ENT's
    /// administrator looks first.
    pub fn prefer(&mut self, format: ServiceFormat) {
        let key = format.key();
        let (Some(from), Some(root)) = (
            self.entries.iter().position(|entry| entry.key == key),
            self.entries.iter().position(|entry| entry.key == AddressKey::Root),
        ) else {
            return;
        };
        let entry = self.entries.remove(from);
        let to = if from > root { root + 1 } else { root };
        self.entries.insert(to, entry);
    }
}

/// The ways a CAS service registry writes "every page under this root".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ServiceFormat {
    /// A Java regular expression (Apereo CAS `RegexRegisteredService`, Open ENT NG's patterns).
    ApereoRegex,
    /// An Ant-style pattern with `**` (CAS 3 registries, and the console's own notation).
    Ant,
    /// A redirect URI with a trailing `*` (Keycloak's CAS protocol).
    Keycloak,
}

impl ServiceFormat {
    /// Every format, in the order shown when the ENT's family says nothing.
    pub const ALL: [ServiceFormat; 3] = [ServiceFormat::ApereoRegex, ServiceFormat::Ant, ServiceFormat::Keycloak];

    /// The address key the format's value is kept under.
    pub fn key(self) -> AddressKey {
        match self {
            ServiceFormat::ApereoRegex => AddressKey::ServicePattern,
            ServiceFormat::Ant => AddressKey::ServiceAnt,
            ServiceFormat::Keycloak => AddressKey::ServiceKeycloak,
        }
    }

    /// The root written in this format.
    pub fn write(self, root: &PronoteRoot) -> String {
        match self {
            ServiceFormat::ApereoRegex => service_pattern(root),
            ServiceFormat::Ant => ant_pattern(root),
            ServiceFormat::Keycloak => keycloak_redirect_uri(root),
        }
    }

    /// The format an ENT family's CAS server reads: CASShib fronts are CAS 3 servers (Ant patterns,
    /// as the console shows for Toutatice); Open ENT NG, Kosmos and NetO'Centre run regular
    /// expressions (Apereo CAS or entcore's case-insensitive `matches()`); unknown servers are most
    /// often Apereo CAS.
    pub fn first_for(family: Family) -> ServiceFormat {
        match family {
            Family::Casshib => ServiceFormat::Ant,
            _ => ServiceFormat::ApereoRegex,
        }
    }
}
