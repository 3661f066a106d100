//! Error and warning messages: both languages, the user's text quoted, stable codes and fields.

use pronote_delegation::domain::delegation::DelegationKind;
use pronote_delegation::domain::error::{Error, Field};
use pronote_delegation::domain::preset::{AddressFlaw, PresetError, PresetProblem};
use pronote_delegation::domain::warning::Warning;
use pronote_delegation::lang::Lang;

fn every_error() -> Vec<Error> {
    let s = |text: &str| text.to_owned();
    vec![
        Error::UnknownHosting { value: s("cloud") },
        Error::UaiEmpty,
        Error::UaiWrongCheckLetter {
            uai: s("0310047J"),
            expected: 'H',
        },
        Error::UaiMissingCheckLetter {
            uai: s("0310047"),
            expected: 'H',
        },
        Error::UaiMalformed { input: s("03100") },
        Error::UaiMalformed { input: s("02A0001G") },
        Error::UaiMalformed { input: s("02A0001G") },
        Error::LabelInvalid { label: s("my school") },
        Error::UaiRequired { label: s("toutatice") },
        Error::UrlEmpty,
        Error::UrlUnparsable {
            input: s("https://p fr/"),
        },
        Error::UrlScheme { scheme: s("ftp") },
        Error::UrlNoHost,
        Error::UrlIsEntAddress {
            host: s("ent.iledefrance.fr"),
            ent: Some(s("monlycée.net")),
        },
        Error::UrlIsEntAddress {
            host: s("ent.example.fr"),
            ent: None,
        },
        Error::UnknownEnt { id: s("atlantis") },
        Error::Preset(PresetError::new(
            "a.toml",
            PresetProblem::Unreadable {
                detail: s("expected `=`"),
            },
        )),
        Error::Preset(PresetError::new(
            "a.toml",
            PresetProblem::UnknownField { field: s("logn") },
        )),
        Error::Preset(PresetError::new(
            "a.toml",
            PresetProblem::MissingField { field: "login" },
        )),
        Error::Preset(PresetError::new("b.toml", PresetProblem::DuplicateId { id: s("a") })),
        Error::Preset(PresetError::new(
            "a.toml",
            PresetProblem::NotHttps {
                field: "login",
                value: s("http://x/"),
            },
        )),
        Error::Preset(PresetError::new(
            "a.toml",
            PresetProblem::BadAddress {
                field: "login",
                value: s("x y"),
                flaw: AddressFlaw::Spaces,
            },
        )),
    ]
}

fn every_warning() -> Vec<Warning> {
    let s = |text: &str| text.to_owned();
    vec![
        Warning::PlainHttp,
        Warning::NonDefaultPort { port: 8080 },
        Warning::IpHost { host: s("10.0.0.1") },
        Warning::DemoInstance,
        Warning::EntAddressPasted {
            host: s("ent.fr"),
            service_used: true,
        },
        Warning::EntAddressPasted {
            host: s("ent.fr"),
            service_used: false,
        },
        Warning::LabelNotUai { label: s("toutatice") },
        Warning::ValidationDerived { ent: s("Atrium") },
        Warning::LoginDerived { ent: s("Atrium") },
        Warning::HostsDiffer {
            hosts: s("cas.a.fr, cas.b.fr"),
        },
        Warning::SourcesDisagree { ent: s("Atrium") },
        Warning::TransientRemoved {
            names: vec![s("identifiant")],
            others: false,
        },
        Warning::TransientRemoved {
            names: vec![s("fd")],
            others: true,
        },
        Warning::TransientRemoved {
            names: Vec::new(),
            others: true,
        },
        Warning::CommuneFellBack {
            chosen: DelegationKind::Cas,
        },
        Warning::EntMoved {
            ent: s("LEIA"),
            previous: s("https://cas.itslearning.com/cas-prod/login"),
        },
        Warning::EntMerged {
            ent: s("Somme"),
            into: s("ENT Hauts-de-France"),
        },
        Warning::EntUncertain {
            ent: s("monlycée.net")
        },
    ]
}

#[test]
fn every_error_has_a_french_and_a_different_english_message() {
    for error in every_error() {
        let (fr, en) = (error.message(Lang::Fr), error.message(Lang::En));
        assert!(!fr.is_empty() && !en.is_empty(), "{error:?}");
        assert_ne!(fr, en, "{error:?}");
    }
}

#[test]
fn error_display_is_the_french_message() {
    for error in every_error() {
        assert_eq!(error.to_string(), error.message(Lang::Fr));
    }
}

#[test]
fn wrong_check_letter_message_names_the_code_and_the_expected_letter() {
    let error = Error::UaiWrongCheckLetter {
        uai: "0310047J".to_owned(),
        expected: 'H',
    };
    assert_eq!(
        error.message(Lang::Fr),
        "La lettre finale du code UAI «\u{a0}0310047J\u{a0}» ne correspond pas à ses 7 chiffres\u{a0}: elle devrait être H. Vérifiez le code sur un document officiel de l'établissement."
    );
    assert_eq!(
        error.message(Lang::En),
        "The last letter of the UAI code “0310047J” does not match its 7 digits: it should be H. Check the code on an official school document."
    );
}

