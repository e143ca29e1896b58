//! This device's settings: who the officer is, the language, the current term and semester.
//! The model is the core's (`unionbook_core::settings`: pure, tested on the host); `state` keeps
//! them in a signal and in storage.
//! The Settings page itself is the shell's (`shell/settings_page.rs`).

pub use unionbook_core::settings as model;
mod state;

pub use state::{SaveStatus, SettingsState};
