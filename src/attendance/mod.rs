//! The Attendance area. Attendance is taken as any record takes it: one field per person,
//! `mark:<id>`, so two officers ticking the same list on two phones merge person by person.
//! Trainings take it now; activities, meetings and self-study checks will take it the same
//! way. `marks` and `lists` are pure; `page` is the overview of every list; the piece that
//! takes marks on screen is `ui::attendance_list`.

pub use unionbook_core::attendance::*;

pub mod door;
mod page;
pub mod self_study;

pub use page::AttendancePage;