#[test]
fn ent_address_message_names_the_ent_and_says_where_to_copy_pronotes_address() {
    let error = Error::UrlIsEntAddress {
        host: "ent.iledefrance.fr".to_owned(),
        ent: Some("monlycée.net".to_owned()),
    };
    assert_eq!(
        error.message(Lang::Fr),
        "«\u{a0}ent.iledefrance.fr\u{a0}» est l'adresse de l'ENT «\u{a0}monlycée.net\u{a0}», pas celle de PRONOTE.net\u{a0}: ouvrez PRONOTE (depuis l'ENT si vous y passez), puis copiez l'adresse affichée dans la barre d'adresse du navigateur (par exemple https://pronote.mon-lycee.fr/pronote/eleve.html)."
    );
    assert_eq!(
        error.message(Lang::En),
        "“ent.iledefrance.fr” is the address of the ENT “monlycée.net”, not PRONOTE.net's: open PRONOTE (through the ENT if that is how you reach it), then copy the address shown in the browser's address bar (for example https://pronote.my-school.fr/pronote/eleve.html)."
    );
    assert_eq!(error.field(), Field::Url);
}

#[test]
fn ent_address_message_without_a_preset_speaks_of_an_ent() {
    let error = Error::UrlIsEntAddress {
        host: "ent.example.fr".to_owned(),
        ent: None,
    };
    assert!(error.message(Lang::Fr).contains("l'adresse d'un ENT"));
    assert!(error.message(Lang::En).contains("an ENT's address"));
}

#[test]
fn missing_letter_message_gives_the_full_code() {
    let error = Error::UaiMissingCheckLetter {
        uai: "0310047".to_owned(),
        expected: 'H',
    };
    assert!(error.message(Lang::Fr).contains("0310047H"));
    assert!(error.message(Lang::En).contains("0310047H"));
}

#[test]
fn messages_quote_the_users_text() {
    let error = Error::LabelInvalid {
        label: "<b>x</b>".to_owned(),
    };
    assert!(error.message(Lang::Fr).contains("«\u{a0}<b>x</b>\u{a0}»"));
    assert!(error.message(Lang::En).contains("“<b>x</b>”"));
}

#[test]
fn preset_errors_name_the_file_and_belong_to_the_presets_field() {
    for error in every_error().into_iter().filter(|e| e.field() == Field::Presets) {
        assert!(error.message(Lang::Fr).contains("a.toml") || error.message(Lang::Fr).contains("b.toml"));
    }
    assert_eq!(every_error().iter().filter(|e| e.field() == Field::Presets).count(), 6);
}

#[test]
fn error_fields_have_stable_ids() {
    let ids: Vec<&str> = [Field::Ent, Field::Hosting, Field::Uai, Field::Url, Field::Presets]
        .into_iter()
        .map(Field::id)
        .collect();
    assert_eq!(ids, ["ent", "hosting", "uai", "url", "presets"]);
}

#[test]
fn unknown_ent_and_hosting_belong_to_their_fields() {
    assert_eq!(Error::UnknownEnt { id: String::new() }.field(), Field::Ent);
    assert_eq!(Error::UnknownHosting { value: String::new() }.field(), Field::Hosting);
}

#[test]
fn every_warning_has_a_french_and_a_different_english_message() {
    for warning in every_warning() {
        let (fr, en) = (warning.message(Lang::Fr), warning.message(Lang::En));
        assert!(!fr.is_empty() && !en.is_empty(), "{warning:?}");
        assert_ne!(fr, en, "{warning:?}");
    }
}

#[test]
fn warning_codes_are_the_stable_kebab_case_ones() {
    let mut codes: Vec<&str> = every_warning().iter().map(Warning::code).collect();
    codes.dedup();
    assert_eq!(
        codes,
        [
            "plain-http",
            "non-default-port",
            "ip-host",
            "demo-instance",
            "ent-address-pasted",
            "label-not-uai",
            "validation-derived",
            "login-derived",
            "hosts-differ",
            "sources-disagree",
            "transient-removed",
            "commune-fell-back",
            "ent-moved",
            "ent-merged",
            "ent-uncertain"
        ]
    );
}

#[test]
fn transient_warning_names_parameters_only() {
    let warning = Warning::TransientRemoved {
        names: vec!["identifiant".to_owned(), "ticket".to_owned()],
        others: false,
    };
    assert_eq!(
        warning.message(Lang::En),
        "Parameters removed from the pasted address: identifiant, ticket. They belong to one session or page and must not be published."
    );
}

#[test]
fn french_messages_use_non_breaking_spaces_before_colons() {
    for message in every_error()
        .iter()
        .map(|e| e.message(Lang::Fr))
        .chain(every_warning().iter().map(|w| w.message(Lang::Fr)))
    {
        assert!(!message.contains(" :"), "{message}");
        assert!(!message.contains("« ") && !message.contains(" »"), "{message}");
    }
}

#[test]
fn lang_codes_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::parse(lang.code()), Some(lang));
    }
    assert_eq!(Lang::parse(" EN "), Some(Lang::En));
    assert_eq!(Lang::parse("de"), None);
    assert_eq!(Lang::default(), Lang::Fr);
}
