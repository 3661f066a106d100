//! What a school's PRONOTE.net publishes about itself for the mobile app, without login:
//! `<root>InfoMobileApp.json?id=0D264427-EEFC-4810-A9E9-346942A862A4`. Read from the text a reader pastes
//! (or the widget fetches) into a typed value holding only what the widget compares: the school's name,
//! the version, whether CAS is on and its server, and the published spaces.
//!
//! `CAS.jetonCAS` is a short-lived credential-like token: it is never read, so it cannot be shown, stored,
//! exported or logged; neither is any other field the widget does not use (`date`, `modeModif`, a space's
//! `nom` or `genreEspace`).
//!
//! The JSON is parsed by whoever holds a parser: the browser's own `JSON.parse` in the widget (a serde
//! parser would add about 10 KB of gzip wasm), serde_json natively; both are read through [`JsonValue`].

use crate::domain::space::Space;
use crate::lang::typography::fill;
use crate::lang::Lang;

/// The constant `id` PRONOTE.net asks for (the same for every school).
pub const FILE_ID: &str = "0D264427-EEFC-4810-A9E9-346942A862A4";
/// The largest text read: the real file is under 2 KB; past this, it is not that file, and parsing it
/// would hold the page.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;
/// The most characters kept of a text from the file (a school's name, the CAS address): enough for any
/// real one, and a pasted novel stays a line.
pub const MAX_TEXT_CHARS: usize = 200;

/// The address of the file under a root (which ends with `/`).
pub fn file_address(root: &str) -> String {
    [root, "InfoMobileApp.json?id=", FILE_ID].concat()
}

/// The file as the widget keeps it: only what it compares.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PublishedFile {
    /// `nomEtab`: the school's name, as text (control characters removed, length capped).
    pub school: Option<String>,
    /// `version`, e.g. `[2020, 0, 2, 5]`.
    pub version: Option<Vec<u32>>,
    /// `CAS.actif`: whether the CAS delegation is on (absent: off).
    pub cas_active: bool,
    /// `CAS.casURL`: the CAS server PRONOTE delegates to, as text.
    pub cas_server: Option<String>,
    /// `espaces`, the published spaces the widget knows (others, e.g. a future space, are left out);
    /// `None` when the file has no list.
    pub spaces: Option<Vec<PublishedSpace>>,
}

/// One space of `espaces`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublishedSpace {
    /// The space, read from its page (`mobile.parent.html`).
    pub space: Space,
    /// `avecDelegation`, which newer servers give (older ones do not say).
    pub delegated: Option<bool>,
}

impl PublishedFile {
    /// The published entry of a space, if the file lists it.
    pub fn space(&self, space: Space) -> Option<&PublishedSpace> {
        self.spaces.as_ref()?.iter().find(|listed| listed.space == space)
    }

    /// Whether the file says, space by space, which ones use a delegation (newer servers).
    pub fn tells_delegation(&self) -> bool {
        self.spaces.iter().flatten().any(|listed| listed.delegated.is_some())
    }
}

/// Why a text is not the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublishedProblem {
    /// Nothing pasted.
    Empty,
    /// Longer than [`MAX_TEXT_BYTES`].
    TooLarge,
    /// A web page (an error page, a login page), not the JSON file.
    HtmlPage,
    /// Not JSON at all.
    NotJson,
    /// JSON, but not this file (no `nomEtab`, `CAS` or `espaces`).
    OtherJson,
    /// A field of the wrong type, named as in the file (`CAS.actif`, `espaces[2].URL`).
    WrongType(String),
}

impl PublishedProblem {
    /// What the reader is told.
    pub fn message(&self, lang: Lang) -> String {
        let w = lang.words();
        match self {
            PublishedProblem::Empty => w.published_empty.to_owned(),
            PublishedProblem::TooLarge => w.published_too_large.to_owned(),
            PublishedProblem::HtmlPage => w.published_html.to_owned(),
            PublishedProblem::NotJson => w.published_not_json.to_owned(),
            PublishedProblem::OtherJson => w.published_other_json.to_owned(),
            PublishedProblem::WrongType(field) => fill(w.published_wrong_type, &[("field", field)]),
        }
    }
}

/// A JSON value as a parser gave it (the browser's `JSON.parse`, serde_json): only what reading the
/// file needs.
pub trait JsonValue: Sized {
    /// The member `name` of an object; `None` when absent or `null`, or when this is not an object.
    fn member(&self, name: &str) -> Option<Self>;
    /// Whether this is an object (not an array).
    fn is_object(&self) -> bool;
    /// The text, if this is a string.
    fn text(&self) -> Option<String>;
    /// The value, if this is a boolean.
    fn flag(&self) -> Option<bool>;
    /// The value, if this is a number.
    fn number(&self) -> Option<f64>;
    /// The items, if this is an array.
    fn items(&self) -> Option<Vec<Self>>;
}

impl JsonValue for serde_json::Value {
    fn member(&self, name: &str) -> Option<Self> {
        self.get(name).filter(|value| !value.is_null()).cloned()
    }

    fn is_object(&self) -> bool {
        self.is_object()
    }

    fn text(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }

