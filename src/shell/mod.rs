//! The composition root: the app, its routes to each area's lazy pages, the layout and
//! navigation, Home, the Settings page and updates. Only the entry point imports it.

mod app;
mod home;
mod nav;
mod not_found;
mod settings_page;
mod update_banner;

pub use app::App;
