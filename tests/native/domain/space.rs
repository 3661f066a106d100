//! Spaces, their pages, and the delegation each gets under the console's rule.

use pronote_delegation::domain::delegation::{DelegationKind, SpaceSetting, SpaceSettings};
use pronote_delegation::domain::space::Space;
use pronote_delegation::lang::Lang;

#[test]
fn spaces_come_in_console_order() {
    let ids: Vec<&str> = Space::ALL.iter().map(|space| space.id()).collect();
    assert_eq!(
        ids,
        [
            "commune",
            "direction",
            "professeur",
            "viescolaire",
            "parent",
            "accompagnant",
            "eleve",
            "entreprise",
            "academie"
        ]
    );
}

#[test]
fn space_ids_round_trip() {
    for space in Space::ALL {
        assert_eq!(Space::parse(space.id()), Some(space));
    }
    assert_eq!(Space::parse("Parent"), Some(Space::Parent));
    assert_eq!(Space::parse("parents"), None);
}

#[test]
fn commune_is_the_root_page() {
    assert_eq!(Space::Commune.desktop_page(), "");
    assert_eq!(Space::Commune.mobile_page(), Some("mobile.html"));
}

#[test]
fn every_other_desktop_page_is_its_id_dot_html() {
    for space in Space::ALL.into_iter().skip(1) {
        assert_eq!(space.desktop_page(), format!("{}.html", space.id()));
    }
}

#[test]
fn mobile_pages_are_mobile_dot_desktop_page_except_entreprise_and_academie() {
    for space in Space::ALL.into_iter().skip(1) {
        let expected = match space {
            Space::Entreprise | Space::Academie => None,
            _ => Some(format!("mobile.{}", space.desktop_page())),
        };
        assert_eq!(space.mobile_page().map(str::to_owned), expected, "{space:?}");
    }
}

#[test]
fn console_names_are_the_consoles_in_french() {
    assert_eq!(Space::Commune.console_name(Lang::Fr), "Page commune");
    assert_eq!(Space::Parent.console_name(Lang::Fr), "Espace Parents");
    assert_eq!(Space::Eleve.console_name(Lang::Fr), "Espace Elèves");
    assert_eq!(Space::Parent.console_name(Lang::En), "Parents space");
}

#[test]
fn delegation_ids_round_trip() {
    for kind in DelegationKind::ALL {
        assert_eq!(DelegationKind::parse(kind.id()), Some(kind));
    }
    assert_eq!(
        DelegationKind::parse("WS-Federation"),
        Some(DelegationKind::WsFederation)
    );
}

#[test]
fn delegation_labels_follow_the_console() {
    assert_eq!(DelegationKind::None.label(Lang::Fr), "Aucune");
    assert_eq!(DelegationKind::None.label(Lang::En), "None");
    assert_eq!(DelegationKind::Cas.label(Lang::Fr), "CAS");
}

#[test]
fn default_settings_are_the_seeds_all_published_all_cas() {
    let settings = SpaceSettings::default();
    for space in Space::ALL {
        assert_eq!(
            settings.get(space),
            SpaceSetting {
                published: true,
                kind: DelegationKind::Cas
            }
        );
        assert_eq!(settings.effective_kind(space), DelegationKind::Cas);
    }
    assert!(!settings.commune_fell_back());
}

#[test]
fn set_changes_one_space_only() {
    let mut settings = SpaceSettings::default();
    settings.set(
        Space::Eleve,
        SpaceSetting {
            published: false,
            kind: DelegationKind::EduConnect,
        },
    );
    assert!(!settings.get(Space::Eleve).published);
    assert_eq!(settings.get(Space::Eleve).kind, DelegationKind::EduConnect);
    assert!(settings.get(Space::Parent).published);
}

#[test]
fn commune_falls_back_to_none_when_a_published_space_differs() {
    let mut settings = SpaceSettings::default();
    settings.set_kind(Space::Eleve, DelegationKind::EduConnect);
    assert_eq!(settings.effective_kind(Space::Commune), DelegationKind::None);
    assert!(settings.commune_fell_back());
}

#[test]
fn commune_keeps_its_kind_when_the_differing_space_is_unpublished() {
    let mut settings = SpaceSettings::default();
    settings.set_kind(Space::Eleve, DelegationKind::EduConnect);
    settings.set_published(Space::Eleve, false);
    assert_eq!(settings.effective_kind(Space::Commune), DelegationKind::Cas);
    assert!(!settings.commune_fell_back());
}

#[test]
fn other_spaces_keep_their_own_kind() {
    let mut settings = SpaceSettings::default();
    settings.set_kind(Space::Eleve, DelegationKind::EduConnect);
    assert_eq!(settings.effective_kind(Space::Eleve), DelegationKind::EduConnect);
    assert_eq!(settings.effective_kind(Space::Parent), DelegationKind::Cas);
}

#[test]
fn commune_with_no_delegation_never_falls_back() {
    let mut settings = SpaceSettings::default();
    settings.set_kind(Space::Commune, DelegationKind::None);
    settings.set_kind(Space::Eleve, DelegationKind::EduConnect);
    assert!(!settings.commune_fell_back());
}

#[test]
fn commune_alone_published_keeps_its_kind() {
    let mut settings = SpaceSettings::uniform(SpaceSetting {
        published: false,
        kind: DelegationKind::EduConnect,
    });
    settings.set(Space::Commune, SpaceSetting::default());
    assert_eq!(settings.effective_kind(Space::Commune), DelegationKind::Cas);
}

#[test]
fn default_settings_have_no_changes() {
    assert_eq!(SpaceSettings::default().changes(), "");
}

#[test]
fn changes_list_unpublished_spaces_and_other_kinds_in_console_order() {
    let mut settings = SpaceSettings::default();
    settings.set_published(Space::Academie, false);
    settings.set_kind(Space::Eleve, DelegationKind::EduConnect);
    settings.set_kind(Space::Direction, DelegationKind::WsFederation);
    assert_eq!(
        settings.changes(),
        "direction-ws-federation,eleve-educonnect,academie-off"
    );
}

#[test]
fn changes_round_trip() {
    let mut settings = SpaceSettings::default();
    settings.set_published(Space::Entreprise, false);
    settings.set_kind(Space::Entreprise, DelegationKind::None);
    settings.set_kind(Space::Commune, DelegationKind::WsFederation);
    assert_eq!(SpaceSettings::parse_changes(&settings.changes()), settings);
}

#[test]
fn parse_changes_skips_unknown_items() {
    let mut expected = SpaceSettings::default();
    expected.set_published(Space::Academie, false);
    assert_eq!(
        SpaceSettings::parse_changes(" Academie-OFF , tuteur-off,eleve-saml,,nonsense"),
        expected
    );
}

#[test]
fn uses_cas_only_when_a_published_space_is_delegated_to_cas() {
    let mut settings = SpaceSettings::uniform(SpaceSetting {
        published: true,
        kind: DelegationKind::EduConnect,
    });
    assert!(!settings.uses_cas());
    settings.set_kind(Space::Parent, DelegationKind::Cas);
    assert!(settings.uses_cas());
    settings.set_published(Space::Parent, false);
    assert!(!settings.uses_cas());
}
