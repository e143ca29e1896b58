//! Evening self-study checks (see `model`).

pub mod model;
mod pages;
pub mod sample;

pub use pages::{SelfStudyCheckPage, SelfStudyPage};
