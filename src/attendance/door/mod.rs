//! Check-in at the door (see `model`).

pub mod arrivals;
pub mod expected;
pub mod model;
mod door_setup;
mod merged;
mod page;
mod search;

pub use page::CheckInPage;
