//! Things worth knowing that do not stop the computation: each warning is shown beside the addresses.

use crate::domain::delegation::DelegationKind;
use crate::domain::preset::{Origin, Preset, Status};
use crate::lang::typography::fill;
use crate::lang::Lang;

/// A remark about the input or the preset; the addresses are still computed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The PRONOTE.net address is plain `http://`.
    PlainHttp,
    /// The PRONOTE.net address names a port other than the scheme's default.
    NonDefaultPort {
        /// The port.
        port: u16,
    },
    /// The PRONOTE.net server is named by an IP address.
    IpHost {
        /// The address as written in the URL (IPv6 in brackets).
        host: String,
    },
    /// The address is Index Education's demonstration PRONOTE, not a school's.
    DemoInstance,
    /// The pasted address is the ENT's (its CAS login page, for instance), not PRONOTE's.
    EntAddressPasted {
        /// The ENT server's host.
        host: String,
        /// Whether the PRONOTE address it carried (its `service=` parameter) was used instead.
        service_used: bool,
    },
    /// The hosting label is a name, not a UAI code: it is used as typed.
    LabelNotUai {
        /// The label (lower case).
        label: String,
    },
    /// No source gives the ENT's validation address: it is the console's default `<base>/samlValidate`.
    ValidationDerived {
        /// The ENT's name.
        ent: String,
    },
    /// No source shows the ENT's login address: it was inferred from the platform's convention.
    LoginDerived {
        /// The ENT's name.
        ent: String,
    },
    /// The preset's login, validation and CAS base are not all on one host: a CAS server validates
    /// its own tickets, so this is most often a typo or a mix of two ENTs.
    HostsDiffer {
        /// Each host once, in the order login, validation, base, separated by ", ".
        hosts: String,
    },
    /// Public sources give different CAS addresses for this ENT.
    SourcesDisagree {
        /// The ENT's name.
        ent: String,
    },
    /// Parameters of the pasted address were dropped (session identifiers, tickets, page modes).
    TransientRemoved {
        /// The names of the known parameters dropped (never their values).
        names: Vec<String>,
        /// Whether other parameters (or credentials) were dropped too.
        others: bool,
    },
    /// The ENT has moved: the preset holds its new address.
    EntMoved {
        /// The ENT's name.
        ent: String,
        /// Its former address.
        previous: String,
    },
    /// The ENT joined another one: the preset holds that ENT's addresses.
    EntMerged {
        /// The ENT's name.
        ent: String,
        /// The ENT it joined: its preset's id, its name once the catalogue has named it
        /// (`Catalogue::preset_warnings`).
        into: String,
    },
    /// The newest material contradicts the preset's addresses and shows no replacement.
    EntUncertain {
        /// The ENT's name.
        ent: String,
    },
    /// The Page commune takes no delegation: not every other published space has the same kind.
    CommuneFellBack {
        /// The kind chosen for the Page commune.
        chosen: DelegationKind,
    },
}

