//! When a text field's error is shown (#25): the reader is not told off before they have had a chance to
//! type. An empty field shows its hint until the reader has typed in it or left it; a wrong value is an
//! error from then on, while typing once the value is as long as a UAI (a whole code typed, an address
//! pasted), else once the reader leaves the field. A value the page wrote (its address, a data attribute)
//! is the author's: its error shows at once.

use crate::domain::uai::UAI_LEN;

/// What the reader has done in one text field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Attention {
    /// The reader has typed in it.
    pub typed: bool,
    /// The reader has left it (or the page wrote its value).
    pub left: bool,
}

impl Attention {
    /// A field as the page filled it: a value it wrote counts as left, so its error shows at once.
    pub fn from_page(value: &str) -> Attention {
        Attention {
            typed: false,
            left: !value.trim().is_empty(),
        }
    }

    /// Whether an error about the field holding `value` is shown now.
    pub fn shows_error(self, value: &str) -> bool {
        let value = value.trim();
        if value.is_empty() {
            return self.typed || self.left;
        }
        self.left || value.chars().count() >= UAI_LEN
    }
}
