//! The Awards area: selections such as the "Star of Tomorrow" (nominees, judges, tallies,
//! winners) and the awards the union, its units and people received.

mod award_form;
pub mod award_sample;
pub mod awards;
pub(crate) mod judging_view;
pub mod model;
mod pages;
pub mod sample;
mod selection_pages;
pub mod selections;

pub use pages::{AwardPage, AwardsOfActivity, AwardsPage};
pub use selection_pages::{SelectionPage, SelectionsPage};
