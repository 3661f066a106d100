//! Today's date as the reader's language writes it, for the printed sheet.

use js_sys::{Date, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::lang::Lang;

/// Today in `lang`, the month in words ("6 décembre 2026", "6 December 2026"): a date on paper is read
/// by someone else, maybe in another country, where "06/12" is ambiguous.
pub fn today(lang: Lang) -> String {
    let options = Object::new();
    for (field, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = Reflect::set(&options, &JsValue::from_str(field), &JsValue::from_str(value));
    }
    let locale = match lang {
        Lang::Fr => "fr-FR",
        Lang::En => "en-GB",
    };
    String::from(Date::new_0().to_locale_date_string(locale, &options))
}
