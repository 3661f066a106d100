//! The spaces of a PRONOTE.net publication (one per kind of user), with their pages.

use crate::domain::stable_id::from_id;
use crate::lang::Lang;

/// A space of PRONOTE.net, as listed in the hosting console's publication settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Space {
    /// The Page commune: the root, where users pick their space.
    Commune,
    /// Espace Direction.
    Direction,
    /// Espace Professeurs.
    Professeur,
    /// Espace Vie scolaire.
    VieScolaire,
    /// Espace Parents.
    Parent,
    /// Espace Accompagnants.
    Accompagnant,
    /// Espace Elèves.
    Eleve,
    /// Espace Entreprise (internship tutors).
    Entreprise,
    /// Espace Académie (education authority inspectors).
    Academie,
}

impl Space {
    /// Every space, in the console's order.
    pub const ALL: [Space; 9] = [
        Space::Commune,
        Space::Direction,
        Space::Professeur,
        Space::VieScolaire,
        Space::Parent,
        Space::Accompagnant,
        Space::Eleve,
        Space::Entreprise,
        Space::Academie,
    ];

    /// A stable identifier: the page name without `.html` ("commune" for the root).
    pub fn id(self) -> &'static str {
        match self {
            Space::Commune => "commune",
            Space::Direction => "direction",
            Space::Professeur => "professeur",
            Space::VieScolaire => "viescolaire",
            Space::Parent => "parent",
            Space::Accompagnant => "accompagnant",
            Space::Eleve => "eleve",
            Space::Entreprise => "entreprise",
            Space::Academie => "academie",
        }
    }

    /// Reads an identifier as given by [`Space::id`] (any case).
    pub fn parse(id: &str) -> Option<Space> {
        from_id(&Space::ALL, Space::id, id)
    }

    /// The space's name as the console writes it (French), or its English rendering.
    pub fn console_name(self, lang: Lang) -> &'static str {
        let w = lang.words();
        match self {
            Space::Commune => w.space_commune,
            Space::Direction => w.space_direction,
            Space::Professeur => w.space_professeur,
            Space::VieScolaire => w.space_vie_scolaire,
            Space::Parent => w.space_parent,
            Space::Accompagnant => w.space_accompagnant,
            Space::Eleve => w.space_eleve,
            Space::Entreprise => w.space_entreprise,
            Space::Academie => w.space_academie,
        }
    }

    /// The desktop page under the root ("" for the Page commune, which is the root itself).
    pub fn desktop_page(self) -> &'static str {
        match self {
            Space::Commune => "",
            Space::Direction => "direction.html",
            Space::Professeur => "professeur.html",
            Space::VieScolaire => "viescolaire.html",
            Space::Parent => "parent.html",
            Space::Accompagnant => "accompagnant.html",
            Space::Eleve => "eleve.html",
            Space::Entreprise => "entreprise.html",
            Space::Academie => "academie.html",
        }
    }

    /// The mobile page under the root, for the spaces the console gives one (seed: PRONOTE 2022).
    pub fn mobile_page(self) -> Option<&'static str> {
        match self {
            Space::Commune => Some("mobile.html"),
            Space::Direction => Some("mobile.direction.html"),
            Space::Professeur => Some("mobile.professeur.html"),
            Space::VieScolaire => Some("mobile.viescolaire.html"),
            Space::Parent => Some("mobile.parent.html"),
            Space::Accompagnant => Some("mobile.accompagnant.html"),
            Space::Eleve => Some("mobile.eleve.html"),
            Space::Entreprise | Space::Academie => None,
        }
    }
}
