//! The Awards area: selections such as the "Star of Tomorrow" (nominees, judges, tallies,
//! winners) and the awards the union, its units and people received.

pub mod award_sample;
pub mod awards;
pub mod model;
pub mod sample;
pub mod selections;
