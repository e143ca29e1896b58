//! The Meetings area: meetings, who came, minutes and decisions; their action items are tasks.

pub mod model;
mod pages;
pub mod sample;

pub use pages::{MeetingPage, MeetingsPage};
