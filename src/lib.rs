//! Unionbook: the record book of a university student union, kept in the officers' browsers.
//!
//! The crate is layered (see ARCHITECTURE.md): pure Rust that is tested on the host
//! (`book`, `attendance`, `forms`, `locale`, `calendar`, and the model modules of each area),
//! the browser adapters in `browser`, the view pieces every area shares in `ui`, each area's
//! pages beside its model, and `shell`, which composes them into the app.

/// The current language's text for a translation key, as a `String`:
/// `tr!(people.saved, name = "…")`. See `ui::language` for why it is read untracked.
macro_rules! tr {
    ($($args:tt)*) => {
        $crate::i18n::td_string!($crate::ui::language::current_locale(), $($args)*).to_string()
    };
}

pub mod activities;
pub mod attendance;
pub mod awards;
pub mod book;
pub mod browser;
pub mod calendar;
pub mod data;
pub mod field_labels;
pub mod forms;
pub mod inspections;
pub mod judging;
pub mod kinds;
pub mod locale;
pub mod meetings;
pub mod money;
pub mod people;
pub mod publications;
pub mod reports;
pub mod sample;
pub mod shell;
pub mod steps;
pub mod summary;
pub mod table;
pub mod tasks;
pub mod ui;

// The `i18n` module: translations generated from `locales/*.json` by `build.rs` (leptos_i18n).
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub use shell::App;
