//! The Awards area: selections such as the "Star of Tomorrow" (nominees, judges, tallies,
//! winners) and the awards the union, its units and people received.

pub use unionbook_core::awards::*;

mod award_form;
mod labels;
mod pages;
mod selection_pages;

pub use award_form::AwardPage;
pub use pages::{AwardsOfActivity, AwardsPage};
pub use selection_pages::{SelectionPage, SelectionsPage};
