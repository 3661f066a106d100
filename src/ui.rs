//! The Yew widget. It holds no domain logic: it reads the reader's choices and shows what the domain computes.

pub mod announcer;
pub mod components;
pub mod config;
pub mod ids;
pub mod state;
pub mod sync;
pub mod text;
pub mod widget;