impl Warning {
    /// A stable kebab-case code (for CSS classes, tests and the JavaScript API).
    pub fn code(&self) -> &'static str {
        match self {
            Warning::PlainHttp => "plain-http",
            Warning::NonDefaultPort { .. } => "non-default-port",
            Warning::IpHost { .. } => "ip-host",
            Warning::DemoInstance => "demo-instance",
            Warning::EntAddressPasted { .. } => "ent-address-pasted",
            Warning::LabelNotUai { .. } => "label-not-uai",
            Warning::ValidationDerived { .. } => "validation-derived",
            Warning::LoginDerived { .. } => "login-derived",
            Warning::HostsDiffer { .. } => "hosts-differ",
            Warning::SourcesDisagree { .. } => "sources-disagree",
            Warning::TransientRemoved { .. } => "transient-removed",
            Warning::CommuneFellBack { .. } => "commune-fell-back",
            Warning::EntMoved { .. } => "ent-moved",
            Warning::EntMerged { .. } => "ent-merged",
            Warning::EntUncertain { .. } => "ent-uncertain",
        }
    }

    /// The message in the given language: what was noticed and what it means for the reader.
    pub fn message(&self, lang: Lang) -> String {
        let w = lang.words();
        match self {
            Warning::PlainHttp => w.warning_plain_http.to_owned(),
            Warning::NonDefaultPort { port } => fill(w.warning_non_default_port, &[("port", &port.to_string())]),
            Warning::IpHost { host } => fill(w.warning_ip_host, &[("host", host)]),
            Warning::DemoInstance => w.warning_demo_instance.to_owned(),
            Warning::EntAddressPasted { host, service_used } => {
                let template = if *service_used {
                    w.warning_ent_address_used
                } else {
                    w.warning_ent_address_pasted
                };
                fill(template, &[("host", host)])
            }
            Warning::LabelNotUai { label } => fill(w.warning_label_not_uai, &[("label", label)]),
            Warning::ValidationDerived { ent } => fill(w.warning_validation_derived, &[("ent", ent)]),
            Warning::LoginDerived { ent } => fill(w.warning_login_derived, &[("ent", ent)]),
            Warning::HostsDiffer { hosts } => fill(w.warning_hosts_differ, &[("hosts", hosts)]),
            Warning::SourcesDisagree { ent } => fill(w.warning_sources_disagree, &[("ent", ent)]),
            Warning::TransientRemoved { names, others } => {
                let template = match (names.is_empty(), others) {
                    (true, _) => w.warning_query_removed,
                    (false, false) => w.warning_transient_removed,
                    (false, true) => w.warning_transient_removed_and_others,
                };
                fill(template, &[("names", &names.join(", "))])
            }
            Warning::CommuneFellBack { chosen } => fill(w.warning_commune_fell_back, &[("kind", chosen.label(lang))]),
            Warning::EntMoved { ent, previous } => fill(w.warning_ent_moved, &[("ent", ent), ("previous", previous)]),
            Warning::EntMerged { ent, into } => fill(w.warning_ent_merged, &[("ent", ent), ("into", into)]),
            Warning::EntUncertain { ent } => fill(w.warning_ent_uncertain, &[("ent", ent)]),
        }
    }
}

impl Preset {
    /// What the reader must know before trusting this preset's addresses.
    pub fn warnings(&self) -> Vec<Warning> {
        let mut warnings = Vec::new();
        // First: whether the ENT is still where the preset says matters before any detail of its addresses.
        let ent = self.name.clone();
        match self.status {
            Status::Current => {}
            Status::Moved => warnings.push(Warning::EntMoved {
                ent,
                previous: self.previous.clone().unwrap_or_default(),
            }),
            Status::Merged => warnings.push(Warning::EntMerged {
                ent,
                into: self.merged_into.clone().unwrap_or_default(),
            }),
            Status::Uncertain => warnings.push(Warning::EntUncertain { ent }),
        }
        // Said beside the addresses, not only in the details: a derived login is a guess the
        // reader would otherwise copy into the console as if it were seen.
        if self.confidence == Origin::Derived {
            warnings.push(Warning::LoginDerived { ent: self.name.clone() });
        }
        if self.validation_origin == Origin::Derived {
            warnings.push(Warning::ValidationDerived { ent: self.name.clone() });
        }
        // The url crate writes host names in lower case, so plain comparison finds repeats.
        let mut hosts = String::new();
        for host in self.cas_hosts() {
            if !hosts.split(", ").any(|known| known == host) {
                if !hosts.is_empty() {
                    hosts.push_str(", ");
                }
                hosts.push_str(host);
            }
        }
        if hosts.contains(", ") {
            warnings.push(Warning::HostsDiffer { hosts });
        }
        if self.disagrees {
            warnings.push(Warning::SourcesDisagree { ent: self.name.clone() });
        }
        warnings
    }
}
