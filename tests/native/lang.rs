//! The words of each language (`src/lang/`): the French typography, the templates' placeholders, and
//! the filling of templates.

use std::collections::BTreeMap;

use pronote_delegation::domain::addresses::AddressGroup;
use pronote_delegation::domain::space::Space;
use pronote_delegation::lang::typography::{fill, labelled, quote};
use pronote_delegation::lang::Lang;
use regex::Regex;

const FRENCH: &str = include_str!("../../src/lang/fr.rs");
const ENGLISH: &str = include_str!("../../src/lang/en.rs");
const WORDS: &str = include_str!("../../src/lang/words.rs");

/// Each field of a language file with the placeholders its text holds (`\u{…}` escapes are not
/// placeholders).
fn placeholders(source: &str) -> BTreeMap<String, Vec<String>> {
    let field = Regex::new(r"(?m)^    ([a-z_]+):\s").expect("a valid pattern");
    let escape = Regex::new(r"\\u\{[0-9a-fA-F]+\}").expect("a valid pattern");
    let placeholder = Regex::new(r"\{([a-z_]+)\}").expect("a valid pattern");
    let starts: Vec<_> = field
        .captures_iter(source)
        .map(|c| c.get(0).expect("a match"))
        .collect();
    let mut fields = BTreeMap::new();
    for (index, start) in starts.iter().enumerate() {
        let end = starts.get(index + 1).map_or(source.len(), |next| next.start());
        let text = escape.replace_all(&source[start.end()..end], "");
        let mut names: Vec<String> = placeholder.captures_iter(&text).map(|c| c[1].to_owned()).collect();
        names.sort();
        names.dedup();
        let name = field.captures(start.as_str()).expect("a field")[1].to_owned();
        fields.insert(name, names);
    }
    fields
}

#[test]
fn french_texts_put_a_non_breaking_space_before_colons_and_inside_guillemets() {
    assert!(!FRENCH.contains(" :"), "a colon after a plain space in src/lang/fr.rs");
    assert!(
        !FRENCH.contains("« ") && !FRENCH.contains(" »"),
        "a plain space inside guillemets"
    );
    // Written as `\u{a0}`: an invisible character in the file could not be reviewed.
    assert!(
        !FRENCH.contains('\u{a0}'),
        "a literal non-breaking space in src/lang/fr.rs"
    );
    let w = Lang::Fr.words();
    assert_eq!(w.colon, "\u{a0}:");
    assert_eq!(
        labelled(Lang::Fr, "URL de validation", "https://x/"),
        "URL de validation\u{a0}: https://x/"
    );
    assert_eq!(quote(Lang::Fr, "Mon ENT"), "«\u{a0}Mon ENT\u{a0}»");
    assert_eq!(quote(Lang::En, "Mon ENT"), "“Mon ENT”");
}

#[test]
fn both_languages_fill_the_same_placeholders_of_every_template() {
    let (french, english) = (placeholders(FRENCH), placeholders(ENGLISH));
    // The parser finds every field the list declares.
    let declared = WORDS.lines().filter(|line| line.starts_with("    pub ")).count();
    assert_eq!(french.len(), declared);
    assert_eq!(french.keys().collect::<Vec<_>>(), english.keys().collect::<Vec<_>>());
    for (field, names) in &french {
        assert_eq!(Some(names), english.get(field), "field {field}");
    }
    // The parser does see placeholders (the check above cannot pass by finding none).
    assert_eq!(french["error_uai_wrong_check_letter"], ["expected", "uai"]);
}

#[test]
fn fill_replaces_every_placeholder_and_never_reads_a_value_as_a_template() {
    assert_eq!(fill("{a} et {b}, {a}", &[("a", "x"), ("b", "y")]), "x et y, x");
    // A pasted `{uai}` stays text: values are not filled again.
    assert_eq!(fill("code {uai}", &[("uai", "{uai}")]), "code {uai}");
    // A placeholder without a value stays visible, so a test sees it.
    assert_eq!(fill("{missing} {", &[]), "{missing} {");
    assert_eq!(fill("\u{a0}: «{x}»", &[("x", "é")]), "\u{a0}: «é»");
}

#[test]
fn names_are_taken_from_the_readers_language() {
    assert_eq!(Space::Parent.console_name(Lang::Fr), "Espace Parents");
    assert_eq!(Space::Parent.console_name(Lang::En), "Parents space");
    assert_eq!(AddressGroup::Spaces.label(Lang::Fr), "Adresses des espaces");
}
