//! How texts are put together: templates filled with values, quotes, a label and its value. The
//! punctuation itself is each language's (`Words::colon`, `Words::quoted`).

use crate::lang::Lang;

/// The template with each `{name}` replaced by its value. Values are inserted as they are, never read
/// again as a template (a pasted `{uai}` stays text); a placeholder without a value stays as written,
/// so that a test sees it.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut filled = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        filled.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let value = after.find('}').and_then(|end| {
            let name = &after[..end];
            values
                .iter()
                .find(|(known, _)| *known == name)
                .map(|(_, value)| (end, *value))
        });
        match value {
            Some((end, value)) => {
                filled.push_str(value);
                rest = &after[end + 1..];
            }
            None => {
                filled.push('{');
                rest = after;
            }
        }
    }
    filled.push_str(rest);
    filled
}

/// The text quoted as the language quotes it (French guillemets hold non-breaking spaces).
pub fn quote(lang: Lang, text: &str) -> String {
    fill(lang.words().quoted, &[("text", text)])
}

/// `label: value`, with the language's colon.
pub fn labelled(lang: Lang, label: &str, value: &str) -> String {
    format!("{label}{} {value}", lang.words().colon)
}
