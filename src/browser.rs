//! Adapters to the browser: the clipboard, the page address, the files a widget fetches, JS records,
//! the browser's own URL parser for international host names, the first-render mark. Below the UI:
//! they know nothing of Yew.

pub mod builtin_catalogue;
pub mod clipboard;
pub mod fetch;
pub mod first_render;
pub mod idn;
pub mod js_record;
pub mod json;
pub mod page;
pub mod permalink;
pub mod presets_file;
pub mod provenance_file;
pub mod published_fetch;
pub mod published_json;
pub mod today;
pub mod widget_base;
