//! This device's settings: who the officer is, the language, the current term and semester.
//! `model` is pure and tested on the host; `state` keeps them in a signal and in storage.
//! The Settings page itself is the shell's (`shell/settings_page.rs`).

pub mod model;
mod state;

pub use state::{SaveStatus, SettingsState};
