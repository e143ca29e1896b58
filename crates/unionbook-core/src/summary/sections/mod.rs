//! The sections of a summary drawn from the records, one file per section.

mod common;
mod internal;
pub mod money;
mod regular;
pub mod units;

pub use internal::internal;
pub use money::money;
pub use regular::regular;
pub use units::units;
