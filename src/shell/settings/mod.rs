//! This device's settings: who the officer is, the language, the current term and semester.
//! `model` is pure and tested on the host; `state` keeps them in a signal and in storage;
//! `page` is the Settings page.

pub mod model;
mod page;
mod state;

pub use page::SettingsPage;
pub use state::{SaveStatus, SettingsState};
