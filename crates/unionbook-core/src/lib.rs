//! Unionbook's core: the record book of a student union and every area's pure model, with no
//! browser and no view in it (the crate depends on neither Leptos nor web-sys, so the compiler
//! refuses any import from a view). Tested on the host with plain `cargo test`; the app crate
//! (the repository's root) puts the browser, the views and the shell on top.
//!
//! Layers inside, lowest first: `book` (the generic record book), then `locale`, `pinyin`, `calendar`,
//! `forms`, `table`, `steps`, `judging`; then the areas' models (`people` first; later areas may
//! read earlier ones'); then `kinds` and `field_labels` (every kind and field, gathered from the
//! areas) and `sample` (the sample union), which see every area. `settings` is a device's own settings
//! (the officer, the language, the current semester).

pub mod activities;
pub mod attendance;
pub mod awards;
pub mod book;
pub mod calendar;
pub mod data;
pub mod drafts;
pub mod field_labels;
pub mod forms;
pub mod inspections;
pub mod judging;
pub mod kinds;
pub mod locale;
pub mod meetings;
pub mod money;
pub mod people;
pub mod pinyin;
pub mod publications;
pub mod reference;
pub mod reports;
pub mod sample;
pub mod settings;
pub mod steps;
pub mod summary;
pub mod table;
pub mod tasks;
