//! Finding an ENT by what people type: its name, region or académie, family or id, whatever the
//! accents, case, punctuation and spacing (`neo centre`, `ile de france`, `reunion`).
//!
//! French accents are folded by a small table rather than Unicode normalisation: a normalisation
//! crate's tables would weigh more in the wasm bundle than the whole catalogue.

use crate::domain::preset::Preset;
use crate::lang::Lang;

/// Whether the preset answers the query: every word of the query appears in the preset's name,
/// region, family, id or keywords, or the query written without spaces appears in one of them
/// written without spaces (`iledefrance`, `neto centre`). An empty query matches every preset.
pub fn matches(preset: &Preset, query: &str) -> bool {
    let query = fold(query);
    if query.is_empty() {
        return true;
    }
    let fields = searchable_fields(preset);
    let haystack = fields.join(" ");
    if query.split(' ').all(|word| haystack.contains(word)) {
        return true;
    }
    let compact_query = compact(&query);
    fields.iter().any(|field| compact(field).contains(&compact_query))
}

/// Lower case, French accents and ligatures folded to ASCII, and every run of punctuation or spaces
/// reduced to one space (`NetO'Centre` → `neto centre`, `Île-de-France` → `ile de france`).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            push_after_space(&mut folded, &mut pending_space);
            folded.push(c.to_ascii_lowercase());
            continue;
        }
        match fold_char(c) {
            Some("") => pending_space = true,
            Some(letters) => {
                push_after_space(&mut folded, &mut pending_space);
                folded.push_str(letters);
            }
            // A letter of another script: kept as is, since it is part of a word.
            None => {
                push_after_space(&mut folded, &mut pending_space);
                folded.push(c);
            }
        }
    }
    folded
}

fn push_after_space(folded: &mut String, pending_space: &mut bool) {
    if *pending_space && !folded.is_empty() {
        folded.push(' ');
    }
    *pending_space = false;
}

/// The ASCII letters for a French accented letter or ligature, `""` for a separator (ASCII
/// punctuation, typographic quotes, dashes, non-breaking spaces), `None` for anything else.
fn fold_char(c: char) -> Option<&'static str> {
    if c.is_ascii() {
        // Alphanumerics are handled by the caller: every other ASCII character separates words.
        return Some("");
    }
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => "o",
        'œ' | 'Œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ß' => "ss",
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '‘' | '’' | '‚' | '“' | '”' | '«' | '»' | '‐' | '‑' | '–' | '—' | '…'
        | '·' | '•' => "",
        _ => return None,
    };
    Some(folded)
}

fn compact(folded: &str) -> String {
    folded.chars().filter(|c| *c != ' ').collect()
}

/// The folded texts a preset is found by.
fn searchable_fields(preset: &Preset) -> Vec<String> {
    let mut fields = vec![
        fold(&preset.name),
        fold(&preset.region),
        fold(&preset.id),
        fold(preset.family.id()),
        fold(preset.family.label(Lang::Fr)),
        fold(preset.family.label(Lang::En)),
    ];
    fields.extend(preset.console_label.iter().map(|label| fold(label)));
    fields.extend(preset.keywords.iter().map(|keyword| fold(keyword)));
    fields
}
