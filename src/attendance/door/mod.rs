//! Check-in at the door (see `model`).

pub mod arrivals;
mod door_setup;
pub mod expected;
mod merged;
pub mod model;
mod page;
mod search;

pub use page::CheckInPage;
