//! One preset per id in a set of presets (the `presets/` folder, a page's presets file).

use super::field::PresetField;
use super::model::Preset;
use super::problem::{PresetError, PresetProblem};

/// Keeps the first preset of each id and reports the others: a set of presets (the `presets/` folder, a
/// page's presets file) read entry by entry, each with the name errors give it.
pub fn keep_unique(entries: Vec<(String, Result<Preset, Vec<PresetError>>)>) -> (Vec<Preset>, Vec<PresetError>) {
    let mut presets: Vec<Preset> = Vec::new();
    let mut errors = Vec::new();
    for (file, read) in entries {
        match read {
            Ok(preset) if presets.iter().any(|other| other.id == preset.id) => {
                errors.push(PresetError::new(&file, PresetProblem::DuplicateId { id: preset.id }));
            }
            Ok(preset) => presets.push(preset),
            Err(mut found) => errors.append(&mut found),
        }
    }
    (presets, errors)
}

/// The presets of a set that say they joined (`merged_into`) a preset the set does not have, each
/// named in errors by `file_of`.
pub fn unknown_merges(presets: &[Preset], file_of: impl Fn(&Preset) -> String) -> Vec<PresetError> {
    presets
        .iter()
        .filter_map(|preset| {
            let joined = preset.merged_into.as_deref()?;
            if presets.iter().any(|other| other.id == joined && other.id != preset.id) {
                return None;
            }
            let problem = PresetProblem::UnknownPreset {
                field: PresetField::MergedInto.name(),
                id: joined.to_owned(),
            };
            Some(PresetError::new(&file_of(preset), problem))
        })
        .collect()
}
