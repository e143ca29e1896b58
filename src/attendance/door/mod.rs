//! Check-in at the door (see `model`).

pub use unionbook_core::attendance::door::*;

mod door_setup;
mod merged;
mod page;
mod search;
mod taps;

pub use page::CheckInPage;