    fn flag(&self) -> Option<bool> {
        self.as_bool()
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
}

/// Reads the file from its text with serde_json (native callers and tests; the widget uses
/// [`read_with`] and the browser's parser).
pub fn read(text: &str) -> Result<PublishedFile, PublishedProblem> {
    read_with(text, |json| serde_json::from_str::<serde_json::Value>(json).ok())
}

/// Reads the file from its text, `parse` giving the JSON value (`None`: not JSON). The size and an HTML
/// page are checked before anything is parsed.
pub fn read_with<V: JsonValue>(
    text: &str,
    parse: impl FnOnce(&str) -> Option<V>,
) -> Result<PublishedFile, PublishedProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(PublishedProblem::Empty);
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(PublishedProblem::TooLarge);
    }
    if text.starts_with('<') {
        return Err(PublishedProblem::HtmlPage);
    }
    let json = parse(text).ok_or(PublishedProblem::NotJson)?;
    let known = ["nomEtab", "CAS", "espaces"];
    if !json.is_object() || known.iter().all(|name| json.member(name).is_none()) {
        return Err(PublishedProblem::OtherJson);
    }
    let cas = json.member("CAS");
    if cas.as_ref().is_some_and(|cas| !cas.is_object()) {
        return Err(wrong("CAS"));
    }
    let cas_active = match cas.as_ref().and_then(|cas| cas.member("actif")) {
        None => false,
        Some(value) => value.flag().ok_or_else(|| wrong("CAS.actif"))?,
    };
    Ok(PublishedFile {
        school: optional_text(&json, "nomEtab", "nomEtab")?,
        version: version(&json)?,
        cas_active,
        cas_server: match &cas {
            Some(cas) => optional_text(cas, "casURL", "CAS.casURL")?,
            None => None,
        },
        spaces: spaces(&json)?,
    })
}

/// A text member, cleaned; `None` when absent or blank.
fn optional_text<V: JsonValue>(object: &V, name: &str, field: &str) -> Result<Option<String>, PublishedProblem> {
    match object.member(name) {
        None => Ok(None),
        Some(value) => {
            let text = value.text().ok_or_else(|| wrong(field))?;
            Ok(Some(clean(&text)).filter(|text| !text.is_empty()))
        }
    }
}

/// `version`: a list of whole numbers.
fn version<V: JsonValue>(json: &V) -> Result<Option<Vec<u32>>, PublishedProblem> {
    let Some(value) = json.member("version") else {
        return Ok(None);
    };
    let items = value.items().ok_or_else(|| wrong("version"))?;
    let numbers = items
        .iter()
        .take(8)
        .map(|item| {
            item.number()
                .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
                // Whole and in range: the cast is exact.
                .map(|n| n as u32)
                .ok_or_else(|| wrong("version"))
        })
        .collect::<Result<Vec<u32>, _>>()?;
    Ok(Some(numbers))
}

/// `espaces`: the spaces the widget knows, by their page.
fn spaces<V: JsonValue>(json: &V) -> Result<Option<Vec<PublishedSpace>>, PublishedProblem> {
    let Some(value) = json.member("espaces") else {
        return Ok(None);
    };
    let items = value.items().ok_or_else(|| wrong("espaces"))?;
    let mut spaces: Vec<PublishedSpace> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let field = |name: &str| format!("espaces[{index}]{name}");
        if !item.is_object() {
            return Err(PublishedProblem::WrongType(field("")));
        }
        let page = match item.member("URL") {
            Some(url) => url.text().ok_or_else(|| PublishedProblem::WrongType(field(".URL")))?,
            None => continue,
        };
        let delegated = match item.member("avecDelegation") {
            Some(flag) => Some(
                flag.flag()
                    .ok_or_else(|| PublishedProblem::WrongType(field(".avecDelegation")))?,
            ),
            None => None,
        };
        if let Some(space) = space_of_page(&page).filter(|space| spaces.iter().all(|known| known.space != *space)) {
            spaces.push(PublishedSpace { space, delegated });
        }
    }
    Ok(Some(spaces))
}

/// The space a page of the file names: `mobile.parent.html`, or a whole address ending with it.
pub fn space_of_page(page: &str) -> Option<Space> {
    let path = page.split(['?', '#']).next().unwrap_or_default();
    let name = path.rsplit('/').next().unwrap_or_default();
    let name = name.strip_suffix(".html").unwrap_or(name);
    match name.strip_prefix("mobile") {
        Some("") => Some(Space::Commune),
        Some(rest) => rest.strip_prefix('.').and_then(Space::parse),
        None => Space::parse(name),
    }
}

/// A text from the file made safe to show as one line: control and bidirectional formatting characters
/// (which could reorder what the reader sees) become spaces, runs of spaces one, and at most
/// [`MAX_TEXT_CHARS`] characters are kept.
pub fn clean(text: &str) -> String {
    let mut cleaned = String::new();
    let mut kept = 0;
    for c in text.chars() {
        let c = if c.is_control() || is_format(c) { ' ' } else { c };
        if c == ' ' && (cleaned.is_empty() || cleaned.ends_with(' ')) {
            continue;
        }
        if kept == MAX_TEXT_CHARS {
            cleaned.push('…');
            break;
        }
        cleaned.push(c);
        kept += 1;
    }
    cleaned.trim_end().to_owned()
}

/// Invisible characters that change how text around them reads (zero-width, bidirectional marks,
/// overrides and isolates, the byte-order mark).
fn is_format(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

fn wrong(field: &str) -> PublishedProblem {
    PublishedProblem::WrongType(field.to_owned())
}
