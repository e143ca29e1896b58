//! The Meetings area: meetings, who came, minutes and decisions; their action items are tasks.

mod attendance;
mod meeting_page;
pub mod model;
mod pages;
pub mod sample;

pub use meeting_page::MeetingPage;
pub use pages::MeetingsPage;
