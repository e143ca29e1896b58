//! The Publications area: periodicals, their issues from planned to published, and articles.
//! Pure: `model` (the kinds), `issues` (reading them, issues and articles in order, the
//! status steps), `drafts` (the forms' checks); the pages beside them, and `PeoplePicker`
//! (choosing editors, authors, an award's people by search).

pub use unionbook_core::publications::*;

mod articles;
mod issue_page;
mod labels;
mod pages;

pub use issue_page::IssuePage;
pub use pages::{PeriodicalPage, PublicationsPage};
