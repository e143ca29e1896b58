//! The Publications area: periodicals, their issues from planned to published, and articles.

pub mod model;
mod pages;
pub mod sample;

pub use pages::{IssuePage, PeriodicalPage, PublicationsPage};
