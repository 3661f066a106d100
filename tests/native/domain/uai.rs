//! UAI codes and hosting labels.

use pronote_delegation::domain::error::{Error, Field};
use pronote_delegation::domain::uai::{check_letter, SchoolLabel, Uai};
use pronote_delegation::domain::warning::Warning;
use pronote_delegation::lang::Lang;

/// Real codes of real schools (Haute-Garonne, Essonne, Pas-de-Calais, Corse-du-Sud, Haute-Corse,
/// Isère, Calvados).
const REAL_UAIS: [&str; 7] = [
    "0310047H", "0910626L", "0620052V", "6200001G", "7200583W", "0380029A", "0142131R",
];

#[test]
fn real_uais_pass_the_check() {
    for code in REAL_UAIS {
        assert_eq!(Uai::parse(code).map(|uai| uai.to_string()), Ok(code.to_owned()));
    }
}

#[test]
fn lower_case_uais_pass_and_are_upper_cased() {
    for code in REAL_UAIS {
        let uai = Uai::parse(&code.to_ascii_lowercase()).unwrap();
        assert_eq!(uai.as_str(), code);
    }
}

#[test]
fn corsican_uais_use_620_and_720_as_plain_digits() {
    assert_eq!(check_letter("6200001"), Some('G'));
    assert_eq!(check_letter("7200583"), Some('W'));
}

#[test]
fn check_letter_is_the_number_modulo_23_in_the_alphabet_without_i_o_q() {
    assert_eq!(check_letter("0000000"), Some('A'));
    assert_eq!(check_letter("0000008"), Some('J'));
    assert_eq!(check_letter("0000013"), Some('P'));
    assert_eq!(check_letter("0000014"), Some('R'));
    assert_eq!(check_letter("0000022"), Some('Z'));
    assert_eq!(check_letter("0000023"), Some('A'));
}

#[test]
fn check_letter_needs_exactly_seven_digits() {
    assert_eq!(check_letter("031004"), None);
    assert_eq!(check_letter("03100477"), None);
    assert_eq!(check_letter("031004A"), None);
    assert_eq!(check_letter("٠٣١٠٠٤٧"), None);
}

#[test]
fn uai_with_wrong_letter_names_the_expected_letter() {
    assert_eq!(
        Uai::parse("0310047J"),
        Err(Error::UaiWrongCheckLetter {
            uai: "0310047J".to_owned(),
            expected: 'H'
        })
    );
}

#[test]
fn wrong_letter_error_keeps_the_typed_case() {
    assert_eq!(
        Uai::parse(" 0310047j "),
        Err(Error::UaiWrongCheckLetter {
            uai: "0310047j".to_owned(),
            expected: 'H'
        })
    );
}

#[test]
fn uai_without_letter_names_the_missing_letter() {
    assert_eq!(
        Uai::parse("0310047"),
        Err(Error::UaiMissingCheckLetter {
            uai: "0310047".to_owned(),
            expected: 'H'
        })
    );
}

#[test]
fn empty_uai_is_refused() {
    assert_eq!(Uai::parse("  "), Err(Error::UaiEmpty));
}

#[test]
fn non_uai_text_is_malformed_for_uai_parse() {
    assert_eq!(
        Uai::parse("toutatice"),
        Err(Error::UaiMalformed {
            input: "toutatice".to_owned()
        })
    );
}

#[test]
fn uai_errors_belong_to_the_uai_field() {
    for code in ["", "0310047J", "0310047", "toutatice"] {
        assert_eq!(Uai::parse(code).unwrap_err().field(), Field::Uai, "{code}");
    }
}

#[test]
fn label_that_is_a_uai_is_checked() {
    let (label, warnings) = SchoolLabel::parse("0910626l").unwrap();
    assert_eq!(label, SchoolLabel::Uai(Uai::parse("0910626L").unwrap()));
    assert!(warnings.is_empty());
}

