//! The widget's effects, one hook a file (as Yew's own examples keep them): what the widget does to the
//! world around it, apart from what it shows.

pub mod page_language;
pub mod presets_file;
pub mod print_sheet;
pub mod publish_request;
pub mod sync_group;
