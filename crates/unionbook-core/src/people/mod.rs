//! Organisation and people: terms and semesters, units, members and their roles over time,
//! recruitment, evaluations, trainings, rosters. The pure models (`model`, `terms`, `roles`,
//! `recruitment`, `evaluation`, `training`, `roster`, `finding`) are tested on the host; the pages beside
//! them display and collect.

pub mod evaluation;
pub mod everyone;
pub mod finding;
pub mod model;
pub mod recruitment;
pub mod roles;
pub mod roster;
pub mod sample;
pub mod students;
pub mod terms;
pub mod training;
