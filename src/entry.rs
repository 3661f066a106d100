//! The JavaScript entry points: mounting widgets into host pages and the JS API. The top layer: it may
//! use every other one, and none uses it.

pub mod api;
pub mod apps;
pub mod mount;
