//! Which authentication delegation each space uses, and the console's rule for the Page commune.

use crate::domain::space::Space;
use crate::domain::stable_id::from_id;
use crate::lang::Lang;

/// A kind of authentication delegation offered by the PRONOTE.net console.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DelegationKind {
    /// No delegation: PRONOTE's own login form ("Aucune").
    None,
    /// An ENT's CAS server.
    Cas,
    /// The national EduConnect service (no address to type: the console declares the school).
    EduConnect,
    /// WS-Federation, typically an ADFS.
    WsFederation,
}

impl DelegationKind {
    /// Every kind, in the console's column order (none last, as the console shows it).
    pub const ALL: [DelegationKind; 4] = [
        DelegationKind::Cas,
        DelegationKind::WsFederation,
        DelegationKind::EduConnect,
        DelegationKind::None,
    ];

    /// A stable identifier.
    pub fn id(self) -> &'static str {
        match self {
            DelegationKind::None => "none",
            DelegationKind::Cas => "cas",
            DelegationKind::EduConnect => "educonnect",
            DelegationKind::WsFederation => "ws-federation",
        }
    }

    /// Reads an identifier as given by [`DelegationKind::id`] (any case).
    pub fn parse(id: &str) -> Option<DelegationKind> {
        from_id(&DelegationKind::ALL, DelegationKind::id, id)
    }

    /// The kind's name as the console's column headings write it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            DelegationKind::None => lang.words().delegation_none,
            DelegationKind::Cas => "CAS",
            DelegationKind::EduConnect => "EduConnect",
            DelegationKind::WsFederation => "WS-Federation",
        }
    }
}

/// One space's line in the console: published or not, and its delegation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SpaceSetting {
    /// Whether the space is published ("Publier" ticked).
    pub published: bool,
    /// The delegation chosen for the space.
    pub kind: DelegationKind,
}

impl Default for SpaceSetting {
    /// The seed's setting for every space: published, delegated to CAS.
    fn default() -> SpaceSetting {
        SpaceSetting {
            published: true,
            kind: DelegationKind::Cas,
        }
    }
}

/// The settings of every space; the default is the seed's (all published, all CAS).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct SpaceSettings {
    /// Indexed like [`Space::ALL`].
    settings: [SpaceSetting; Space::ALL.len()],
}

impl SpaceSettings {
    /// The same setting for every space.
    pub fn uniform(setting: SpaceSetting) -> SpaceSettings {
        SpaceSettings {
            settings: [setting; Space::ALL.len()],
        }
    }

    /// The setting of one space.
    pub fn get(&self, space: Space) -> SpaceSetting {
        self.settings[index(space)]
    }

    /// Replaces the setting of one space.
    pub fn set(&mut self, space: Space, setting: SpaceSetting) {
        self.settings[index(space)] = setting;
    }

    /// Publishes or unpublishes one space.
    pub fn set_published(&mut self, space: Space, published: bool) {
        self.settings[index(space)].published = published;
    }

    /// Chooses the delegation of one space.
    pub fn set_kind(&mut self, space: Space, kind: DelegationKind) {
        self.settings[index(space)].kind = kind;
    }

    /// The published spaces, in console order.
    pub fn published(&self) -> impl Iterator<Item = Space> + '_ {
        Space::ALL.into_iter().filter(|space| self.get(*space).published)
    }

    /// The delegation a space really gets. The console lets the Page commune take a kind only when
    /// every other published space has that kind (users pick their space there, so it cannot ask
    /// for credentials some spaces would not accept); otherwise it falls back to none.
    pub fn effective_kind(&self, space: Space) -> DelegationKind {
        let chosen = self.get(space).kind;
        if space != Space::Commune {
            return chosen;
        }
        let shared = self
            .published()
            .filter(|other| *other != Space::Commune)
            .all(|other| self.get(other).kind == chosen);
        if shared {
            chosen
        } else {
            DelegationKind::None
        }
    }

    /// Whether the Page commune's chosen delegation was overruled by the console's rule.
    pub fn commune_fell_back(&self) -> bool {
        self.effective_kind(Space::Commune) != self.get(Space::Commune).kind
    }

    /// Whether some published space really delegates to CAS (so the CAS addresses matter).
    pub fn uses_cas(&self) -> bool {
        self.published()
            .any(|space| self.effective_kind(space) == DelegationKind::Cas)
    }
}

impl SpaceSettings {
    /// The settings that differ from the default, as a short comma-separated text for page
    /// addresses and attributes: `<space>-off` for an unpublished space, `<space>-<kind>` for a
    /// delegation other than CAS (e.g. `academie-off,eleve-educonnect`); empty for the default.
    pub fn changes(&self) -> String {
        let default = SpaceSetting::default();
        let mut changes = Vec::new();
        for space in Space::ALL {
            let setting = self.get(space);
            if setting.published != default.published {
                let state = if setting.published { "on" } else { "off" };
                changes.push(format!("{}-{state}", space.id()));
            }
            if setting.kind != default.kind {
                changes.push(format!("{}-{}", space.id(), setting.kind.id()));
            }
        }
        changes.join(",")
    }

    /// Reads the text written by [`SpaceSettings::changes`] over the default settings. It comes
    /// from page authors and shared links, so unknown items are skipped rather than refused.
    pub fn parse_changes(text: &str) -> SpaceSettings {
        let mut settings = SpaceSettings::default();
        for item in text.split(',') {
            // Space ids have no hyphen; kind ids may (`ws-federation`).
            let Some((space, change)) = item.trim().split_once('-') else {
                continue;
            };
            let Some(space) = Space::parse(space) else {
                continue;
            };
            if change.eq_ignore_ascii_case("off") {
                settings.set_published(space, false);
            } else if change.eq_ignore_ascii_case("on") {
                settings.set_published(space, true);
            } else if let Some(kind) = DelegationKind::parse(change) {
                settings.set_kind(space, kind);
            }
        }
        settings
    }
}

/// The position of a space in [`Space::ALL`] (the enum is declared in that order).
fn index(space: Space) -> usize {
    space as usize
}
