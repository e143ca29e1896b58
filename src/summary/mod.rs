//! The Summary area: the semester's dashboard on Home, and the work summary of a semester or a
//! term — drafted from the records, with the officers' own text and next semester's goals —
//! on the page, printed on A4, as Markdown and as a Word file, in Chinese or English.
//!
//! Its words live beside its code (`Lang::pick`), so they load with its chunk; a document's
//! language is chosen apart from the app's.

pub mod compare;
mod compare_view;
pub mod dashboard;
mod dashboard_view;
pub mod document;
pub mod draft;
pub mod model;
mod pages;
pub mod sections;

pub use compare_view::ComparisonTable;
pub use dashboard_view::SemesterDashboard;
pub use pages::SummaryPages;
