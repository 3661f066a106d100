//! The UAI check letter, and the UAI form of a Corsican code typed with its département. Apart from the
//! rest of `uai.rs` because the error messages need them too (to name the right letter or form), and
//! the UAI reader needs the errors: here, neither imports the other.

/// The check letters: the alphabet without I, O and Q, indexed by the seven digits modulo 23.
const CHECK_LETTERS: &[u8; 23] = b"ABCDEFGHJKLMNPRSTUVWXYZ";
/// Digits before the check letter.
pub const DIGITS: usize = 7;

/// The check letter of seven digits, or `None` when the text is not exactly seven ASCII digits.
pub fn check_letter(digits: &str) -> Option<char> {
    if digits.len() != DIGITS || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    // Seven digits stay below 10^7, far within u32.
    let number = digits
        .bytes()
        .fold(0u32, |number, digit| number * 10 + u32::from(digit - b'0'));
    let index = usize::try_from(number % 23).ok()?;
    CHECK_LETTERS.get(index).map(|letter| char::from(*letter))
}

/// The UAI form of a Corsican code typed with its département: `02A0001G`, `2A0001`, `02b0583w`
/// give `6200001G`, `7200583W`. Départements are written `0` and two characters in UAI codes, but
/// 2A and 2B have no digits of their own: UAI codes number them 620 and 720, which readers who know
/// their département as 2A or 2B do not guess. The check letter is recomputed: the one typed (if
/// any) was most likely made up to fit.
pub fn corsican_uai(code: &str) -> Option<String> {
    let code = code.strip_prefix('0').unwrap_or(code);
    let prefix = match code.get(..2)? {
        "2A" | "2a" => "620",
        "2B" | "2b" => "720",
        _ => return None,
    };
    let tail = code.get(6..)?;
    if tail.len() > 1 || !tail.bytes().all(|byte| byte.is_ascii_alphabetic()) {
        return None;
    }
    // Pushed rather than formatted: each format! costs the wasm more than the text it writes.
    let mut uai = String::from(prefix);
    uai.push_str(code.get(2..6)?);
    let letter = check_letter(&uai)?;
    uai.push(letter);
    Some(uai)
}
