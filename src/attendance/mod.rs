//! Attendance, as any record takes it: one field per person, `mark:<id>`, so two officers
//! ticking the same list on two phones merge person by person. Trainings use it now;
//! activities, meetings and self-study checks will take attendance the same way.
//! Pure; the list that takes marks on screen is `ui::attendance_list`.

pub mod marks;
