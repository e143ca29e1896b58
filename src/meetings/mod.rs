//! The Meetings area: meetings, who came, minutes and decisions; their action items are tasks.

pub use unionbook_core::meetings::*;

mod attendance;
mod meeting_page;
mod pages;

pub use meeting_page::MeetingPage;
pub use pages::MeetingsPage;
