//! [`read_preset`]: one preset, from any format, checked field by field with every problem noted.

use url::Url;

use super::address::{check_address, is_slug};
use super::date::Date;
use super::field::{FieldValue, PresetField, PresetFields};
use super::model::{derive_login, derive_validation, Family, Origin, Preset, Provenance, Status, HOSTING_IDS};
use super::problem::{PresetError, PresetProblem};

/// Where a preset's provenance is while it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProvenanceAt {
    /// In the preset's own fields (a `presets/*.toml` file, a page's presets file): `sources` is required.
    Fields,
    /// In `provenance.json`, for the built-ins compiled into the wasm: they leave `notes` and `sources`
    /// out, `disagreement` only says that there is one, and a login that is the base's `/login` is left
    /// out too.
    ProvenanceFile,
}

/// Reads and checks one preset. `file` names it in errors; `file_id` is the file name without `.toml`
/// when the preset comes from its own file of the catalogue, so that its id must equal it and it must be
/// dated (`checked`) and have a `status` (a page's own presets may leave both out). Every problem is
/// reported at once: an academy fixing a file wants the whole list, not one error per build.
pub fn read_preset(
    fields: &dyn PresetFields,
    file: &str,
    file_id: Option<&str>,
    provenance_at: ProvenanceAt,
) -> Result<Preset, Vec<PresetError>> {
    let mut problems: Vec<PresetProblem> = fields
        .unknown()
        .into_iter()
        .map(|field| PresetProblem::UnknownField { field })
        .collect();
    let mut read = Reader {
        fields,
        problems: &mut problems,
    };
    let id = read.id(file_id);
    let name = read.required(PresetField::Name);
    let console_label = read.text(PresetField::ConsoleLabel);
    let region = read.required(PresetField::Region);
    let family = read
        .one_of(PresetField::Family, &Family::ALL.map(Family::id), true)
        .map(|index| Family::ALL[index]);
    let confidence = read
        .one_of(PresetField::Confidence, &Origin::ALL.map(Origin::id), true)
        .map(|index| Origin::ALL[index]);
    let (cas_base, login, validation) = read.addresses(provenance_at);
    let suggested_hosting = read
        .one_of(PresetField::SuggestedHosting, &HOSTING_IDS, false)
        .map(|index| HOSTING_IDS[index]);
    let freshness = read.freshness(file_id.is_some());
    let disagreement = read.text(PresetField::Disagreement);
    let keywords = read.list(PresetField::Keywords);
    let provenance = match provenance_at {
        ProvenanceAt::Fields => Some(read.provenance(disagreement.clone())),
        ProvenanceAt::ProvenanceFile => None,
    };

    match (id, name, region, family, confidence, login, validation) {
        (
            Some(id),
            Some(name),
            Some(region),
            Some(family),
            Some(confidence),
            Some(login),
            Some((validation, validation_origin)),
        ) if problems.is_empty() => Ok(Preset {
            id,
            name,
            console_label,
            region,
            family,
            cas_base,
            login,
            validation,
            validation_origin,
            confidence,
            suggested_hosting,
            disagrees: disagreement.is_some(),
            provenance,
            keywords,
            checked: freshness.checked,
            status: freshness.status.unwrap_or_default(),
            previous: freshness.previous,
            merged_into: freshness.merged_into,
        }),
        _ => Err(problems
            .into_iter()
            .map(|problem| PresetError::new(file, problem))
            .collect()),
    }
}

/// How fresh a preset is, as read.
struct Freshness {
    checked: Option<Date>,
    /// `None` when the status written is not one of [`Status::ALL`] (noted).
    status: Option<Status>,
    previous: Option<String>,
    merged_into: Option<String>,
}

/// Reads the fields of one preset, noting each problem.
struct Reader<'a> {
    fields: &'a dyn PresetFields,
    problems: &'a mut Vec<PresetProblem>,
}

