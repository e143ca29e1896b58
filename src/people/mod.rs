//! Organisation and people: terms and semesters, units, members and their roles over time,
//! recruitment, evaluations, trainings, rosters. The pure models (`model`, `terms`, `roles`,
//! `recruitment`, `evaluation`, `training`, `roster`, `finding`) are tested on the host; the pages beside
//! them display and collect.

pub mod evaluation;
mod evaluations_page;
pub mod everyone;
pub mod finding;
pub mod labels;
mod member_page;
pub mod member_tasks;
pub mod model;
mod page;
pub mod pickers;
pub mod recruitment;
mod recruitment_pages;
pub mod roles;
pub mod roster;
mod roster_page;
mod sheet_columns;
pub mod students;
pub mod terms;
mod terms_page;
pub mod training;
mod trainings_pages;
mod unit_form;

pub use evaluations_page::EvaluationsPage;
pub use labels::field_name;
pub use member_page::MemberPage;
pub use page::PeoplePage;
pub use recruitment_pages::{CandidatePage, RoundPage, RoundsPage};
pub use roster_page::RosterPage;
pub use terms_page::TermsPage;
pub use trainings_pages::{TrainingPage, TrainingsPage};
pub use unit_form::UnitFormPage;
