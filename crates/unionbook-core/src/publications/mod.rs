//! The Publications area: periodicals, their issues from planned to published, and articles.
//! Pure: `model` (the kinds), `issues` (reading them, issues and articles in order, the
//! status steps), `drafts` (the forms' checks); the pages beside them, and `PeoplePicker`
//! (choosing editors, authors, an award's people by search).

pub mod drafts;
pub mod issues;
pub mod model;
pub mod sample;
