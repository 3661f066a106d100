//! The widget's hooks, one a file (as Yew's own examples keep them): its effects on the world around it
//! (the presets file, the sync group, the page address) and the values it derives and keeps between renders.

pub mod computation;
pub mod presets_file;
pub mod publish_request;
pub mod published_file;
pub mod sync_group;
