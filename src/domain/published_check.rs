//! The school's live PRONOTE (what its `InfoMobileApp.json` publishes, see `published.rs`) against the
//! widget's configuration: the school's name to recognise, the CAS server against the chosen ENT's, the
//! published spaces and their delegation against the spaces table; and the table the file implies.

use url::Url;

use crate::domain::catalogue::Catalogue;
use crate::domain::computation::{compute, Computation};
use crate::domain::delegation::{DelegationKind, SpaceSettings};
use crate::domain::error::Error;
use crate::domain::preset::Preset;
use crate::domain::published::{read_with, JsonValue, PublishedFile, PublishedProblem};
use crate::domain::request::Request;
use crate::domain::space::Space;
use crate::lang::typography::fill;
use crate::lang::Lang;

/// The first PRONOTE version whose console the widget describes (the seed's screens are PRONOTE 2022's).
pub const DESCRIBED_VERSION: u32 = 2022;

/// Whether the file speaks of the space whenever it lists spaces: those with a mobile page, the Page
/// commune aside (it is the root, never listed). Entreprise and Académie are compared only when listed.
fn always_listed(space: Space) -> bool {
    space != Space::Commune && space.mobile_page().is_some()
}

/// What the live file says against the configuration. Strings come from the file, cleaned: the UI shows
/// them as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LiveFinding {
    /// `nomEtab`: the school as PRONOTE names it (a wrong UAI shows at once).
    School { name: String },
    /// A version older than the console the widget describes.
    Version { version: String },
    /// `CAS.actif` false or absent.
    CasOff {
        /// Whether the spaces table expects some space to delegate to CAS.
        expected: bool,
    },
    /// `CAS.casURL` is the chosen ENT's server.
    CasMatches { server: String },
    /// `CAS.casURL` is another server than the chosen ENT's (or no ENT is chosen).
    CasOther {
        found: String,
        /// The chosen ENT's server, if an ENT is chosen.
        expected: Option<String>,
        /// The ENT a preset knows at that server.
        known_as: Option<String>,
    },
    /// The table says published; the file does not list it.
    SpaceMissing(Space),
    /// The file lists it; the table says unpublished.
    SpaceExtra(Space),
    /// `avecDelegation` false where the table expects CAS.
    SpaceNoDelegation(Space),
    /// What was read is not the file.
    NotLiveFile(PublishedProblem),
}

impl LiveFinding {
    /// A stable code, as in `data-finding` and the JS API.
    pub fn code(&self) -> &'static str {
        match self {
            LiveFinding::School { .. } => "live-school",
            LiveFinding::Version { .. } => "live-version",
            LiveFinding::CasOff { .. } => "live-cas-off",
            LiveFinding::CasMatches { .. } => "live-cas-matches",
            LiveFinding::CasOther { .. } => "live-cas-other",
            LiveFinding::SpaceMissing(_) => "live-space-missing",
            LiveFinding::SpaceExtra(_) => "live-space-extra",
            LiveFinding::SpaceNoDelegation(_) => "live-space-no-delegation",
            LiveFinding::NotLiveFile(_) => "not-live-file",
        }
    }

    /// Whether the finding is a fault to fix (the school's name, a matching server are not).
    pub fn is_fault(&self) -> bool {
        !matches!(
            self,
            LiveFinding::School { .. } | LiveFinding::CasMatches { .. } | LiveFinding::Version { .. }
        )
    }

    /// What the reader is told.
    pub fn message(&self, lang: Lang) -> String {
        let w = lang.words();
        let space = |template, space: &Space| fill(template, &[("space", space.console_name(lang))]);
        match self {
            LiveFinding::School { name } => fill(w.live_school, &[("school", name)]),
            LiveFinding::Version { version } => fill(w.live_version, &[("version", version)]),
            LiveFinding::CasOff { expected: true } => w.live_cas_off_expected.to_owned(),
            LiveFinding::CasOff { expected: false } => w.live_cas_off.to_owned(),
            LiveFinding::CasMatches { server } => fill(w.live_cas_matches, &[("server", server)]),
            LiveFinding::CasOther {
                found,
                expected,
                known_as,
            } => {
                let whose = known_as
                    .as_deref()
                    .map(|name| [" (", name, ")"].concat())
                    .unwrap_or_default();
                let template = if expected.is_some() {
                    w.live_cas_other
                } else {
                    w.live_cas_no_ent
                };
                let expected = expected.as_deref().unwrap_or_default();
                fill(template, &[("found", found), ("whose", &whose), ("expected", expected)])
            }
            LiveFinding::SpaceMissing(s) => space(w.live_space_missing, s),
            LiveFinding::SpaceExtra(s) => space(w.live_space_extra, s),
            LiveFinding::SpaceNoDelegation(s) => space(w.live_space_no_delegation, s),
            LiveFinding::NotLiveFile(problem) => problem.message(lang),
        }
    }
}

/// A file's check, as the JS API returns it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PublishedCheck {
    /// The school's name, when the text was the file and gives one.
    pub school: Option<String>,
    /// What it says, in the order: school, version, CAS, spaces (console order); or `not-live-file`.
    pub findings: Vec<LiveFinding>,
}

/// Compares the file with the chosen ENT (`None`: none chosen), the spaces table and the presets known
/// (`catalogue`, to name the ENT of another CAS server).
pub fn check(
    file: &PublishedFile,
    chosen: Option<&Preset>,
    spaces: &SpaceSettings,
    catalogue: &Catalogue,
) -> Vec<LiveFinding> {
    let mut findings = Vec::new();
    if let Some(name) = &file.school {
        findings.push(LiveFinding::School { name: name.clone() });
    }
    if let Some(version) = file
        .version
        .as_ref()
        .filter(|v| v.first().is_some_and(|year| *year < DESCRIBED_VERSION))
    {
        let version = version.iter().map(u32::to_string).collect::<Vec<_>>().join(".");
        findings.push(LiveFinding::Version { version });
    }
    findings.extend(check_cas(file, chosen, spaces, catalogue));
    findings.extend(check_spaces(file, spaces));
    findings
}

