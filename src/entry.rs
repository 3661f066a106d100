//! The JavaScript entry points: mounting widgets into host pages and the JS API. The top layer: it may
//! use every other one, and none uses it. Every fault the JavaScript side sees goes through `js_error`.

pub mod api;
pub mod apps;
pub mod js_error;
pub mod mount;
#[cfg(feature = "test-api")]
pub mod test_api;
