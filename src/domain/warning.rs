//! Things worth knowing that do not stop the computation: each warning is shown beside the addresses.

use crate::domain::delegation::DelegationKind;
use crate::domain::error::{quote, NBSP_COLON};
use crate::domain::lang::Lang;

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
        }
    }

    /// The message in the given language: what was noticed and what it means for the reader.
    pub fn message(&self, lang: Lang) -> String {
        let q = |text: &str| quote(lang, text);
        let colon = lang.pick(NBSP_COLON, ":");
        match self {
            Warning::PlainHttp => match lang {
                Lang::Fr => format!(
                    "Adresse en http:// et non https://{colon} les identifiants et les tickets CAS y circulent en clair, et bien des ENT refusent un service en http. Utilisez l'adresse https:// de votre PRONOTE.net si elle existe."
                ),
                Lang::En => format!(
                    "Plain http:// address, not https://{colon} credentials and CAS tickets travel unencrypted, and many ENTs refuse an http service. Use your PRONOTE.net's https:// address if it has one."
                ),
            },
            Warning::NonDefaultPort { port } => match lang {
                Lang::Fr => format!(
                    "L'adresse utilise le port {port}{colon} il fait partie de l'adresse de service, l'ENT doit l'enregistrer tel quel."
                ),
                Lang::En => format!(
                    "The address uses port {port}{colon} it is part of the service address, and the ENT must register it as is."
                ),
            },
            Warning::IpHost { host } => match lang {
                Lang::Fr => format!(
                    "Le serveur est désigné par son adresse IP ({host}){colon} le service enregistré à l'ENT ne vaudra que pour cette adresse exacte. Préférez le nom de serveur public de votre PRONOTE.net s'il en a un."
                ),
                Lang::En => format!(
                    "The server is named by its IP address ({host}){colon} the service registered at the ENT will only match this exact address. Prefer your PRONOTE.net's public server name if it has one."
                ),
            },
            Warning::DemoInstance => match lang {
                Lang::Fr => format!(
                    "C'est le PRONOTE de démonstration d'Index Education, pas celui d'un établissement{colon} saisissez le code UAI de votre établissement."
                ),
                Lang::En => format!(
                    "This is Index Education's demonstration PRONOTE, not a school's{colon} enter your school's UAI code."
                ),
            },
            Warning::EntAddressPasted { host, service_used } => match (lang, service_used) {
                (Lang::Fr, true) => format!(
                    "L'adresse collée est celle de l'ENT ({host}){colon} l'adresse PRONOTE qu'elle contenait a été reprise."
                ),
                (Lang::En, true) => format!(
                    "The pasted address is the ENT's ({host}){colon} the PRONOTE address it carried was used."
                ),
                (Lang::Fr, false) => format!(
                    "L'adresse collée semble être celle de l'ENT ({host}), pas celle de PRONOTE.net{colon} collez l'adresse affichée par le navigateur sur une page de PRONOTE."
                ),
                (Lang::En, false) => format!(
                    "The pasted address looks like the ENT's ({host}), not PRONOTE.net's{colon} paste the address the browser shows on a PRONOTE page."
                ),
            },
            Warning::LabelNotUai { label } => match lang {
                Lang::Fr => format!(
                    "{} n'est pas un code UAI{colon} l'adresse est construite avec ce nom tel quel. Vérifiez qu'il apparaît bien dans l'adresse de votre PRONOTE.net.",
                    q(label)
                ),
                Lang::En => format!(
                    "{} is not a UAI code{colon} the address is built with this name as is. Check that it does appear in your PRONOTE.net's address.",
                    q(label)
                ),
            },
            Warning::ValidationDerived { ent } => match lang {
                Lang::Fr => format!(
                    "Aucune source publique ne donne le lien de validation de {}{colon} il est déduit comme le fait la console (adresse du serveur CAS suivie de /samlValidate). Faites-le confirmer par l'ENT.",
                    q(ent)
                ),
                Lang::En => format!(
                    "No public source gives the validation address of {}{colon} it is derived as the console does (the CAS server address followed by /samlValidate). Have the ENT confirm it.",
                    q(ent)
                ),
            },
            Warning::LoginDerived { ent } => match lang {
                Lang::Fr => format!(
                    "L'adresse de connexion de {} est déduite, pas vue dans une source{colon} faites-la confirmer par l'ENT.",
                    q(ent)
                ),
                Lang::En => format!(
                    "The login address of {} is derived, not seen in a source{colon} have the ENT confirm it.",
                    q(ent)
                ),
            },
            Warning::HostsDiffer { hosts } => match lang {
                Lang::Fr => format!(
                    "Adresses CAS sur des hôtes différents ({hosts}){colon} faites-les confirmer par l'ENT."
                ),
                Lang::En => format!("CAS addresses on different hosts ({hosts}){colon} have the ENT confirm them."),
            },
            Warning::SourcesDisagree { ent } => match lang {
                Lang::Fr => format!(
                    "Les sources publiques ne concordent pas sur les adresses CAS de {}{colon} faites-les confirmer par l'ENT avant de les publier.",
                    q(ent)
                ),
                Lang::En => format!(
                    "Public sources disagree on the CAS addresses of {}{colon} have the ENT confirm them before publishing them.",
                    q(ent)
                ),
            },
            Warning::TransientRemoved { names, others } => {
                let listed = names.join(", ");
                match (lang, names.is_empty(), others) {
                    (Lang::Fr, false, false) => format!(
                        "Paramètres retirés de l'adresse collée{colon} {listed}. Propres à une session ou à une page, ils ne doivent pas être publiés."
                    ),
                    (Lang::En, false, false) => format!(
                        "Parameters removed from the pasted address{colon} {listed}. They belong to one session or page and must not be published."
                    ),
                    (Lang::Fr, false, true) => format!(
                        "Paramètres retirés de l'adresse collée{colon} {listed} et d'autres. Propres à une session ou à une page, ils ne doivent pas être publiés."
                    ),
                    (Lang::En, false, true) => format!(
                        "Parameters removed from the pasted address{colon} {listed} and others. They belong to one session or page and must not be published."
                    ),
                    (Lang::Fr, true, _) => format!(
                        "Les paramètres de l'adresse collée (après {} ou avant {}) ont été retirés{colon} l'adresse de base de PRONOTE.net n'en a pas.",
                        q("?"),
                        q("@")
                    ),
                    (Lang::En, true, _) => format!(
                        "The parameters of the pasted address (after {} or before {}) were removed{colon} the PRONOTE.net base address has none.",
                        q("?"),
                        q("@")
                    ),
                }
            }
            Warning::CommuneFellBack { chosen } => match lang {
                Lang::Fr => format!(
                    "La Page commune ne prend la délégation {} que si tous les autres espaces publiés l'ont aussi{colon} elle reste sans délégation.",
                    chosen.label(lang)
                ),
                Lang::En => format!(
                    "The Common page takes the {} delegation only if every other published space has it too{colon} it stays without delegation.",
                    chosen.label(lang)
                ),
            },
        }
    }
}
