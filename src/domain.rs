//! The domain: PRONOTE.net roots, UAI codes, spaces, delegation, CAS addresses, ENT presets and exports.
//! Plain Rust only: nothing here may depend on yew, web-sys or js-sys.

pub mod addresses;
pub mod cas_dialog;
pub mod cas_server;
pub mod catalogue;
pub mod check_letter;
pub mod computation;
pub mod connection_table;
pub mod delegation;
pub mod diagnosis;
pub mod embed_snippet;
pub mod ent_brief;
pub mod error;
pub mod export;
pub mod hosting;
pub mod pasted_address;
pub mod preset;
pub mod pronote_root;
pub mod published;
pub mod published_check;
pub mod request;
pub mod search;
pub mod service_pattern;
pub mod space;
pub mod stable_id;
pub mod uai;
pub mod warning;
