//! Check-in at the door (see `model`).

pub mod model;
mod page;

pub use page::CheckInPage;
