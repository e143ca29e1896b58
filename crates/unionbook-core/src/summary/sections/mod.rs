//! The sections of a summary drawn from the records, one file per section, and the words
//! around them (the opening, the suggested shortcomings).

mod common;
mod internal;
pub mod money;
mod outlook;
pub mod regular;
pub mod units;

pub use internal::internal;
pub use money::money;
pub use outlook::{Findings, opening, shortcomings};
pub use regular::regular;
pub use units::units;

#[cfg(test)]
mod tests;
