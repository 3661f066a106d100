//! The widget's components, one a file.

pub mod address_row;
pub mod cas_dialog;
pub mod checklist;
pub mod connection_table;
pub mod copy_button;
pub mod diagnose;
pub mod embed;
pub mod ent_picker;
pub mod exports;
pub mod form;
pub mod group;
pub mod guidance;
pub mod header;
pub mod hosting_form;
pub mod messages;
pub mod published;
pub mod qr_code;
pub mod results;
pub mod service_registry;
pub mod sheet;
pub mod spaces_table;
pub mod verify;
