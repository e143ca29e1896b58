//! The app around the areas: routes, layout and navigation, language, settings, updates.

mod app;
pub mod areas;
mod home;
mod icons;
mod labels;
mod nav;
mod not_built;
mod not_found;
pub mod settings;
mod update_banner;

pub use app::App;
