//! The Yew widget. It holds no domain logic: it reads the reader's choices and shows what the domain
//! computes. Below the entry points; it uses the browser adapters, the options and the domain.

pub mod announcer;
pub mod attention;
pub mod components;
pub mod handlers;
pub mod hooks;
pub mod ids;
pub mod published_part;
pub mod state;
pub mod sync;
pub mod widget;
