//! The Awards area: selections such as the "Star of Tomorrow" (nominees, judges, tallies,
//! winners) and the awards the union, its units and people received.

pub use unionbook_core::awards::*;

mod award_form;
pub(crate) mod judging_view;
mod pages;
mod selection_pages;

pub use pages::{AwardPage, AwardsOfActivity, AwardsPage};
pub use selection_pages::{SelectionPage, SelectionsPage};