impl Reader<'_> {
    /// The id: a slug, and the file's name when the preset has a file of its own.
    fn id(&mut self, file_id: Option<&str>) -> Option<String> {
        let id = self.required(PresetField::Id)?;
        if !is_slug(&id) {
            self.problems.push(PresetProblem::BadId { id });
            return None;
        }
        if let Some(expected) = file_id.filter(|expected| *expected != id) {
            self.problems.push(PresetProblem::IdNotFileName {
                id,
                expected: expected.to_owned(),
            });
            return None;
        }
        Some(id)
    }

    /// The CAS base, the login, and the validation address with its origin (seen, or derived from the
    /// base as the console does). The built-ins leave out a login that is the base's `/login` (the
    /// console's default: its text would only repeat the base in the wasm); it is given back here.
    fn addresses(&mut self, provenance_at: ProvenanceAt) -> (Option<Url>, Option<Url>, Option<(Url, Origin)>) {
        let cas_base_text = self.text(PresetField::CasBase);
        let cas_base = cas_base_text
            .as_deref()
            .and_then(|text| self.address(PresetField::CasBase, text));
        let login = match (provenance_at, &cas_base, self.fields.value(PresetField::Login)) {
            (ProvenanceAt::ProvenanceFile, Some(base), None) => Some(derive_login(base)),
            _ => self
                .required(PresetField::Login)
                .and_then(|text| self.address(PresetField::Login, &text)),
        };
        let validation = match self.text(PresetField::Validation) {
            Some(text) => self
                .address(PresetField::Validation, &text)
                .map(|url| (url, Origin::Seen)),
            // The console's own default when only a base is given.
            None => match (&cas_base, &cas_base_text) {
                (Some(base), _) => Some((derive_validation(base), Origin::Derived)),
                // The base is there but wrong: its own problem is already reported.
                (None, Some(_)) => None,
                (None, None) => {
                    self.problems.push(PresetProblem::MissingField {
                        field: PresetField::Validation.name(),
                    });
                    None
                }
            },
        };
        (cas_base, login, validation)
    }

    /// The date the addresses were last seen, the status and what goes with it (`previous` with
    /// `moved`, `merged_into` with `merged`, each only there); `required`: a file of the catalogue.
    fn freshness(&mut self, required: bool) -> Freshness {
        let checked = self.text(PresetField::Checked);
        if required && checked.is_none() {
            self.problems.push(PresetProblem::MissingField {
                field: PresetField::Checked.name(),
            });
        }
        let checked = checked.and_then(|text| {
            let date = Date::parse(&text);
            if date.is_none() {
                let field = PresetField::Checked.name();
                self.problems.push(PresetProblem::BadDate { field, value: text });
            }
            date
        });
        let status = match self.one_of(PresetField::Status, &Status::ALL.map(Status::id), required) {
            Some(index) => Some(Status::ALL[index]),
            None if required || self.text(PresetField::Status).is_some() => None,
            None => Some(Status::Current),
        };
        let previous = self.text(PresetField::Previous);
        let merged_into = self.text(PresetField::MergedInto);
        for (field, value, with) in [
            (PresetField::Previous, &previous, Status::Moved),
            (PresetField::MergedInto, &merged_into, Status::Merged),
        ] {
            match (value.is_some(), status) {
                (false, Some(status)) if status == with => {
                    self.problems.push(PresetProblem::MissingField { field: field.name() });
                }
                (true, Some(status)) if status != with => self.problems.push(PresetProblem::OnlyWithStatus {
                    field: field.name(),
                    status: with.id(),
                }),
                _ => {}
            }
        }
        Freshness {
            checked,
            status,
            previous,
            merged_into,
        }
    }

    /// The notes, the sources (at least one) and what they disagree on.
    fn provenance(&mut self, disagreement: Option<String>) -> Provenance {
        let sources = self.list(PresetField::Sources);
        if sources.is_empty() {
            self.problems.push(PresetProblem::MissingField {
                field: PresetField::Sources.name(),
            });
        }
        Provenance {
            notes: self.text(PresetField::Notes),
            sources,
            disagreement,
        }
    }

    /// A text field's value, trimmed; an empty text counts as absent, and so does a value of the wrong
    /// type once its problem is noted.
    fn text(&mut self, field: PresetField) -> Option<String> {
        self.value(field).ok().flatten()
    }

    /// A text field's value, `Err` when it is of the wrong type (noted).
    fn value(&mut self, field: PresetField) -> Result<Option<String>, ()> {
        match self.fields.value(field) {
            None => Ok(None),
            Some(FieldValue::Text(text)) => Ok(Some(text.trim().to_owned()).filter(|text| !text.is_empty())),
            Some(_) => {
                self.problems.push(PresetProblem::WrongType { field: field.name() });
                Err(())
            }
        }
    }

    /// A required text field's value; an absent one is noted.
    fn required(&mut self, field: PresetField) -> Option<String> {
        let text = self.value(field).ok()?;
        if text.is_none() {
            self.problems.push(PresetProblem::MissingField { field: field.name() });
        }
        text
    }

    /// A list field's texts, trimmed, empty ones left out.
    fn list(&mut self, field: PresetField) -> Vec<String> {
        match self.fields.value(field) {
            None => Vec::new(),
            Some(FieldValue::List(texts)) => texts
                .iter()
                .map(|text| text.trim().to_owned())
                .filter(|text| !text.is_empty())
                .collect(),
            Some(_) => {
                self.problems.push(PresetProblem::WrongType { field: field.name() });
                Vec::new()
            }
        }
    }

    /// The position in `ids` of the id the field holds; an absent field is noted when `required`.
    fn one_of(&mut self, field: PresetField, ids: &[&'static str], required: bool) -> Option<usize> {
        let text = if required {
            self.required(field)?
        } else {
            self.text(field)?
        };
        let found = ids.iter().position(|id| *id == text);
        if found.is_none() {
            self.problems.push(PresetProblem::NotAllowed {
                field: field.name(),
                value: text,
                allowed: ids.join(", "),
            });
        }
        found
    }

    /// Parses a CAS address and rejects what the console would take but CAS would refuse or mangle.
    fn address(&mut self, field: PresetField, text: &str) -> Option<Url> {
        let problem = match check_address(field, text) {
            Ok(url) => return Some(url),
            Err(Some(flaw)) => PresetProblem::BadAddress {
                field: field.name(),
                value: text.to_owned(),
                flaw,
            },
            // A CAS ticket travels in the query: only https protects it, and PRONOTE's console expects it.
            Err(None) => PresetProblem::NotHttps {
                field: field.name(),
                value: text.to_owned(),
            },
        };
        self.problems.push(problem);
        None
    }
}
