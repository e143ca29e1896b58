//! The Reports area: each unit's regular reports at its cadence, who is late, and the filing
//! register.

pub mod drafts;
pub mod filing;
pub mod lateness;
pub mod model;
pub mod sample;
