//! The one way the JavaScript side hears of a fault: every error the entry points throw and every warning
//! they print goes through here, so each starts with the widget's name and each error names its field (as
//! ruff's wasm boundary turns its typed errors into a JS `Error` in one place).

use wasm_bindgen::JsValue;

use crate::browser::js_record::RecordError;
use crate::domain::error::Error;
use crate::lang::Lang;

/// What went wrong at the boundary, typed until it becomes a JS value.
pub enum BoundaryError {
    /// The options object could not be read (not an object, an unknown field, a wrong type).
    Options(RecordError),
    /// An option or the hosting the domain refuses, said in the widget's language.
    Refused(Error, Lang),
    /// The request gave no address, and no error said why.
    NoAddress,
}

impl BoundaryError {
    /// The first of the errors that stopped a request, or `NoAddress` when none said why.
    pub fn first(errors: Vec<Error>, lang: Lang) -> BoundaryError {
        errors
            .into_iter()
            .next()
            .map_or(BoundaryError::NoAddress, |error| BoundaryError::Refused(error, lang))
    }

    /// The option at fault, as the contract names it.
    fn field(&self) -> &'static str {
        match self {
            BoundaryError::Options(_) => "options",
            BoundaryError::Refused(error, _) => error.field().id(),
            BoundaryError::NoAddress => "hosting",
        }
    }

    /// The message, after the widget's name.
    fn message(&self) -> String {
        match self {
            BoundaryError::Options(error) => error.to_string(),
            BoundaryError::Refused(error, lang) => error.message(*lang),
            BoundaryError::NoAddress => "no address computed".to_owned(),
        }
    }
}

/// A JS `Error`: `pronote-delegation: <message>`, with a `field` property naming the option at fault.
pub fn into_error(error: BoundaryError) -> JsValue {
    let js = js_sys::Error::new(&format!("{PREFIX}{}", error.message()));
    let _ = js_sys::Reflect::set(&js, &"field".into(), &error.field().into());
    js.into()
}

/// A warning for the page's author, in the browser's console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&format!("{PREFIX}{message}").into());
}

/// What starts every message: the page may hold other scripts' errors.
const PREFIX: &str = "pronote-delegation: ";
