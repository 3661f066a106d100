//! The console's "Définir une délégation CAS" window, field by field, in its order and with its labels,
//! filled in as an administrator must fill it for one school and one ENT (the seed shows it for Toutatice).

use crate::domain::addresses::{AddressKey, AddressSet};
use crate::domain::preset::derive_validation;
use crate::domain::preset::Preset;
use crate::lang::Lang;

/// The name the seed gives the delegation, and the console's own default.
pub const DELEGATION_NAME: &str = "CAS";

/// One field of the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DialogField {
    /// "Nom de la délégation".
    DelegationName,
    /// "Mon ENT": the list that fills in the CAS addresses.
    MonEnt,
    /// "URL du serveur CAS", or its box "Les adresses d'authentification et de validation sont différentes".
    CasServer,
    /// "URL d'authentification".
    Authentication,
    /// "URL de validation".
    Validation,
    /// "URL à communiquer au socle ENT", shown by the console.
    EntUrl,
    /// "URL à communiquer aux utilisateurs de PRONOTE pour une connexion directe", shown by the console.
    DirectLogin,
}

impl DialogField {
    /// A stable identifier (the `data-console-field` of the widget).
    pub fn id(self) -> &'static str {
        match self {
            DialogField::DelegationName => "delegation-name",
            DialogField::MonEnt => "mon-ent",
            DialogField::CasServer => "cas-server",
            DialogField::Authentication => "authentication",
            DialogField::Validation => "validation",
            DialogField::EntUrl => "ent-url",
            DialogField::DirectLogin => "direct-login",
        }
    }

    /// The console's label (French in both languages: it is what the reader's console shows); the
    /// address fields take the label of their address.
    pub fn label(self, lang: Lang) -> String {
        let w = lang.words();
        let fixed = match self {
            DialogField::DelegationName => w.dialog_delegation_name,
            DialogField::MonEnt => w.dialog_mon_ent,
            DialogField::CasServer => w.dialog_cas_server,
            DialogField::Authentication => return AddressKey::CasLogin.label(lang),
            DialogField::Validation => return AddressKey::CasValidation.label(lang),
            DialogField::EntUrl => return AddressKey::EntUrl.label(lang),
            DialogField::DirectLogin => return AddressKey::DirectLogin.label(lang),
        };
        fixed.to_owned()
    }
}

/// What a field holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogValue {
    /// A text exactly as the console takes or shows it; `address` names it among the computed addresses.
    Text {
        /// The text.
        value: String,
        /// Its key, when it is a computed address.
        address: Option<AddressKey>,
    },
    /// The ENT's entry in the "Mon ENT" list, as the console spells it.
    Listed(String),
    /// The ENT is not in the "Mon ENT" list as the seed shows it: its addresses are typed by hand.
    NotListed,
    /// The box "Les adresses d'authentification et de validation sont différentes" is ticked: the two
    /// addresses do not derive from one base (another path, or a login with its own query).
    SeparateAddresses,
}

impl DialogValue {
    /// What is typed, picked or ticked, as one line of text (for tests and exports).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            DialogValue::Text { value, .. } | DialogValue::Listed(value) => value.clone(),
            DialogValue::NotListed => lang.words().dialog_not_listed.to_owned(),
            DialogValue::SeparateAddresses => lang.words().dialog_separate_addresses.to_owned(),
        }
    }
}

/// One field and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DialogLine {
    /// The field.
    pub field: DialogField,
    /// Its value.
    pub value: DialogValue,
}

/// The window filled in for this ENT and these addresses (which must hold the CAS addresses: the
/// window is only reached when some space delegates to CAS).
pub fn cas_dialog(preset: &Preset, set: &AddressSet) -> Vec<DialogLine> {
    let address = |key: AddressKey| DialogValue::Text {
        value: set.get(&key).unwrap_or_default().to_owned(),
        address: Some(key),
    };
    let mon_ent = match &preset.console_label {
        Some(label) => DialogValue::Listed(label.clone()),
        None => DialogValue::NotListed,
    };
    let cas_server = match shared_base(preset) {
        Some(base) => DialogValue::Text {
            value: base,
            address: None,
        },
        None => DialogValue::SeparateAddresses,
    };
    let line = |field: DialogField, value: DialogValue| DialogLine { field, value };
    vec![
        line(
            DialogField::DelegationName,
            DialogValue::Text {
                value: DELEGATION_NAME.to_owned(),
                address: None,
            },
        ),
        line(DialogField::MonEnt, mon_ent),
        line(DialogField::CasServer, cas_server),
        line(DialogField::Authentication, address(AddressKey::CasLogin)),
        line(DialogField::Validation, address(AddressKey::CasValidation)),
        line(DialogField::EntUrl, address(AddressKey::EntUrl)),
        line(DialogField::DirectLogin, address(AddressKey::DirectLogin)),
    ]
}

/// The one "URL du serveur CAS" from which the console's defaults (`<base>/login`,
/// `<base>/samlValidate`) give exactly the preset's two addresses, if there is one.
fn shared_base(preset: &Preset) -> Option<String> {
    let login = &preset.login;
    if login.query().is_some() {
        return None;
    }
    let path = login.path().strip_suffix("/login")?;
    let mut base = login.clone();
    base.set_path(path);
    (derive_validation(&base) == preset.validation).then(|| base.as_str().to_owned())
}
