//! Attendance, as any record takes it: one field per person, `mark:<id>`, so two officers
//! ticking the same list on two phones merge person by person. Trainings use it now;
//! activities, meetings and self-study checks will take attendance the same way.
//! `marks` is pure; `list` is the piece of view that takes them.

pub mod list;
pub mod marks;
