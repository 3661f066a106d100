//! When a text field's error is shown: after the reader has acted, at once for the page's own values.

use pronote_delegation::ui::attention::Attention;

const UNTOUCHED: Attention = Attention {
    typed: false,
    left: false,
};
const TYPING: Attention = Attention {
    typed: true,
    left: false,
};
const LEFT: Attention = Attention {
    typed: true,
    left: true,
};

#[test]
fn an_empty_field_shows_its_hint_until_the_reader_types_in_it_or_leaves_it() {
    assert!(!UNTOUCHED.shows_error(""));
    assert!(!UNTOUCHED.shows_error("  "));
    // Typed, then emptied again: the field is now missing, and says so.
    assert!(TYPING.shows_error(""));
    let left_untyped = Attention {
        typed: false,
        left: true,
    };
    assert!(left_untyped.shows_error(""));
}

#[test]
fn a_value_is_judged_while_typing_once_it_has_a_uais_length() {
    for partial in ["0", "031004", "0310047", " 0310047 "] {
        assert!(!TYPING.shows_error(partial), "{partial}");
    }
    assert!(TYPING.shows_error("0310047A"));
    // An address pasted at once is as long.
    assert!(TYPING.shows_error("https://ent.iledefrance.fr/welcome"));
}

#[test]
fn a_shorter_wrong_value_waits_for_the_reader_to_leave_the_field_then_stays() {
    assert!(!TYPING.shows_error("ftp://x"));
    assert!(LEFT.shows_error("ftp://x"));
    assert!(LEFT.shows_error("031"));
}

#[test]
fn a_value_the_page_wrote_shows_its_error_at_once() {
    assert!(Attention::from_page("031").shows_error("031"));
    assert!(Attention::from_page("ftp://x").shows_error("ftp://x"));
    assert_eq!(Attention::from_page(""), UNTOUCHED);
}
