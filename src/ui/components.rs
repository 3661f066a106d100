//! The widget's components, one a file.

pub mod address_groups;
pub mod address_row;
pub mod copy_button;
pub mod ent_picker;
pub mod exports;
pub mod guidance;
pub mod hosting_form;
pub mod messages;
pub mod qr_code;
pub mod spaces_table;
