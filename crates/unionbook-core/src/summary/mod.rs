//! The Summary area: the semester's dashboard on Home, and the work summary of a semester or a
//! term — drafted from the records, with the officers' own text and next semester's goals —
//! on the page, printed on A4, as Markdown and as a Word file, in Chinese or English.
//!
//! Its words live beside its code (`Lang::pick`), so they load with its chunk; a document's
//! language is chosen apart from the app's.

pub mod compare;
pub mod dashboard;
pub mod document;
pub mod docx;
pub mod draft;
pub mod figures;
pub mod markdown;
pub mod model;
pub mod outline;
pub mod sample;
pub mod sections;
pub mod words;
pub mod zip;
