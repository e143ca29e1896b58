//! The Activities area: activities through their lifecycle, series and editions, partners,
//! publicity, checklists; "coming up" on Home.

pub mod model;
mod pages;
pub mod sample;

pub use pages::{ActivitiesPage, ActivityPage, ComingUp, SeriesPage};