/// Reads `text` (parsed by `parse`) and checks it for a request as the widget holds it. `Err` holds what
/// stops the computation (a wrong hosting, an unknown ENT): a misspelt ENT must not quietly mean "no ENT".
pub fn check_request<V: JsonValue>(
    text: &str,
    parse: impl FnOnce(&str) -> Option<V>,
    request: &Request,
    catalogue: &Catalogue,
) -> Result<PublishedCheck, Vec<Error>> {
    let Computation { addresses, errors, .. } = compute(request, catalogue);
    if addresses.is_none() || !errors.is_empty() {
        return Err(errors);
    }
    let chosen = request.ent.as_deref().and_then(|id| catalogue.get(id.trim()));
    Ok(match read_with(text, parse) {
        Ok(file) => PublishedCheck {
            findings: check(&file, chosen, &request.spaces, catalogue),
            school: file.school,
        },
        Err(problem) => PublishedCheck {
            school: None,
            findings: vec![LiveFinding::NotLiveFile(problem)],
        },
    })
}

/// The spaces table as the file publishes it: each space it speaks of is published when listed, without
/// delegation where `avecDelegation` is false, with the table's delegation (CAS when it had none and the
/// file says delegated with CAS on) where true. Spaces it does not speak of keep their setting.
pub fn applied(file: &PublishedFile, current: SpaceSettings) -> SpaceSettings {
    let mut settings = current;
    if file.spaces.is_none() {
        return settings;
    }
    for space in Space::ALL {
        let listed = file.space(space);
        if listed.is_none() && !always_listed(space) {
            continue;
        }
        settings.set_published(space, listed.is_some());
        match listed.and_then(|listed| listed.delegated) {
            Some(false) => settings.set_kind(space, DelegationKind::None),
            Some(true) if current.get(space).kind == DelegationKind::None && file.cas_active => {
                settings.set_kind(space, DelegationKind::Cas)
            }
            _ => {}
        }
    }
    settings
}

fn check_cas(
    file: &PublishedFile,
    chosen: Option<&Preset>,
    spaces: &SpaceSettings,
    catalogue: &Catalogue,
) -> Option<LiveFinding> {
    if !file.cas_active {
        return Some(LiveFinding::CasOff {
            expected: spaces.uses_cas(),
        });
    }
    let found = file.cas_server.as_deref()?;
    let url = parse_server(found);
    if let (Some(preset), Some(url)) = (chosen, &url) {
        if serves(preset, url) {
            return Some(LiveFinding::CasMatches {
                server: found.to_owned(),
            });
        }
    }
    let known_as = url
        .as_ref()
        .and_then(|url| catalogue.presets().iter().find(|preset| serves(preset, url)))
        .map(|preset| preset.name.clone());
    Some(LiveFinding::CasOther {
        found: found.to_owned(),
        expected: chosen.map(server_of),
        known_as,
    })
}

fn check_spaces(file: &PublishedFile, spaces: &SpaceSettings) -> Vec<LiveFinding> {
    let mut findings = Vec::new();
    if file.spaces.is_none() {
        return findings;
    }
    for space in Space::ALL {
        let listed = file.space(space);
        let published = spaces.get(space).published;
        match listed {
            None if published && always_listed(space) => findings.push(LiveFinding::SpaceMissing(space)),
            Some(_) if !published => findings.push(LiveFinding::SpaceExtra(space)),
            Some(listed) if listed.delegated == Some(false) && spaces.effective_kind(space) == DelegationKind::Cas => {
                findings.push(LiveFinding::SpaceNoDelegation(space))
            }
            _ => {}
        }
    }
    findings
}

/// `casURL` as an address (the scheme may be left out).
fn parse_server(text: &str) -> Option<Url> {
    let url = Url::parse(text)
        .ok()
        .filter(|url| url.has_host())
        .or_else(|| Url::parse(&["https://", text].concat()).ok())?;
    url.host_str().is_some_and(|host| !host.is_empty()).then_some(url)
}

/// Whether `server` is this preset's CAS server: the same host (any case) and, when `server` has a
/// path, one of the preset's CAS addresses under it (`https://ent.example/cas` serves
/// `https://ent.example/cas/login`; another itslearning tenant does not).
fn serves(preset: &Preset, server: &Url) -> bool {
    let path = server.path().trim_end_matches('/');
    [Some(&preset.login), Some(&preset.validation), preset.cas_base.as_ref()]
        .into_iter()
        .flatten()
        .any(|address| {
            let same_host = address
                .host_str()
                .zip(server.host_str())
                .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b));
            let rest = address.path().strip_prefix(path);
            same_host && rest.is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        })
}

/// The chosen ENT's CAS server as the console's "URL du serveur CAS" reads: its base, or its login
/// address without `/login` and the ENT's own query.
fn server_of(preset: &Preset) -> String {
    if let Some(base) = &preset.cas_base {
        return base.as_str().trim_end_matches('/').to_owned();
    }
    let mut login = preset.login.clone();
    login.set_query(None);
    let path = login.path().trim_end_matches('/');
    let base = path.rsplit_once('/').map_or("", |(base, _)| base).to_owned();
    login.set_path(&base);
    login.as_str().trim_end_matches('/').to_owned()
}
