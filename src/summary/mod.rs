//! The Summary area: the semester's dashboard on Home, and the work summary of a semester or a
//! term — drafted from the records, with the officers' own text and next semester's goals —
//! on the page, printed on A4, as Markdown and as a Word file, in Chinese or English.
//!
//! Its words live beside its code (`Lang::pick`), so they load with its chunk; a document's
//! language is chosen apart from the app's.

pub use unionbook_core::summary::*;

mod dashboard_view;
mod downloads;
mod goals_editor;
mod layout_editor;
mod note_editor;
mod pages;
mod print_page;

pub use dashboard_view::{NoSemesterYet, SemesterDashboard};
pub use pages::SummaryPages;

/// The area's style sheet (style/summary.css, copied into the build apart from the shell's
/// sheets), linked when the dashboard or a summary page is first drawn.
fn link_style() {
    crate::browser::stylesheet::link_once("/summary.css");
}
