//! The computed addresses as text to paste elsewhere: plain text, a Markdown table, CSV and JSON.
//! Every format is written from the same [`AddressSet`], so they cannot disagree.

use serde::Serialize;

use crate::domain::addresses::{AddressGroup, AddressSet};
use crate::lang::typography::{fill, labelled};
use crate::lang::Lang;

/// An export format, so a caller can keep "which export" and write it only when it is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Csv,
    Json,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Text, Format::Markdown, Format::Csv, Format::Json];
}

/// The heading of every export.
fn title(set: &AddressSet, lang: Lang) -> String {
    fill(lang.words().export_title, &[("root", set.root.as_str())])
}

/// The groups that hold at least one address, in display order.
fn groups(set: &AddressSet) -> impl Iterator<Item = AddressGroup> + '_ {
    AddressGroup::ALL
        .into_iter()
        .filter(|group| set.in_group(*group).next().is_some())
}

/// Plain text: a heading, then per group its heading and one `label: address` line per address.
pub fn to_text(set: &AddressSet, lang: Lang) -> String {
    let mut text = title(set, lang);
    text.push('\n');
    for group in groups(set) {
        text.push('\n');
        text.push_str(group.label(lang));
        text.push('\n');
        for address in set.in_group(group) {
            text.push_str(&format!(
                "- {}\n",
                labelled(lang, &address.key.label(lang), &address.value)
            ));
        }
    }
    text
}

/// Markdown: a heading, then per group a sub-heading and a two-column table (label, address), each
/// address in a code span so that nothing in it is read as Markdown.
pub fn to_markdown(set: &AddressSet, lang: Lang) -> String {
    let mut markdown = format!("## {}\n", markdown_text(&title(set, lang)));
    let w = lang.words();
    let (label_heading, address_heading) = (w.export_column_label, w.export_column_address);
    for group in groups(set) {
        markdown.push_str(&format!(
            "\n### {}\n\n| {label_heading} | {address_heading} |\n| --- | --- |\n",
            markdown_text(group.label(lang))
        ));
        for address in set.in_group(group) {
            markdown.push_str(&format!(
                "| {} | {} |\n",
                markdown_text(&address.key.label(lang)),
                code_span(&address.value)
            ));
        }
    }
    markdown
}

/// Escapes the characters Markdown would read as markup in running text or a table cell.
fn markdown_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// A CommonMark code span holding the text literally: its fence is one backtick longer than the
/// longest run inside, padded when the text touches a backtick, and `|` is escaped because GFM
/// splits table cells on it even inside code spans.
fn code_span(text: &str) -> String {
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or_default();
    let fence = "`".repeat(longest_run + 1);
    let padding = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    let body = text.replace('|', "\\|");
    format!("{fence}{padding}{body}{padding}{fence}")
}

/// CSV (RFC 4180: CRLF line ends, fields quoted when needed): a header row, then one row per
/// address with its group, key, label and value.
pub fn to_csv(set: &AddressSet, lang: Lang) -> String {
    let w = lang.words();
    let mut csv = csv_row([
        w.export_csv_group,
        w.export_csv_key,
        w.export_csv_label,
        w.export_csv_address,
    ]);
    for address in &set.entries {
        let label = address.key.label(lang);
        let id = address.key.id();
        csv.push_str(&csv_row([
            address.key.group().label(lang),
            id.as_str(),
            label.as_str(),
            address.value.as_str(),
        ]));
    }
    csv
}

/// One CSV record, CRLF-terminated.
fn csv_row<'a>(fields: impl IntoIterator<Item = &'a str>) -> String {
    let mut row = fields.into_iter().map(csv_field).collect::<Vec<_>>().join(",");
    row.push_str("\r\n");
    row
}

/// A CSV field, quoted (with inner quotes doubled) when it holds a comma, a quote or a line break.
fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

/// The JSON document: the root, the language and each address with its key, group, label and value.
#[derive(Serialize)]
pub struct JsonExport<'a> {
    pub root: &'a str,
    pub lang: Lang,
    pub addresses: Vec<JsonAddress<'a>>,
}

/// One address in the JSON document.
#[derive(Serialize)]
pub struct JsonAddress<'a> {
    pub key: String,
    pub group: &'static str,
    pub label: String,
    pub value: &'a str,
}

/// The JSON document of `set`: written by serde_json here, and by the browser's `JSON.stringify` in the
/// widget (`web::json`), which must give the same text.
pub fn json_document(set: &AddressSet, lang: Lang) -> JsonExport<'_> {
    JsonExport {
        root: set.root.as_str(),
        lang,
        addresses: set
            .entries
            .iter()
            .map(|address| JsonAddress {
                key: address.key.id(),
                group: address.key.group().id(),
                label: address.key.label(lang),
                value: &address.value,
            })
            .collect(),
    }
}

/// JSON (pretty-printed, two spaces), through serde_json.
pub fn to_json(set: &AddressSet, lang: Lang) -> String {
    let export = json_document(set, lang);
    // Serializing structs of strings cannot fail (serde_json fails only on maps with non-string
    // keys or on a failing custom Serialize); an empty text is still the safe answer.
    serde_json::to_string_pretty(&export).unwrap_or_default()
}
