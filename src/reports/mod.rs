//! The Reports area: each unit's regular reports at its cadence, who is late, and the filing
//! register.

mod filing_pages;
pub mod model;
mod pages;
pub mod sample;

pub use filing_pages::{FiledDocumentPage, FilingPage};
pub use pages::{ReportPage, ReportsPage};
