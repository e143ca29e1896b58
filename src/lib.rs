//! Unionbook: the record book of a university student union, kept in the officers' browsers.
//!
//! The app crate, layered on the core (`unionbook_core`: the record book and every area's pure
//! model, see ARCHITECTURE.md): the browser adapters in `browser`, the view pieces every area
//! shares in `ui`, each area's pages, and `shell`, which composes them into the app. An area's
//! module here re-exports its model from the core, so `crate::people::model` is the core's.

/// The current language's text for a translation key, as a `String`:
/// `tr!(people.saved, name = "…")`. See `ui::language` for why it is read untracked.
macro_rules! tr {
    ($($args:tt)*) => {
        $crate::i18n::td_string!($crate::ui::language::current_locale(), $($args)*).to_string()
    };
}

pub use unionbook_core::{
    book, calendar, drafts, field_labels, forms, judging, kinds, locale, pinyin, sample, steps, table,
};

pub mod activities;
pub mod attendance;
pub mod awards;
pub mod browser;
pub mod data;
pub mod inspections;
pub mod meetings;
pub mod money;
pub mod people;
pub mod publications;
pub mod reports;
pub mod shell;
pub mod summary;
pub mod tasks;
pub mod ui;

// The `i18n` module: translations generated from `locales/*.json` by `build.rs` (leptos_i18n).
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub use shell::App;
