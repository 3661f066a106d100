//! Checks `presets/*.toml` and hands the built-in presets to the crate, so that the wasm bundle carries
//! them without a TOML or JSON parser. A preset with a problem fails the build with a message naming the
//! file and the field, e.g. `presets/foo.toml: field "login": not https (…)`.
//!
//! What it writes (documented in presets/README.md, "What the build writes"):
//! - `$OUT_DIR/builtin_presets.json`: the presets in the format of a page's presets file, without their
//!   notes and sources, included by `src/domain/catalogue.rs` and read by the same reader as a page's
//!   file;
//! - `$OUT_DIR/provenance.json`: each preset's notes, sources and disagreement, by id (native code
//!   includes it; the site serves it);
//! - the same site file in one known place, the `catalogue/` folder beside the build's own artifacts
//!   (`target/wasm32-unknown-unknown/release/catalogue/` for `make dist`), which `tools/post_build.sh`
//!   copies into the site.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

// The same reading and checks as the crate's run-time presets: the preset module, shared, with the words
// its messages use (a build failure prints them in English). src/domain/preset.rs says what that asks of it.
#[allow(dead_code)]
#[path = "src/lang/mod.rs"]
mod lang;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/preset.rs"]
mod preset;

use preset::{
    keep_unique, read_preset, unknown_merges, FieldMap, FieldValue, PresetError, PresetField, PresetProblem,
    ProvenanceAt,
};

const PRESETS_DIR: &str = "presets";

fn main() {
    println!("cargo:rerun-if-changed={PRESETS_DIR}");
    println!("cargo:rerun-if-changed=src/domain/preset.rs");
    println!("cargo:rerun-if-changed=src/domain/preset");
    println!("cargo:rerun-if-changed=src/lang");

    let files = match preset_files(Path::new(PRESETS_DIR)) {
        Ok(files) => files,
        Err(message) => fail(&[message]),
    };
    let mut tables = Vec::new();
    let entries = files
        .iter()
        .map(|path| {
            let (label, table, preset) = read_file(path);
            tables.extend(table);
            (label, preset)
        })
        .collect();
    let (presets, mut errors) = keep_unique(entries);
    errors.extend(unknown_merges(&presets, |preset| {
        format!("{PRESETS_DIR}/{}.toml", preset.id)
    }));
    if !errors.is_empty() {
        fail(&errors.iter().map(ToString::to_string).collect::<Vec<_>>());
    }

    let Some(out_dir) = env::var_os("OUT_DIR").map(PathBuf::from) else {
        fail(&["OUT_DIR is not set (build.rs runs only under cargo)".to_string()])
    };
    write_if_changed(
        &out_dir.join("builtin_presets.json"),
        &presets_json(&tables, Leave::Provenance),
    );
    let provenance = provenance(&presets);
    write_if_changed(&out_dir.join("provenance.json"), &provenance);
    // presets.json, the catalogue as data others can use: every preset with every field of its file.
    let catalogue = presets_json(&tables, Leave::Nothing);
    write_if_changed(&out_dir.join("presets.json"), &catalogue);
    // OUT_DIR is `<profile folder>/build/<package>-<hash>/out`: the site's files go beside the wasm.
    if let Some(profile_dir) = out_dir.ancestors().nth(3) {
        let site_dir = profile_dir.join("catalogue");
        if let Err(error) = fs::create_dir_all(&site_dir) {
            fail(&[format!("{}: {error}", site_dir.display())]);
        }
        write_if_changed(&site_dir.join("provenance.json"), &provenance);
        write_if_changed(&site_dir.join("presets.json"), &catalogue);
    }
}

/// One `presets/*.toml`, read as a TOML table and checked; its name in errors is `presets/<file>`.
fn read_file(path: &Path) -> (String, Option<FieldMap>, Result<preset::Preset, Vec<PresetError>>) {
    println!("cargo:rerun-if-changed={}", path.display());
    let label = format!("{PRESETS_DIR}/{}", file_name(path));
    let file_id = path.file_stem().and_then(|stem| stem.to_str());
    let table = fs::read_to_string(path)
        .map_err(|error| error.to_string())
        .and_then(|text| toml::from_str::<FieldMap>(&text).map_err(|error| error.to_string()));
    let preset = match &table {
        Ok(fields) => read_preset(fields, &label, file_id, ProvenanceAt::Fields),
        Err(detail) => Err(vec![PresetError::new(
            &label,
            PresetProblem::Unreadable { detail: detail.clone() },
        )]),
    };
    (label, table.ok(), preset)
}

