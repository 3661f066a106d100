//! Checks `presets/*.toml` and turns them into static Rust data, so that the wasm bundle carries the
//! built-in presets without a TOML or JSON parser. A preset with a problem fails the build with a
//! message naming the file and the field, e.g. `presets/foo.toml: field "login": not https (…)`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

// The same reading and checks as the crate's run-time presets: one file, shared, with the words its
// messages use (a build failure prints them in English).
#[allow(dead_code)]
#[path = "src/lang/mod.rs"]
mod lang;
#[allow(dead_code)]
#[path = "src/domain/preset.rs"]
mod preset;

use preset::{keep_unique, read_preset, FieldMap, FieldValue, PresetFields, ProvenanceAt, FIELDS, LIST_FIELDS};

const PRESETS_DIR: &str = "presets";

fn main() {
    println!("cargo:rerun-if-changed={PRESETS_DIR}");
    println!("cargo:rerun-if-changed=src/domain/preset.rs");
    println!("cargo:rerun-if-changed=src/lang");

    let files = match preset_files(Path::new(PRESETS_DIR)) {
        Ok(files) => files,
        Err(message) => fail(&[message]),
    };
    let mut entries = Vec::new();
    let mut tables = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let label = format!("{PRESETS_DIR}/{}", file_name(path));
        let file_id = path.file_stem().and_then(|stem| stem.to_str()).map(str::to_string);
        let table = fs::read_to_string(path)
            .map_err(|error| error.to_string())
            .and_then(|text| toml::from_str::<FieldMap>(&text).map_err(|error| error.to_string()));
        let preset = match &table {
            Ok(fields) => read_preset(fields, &label, file_id.as_deref(), ProvenanceAt::Fields),
            Err(detail) => Err(vec![preset::PresetError::new(
                &label,
                preset::PresetProblem::Unreadable { detail: detail.clone() },
            )]),
        };
        if let (Ok(table), Ok(_)) = (&table, &preset) {
            tables.push(table.clone());
        }
        entries.push((label, preset));
    }
    let (presets, errors) = keep_unique(entries);
    if !errors.is_empty() {
        fail(&errors.iter().map(ToString::to_string).collect::<Vec<_>>());
    }

    let Some(out_dir) = env::var_os("OUT_DIR") else {
        fail(&["OUT_DIR is not set (build.rs runs only under cargo)".to_string()])
    };
    write_if_changed(&Path::new(&out_dir).join("builtin_presets.rs"), &generate(&tables));
    // The provenance stays out of the wasm: tools/post_build.sh copies this file beside it.
    write_if_changed(&Path::new(&out_dir).join("provenance.json"), &provenance(&presets));
}

/// Rewriting an identical file would make cargo recompile the crate for nothing.
fn write_if_changed(target: &Path, text: &str) {
    if fs::read_to_string(target).ok().as_deref() != Some(text) {
        if let Err(error) = fs::write(target, text) {
            fail(&[format!("{}: {error}", target.display())]);
        }
    }
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

/// The built-in rows (read by src/domain/catalogue.rs): one text per preset, its fields in the order of
/// `FIELDS`, as the file writes them, each ended by U+001F, an absent one empty, a list's texts one a line. The provenance stays
/// out of the wasm: `notes` and `sources` are left out, `disagreement` is only a mark that there is one.
fn generate(tables: &[FieldMap]) -> String {
    let mut code = String::from("// Generated by build.rs from presets/*.toml: edit those files, not this one.\n&[\n");
    for table in tables {
        let mut row = String::new();
        for field in FIELDS {
            let text = match (field, table.value(field)) {
                ("notes" | "sources", _) | (_, None) => String::new(),
                ("disagreement", Some(_)) => "*".to_string(),
                // A login that is the base's `/login` is given back when the row is read: its text would
                // only repeat the base in the wasm.
                ("login", Some(FieldValue::Text(login))) if derived_login(table).as_deref() == Some(login.trim()) => {
                    String::new()
                }
                (_, Some(FieldValue::Text(text))) => text.trim().to_string(),
                (_, Some(FieldValue::List(texts))) if LIST_FIELDS.contains(&field) => texts.join("\n"),
                // read_preset has refused any other value.
                (_, Some(_)) => String::new(),
            };
            row.push_str(&text);
            // What src/domain/catalogue.rs's FIELD_END is.
            row.push('\u{1f}');
        }
        let _ = writeln!(code, "    {row:?},");
    }
    code.push_str("]\n");
    code
}

/// The base's `/login`, as the console derives it, when the file gives a base.
fn derived_login(table: &FieldMap) -> Option<String> {
    let Some(FieldValue::Text(base)) = table.value("cas_base") else {
        return None;
    };
    let base = url::Url::parse(base.trim()).ok()?;
    Some(preset::derive_login(&base).to_string())
}