#[test]
fn label_shaped_as_a_uai_with_wrong_letter_is_an_error_not_a_name() {
    assert!(matches!(
        SchoolLabel::parse("0910626M"),
        Err(Error::UaiWrongCheckLetter { expected: 'L', .. })
    ));
}

#[test]
fn label_of_seven_digits_is_a_uai_missing_its_letter() {
    assert!(matches!(
        SchoolLabel::parse("0910626"),
        Err(Error::UaiMissingCheckLetter { expected: 'L', .. })
    ));
}

#[test]
fn name_label_is_accepted_with_label_not_uai_warning() {
    let (label, warnings) = SchoolLabel::parse("Toutatice").unwrap();
    assert_eq!(label, SchoolLabel::Name("toutatice".to_owned()));
    assert_eq!(
        warnings,
        [Warning::LabelNotUai {
            label: "toutatice".to_owned()
        }]
    );
}

#[test]
fn demo_label_also_warns_demo_instance() {
    let (_, warnings) = SchoolLabel::parse("demo").unwrap();
    let codes: Vec<&str> = warnings.iter().map(Warning::code).collect();
    assert_eq!(codes, ["label-not-uai", "demo-instance"]);
}

#[test]
fn label_with_dots_or_spaces_is_invalid() {
    for label in ["my school", "a.b", "école", "-lycee", "lycee-", "a/b"] {
        assert!(
            matches!(SchoolLabel::parse(label), Err(Error::LabelInvalid { .. })),
            "{label}"
        );
    }
}

#[test]
fn label_longer_than_a_dns_label_is_invalid() {
    assert!(matches!(
        SchoolLabel::parse(&"a".repeat(64)),
        Err(Error::LabelInvalid { .. })
    ));
    assert!(SchoolLabel::parse(&"a".repeat(63)).is_ok());
}

#[test]
fn label_that_is_not_valid_punycode_is_invalid() {
    assert!(matches!(SchoolLabel::parse("xn--5"), Err(Error::LabelInvalid { .. })));
}

#[test]
fn label_in_valid_punycode_is_a_name() {
    let (label, _) = SchoolLabel::parse("xn--lyce-dpa").unwrap();
    assert_eq!(label, SchoolLabel::Name("xn--lyce-dpa".to_owned()));
}

#[test]
fn empty_label_is_refused() {
    assert_eq!(SchoolLabel::parse(""), Err(Error::UaiEmpty));
}

/// The messages a refused code shows beside the UAI field, in both languages.
fn messages(input: &str) -> [String; 2] {
    let error = Uai::parse(input).expect_err("refused");
    assert_eq!(error.field(), Field::Uai);
    [error.message(Lang::Fr), error.message(Lang::En)]
}

#[test]
fn corsican_code_typed_with_2a_gets_the_620_form() {
    for message in messages("02A0001G") {
        assert!(message.contains("6200001G") && message.contains("620"), "{message}");
    }
}

#[test]
fn corsican_code_typed_with_2b_in_lower_case_and_no_letter_gets_the_720_form() {
    for message in messages(" 2b0583 ") {
        assert!(message.contains("7200583W"), "{message}");
    }
}

#[test]
fn corsican_code_as_a_hosting_label_is_refused_with_the_uai_form_not_taken_as_a_name() {
    let error = SchoolLabel::parse("02B0583W").map(|_| ()).unwrap_err();
    assert_eq!(error.field(), Field::Uai);
    for lang in [Lang::Fr, Lang::En] {
        assert!(error.message(lang).contains("7200583W"), "{}", error.message(lang));
    }
}

#[test]
fn the_620_form_itself_is_a_valid_uai() {
    assert_eq!(
        Uai::parse("6200001G").map(|uai| uai.to_string()),
        Ok("6200001G".to_owned())
    );
}

#[test]
fn a_name_merely_starting_with_2a_is_not_taken_for_corsica() {
    assert!(matches!(SchoolLabel::parse("2a-lycee"), Ok((SchoolLabel::Name(_), _))));
    let [fr, en] = messages("02A00011G");
    assert!(!fr.contains("Corse") && !en.contains("Corsica"), "{fr} / {en}");
}