/// Rewriting an identical file would make cargo recompile the crate for nothing; the new text is
/// written aside and renamed, so that a reader (another build, the post-build copy) never sees half.
fn write_if_changed(target: &Path, text: &str) {
    if fs::read_to_string(target).ok().as_deref() == Some(text) {
        return;
    }
    let partial = target.with_extension(format!("{}.partial", process::id()));
    if let Err(error) = fs::write(&partial, text).and_then(|()| fs::rename(&partial, target)) {
        fail(&[format!("{}: {error}", target.display())]);
    }
}

/// What a presets JSON leaves out of each preset's file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Leave {
    /// The built-ins in the wasm: `notes` and `sources` (in `provenance.json`, fetched when a reader opens
    /// an ENT's details); `disagreement` only says where its text is; a login that is the base's `/login`.
    Provenance,
    /// Nothing: `presets.json`, the catalogue as data (sources, dates and status included).
    Nothing,
}

/// The base's `/login`, as the console derives it, when the file gives a base.
fn derived_login(table: &FieldMap) -> Option<String> {
    let Some(FieldValue::Text(base)) = table.get(PresetField::CasBase.name()) else {
        return None;
    };
    let base = url::Url::parse(base.trim()).ok()?;
    Some(preset::derive_login(&base).to_string())
}

/// The presets as a JSON list in the format of a page's presets file (presets/README.md), one object per
/// preset with its file's fields (keys in alphabetical order), less what `leave` says.
fn presets_json(tables: &[FieldMap], leave: Leave) -> String {
    let presets: Vec<serde_json::Value> = tables
        .iter()
        .map(|table| {
            let mut entry = serde_json::Map::new();
            for field in PresetField::ALL {
                let value = match (field, table.get(field.name())) {
                    (PresetField::Notes | PresetField::Sources, _) if leave == Leave::Provenance => continue,
                    (PresetField::Disagreement, Some(_)) if leave == Leave::Provenance => {
                        serde_json::json!("provenance.json")
                    }
                    // The console's default, given back when read (ProvenanceAt::ProvenanceFile).
                    (PresetField::Login, Some(FieldValue::Text(login)))
                        if leave == Leave::Provenance && derived_login(table).as_deref() == Some(login.trim()) =>
                    {
                        continue
                    }
                    (_, Some(FieldValue::Text(text))) => serde_json::json!(text.trim()),
                    (_, Some(FieldValue::List(texts))) => serde_json::json!(texts),
                    // read_preset has refused any other value.
                    (_, Some(FieldValue::Other) | None) => continue,
                };
                entry.insert(field.name().to_owned(), value);
            }
            serde_json::Value::Object(entry)
        })
        .collect();
    serde_json::Value::Array(presets).to_string()
}

/// `provenance.json`: each preset's notes, sources and disagreement, by id.
fn provenance(presets: &[preset::Preset]) -> String {
    let entries: serde_json::Map<String, serde_json::Value> = presets
        .iter()
        .map(|preset| {
            let provenance = preset.provenance.clone().unwrap_or_default();
            let entry = serde_json::json!({
                "notes": provenance.notes,
                "sources": provenance.sources,
                "disagreement": provenance.disagreement,
            });
            (preset.id.clone(), entry)
        })
        .collect();
    serde_json::Value::Object(entries).to_string()
}

fn preset_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|error| format!("{}: {error}", dir.display()))?.path();
        if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
    // The generated data, and thus the built-in order, must not depend on the file system.
    files.sort();
    Ok(files)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn fail(messages: &[String]) -> ! {
    eprintln!("error: the ENT presets in {PRESETS_DIR}/ have problems (see {PRESETS_DIR}/README.md):");
    for message in messages {
        eprintln!("  {message}");
        println!("cargo:warning={message}");
    }
    process::exit(1);
}
