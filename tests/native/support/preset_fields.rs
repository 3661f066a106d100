//! A valid preset's fields, as a page's presets file or a catalogue's TOML file gives them, and the same
//! fields changed: the fixture the preset checks and the freshness checks share.

use pronote_delegation::domain::preset::{FieldMap, FieldValue};

/// A valid preset's fields (dated and with a status, as every catalogue file must be).
pub fn valid_fields() -> FieldMap {
    let mut fields = FieldMap::new();
    for (field, text) in [
        ("id", "ent_exemple"),
        ("name", "ENT d'exemple"),
        ("region", "Académie d'exemple"),
        ("family", "open-ent-ng"),
        ("cas_base", "https://ent.example.fr/cas"),
        ("login", "https://ent.example.fr/cas/login"),
        ("confidence", "seen"),
        ("checked", "2026-12-06"),
        ("status", "current"),
    ] {
        fields.insert(field.into(), FieldValue::Text(text.into()));
    }
    fields.insert("sources".into(), FieldValue::List(vec!["a test".into()]));
    fields
}

/// `fields` with some texts changed (`None`: the field left out).
pub fn with(mut fields: FieldMap, changes: &[(&str, Option<&str>)]) -> FieldMap {
    for (field, text) in changes {
        match text {
            Some(text) => fields.insert((*field).into(), FieldValue::Text((*text).into())),
            None => fields.remove(*field),
        };
    }
    fields
}
