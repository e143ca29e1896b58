//! Check-in at the door (see `model`).

pub mod arrivals;
pub mod expected;
pub mod model;
pub mod recent;
