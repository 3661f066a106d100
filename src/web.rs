//! The JavaScript boundary: mounting into host pages, the JS API, the page address, the clipboard, the
//! presets file, and the browser's own URL parser for international host names.

pub mod api;
pub mod clipboard;
pub mod first_render;
pub mod idn;
pub mod js_record;
pub mod json;
pub mod mount;
pub mod permalink;
pub mod presets_file;
pub mod provenance_file;
pub mod widget_base;
