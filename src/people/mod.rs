//! Organisation and people: terms and semesters, units, members and their roles over time,
//! recruitment, evaluations, trainings, rosters. The pure models (`model`, `terms`, `roles`,
//! `recruitment`, `evaluation`, `training`, `roster`, `finding`) are tested on the host; the pages beside
//! them display and collect.

pub use unionbook_core::people::*;

mod evaluations_page;
mod member_page;
mod page;
mod recruitment_pages;
mod roster_page;
mod sheet_columns;
pub mod students;
mod terms_page;
mod trainings_pages;
mod unit_form;

pub use evaluations_page::EvaluationsPage;
pub use member_page::MemberPage;
pub use page::PeoplePage;
pub use recruitment_pages::{CandidatePage, RoundPage, RoundsPage};
pub use roster_page::RosterPage;
pub use terms_page::TermsPage;
pub use trainings_pages::{TrainingPage, TrainingsPage};
pub use unit_form::UnitFormPage;
