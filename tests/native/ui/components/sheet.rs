//! The printed sheet: where an address may break across lines on paper.

use pronote_delegation::ui::components::sheet::paper_pieces;

#[test]
fn an_address_breaks_only_after_a_slash_a_dot_a_question_mark_an_ampersand_or_an_equals_sign() {
    assert_eq!(
        paper_pieces("https://toutatice.index-education.net/pronote/mobile.eleve.html?fd=1&a=b"),
        [
            "https://",
            "toutatice.",
            "index-education.",
            "net/",
            "pronote/",
            "mobile.",
            "eleve.",
            "html?",
            "fd=",
            "1&",
            "a=",
            "b"
        ]
    );
}

#[test]
fn the_pieces_are_the_address_exactly_and_a_hyphen_never_ends_one() {
    for address in [
        "https://www.toutatice.fr/casshib/shib/666666/samlValidate",
        "^https://0310047H\\.index-education\\.net/pronote/.*$",
        "https://pronote.lycée-exemple.fr:8443/pronote/**",
        "",
        "/",
        "a",
    ] {
        let pieces = paper_pieces(address);
        assert_eq!(pieces.concat(), address);
        assert!(pieces.iter().all(|piece| !piece.is_empty()), "{address}: {pieces:?}");
        for piece in &pieces[..pieces.len().saturating_sub(1)] {
            assert!(piece.ends_with(['/', '.', '?', '&', '=']), "{address}: {piece}");
        }
    }
}
