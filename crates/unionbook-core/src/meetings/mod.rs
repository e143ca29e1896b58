//! The Meetings area: meetings, who came, minutes and decisions; their action items are tasks.

pub mod model;
pub mod sample;
