//! The app around the areas: routes, layout and navigation, language, settings, updates.

pub mod app;
pub mod areas;
pub mod book_state;
pub mod form;
mod home;
pub mod icons;
pub mod labels;
pub mod language;
mod nav;
mod not_built;
mod not_found;
pub mod notice;
pub mod pieces;
pub mod router;
pub mod routes;
pub mod settings;
mod update_banner;

pub use app::App;
