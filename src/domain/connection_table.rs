//! The console's table "Adresses de connexion des internautes": one row per space, in the console's order,
//! with its publish box, its delegation and its desktop and mobile addresses side by side.

use crate::domain::addresses::{AddressKey, AddressSet};
use crate::domain::delegation::{DelegationKind, SpaceSettings};
use crate::domain::space::Space;
use crate::lang::Lang;

/// A row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConnectionRow {
    /// A space the widget knows the pages of.
    Space(Space),
    /// "Page Etablissement": the console lists it (unpublished in the seed), but no public source shows
    /// its page name, so the widget gives it no address rather than invent one.
    Etablissement,
}

impl ConnectionRow {
    /// A stable identifier (`data-space` in the widget).
    pub fn id(self) -> &'static str {
        match self {
            ConnectionRow::Space(space) => space.id(),
            ConnectionRow::Etablissement => "etablissement",
        }
    }

    /// The row's name as the console writes it.
    pub fn console_name(self, lang: Lang) -> &'static str {
        match self {
            ConnectionRow::Space(space) => space.console_name(lang),
            ConnectionRow::Etablissement => lang.words().page_etablissement,
        }
    }
}

/// One row, filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConnectionLine {
    /// Which row.
    pub row: ConnectionRow,
    /// Whether "Publier" is ticked.
    pub published: bool,
    /// The delegation in effect (after the Page commune rule), when published.
    pub kind: Option<DelegationKind>,
    /// The desktop address, when published.
    pub desktop: Option<AddressKey>,
    /// The mobile address, when published and the space has a mobile page.
    pub mobile: Option<AddressKey>,
    /// The desktop page with `?login=true`, when a delegation is in effect there.
    pub direct_login: Option<AddressKey>,
}

/// Every row of the table in the console's order (the Page Etablissement second, as the seed shows it).
pub fn connection_table(set: &AddressSet, spaces: &SpaceSettings) -> Vec<ConnectionLine> {
    let present = |key: AddressKey| set.get(&key).map(|_| key);
    let mut lines: Vec<ConnectionLine> = Space::ALL
        .into_iter()
        .map(|space| {
            let published = spaces.get(space).published;
            ConnectionLine {
                row: ConnectionRow::Space(space),
                published,
                kind: published.then(|| spaces.effective_kind(space)),
                desktop: present(AddressKey::SpaceDesktop(space)),
                mobile: present(AddressKey::SpaceMobile(space)),
                direct_login: present(AddressKey::SpaceDirectLogin(space)),
            }
        })
        .collect();
    lines.insert(
        1,
        ConnectionLine {
            row: ConnectionRow::Etablissement,
            published: false,
            kind: None,
            desktop: None,
            mobile: None,
            direct_login: None,
        },
    );
    lines
}
